"""Praise for the route: each checkpoint reached in order, and the finish (a special word
when the whole drive had no mistake)."""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import Context, Event


class Checkpoint(Rule):
    id = "checkpoint"

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for fact in ctx.world.facts:
            car = ctx.cars.get(fact.player)
            if fact.kind == "checkpoint" and car is not None:
                data = {"order": fact.data.get("order")}
                out.append(ctx.event(self.id, "praise", car, pos=fact.pos, data=data))
        return out


class Finish(Rule):
    """Runs last in the registry so it sees every mistake of the finishing step."""

    id = "finish"

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for fact in ctx.world.facts:
            car = ctx.cars.get(fact.player)
            if fact.kind == "finish" and car is not None:
                clean = ctx.mistakes.get(car.number, 0) == 0
                key = "rule.finish.clean" if clean else "rule.finish.praise"
                out.append(
                    ctx.event(
                        self.id, "praise", car, message=key, pos=fact.pos, data={"clean": clean}
                    )
                )
        return out
