"""The three collision rules share one shape: the world reports a bump, the rule keeps the
ones with its kind of other party, touching while moving, and counts the same party once
within 5 s (CARLA CollisionTest's de-duplication)."""

from __future__ import annotations

from typing import Any, ClassVar

from game.rules.base import Rule
from game.rules.context import Context, Event
from game.rules.thresholds import T


class CollisionRule(Rule):
    touches: ClassVar[str] = ""  # the Fact's data["with"]

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.last: dict[tuple[int, Any], float] = {}  # (player, other) -> last contact time

    def matches(self, kind: str) -> bool:
        return kind == self.touches

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for fact in ctx.world.facts:
            if fact.kind != "bump" or not self.matches(str(fact.data.get("with"))):
                continue
            if float(fact.data.get("speed", 0.0)) <= T.collision_speed:
                continue
            other = fact.data.get("other")
            key = (fact.player, other)
            last = self.last.get(key)
            self.last[key] = fact.t
            if last is not None and fact.t - last < T.collision_dedupe:
                continue
            car = ctx.cars.get(fact.player)
            if car is None:
                continue
            data = {"other": other, "speed": round(float(fact.data.get("speed", 0.0)), 2)}
            if fact.data.get("surface"):
                data["surface"] = fact.data["surface"]
            out.append(ctx.event(self.id, "mistake", car, pos=fact.pos, data=data))
        return out
