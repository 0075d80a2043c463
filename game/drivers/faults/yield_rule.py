"""yield: at the first yield line, wait for a vehicle with priority a few seconds away and
pull out in front of it (it has time to slow down: the mistake, without a collision)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.course.geometry import angle_diff
from game.drivers.faults.base import Fault
from game.rules.priority import time_to_zone
from game.sim.world import DT

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Line
    from game.sim.world import Player, World

AT_LINE = 3.0  # m: decide standing at the line
GAP = (2.4, 3.4)  # s: the priority vehicle's time to the meeting area when the car goes
PATIENCE = 30.0  # s waiting at one line for someone to cut in front of, then go on


class CutIn(Fault):
    rule = "yield"
    missing = "no vehicle with priority came while the car waited at a yield line"

    def __init__(self) -> None:
        super().__init__()
        self.go: int | None = None  # the line the car pulls out over
        self.done = False
        self.waited: dict[int, float] = {}  # line id -> seconds waited there

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not any(g.geo.line.sign == "yield" for g in pilot.lines)

    def at_line(
        self, pilot: Autopilot, world: World, player: Player, line: _Line, d: float, stop: float
    ) -> float | None:
        lid = line.geo.line.id
        if line.geo.line.sign != "yield" or self.done or self.waited.get(lid, 0.0) > PATIENCE:
            return None
        if self.nobody(world):
            return None  # no traffic to cut in front of: give way as a careful driver
        if self.go is not None:
            if self.go != lid:
                return None  # another line, further on
            if d < -0.2:
                self.done = True
            return math.inf
        if d < 0.0:
            return None
        if d <= AT_LINE:
            if self._someone_to_cut(pilot, world, line):
                self.go, self.tried = lid, True
                return math.inf
            self.waited[lid] = self.waited.get(lid, 0.0) + DT
        return stop

    def _someone_to_cut(self, pilot: Autopilot, world: World, line: _Line) -> bool:
        zone = pilot.zone(line)
        for v in pilot.vehicles(world):
            if angle_diff(float(v.heading), line.geo.heading) < 35.0:
                continue
            t = time_to_zone(v, zone, pilot.lanes)
            if t is not None and GAP[0] <= t <= GAP[1]:
                return True
        return False
