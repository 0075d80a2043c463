"""off_road: on the first clear straight, put the kerb-side wheels on the pavement for a
moment, when no one walks there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.drivers.faults.swerve import Swerve, ramp

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot
    from game.sim.world import Player, World

SPEED = 3.0  # m/s
T_IN, HOLD, T_OUT = 1.2, 1.0, 1.5  # s: up, along, down
SHIFT = 2.4  # m towards the kerb


class OffRoad(Swerve):
    rule = "off_road"
    room = 14.0

    def manoeuvre(self, pilot: Autopilot, world: World, elapsed: float) -> float | None:
        if elapsed > T_IN + HOLD + T_OUT:
            return None
        pilot.offset = SHIFT * world.course.kerb_side * ramp(elapsed, T_IN, HOLD, T_OUT)
        return SPEED

    def in_the_way(self, pilot: Autopilot, world: World, player: Player) -> str:
        if self.walkers_near(pilot, world, 0.5, 9.0):
            return "on every clear straight, someone walked on the pavement"
        return ""
