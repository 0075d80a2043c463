"""tailgating: following another vehicle closer than the two-second rule allows.

The messages teach two seconds ("count one, two"); the instructor says "too close" under
1.5 s held for ~2 s or ~15 m: half a second of grace for a child's hands, at the game's low
speeds (1.5 s at 20 km/h is still 8 m). "Following" means going its way at about its
speed: closing in fast is approaching (and, if it ends in a bump, a collision)."""

from __future__ import annotations

import math
from typing import Any

from game.course.geometry import angle_diff, heading_vector
from game.rules.base import Rule, Timer
from game.rules.context import CarView, Context, Event
from game.rules.thresholds import T
from game.sim.world import DT


def vehicle_ahead(car: CarView, vehicles: list[Any]) -> tuple[Any, float] | None:
    """The nearest vehicle ahead on the car's line going its way, with the bumper gap."""
    fx, fy = heading_vector(car.heading)
    best: tuple[Any, float] | None = None
    for v in vehicles:
        dx, dy = v.x - car.pos[0], v.y - car.pos[1]
        along = dx * fx + dy * fy
        across = -dx * fy + dy * fx
        if along <= 0 or along > T.follow_distance or abs(across) > T.follow_lateral:
            continue
        if angle_diff(float(v.heading), car.heading) > 45.0:
            continue
        gap = along - car.player.spec.length / 2 - float(getattr(v, "length", 4.0)) / 2
        if best is None or gap < best[1]:
            best = (v, gap)
    return best


class Tailgating(Rule):
    id = "tailgating"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.timers: dict[int, Timer] = {}

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        vehicles = ctx.vehicles()
        for car in ctx.cars.values():
            close = False
            found = vehicle_ahead(car, vehicles) if car.speed > T.tailgate_min_speed else None
            gap_s = math.inf
            if found is not None:
                v, gap = found
                closing = car.speed - float(getattr(v, "speed", 0.0))
                gap_s = max(gap, 0.0) / car.speed
                close = gap_s < T.tailgate_gap and closing < T.tailgate_max_closing
            timer = self.timers.setdefault(
                car.number, Timer(T.tailgate_time, T.tailgate_rearm_time, T.tailgate_distance)
            )
            if timer.update(close, DT, car.moved):
                data = {"gap_s": round(gap_s, 2), "other": getattr(found[0], "ident", None)}
                out.append(ctx.event(self.id, "mistake", car, data=data))
        return out
