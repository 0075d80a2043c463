"""collision_pedestrian: at the first zebra crossing, wait for someone walking over it in
front of the car and drive into them (at a crawl), then back off."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.drivers.faults.pedestrian import CrossingFault
from game.rules.context import pedestrian_on

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Crossing

IN_FRONT = 1.0  # m from the car's line


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
        return self.rammed or self.state != "go"

    def bumped(self, with_what: set[str]) -> None:
        if with_what & {"vehicle", "pedestrian"}:
            self.rammed = True
