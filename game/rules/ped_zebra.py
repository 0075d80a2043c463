"""ped_zebra: cross at the zebra when one is near, straight across, without running.

Stepping onto the road off any crossing while one lies within about 50 m is the mistake;
so is wandering across at a slant (the shortest way over is the safest), and running over
(a child who runs can trip, and drivers cannot guess where a running child will be). A
crossing made on a zebra earns praise, once a drive.
"""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event
from game.rules.walking import W, nearest_crossing, walkers


class PedZebra(Rule):
    id = "ped_zebra"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.praised: set[int] = set()
        self.askew: set[tuple[int, float]] = set()
        self.ran: set[tuple[int, float]] = set()

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for w in walkers(ctx):
            trip = w.trip
            if w.stepped_on and w.crossing is None:
                near, gap = nearest_crossing(ctx.course, w.car.pos)
                if near is not None and gap <= W.zebra_near:
                    data = {"crossing": near.id, "metres": round(gap, 1)}
                    out.append(ctx.event(self.id, "mistake", w.car, data=data))
            if trip is None:
                continue
            key = (w.number, trip.t)
            if trip.askew >= W.straight_time and key not in self.askew:
                self.askew.add(key)
                out.append(ctx.event(self.id, "mistake", w.car, message="rule.ped_zebra.straight"))
            if trip.ran >= W.run_time and key not in self.ran:
                self.ran.add(key)
                out.append(ctx.event(self.id, "mistake", w.car, message="rule.ped_zebra.run"))
            if (
                w.stepped_off
                and trip.crossing is not None
                and key not in self.askew
                and key not in self.ran
                and w.number not in self.praised
            ):
                self.praised.add(w.number)
                out.append(ctx.event(self.id, "praise", w.car, data={"crossing": trip.crossing.id}))
        return out
