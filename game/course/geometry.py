"""Plane geometry in metres, shared by the course model, the simulation and the rules.

Screen-aligned axes: x grows to the right, y grows downwards. Headings are degrees
clockwise from north (up), as in MAP_SPEC, so heading 90 points along +x.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence

Point = tuple[float, float]


def heading_vector(heading_deg: float) -> Point:
    """Unit vector pointing along a heading (0 = up, 90 = right)."""
    rad = math.radians(heading_deg)
    return (math.sin(rad), -math.cos(rad))


def heading_of(dx: float, dy: float) -> float:
    """Heading in [0, 360) of a direction vector."""
    return math.degrees(math.atan2(dx, -dy)) % 360.0


def angle_diff(a: float, b: float) -> float:
    """Smallest absolute difference between two headings, in [0, 180]."""
    d = (a - b) % 360.0
    return 360.0 - d if d > 180.0 else d


def signed_angle(from_deg: float, to_deg: float) -> float:
    """Signed turn from one heading to another, in (-180, 180]; positive is clockwise."""
    d = (to_deg - from_deg) % 360.0
    return d - 360.0 if d > 180.0 else d


def distance(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def rotate(p: Point, origin: Point, angle_deg: float) -> Point:
    """Rotate p clockwise (on screen) about origin, as Tiled rotates objects."""
    rad = math.radians(angle_deg)
    c, s = math.cos(rad), math.sin(rad)
    dx, dy = p[0] - origin[0], p[1] - origin[1]
    return (origin[0] + dx * c - dy * s, origin[1] + dx * s + dy * c)


def point_in_polygon(p: Point, poly: Sequence[Point]) -> bool:
    """Even-odd test; points on an edge may go either way."""
    x, y = p
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y):
            cross_x = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < cross_x:
                inside = not inside
        j = i
    return inside


def polygon_centroid(poly: Sequence[Point]) -> Point:
    n = len(poly)
    return (sum(p[0] for p in poly) / n, sum(p[1] for p in poly) / n)


def polygon_bounds(poly: Sequence[Point]) -> tuple[float, float, float, float]:
    """(min_x, min_y, max_x, max_y)."""
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    return (min(xs), min(ys), max(xs), max(ys))


def segments_intersect(a: Point, b: Point, c: Point, d: Point) -> bool:
    """True when segment ab crosses or touches segment cd."""

    def orient(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    o1, o2 = orient(a, b, c), orient(a, b, d)
    o3, o4 = orient(c, d, a), orient(c, d, b)
    if ((o1 > 0) != (o2 > 0)) and ((o3 > 0) != (o4 > 0)) and o1 * o2 <= 0 and o3 * o4 <= 0:
        return True
    eps = 1e-12
    return (
        (abs(o1) < eps and _on_segment(a, b, c))
        or (abs(o2) < eps and _on_segment(a, b, d))
        or (abs(o3) < eps and _on_segment(c, d, a))
        or (abs(o4) < eps and _on_segment(c, d, b))
    )


def _on_segment(a: Point, b: Point, p: Point) -> bool:
    return min(a[0], b[0]) - 1e-9 <= p[0] <= max(a[0], b[0]) + 1e-9 and (
        min(a[1], b[1]) - 1e-9 <= p[1] <= max(a[1], b[1]) + 1e-9
    )


def ellipse_polygon(cx: float, cy: float, rx: float, ry: float, n: int = 24) -> tuple[Point, ...]:
    """An ellipse approximated by n points, clockwise on screen."""
    return tuple(
        (cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n))
        for i in range(n)
    )


class Polyline:
    """A polyline with arc-length queries: the shape of lanes and walking routes.

    `local(p)` answers (longitudinal s, signed lateral offset) like highway-env's
    lanes: positive lateral is to the right of the driving direction. Most rules
    become comparisons of these two numbers.
    """

    __slots__ = ("points", "cumulative", "length", "_headings")

    def __init__(self, points: Sequence[Point]) -> None:
        if len(points) < 2:
            raise ValueError("a polyline needs at least two points")
        self.points: tuple[Point, ...] = tuple((float(x), float(y)) for x, y in points)
        cum = [0.0]
        heads = []
        for a, b in zip(self.points, self.points[1:]):
            cum.append(cum[-1] + distance(a, b))
            heads.append(heading_of(b[0] - a[0], b[1] - a[1]))
        self.cumulative = tuple(cum)
        self.length = cum[-1]
        self._headings = tuple(heads)

    def _segment_at(self, s: float) -> int:
        """The last segment starting at or before s (the first one if none does)."""
        i = bisect_right(self.cumulative, s, 0, len(self.cumulative) - 1) - 1
        return i if i > 0 else 0

    def position_at(self, s: float) -> Point:
        # clamp to [0, length] (as min(max(s, 0.0), length), without the calls)
        if s < 0.0:
            s = 0.0
        elif s > self.length:
            s = self.length
        cum = self.cumulative
        i = bisect_right(cum, s, 0, len(cum) - 1) - 1
        if i < 0:
            i = 0
        a, b = self.points[i], self.points[i + 1]
        seg = cum[i + 1] - cum[i]
        t = 0.0 if seg == 0 else (s - cum[i]) / seg
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

    def heading_at(self, s: float) -> float:
        return self._headings[self._segment_at(min(max(s, 0.0), self.length))]

    @property
    def start_heading(self) -> float:
        return self._headings[0]

    @property
    def end_heading(self) -> float:
        return self._headings[-1]

    def local(self, p: Point) -> tuple[float, float]:
        """(s, lateral) of the closest point; s may fall outside [0, length] at the ends."""
        best = (math.inf, 0.0, 0.0)
        last = len(self.points) - 2
        for i, (a, b) in enumerate(zip(self.points, self.points[1:])):
            dx, dy = b[0] - a[0], b[1] - a[1]
            seg2 = dx * dx + dy * dy
            t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / seg2 if seg2 else 0.0
            t_clamped = t
            if i > 0:
                t_clamped = max(t_clamped, 0.0)
            if i < last:
                t_clamped = min(t_clamped, 1.0)
            qx, qy = a[0] + dx * t_clamped, a[1] + dy * t_clamped
            d2 = (p[0] - qx) ** 2 + (p[1] - qy) ** 2
            if d2 < best[0]:
                seg = math.sqrt(seg2)
                cross = (dx * (p[1] - a[1]) - dy * (p[0] - a[0])) / seg if seg else 0.0
                best = (d2, self.cumulative[i] + t_clamped * seg, cross)
        return best[1], best[2]

    def distance_to(self, p: Point) -> float:
        s, lat = self.local(p)
        if 0.0 <= s <= self.length:
            return abs(lat)
        end = self.points[0] if s < 0 else self.points[-1]
        return distance(p, end)
