"""emergency: keep going as if the siren behind were not there.

The mistake is attempted only once an ambulance with its siren is behind the car (as the
rule sees it): a drive no ambulance came up behind says so in `fault_missed`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.course.geometry import Point
from game.drivers.faults.base import Fault
from game.rules.emergency import siren_behind

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot
    from game.sim.world import Player, World


@dataclass
class _Seen:
    """The two CarView fields siren_behind reads."""

    pos: Point
    heading: float


class IgnoreSiren(Fault):
    rule = "emergency"
    missing = "no ambulance with its siren came up behind the car"

    def lets_sirens_by(self) -> bool:
        return False

    def speed_cap(self, pilot: Autopilot, world: World, player: Player) -> float:
        if not self.tried:
            seen = _Seen(player.state.pos, player.state.heading)
            self.tried = siren_behind(seen, pilot.vehicles(world)) is not None
        return math.inf
