"""speeding: above the lane or zone limit by more than a small tolerance for more than ~1 s
or ~5 m, or across the whole of a zone shorter than that; school zones are stricter (and
cost more on the scorecard). Crossing a whole school zone within the limit earns praise.

Time alone let a fast car through a short zone unseen (a 6 m school zone at 35 km/h takes
0.6 s): the distance, and the whole-zone test for the shortest zones, close that gap."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def _timer() -> Timer:
    return Timer(T.speeding_time, T.speeding_rearm_time, T.speeding_distance)


@dataclass
class _Stretch:
    """The road driven under one limit, from where it began: was the car over it all
    along, and was that already told?"""

    limit: float | None = None
    school: bool = False
    steps: int = 0
    over_all: bool = True
    told: bool = False
    worst_kmh: float = 0.0
    timer: Timer = field(default_factory=_timer)


class Speeding(Rule):
    id = "speeding"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.stretch: dict[int, _Stretch] = {}
        self.school_run: dict[int, list[float]] = {}  # [distance driven, worst excess]

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for car in ctx.cars.values():
            limit, school = limit_at(ctx, car)
            kmh = abs(car.speed) * 3.6
            tol = T.school_tolerance_kmh if school else T.speed_tolerance_kmh
            over = limit is not None and kmh > limit + tol
            st = self.stretch.get(car.number)
            if st is None or (st.limit, st.school) != (limit, school):
                if st is not None and st.steps and st.over_all and not st.told:
                    # the whole of a short stretch (a zone) crossed too fast
                    st.timer.armed = False  # told: going on too fast is the same mistake
                    out.append(self._mistake(ctx, car, st.limit, st.school, st.worst_kmh))
                st = self._next(st, limit, school)
                self.stretch[car.number] = st
            st.steps += 1
            st.over_all = st.over_all and over
            st.worst_kmh = max(st.worst_kmh, kmh) if over else st.worst_kmh
            if st.timer.update(over, DT, car.moved):
                st.told = True
                out.append(self._mistake(ctx, car, limit, school, kmh))
            out.extend(self._school(ctx, car, school, over))
        return out

    @staticmethod
    def _next(st: _Stretch | None, limit: float | None, school: bool) -> _Stretch:
        """A new stretch; a stricter limit is judged afresh, a looser one carries on the
        time already counted (leaving a zone too fast is the same mistake going on)."""
        new = _Stretch(limit, school)
        if st is not None and not _stricter(limit, school, st.limit, st.school):
            new.timer = st.timer
            new.told = not st.timer.armed
        return new

    def _mistake(
        self, ctx: Context, car: CarView, limit: float | None, school: bool, kmh: float
    ) -> Event:
        data = {"limit": limit, "kmh": round(kmh, 1), "school": school}
        key = "rule.speeding.school" if school else None
        return ctx.event(self.id, "mistake", car, message=key, data=data)

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


def _stricter(limit: float | None, school: bool, was: float | None, was_school: bool) -> bool:
    if limit is None:
        return False
    if was is None:
        return True
    return limit < was or (school and not was_school)
