"""The instructor: watches the world after every step and keeps the events.

Rules plug in here; each watches the world and returns events. The scorecard
only adds them up.
"""

from __future__ import annotations

from typing import Any

from game.sim.world import World


class Referee:
    def __init__(self, world: World) -> None:
        self.world = world
        self.events: list[dict[str, Any]] = []

    def observe(self) -> list[dict[str, Any]]:
        return []

    def scorecard(self) -> dict[str, Any]:
        return {}
