"""red_light: wait at the first signal for red, then cross the line on red (when no
crossing traffic is coming: the autopilot's junction check still holds the car before
the box, so the mistake never costs anyone a collision; nor when someone walks over a
zebra crossing just past the line)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.drivers.faults.lights import LightFault

if TYPE_CHECKING:
    from game.course.model import StopLine as Line
    from game.sim.world import Player

WAIT_FROM = 12.0  # m before a light: stop at its line whatever the colour, to wait for red
GO_WITHIN = 3.0  # m: at the line, go on red


class RunRedLight(LightFault):
    rule = "red_light"
    colour = "red"
    held = "at every red light, crossing traffic or walkers left no safe moment to go"

    def wants_to_go(self, player: Player, geo: Line, colour: str, d: float) -> bool:
        return colour == "red" and d < GO_WITHIN

    def waiting(
        self, player: Player, geo: Line, colour: str, d: float, stop: float
    ) -> float | None:
        return stop if d < WAIT_FROM or colour != "green" else None
