"""pedestrian: at the first zebra crossing, wait until someone is on it (on the far half,
out of the car's way) or about to step on it, then drive over it regardless. The
autopilot still stops for anyone in front of the car, so no one is touched."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from game.drivers.faults.base import Fault
from game.rules.context import crossing_busy
from game.sim.world import DT

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Crossing
    from game.sim.world import World

NEAR = 4.0  # m before the crossing: wait here for someone
PATIENCE = 40.0  # s waiting at one crossing for someone, then go on
CLEAR_SIDE = 2.6  # m from the car's line: someone this far aside is out of its way


class CrossingFault(Fault):
    """Wait near a crossing for the right walker, then go: the shared part of the two
    crossing faults (`pedestrian`, `collision_pedestrian`)."""

    def __init__(self) -> None:
        super().__init__()
        self.state = ""  # "", "go", "done"
        self.going: int | None = None  # the crossing driven over regardless
        self.go_step = 0
        self.waited: dict[int, float] = {}  # crossing id -> seconds waited there

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not pilot.crossings

    def at_crossing(
        self,
        pilot: Autopilot,
        world: World,
        crossing: _Crossing,
        d: float,
        stop: float,
        walkers: list,
    ) -> float | None:
        cid = crossing.crossing.id
        if self.state == "done" or self.waited.get(cid, 0.0) > PATIENCE:
            return None
        if self.state == "go":
            if self.going != cid:
                return None  # another crossing, further on
            if d < 0.0 and self.rule == "pedestrian":
                self.state = "done"  # on it: the instructor has seen
            return math.inf
        if d > NEAR:
            return math.inf
        for p in walkers:
            if self.wanted(pilot, crossing, p):
                self.state, self.going, self.go_step = "go", cid, pilot.steps
                self.tried = True
                return math.inf
        self.waited[cid] = self.waited.get(cid, 0.0) + DT
        return stop

    def wanted(self, pilot: Autopilot, crossing: _Crossing, walker: Any) -> bool:
        raise NotImplementedError


class IgnoreWalker(CrossingFault):
    rule = "pedestrian"
    missing = "no one came to a zebra crossing on the route while the car waited there"

    def wanted(self, pilot: Autopilot, crossing: _Crossing, walker: Any) -> bool:
        assert pilot.path is not None
        _s, lat, _dist = pilot.path.project(
            (walker.x, walker.y), crossing.s - 2.0, crossing.s_out + 2.0
        )
        return crossing_busy(crossing.crossing, [walker]) and abs(lat) > CLEAR_SIDE
