"""speeding: above the lane or zone limit by more than a small tolerance for more than ~1 s;
school zones are stricter (and cost more on the scorecard). Crossing a whole school zone
within the limit earns praise."""

from __future__ import annotations

from game.course.geometry import point_in_polygon
from game.rules.base import Rule, Timer
from game.rules.context import CarView, Context, Event
from game.rules.thresholds import T
from game.sim.world import DT


def limit_at(ctx: Context, car: CarView) -> tuple[float | None, bool]:
    """(limit km/h, in a school zone) where the car is: the strictest that applies."""
    limits = []
    school = False
    lane_limit = ctx.lanes.lane_limit(car.lane.lane_id if car.lane else None)
    if lane_limit:
        limits.append(lane_limit)
    for zone in ctx.course.speed_zones:
        if point_in_polygon(car.pos, zone.polygon):
            limits.append(zone.limit)
            school = school or zone.school
    return (min(limits) if limits else None), school


class Speeding(Rule):
    id = "speeding"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.timers: dict[int, Timer] = {}
        self.school_run: dict[int, list[float]] = {}  # [distance driven, worst excess]

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for car in ctx.cars.values():
            limit, school = limit_at(ctx, car)
            kmh = abs(car.speed) * 3.6
            tol = T.school_tolerance_kmh if school else T.speed_tolerance_kmh
            over = limit is not None and kmh > limit + tol
            timer = self.timers.setdefault(
                car.number, Timer(T.speeding_time, T.speeding_rearm_time)
            )
            if timer.update(over, DT):
                data = {"limit": limit, "kmh": round(kmh, 1), "school": school}
                key = "rule.speeding.school" if school else None
                out.append(ctx.event(self.id, "mistake", car, message=key, data=data))
            out.extend(self._school(ctx, car, school, over))
        return out

    def _school(self, ctx: Context, car: CarView, school: bool, over: bool) -> list[Event]:
        run = self.school_run.get(car.number)
        if school:
            if run is None:
                run = self.school_run[car.number] = [0.0, 0.0]
            run[0] += abs(car.speed) * DT
            if over:
                run[1] = 1.0
            return []
        if run is None:
            return []
        del self.school_run[car.number]
        if run[1] == 0.0 and run[0] >= T.school_praise_min_distance:
            return [ctx.event(self.id, "praise", car, data={"school": True})]
        return []
