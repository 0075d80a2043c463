"""pedestrian: entering a zebra crossing while someone is on it or about to step on it, or
driving past one waiting at the kerb without slowing. Waiting for them earns praise."""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import (
    Context,
    Event,
    crossing_busy,
    pedestrian_about_to_step,
    pedestrian_on,
    polygon_distance,
)
from game.rules.thresholds import T


class Pedestrian(Rule):
    id = "pedestrian"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.waited: set[tuple[int, int]] = set()  # (player, crossing) waited for someone

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        if not ctx.course.crossings:
            return out
        peds = ctx.pedestrians()
        for car in ctx.cars.values():
            if abs(car.speed) < T.ped_wait_speed and peds:
                for crossing in ctx.course.crossings:
                    near = polygon_distance(car.front, crossing.polygon)
                    if 0.0 < near <= T.ped_wait_zone and crossing_busy(crossing, peds):
                        self.waited.add((car.number, crossing.id))
            for crossing in car.crossings_entered:
                key = (car.number, crossing.id)
                on = [p for p in peds if pedestrian_on(crossing, p)]
                about = [p for p in peds if pedestrian_about_to_step(crossing, p)]
                data = {"crossing": crossing.id}
                if on or about:
                    who = (on or about)[0]
                    data |= {"other": getattr(who, "ident", None), "on": bool(on)}
                    out.append(ctx.event(self.id, "mistake", car, data=data))
                elif key in self.waited:
                    out.append(ctx.event(self.id, "praise", car, data=data))
                self.waited.discard(key)
        return out
