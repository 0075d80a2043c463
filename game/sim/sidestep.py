"""Walkers and car bodies: a walker never steps into a car, and goes round one that stands
in its way (along the pavement, or across a crossing behind it) instead of waiting for ever.

A car is a rectangle; a walker a disc on its route's line, shifted sideways by its
`lateral` offset. Going round means choosing another offset for a few metres: the
smallest one whose stretch ahead is clear of every standing car, off the road (on a
crossing, inside the crossing), and never in front of a computer vehicle that is already
on the crossing (it drives on and would not stop).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from game.course.geometry import Point, Polyline
from game.sim.shapes import Box

GAP = 0.1  # m a walker stops short of a car body
CLEAR = 0.3  # m a walker keeps from a standing car it goes round
STEP_AROUND_S = 1.5  # s held up by a standing car before going round it
SIDESTEP_RATE = 0.8  # m/s sideways
MAX_DETOUR = 3.0  # m from its own line, at most
DETOUR_STEP = 0.25  # m between the offsets tried
SAMPLE = 0.4  # m between the points of a stretch checked
FRONT_RUN = 5.0  # m in front of a computer vehicle on a crossing that it may drive into
CELL = 8.0  # m: the grid that finds the cars near a walker


@dataclass
class Body:
    """A car as walkers see it."""

    box: Box
    standing: bool
    drives_on: bool  # a computer vehicle on a crossing: it will not stop for walkers
    ident: int = 0  # the vehicle's ident, or minus the player's number


class Bodies:
    """This step's car bodies on a coarse grid."""

    def __init__(self, bodies: list[Body]) -> None:
        self.all = bodies
        self.grid: dict[tuple[int, int], list[Body]] = {}
        for b in bodies:
            r = b.box.reach + 1.0
            for gx in range(int((b.box.x - r) // CELL), int((b.box.x + r) // CELL) + 1):
                for gy in range(int((b.box.y - r) // CELL), int((b.box.y + r) // CELL) + 1):
                    self.grid.setdefault((gx, gy), []).append(b)

    def near(self, x: float, y: float) -> list[Body]:
        return self.grid.get((int(x // CELL), int(y // CELL)), [])

    def touching(self, here: Point, there: Point, radius: float) -> Body | None:
        """A body the walker would touch at `there` (and not already at `here`, so one
        that a car rolled into can still step away)."""
        for b in self.near(*there):
            d = b.box.distance_to(there)
            if d < radius + GAP and d < b.box.distance_to(here) - 1e-9:
                return b
        return None

    def clear(self, points: list[Point], radius: float, margin: float = CLEAR) -> bool:
        """No body within `radius + margin` of any point, nor a computer vehicle on a
        crossing with one of them in front of it."""
        for pt in points:
            for b in self.near(*pt):
                if b.box.distance_to(pt) < radius + margin:
                    return False
                if b.drives_on:
                    a, c = b.box.local(pt)
                    if abs(c) < b.box.hw + radius + margin and b.box.hl <= a < b.box.hl + FRONT_RUN:
                        return False
        return True


def offset_point(line: Polyline, s: float, lateral: float) -> Point:
    """The point `lateral` metres to the left of the line at s (as walkers are placed)."""
    x, y = line.position_at(s)
    rad = math.radians(line.heading_at(s))
    return (x - math.cos(rad) * lateral, y - math.sin(rad) * lateral)


def stretch(line: Polyline, s0: float, s1: float, lateral: float) -> list[Point]:
    n = max(1, int(math.ceil((s1 - s0) / SAMPLE)))
    return [offset_point(line, s0 + (s1 - s0) * k / n, lateral) for k in range(n + 1)]


def way_round(
    line: Polyline,
    s0: float,
    s1: float,
    lateral: float,
    home: float,
    radius: float,
    bodies: Bodies,
    allowed: Callable[[Point], bool],
) -> float | None:
    """The offset nearest `lateral` whose stretch [s0, s1] is clear and allowed, reached by
    a clear sideways step at s0 (None: there is no way round)."""
    tries = []
    k = 1
    while k * DETOUR_STEP <= MAX_DETOUR + 1e-9:
        for sign in (1.0, -1.0):
            tries.append(home + sign * k * DETOUR_STEP)
        k += 1
    tries.sort(key=lambda off: (abs(off - lateral), off))
    for off in [home, *tries]:
        pts = stretch(line, s0, s1, off)
        if not all(allowed(pt) for pt in pts):
            continue
        side = [offset_point(line, s0, lateral + (off - lateral) * k / 4) for k in range(5)]
        if bodies.clear(pts, radius) and bodies.clear(side, radius, GAP):
            return off
    return None


def ease(current: float, target: float, dt: float) -> float:
    """One step of a sidestep towards `target`."""
    step = SIDESTEP_RATE * dt
    if abs(target - current) <= step:
        return target
    return current + math.copysign(step, target - current)
