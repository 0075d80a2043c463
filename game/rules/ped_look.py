"""ped_look: look left, right and left again before stepping off, and again half-way.

A look is the walker's one button: the head turns left, right, left. It must have been
done (or be nearly done) when the foot leaves the kerb; and where the road is wide enough
for a second lane, a new look must begin before the walker reaches its middle. A crossing
done with both earns praise, once a drive.
"""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event
from game.rules.walking import W, looked, walkers


class PedLook(Rule):
    id = "ped_look"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.praised: set[int] = set()
        self.faulted: set[tuple[int, float]] = set()  # (player, trip start): one per trip

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for w in walkers(ctx):
            trip = w.trip
            if trip is None:
                continue
            key = (w.number, trip.t)
            if w.stepped_on and not looked(w.gaze, ctx.t):
                self.faulted.add(key)
                out.append(ctx.event(self.id, "mistake", w.car))
            elif (
                w.on_road
                and trip.half_way
                and not trip.looked_again
                and trip.width >= W.second_lane_width
                and key not in self.faulted
            ):
                self.faulted.add(key)
                out.append(ctx.event(self.id, "mistake", w.car, message="rule.ped_look.second"))
            elif w.stepped_off and key not in self.faulted and w.number not in self.praised:
                self.praised.add(w.number)
                out.append(ctx.event(self.id, "praise", w.car))
        return out
