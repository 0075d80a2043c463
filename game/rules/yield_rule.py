"""yield: entering a junction or roundabout past a `yield` line, or past a `stop` line after
the stop (STOP means stop, then give way: Décret 2-10-420 art. 34), or through an unmarked
junction with `priority=right` (an unsigned roundabout too, both entering it and going
round it past an entry), while a vehicle with priority would reach the conflict area
within ~3 s. Crossing a yield line calmly with nobody cut off earns praise (a STOP
line's praise is the stop_sign rule's, given only when the start after it was safe)."""

from __future__ import annotations

from typing import Any

from game.rules.base import Rule
from game.rules.context import CarView, Context, Event, LineGeo, line_data
from game.rules.priority import (
    line_zone,
    priority_conflicts,
    unmarked_conflicts,
    unmarked_entry,
)
from game.rules.thresholds import T

GIVE_WAY_SIGNS = ("yield", "stop")


def line_conflicts(ctx: Context, geo: LineGeo, car: CarView) -> list[Any]:
    """Vehicles with priority over a car crossing a yield or stop line now (found once per
    step and car, so the yield and stop rules judge the same start)."""
    memo = ctx.__dict__.setdefault("_line_conflicts", {})
    key = (ctx.step, car.number, geo.line.id)
    if key not in memo:
        if len(memo) > 64:
            memo.clear()
        zones = ctx.course.__dict__.setdefault("_line_zones", {})
        zone = zones.get(geo.line.id)
        if zone is None:
            zone = zones[geo.line.id] = line_zone(ctx.lanes, geo.line.lane_ids, geo.mid)
        memo[key] = priority_conflicts(
            car.front, car.heading, ctx.vehicles(), zone=zone, lanes=ctx.lanes
        )
    return memo[key]


class Yield(Rule):
    id = "yield"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.slow: set[tuple[int, int]] = set()  # (player, line) approached slowly
        self.lane_was: dict[int, int | None] = {}

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        vehicles = ctx.vehicles()
        yield_lines = [g for g in ctx.lines if g.line.sign == "yield"]
        for car in ctx.cars.values():
            for geo in yield_lines:
                d = geo.approach(car.front, car.heading, 8.0)
                if d is not None and car.speed < T.yield_slow_speed:
                    self.slow.add((car.number, geo.line.id))
            for geo in car.lines_crossed:
                if geo.line.sign not in GIVE_WAY_SIGNS:
                    continue
                key = (car.number, geo.line.id)
                others = line_conflicts(ctx, geo, car)
                stop = geo.line.sign == "stop"
                if others:
                    data = line_data(geo) | {"other": getattr(others[0], "ident", None)}
                    message = "rule.yield.after_stop" if stop else None
                    out.append(ctx.event(self.id, "mistake", car, message=message, data=data))
                elif key in self.slow and not stop:
                    out.append(ctx.event(self.id, "praise", car, data=line_data(geo)))
                self.slow.discard(key)
            out.extend(self._unmarked(ctx, car, vehicles))
        return out

    def _unmarked(self, ctx: Context, car: CarView, vehicles: list) -> list[Event]:
        """Priority to the right where a junction has no line: judged on entering a
        connector that crosses others, when the lane before it had no stop line, and on
        an unsigned roundabout's ring where an entry joins it (a car going round gives
        way to the car coming in from its right)."""
        lane_id = car.lane.lane_id if car.lane else None
        before = self.lane_was.get(car.number)
        self.lane_was[car.number] = lane_id
        if ctx.course.priority != "right" or lane_id is None or before is None:
            return []
        if lane_id == before or not unmarked_entry(ctx.lanes, ctx.lines, before, lane_id):
            return []  # not a junction, or a marked one: its line decides
        s = car.lane.s if car.lane else 0.0
        others = unmarked_conflicts(
            ctx.lanes, ctx.lines, car.front, car.heading, vehicles, lane_id, s
        )
        if not others:
            return []
        data = {"lane": lane_id, "other": getattr(others[0], "ident", None)}
        if ctx.lanes.info[lane_id].ring:
            data["ring"] = True  # already on an unsigned ring: the car coming in goes first
        return [ctx.event(self.id, "mistake", car, message="rule.yield.right", data=data)]
