"""ped_signal: at a crossing with lights, start only on the green walking figure.

Judged when the walker steps onto a signalled crossing: the red figure, or the flashing
green one (finish crossing, don't start), is the mistake; the steady green earns praise.
"""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event
from game.rules.walking import walkers
from game.sim.signals import FLASH, WALK


class PedSignal(Rule):
    id = "ped_signal"

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for w in walkers(ctx):
            crossing = w.crossing
            if not w.stepped_on or crossing is None or not crossing.signal:
                continue
            head = ctx.world.town.walk_signal(crossing.id)
            if head is None:
                continue
            data = {"crossing": crossing.id, "signal": head.state}
            if head.state == WALK:
                out.append(ctx.event(self.id, "praise", w.car, data=data))
            else:
                key = "rule.ped_signal.flash" if head.state == FLASH else None
                out.append(ctx.event(self.id, "mistake", w.car, message=key, data=data))
        return out
