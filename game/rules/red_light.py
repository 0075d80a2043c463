"""red_light: the front crosses a signal's stop line on red (CARLA RunningRedLightTest),
once per line and pass. Also praises a proper wait at a red before going on green.

Where a police officer directs the junction, the officer's arms come before the lights
(Vienna convention art. 6(4)): a raised arm is the red, arms out along the traffic the
green. The instructor then speaks of the officer ("The police officer said stop", "The
officer waved you on"), never of "the light"."""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event, line_data
from game.rules.thresholds import T


class RedLight(Rule):
    """CARLA RunningRedLightTest: the front crosses the line on red, once per line and pass."""

    id = "red_light"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.waited: set[tuple[int, int]] = set()  # (player, line id) stopped at a red

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for car in ctx.cars.values():
            for geo in ctx.lines:
                if not geo.line.signal:
                    continue
                key = (car.number, geo.line.id)
                d = geo.approach(car.front, car.heading, T.red_stop_zone)
                if (
                    d is not None
                    and abs(car.speed) < T.red_stopped_speed
                    and ctx.light(geo.line) == "red"
                ):
                    self.waited.add(key)
            for geo in car.lines_crossed:
                if not geo.line.signal:
                    continue
                key = (car.number, geo.line.id)
                colour = ctx.light(geo.line)
                officer = ctx.officer_directs(geo.line)
                data = line_data(geo) | ({"officer": True} if officer else {})
                if colour == "red":
                    message = "rule.red_light.officer" if officer else None
                    out.append(ctx.event(self.id, "mistake", car, message, data=data))
                elif officer and ctx.lamp(geo.line) == "red":
                    # through a red light on the officer's wave: the officer comes first
                    out.append(ctx.event(self.id, "praise", car, "rule.red_light.waved", data=data))
                elif key in self.waited:
                    message = "rule.red_light.officer_wait" if officer else None
                    out.append(ctx.event(self.id, "praise", car, message, data=data))
                self.waited.discard(key)
        return out
