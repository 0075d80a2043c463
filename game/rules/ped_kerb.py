"""ped_kerb: stop at the kerb before stepping onto the road, and never stand about on it.

The step off the pavement is judged at the moment it happens: the walker must have stood
still at the kerb just before. Standing still on the road (not crossing) is the other half
of the lesson: the road is not a place to stand or play. The first good stop earns praise.
"""

from __future__ import annotations

from game.rules.base import Rule, Timer
from game.rules.context import Context, Event
from game.rules.walking import W, walkers


class PedKerb(Rule):
    id = "ped_kerb"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.praised: set[int] = set()
        self.standing: dict[int, Timer] = {}

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for w in walkers(ctx):
            if w.stepped_on:
                if ctx.t - w.kerb_stop <= W.kerb_fresh:
                    if w.number not in self.praised:
                        self.praised.add(w.number)
                        out.append(ctx.event(self.id, "praise", w.car))
                else:
                    out.append(ctx.event(self.id, "mistake", w.car))
            timer = self.standing.setdefault(w.number, Timer(W.stand_on_road, 1.0))
            if timer.update(w.still_on_road > 0.0, 1.0 / 60.0):
                out.append(ctx.event(self.id, "mistake", w.car, message="rule.ped_kerb.road"))
        return out
