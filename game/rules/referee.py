"""The instructor: watches the world after every step and keeps the events.

Each rule in the registry (`game.rules.RULES`) watches the world and returns events; the
referee only collects them, and the scorecard only adds them up.
"""

from __future__ import annotations

from typing import Any

from game.rules.context import Context, Event
from game.rules.scorecard import build_scorecard
from game.sim.world import World


class Referee:
    def __init__(self, world: World, rules: list[type] | None = None) -> None:
        from game.rules import rules_for

        self.world = world
        self.ctx = Context(world)
        chosen = rules if rules is not None else rules_for(world.course)
        self.rules = [cls(self.ctx) for cls in chosen]
        self.events: list[Event] = []

    def observe(self) -> list[Event]:
        """Judge the step the world just took; returns (and keeps) its events."""
        self.ctx.update()
        new: list[Event] = []
        for rule in self.rules:
            new.extend(rule.observe(self.ctx))
        self.events.extend(new)
        return new

    def mistakes(self, player: int | None = None) -> list[Event]:
        return [
            e
            for e in self.events
            if e["kind"] == "mistake" and (player is None or e["player"] == player)
        ]

    def scorecard(self) -> dict[str, Any]:
        return build_scorecard(self.world, self.events)
