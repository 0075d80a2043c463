"""ped_kerb: stop at the kerb before stepping onto the road, never stand about on it, and
where there is no pavement walk beside the road facing its traffic.

The step off the pavement is judged at the moment it happens: the walker must have stood
still at the kerb just before. Standing still on the road (not crossing) is the other half
of the lesson: the road is not a place to stand or play. On a road without a pavement (a
country lane with a grass verge) the child walks on the side where the cars come towards
it, so each driver sees the child and the child sees each car; walking with the traffic
behind for a couple of seconds is the mistake. The first good stop earns praise, and so
does the first stretch walked facing the traffic.
"""

from __future__ import annotations

from game.rules.base import Rule, Timer
from game.rules.context import Context, Event
from game.rules.walking import W, along_lane, walkers


class PedKerb(Rule):
    id = "ped_kerb"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.praised: set[int] = set()
        self.standing: dict[int, Timer] = {}
        self.behind: dict[int, Timer] = {}
        self.facing: dict[int, Timer] = {}
        self.praised_facing: set[int] = set()

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
            out += self._beside_road(ctx, w)
        return out

    def _beside_road(self, ctx: Context, w) -> list[Event]:
        """Facing the traffic where there is no pavement (judged only while walking along)."""
        along = along_lane(ctx, w)
        behind = self.behind.setdefault(w.number, Timer(W.facing_time, 3.0))
        facing = self.facing.setdefault(w.number, Timer(W.facing_time * 2, 1.0))
        out: list[Event] = []
        if behind.update(along is False, 1.0 / 60.0):
            out.append(ctx.event(self.id, "mistake", w.car, message="rule.ped_kerb.facing"))
        if facing.update(along is True, 1.0 / 60.0) and w.number not in self.praised_facing:
            self.praised_facing.add(w.number)
            msg = "rule.ped_kerb.facing_praise"
            out.append(ctx.event(self.id, "praise", w.car, message=msg))
        return out
