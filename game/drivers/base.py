"""Who turns the wheel: every driver reads the world and returns Controls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from game.sim.controls import Controls

LEVELS = ("easy", "normal", "hard")

if TYPE_CHECKING:
    from game.sim.world import Player, World


class Driver(Protocol):
    def controls(self, world: World, player: Player) -> Controls:
        """The controls for this step, decided from what the world shows now."""
        ...


def level_of(driver: object) -> str:
    """The help a driver drives with (easy / normal / hard): a child's assist, a replay's
    recorded level; the autopilot and scripts drive as normal."""
    assist = getattr(driver, "assist", None)
    level = getattr(assist, "level", None) or getattr(driver, "level", None)
    return level if level in LEVELS else "normal"


def seat_drivers(world: World, drivers: Sequence[object]) -> None:
    """Tell each player's car the help its driver drives with, so the instructor judges
    "could have stopped" with that child's reaction time."""
    for player, driver in zip(world.players, drivers):
        player.level = level_of(driver)
