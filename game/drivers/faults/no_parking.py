"""no_parking: stand 3 s with the car on the first zebra crossing ahead, mid-street (stopping
there is forbidden), then drive on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.drivers.faults.base import Fault
from game.sim.world import DT

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot
    from game.sim.world import Player, World

STAND_S = 3.0  # seconds on the crossing (the rule speaks after 2)


class StopOnCrossing(Fault):
    rule = "no_parking"
    missing = "the route crosses no zebra crossing"

    def __init__(self) -> None:
        super().__init__()
        self.target: float | None = None  # path s where the car's centre stands
        self.stood = 0.0
        self.done = False

    def stops(self, pilot: Autopilot, world: World, player: Player) -> list[float]:
        if self.done:
            return []
        if self.target is None:
            ahead = [c for c in pilot.crossings if c.s - pilot.s > 10.0]
            if not ahead:
                return []
            first = ahead[0]
            self.target = first.s + min(1.0, (first.s_out - first.s) / 2)
            self.tried = True
        if abs(player.state.speed) < 0.05 and abs(self.target - pilot.s) < 2.0:
            self.stood += DT
            if self.stood >= STAND_S:
                self.done = True
                return []
        return [self.target - pilot.s]
