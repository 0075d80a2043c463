"""Who turns the wheel: every driver reads the world and returns Controls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from game.sim.controls import Controls

if TYPE_CHECKING:
    from game.sim.world import Player, World


class Driver(Protocol):
    def controls(self, world: World, player: Player) -> Controls:
        """The controls for this step, decided from what the world shows now."""
        ...
