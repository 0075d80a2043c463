"""stop_sign: crossing a `stop` line without a full stop (< 0.1 m/s) within 4 m before it
(CARLA RunningStopTest). Reversing is never judged. STOP means stop, look, and let the
others go first (Décret 2-10-420 art. 34): the praise is for a full stop followed by a safe
start; a start in front of a car with priority is the yield rule's mistake."""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event, line_data
from game.rules.thresholds import T
from game.rules.yield_rule import line_conflicts


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
                if key not in self.stopped:
                    out.append(ctx.event(self.id, "mistake", car, data=line_data(geo)))
                elif not line_conflicts(ctx, geo, car):
                    out.append(ctx.event(self.id, "praise", car, data=line_data(geo)))
                self.stopped.discard(key)
        return out
