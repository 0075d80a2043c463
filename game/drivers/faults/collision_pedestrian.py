"""collision_pedestrian: at the first zebra crossing, wait for someone walking over it in
front of the car and drive into them (at a crawl), then back off."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from game.drivers.faults.pedestrian import CrossingFault
from game.rules.context import pedestrian_on
from game.sim.world import DT

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Crossing
    from game.sim.world import Player, World

IN_FRONT = 1.0  # m from the car's line
GIVE_UP = 8.0  # s after going without touching anyone: see people again


class HitWalker(CrossingFault):
    rule = "collision_pedestrian"
    missing = "no one walked over a zebra crossing on the route while the car waited there"

    def __init__(self) -> None:
        super().__init__()
        self.rammed = False

    def wanted(self, pilot: Autopilot, crossing: _Crossing, walker: Any) -> bool:
        if not pedestrian_on(crossing.crossing, walker):
            return False
        assert pilot.path is not None
        _s, lat, _dist = pilot.path.project(
            (walker.x, walker.y), crossing.s - 2.0, crossing.s_out + 2.0
        )
        return abs(lat) < IN_FRONT

    def sees_walkers(self) -> bool:
        return self.state != "go"

    def speed_cap(self, pilot: Autopilot, world: World, player: Player) -> float:
        if self.state == "go" and (pilot.steps - self.go_step) * DT > GIVE_UP:
            self.state = "done"
        return math.inf

    def bumped(self, with_what: set[str]) -> None:
        if with_what & {"vehicle", "pedestrian"}:
            self.rammed = True
            self.state = "done"
