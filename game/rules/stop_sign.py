"""stop_sign: crossing a `stop` line without a full stop (< 0.1 m/s) within 4 m before it
(CARLA RunningStopTest). Reversing is never judged. A full stop earns praise."""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event, line_data
from game.rules.thresholds import T


class StopSign(Rule):
    id = "stop_sign"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.stopped: set[tuple[int, int]] = set()  # (player, line id) with a full stop

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        lines = [g for g in ctx.lines if g.line.sign == "stop"]
        if not lines:
            return out
        for car in ctx.cars.values():
            for geo in lines:
                d = geo.approach(car.front, car.heading, T.stop_zone)
                if d is not None and abs(car.speed) < T.stop_speed:
                    self.stopped.add((car.number, geo.line.id))
            for geo in car.lines_crossed:
                if geo.line.sign != "stop":
                    continue
                key = (car.number, geo.line.id)
                kind = "praise" if key in self.stopped else "mistake"
                out.append(ctx.event(self.id, kind, car, data=line_data(geo)))
                self.stopped.discard(key)
        return out
