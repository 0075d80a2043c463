"""World metres -> screen pixels, following a car smoothly and staying inside the map."""

from __future__ import annotations

import math

from game.course.geometry import Point, heading_vector


class Camera:
    """Owns the one world->pixel conversion, like highway-env's WorldSurface."""

    def __init__(
        self, view_w: int, view_h: int, map_w_m: float, map_h_m: float, px_per_m: float
    ) -> None:
        self.view_w, self.view_h = view_w, view_h
        self.map_w_m, self.map_h_m = map_w_m, map_h_m
        self.px_per_m = px_per_m
        self.cx, self.cy = map_w_m / 2, map_h_m / 2

    def follow(
        self, target: Point, heading: float, speed: float, dt: float, snap: bool = False
    ) -> None:
        """Ease towards a point a little ahead of the car; never show outside the map."""
        ahead = min(abs(speed), 12.0) * 0.6 * (1 if speed >= 0 else -1)
        hx, hy = heading_vector(heading)
        tx, ty = target[0] + hx * ahead, target[1] + hy * ahead
        far = abs(tx - self.cx) * self.px_per_m > self.view_w / 2 or (
            abs(ty - self.cy) * self.px_per_m > self.view_h / 2
        )
        k = 1.0 if snap or far else 1.0 - math.exp(-dt * 3.5)
        self.cx += (tx - self.cx) * k
        self.cy += (ty - self.cy) * k
        self._clamp()

    def centre_on(self, p: Point) -> None:
        """Jump to a point (still kept inside the map)."""
        self.cx, self.cy = p
        self._clamp()

    def _clamp(self) -> None:
        half_w = self.view_w / self.px_per_m / 2
        half_h = self.view_h / self.px_per_m / 2
        if self.map_w_m <= 2 * half_w:
            self.cx = self.map_w_m / 2
        else:
            self.cx = min(max(self.cx, half_w), self.map_w_m - half_w)
        if self.map_h_m <= 2 * half_h:
            self.cy = self.map_h_m / 2
        else:
            self.cy = min(max(self.cy, half_h), self.map_h_m - half_h)

    @property
    def offset(self) -> tuple[float, float]:
        """Screen pixel of the map's top-left corner."""
        return (
            self.view_w / 2 - self.cx * self.px_per_m,
            self.view_h / 2 - self.cy * self.px_per_m,
        )

    def to_screen(self, p: Point) -> tuple[float, float]:
        ox, oy = self.offset
        return (ox + p[0] * self.px_per_m, oy + p[1] * self.px_per_m)
