"""wrong_way: driving against the lane it is on (>= 120 degrees) for more than ~1 s or ~4 m,
outside junction boxes (CARLA OutsideRouteLanesTest). The distance sees a fast swerve into
the oncoming lane, or a short street driven the wrong way, that lasts less than a second."""

from __future__ import annotations

from game.rules.base import Rule, Timer
from game.rules.context import Context, Event
from game.rules.thresholds import T
from game.sim.world import DT


class WrongWay(Rule):
    id = "wrong_way"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.timers: dict[int, Timer] = {}

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for car in ctx.cars.values():
            against = (
                car.speed > T.moving_speed
                and not ctx.lanes.in_junction(car.pos)
                and ctx.lanes.wrong_way(car.pos, car.heading, T.wrong_way_angle)
            )
            timer = self.timers.setdefault(
                car.number, Timer(T.wrong_way_time, T.wrong_way_rearm_time, T.wrong_way_distance)
            )
            if timer.update(against, DT, car.moved):
                out.append(ctx.event(self.id, "mistake", car))
        return out
