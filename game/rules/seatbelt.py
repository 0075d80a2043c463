"""seatbelt: starting to drive before buckling up, where real workshops begin. Once per
drive: a child told once and buckled need not hear it again. Buckling first earns praise."""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event
from game.rules.thresholds import T


class Seatbelt(Rule):
    id = "seatbelt"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.done: set[int] = set()

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for car in ctx.cars.values():
            if car.number in self.done or abs(car.speed) < T.seatbelt_speed:
                continue
            self.done.add(car.number)
            kind = "praise" if car.player.controls.seatbelt else "mistake"
            out.append(ctx.event(self.id, kind, car))
        return out
