"""parking: the parking task ends (the car stops in the target bay and finishes) with the
car not fully inside the bay or badly angled. A neat parking earns praise."""

from __future__ import annotations

import math

from game.course.geometry import Point, angle_diff, point_in_polygon
from game.course.model import ParkingSpot
from game.rules.base import Rule
from game.rules.context import CarView, Context, Event
from game.rules.thresholds import T
from game.sim.car import corners


def bay_axis(spot: ParkingSpot) -> float:
    """Heading of the bay's long side (0..180), from its outline."""
    poly = spot.polygon
    if len(poly) < 4:
        return spot.rotation % 180.0
    sides = [(poly[i], poly[(i + 1) % len(poly)]) for i in range(2)]
    a, b = max(sides, key=lambda s: math.dist(s[0], s[1]))
    return math.degrees(math.atan2(b[0] - a[0], -(b[1] - a[1]))) % 180.0


def parking_quality(car: CarView, spot: ParkingSpot) -> tuple[bool, bool]:
    """(fully inside, straight) for a car standing in a bay."""
    inside = all(
        point_in_polygon(c, spot.polygon) and depth_inside(c, spot) >= T.parking_margin
        for c in corners(car.player.state, car.player.spec)
    )
    off = angle_diff(car.heading % 180.0, bay_axis(spot))
    off = min(off, 180.0 - off)
    return inside, off <= T.parking_angle


def depth_inside(p: Point, spot: ParkingSpot) -> float:
    """How far a point is from the bay's outline (for points inside: how deep in)."""
    poly = spot.polygon
    best = math.inf
    for i in range(len(poly)):
        a, b = poly[i], poly[(i + 1) % len(poly)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        l2 = dx * dx + dy * dy
        t = 0.0 if l2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2))
        best = min(best, math.hypot(p[0] - a[0] - dx * t, p[1] - a[1] - dy * t))
    return best


class Parking(Rule):
    id = "parking"

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        targets = [s for s in ctx.course.parking_spots if s.target]
        if not targets:
            return out
        for fact in ctx.world.facts:
            if fact.kind not in ("finish", "time_up"):
                continue
            car = ctx.cars.get(fact.player)
            if car is None:
                continue
            spot = next((s for s in targets if point_in_polygon(car.pos, s.polygon)), None)
            if spot is None:
                continue  # never reached the bay: nothing to judge as parking
            inside, straight = parking_quality(car, spot)
            data = {"spot": spot.id, "inside": inside, "straight": straight}
            kind = "praise" if inside and straight else "mistake"
            out.append(ctx.event(self.id, kind, car, data=data))
        return out
