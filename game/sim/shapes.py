"""Oriented rectangles: vehicle bodies for contact tests between agents.

Plain floats and a separating-axis test, because each call compares only two bodies and
most pairs are rejected by a cheap distance check first.
"""

from __future__ import annotations

import math

from game.course.geometry import Point


class Box:
    """A rectangle centred on (x, y), `length` along the heading, `width` across."""

    __slots__ = ("x", "y", "fx", "fy", "hl", "hw", "reach")

    def __init__(self, x: float, y: float, heading: float, length: float, width: float) -> None:
        rad = math.radians(heading)
        self.x, self.y = x, y
        self.fx, self.fy = math.sin(rad), -math.cos(rad)
        self.hl, self.hw = length / 2.0, width / 2.0
        self.reach = math.hypot(self.hl, self.hw)

    def local(self, p: Point) -> tuple[float, float]:
        """(along, across) of a point in the box's frame."""
        dx, dy = p[0] - self.x, p[1] - self.y
        return (dx * self.fx + dy * self.fy, -dx * self.fy + dy * self.fx)

    def contains(self, p: Point, margin: float = 0.0) -> bool:
        a, c = self.local(p)
        return abs(a) <= self.hl + margin and abs(c) <= self.hw + margin

    def distance_to(self, p: Point) -> float:
        """Distance from a point to the box (0 inside)."""
        a, c = self.local(p)
        da = max(abs(a) - self.hl, 0.0)
        dc = max(abs(c) - self.hw, 0.0)
        return math.hypot(da, dc)

    def corners(self) -> list[Point]:
        rx, ry = -self.fy, self.fx
        out = []
        for a, c in ((1, -1), (1, 1), (-1, 1), (-1, -1)):
            out.append(
                (
                    self.x + self.fx * a * self.hl + rx * c * self.hw,
                    self.y + self.fy * a * self.hl + ry * c * self.hw,
                )
            )
        return out

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        """Separating-axis test; `margin` grows both boxes."""
        dx, dy = other.x - self.x, other.y - self.y
        if dx * dx + dy * dy > (self.reach + other.reach + 2 * margin) ** 2:
            return False
        for ax, ay in (
            (self.fx, self.fy),
            (-self.fy, self.fx),
            (other.fx, other.fy),
            (-other.fy, other.fx),
        ):
            ra = _radius(self, ax, ay) + margin
            rb = _radius(other, ax, ay) + margin
            if abs(dx * ax + dy * ay) > ra + rb:
                return False
        return True


def _radius(box: Box, ax: float, ay: float) -> float:
    """Half the box's extent projected on a unit axis."""
    along = abs(box.fx * ax + box.fy * ay)
    across = abs(-box.fy * ax + box.fx * ay)
    return box.hl * along + box.hw * across
