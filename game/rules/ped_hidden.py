"""ped_hidden: never step out between parked cars or from behind a standing bus.

Drivers cannot see a child who steps out from behind a parked vehicle until it is too
late. Judged at the step onto the road: a parked vehicle or a bus standing close by makes
it a mistake. Stepping out where drivers can see earns praise on a course with parked cars.
"""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event
from game.rules.walking import hidden_by, walkers


class PedHidden(Rule):
    id = "ped_hidden"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.praised: set[int] = set()

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for w in walkers(ctx):
            if not w.stepped_on:
                continue
            signalled = w.crossing is not None and bool(w.crossing.signal)
            behind = hidden_by(ctx, w.car.pos, signalled)
            if behind is not None:
                key = "rule.ped_hidden.bus" if behind == "bus" else None
                out.append(ctx.event(self.id, "mistake", w.car, message=key, data={"by": behind}))
            elif ctx.course.parked and w.number not in self.praised:
                self.praised.add(w.number)
                out.append(ctx.event(self.id, "praise", w.car))
        return out
