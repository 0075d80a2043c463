"""yield: entering a junction or roundabout past a `yield` line (or through an unmarked
junction, with `priority=right`) while a vehicle with priority would reach the conflict
area within ~3 s. Crossing a yield line calmly with nobody cut off earns praise."""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import CarView, Context, Event, LineGeo, line_data
from game.rules.priority import (
    line_zone,
    priority_conflicts,
    unmarked_conflicts,
    unmarked_entry,
)
from game.rules.thresholds import T


class Yield(Rule):
    id = "yield"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.slow: set[tuple[int, int]] = set()  # (player, line) approached slowly
        self.lane_was: dict[int, int | None] = {}
        self.zones: dict[int, list] = {}

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
                if geo.line.sign != "yield":
                    continue
                key = (car.number, geo.line.id)
                zone = self._zone(ctx, geo)
                others = priority_conflicts(
                    car.front, car.heading, vehicles, zone=zone, lanes=ctx.lanes
                )
                if others:
                    data = line_data(geo) | {"other": getattr(others[0], "ident", None)}
                    out.append(ctx.event(self.id, "mistake", car, data=data))
                elif key in self.slow:
                    out.append(ctx.event(self.id, "praise", car, data=line_data(geo)))
                self.slow.discard(key)
            out.extend(self._unmarked(ctx, car, vehicles))
        return out

    def _zone(self, ctx: Context, geo: LineGeo) -> list:
        key = geo.line.id
        if key not in self.zones:
            self.zones[key] = line_zone(ctx.lanes, geo.line.lane_ids, geo.mid)
        return self.zones[key]

    def _unmarked(self, ctx: Context, car: CarView, vehicles: list) -> list[Event]:
        """Priority to the right where a junction has no line: judged on entering a
        connector that crosses others, when the lane before it had no stop line."""
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
        return [ctx.event(self.id, "mistake", car, data=data)]
