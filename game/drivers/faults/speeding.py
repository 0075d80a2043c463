"""speeding: cruise above every limit and brake late, so the first straight long enough is
driven too fast, even on a small course of short straights; the autopilot's braking plan
brings the car down to this speed before a lower limit, so even a short school zone is
crossed too fast from end to end."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.drivers.faults.base import Fault
from game.rules.thresholds import T
from game.sim.world import DT

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot
    from game.sim.world import Player, World

OVER = 6.0  # km/h above the limit and its tolerance: clearly too fast, still controllable
LATE_BRAKING = 3.0  # m/s^2: slows down late for a curve or a lower limit, as a hurried driver


class Speeding(Fault):
    rule = "speeding"
    missing = "the route had no stretch long enough to go faster than its limit"

    def __init__(self) -> None:
        super().__init__()
        self.over = 0.0  # seconds above the limit (and its tolerance) in a row, now
        self.longest = 0.0  # the longest such run

    def lacks_moment(self, pilot: Autopilot) -> bool:
        """Never above the limit for as long as the instructor needs to see it."""
        return self.longest < T.speeding_time

    def missed_reason(self) -> str:
        if self.longest <= 0.0:
            return self.missing
        return (
            f"the route's straights are too short: the car was above the limit for "
            f"{self.longest:.1f} s at most"
        )

    def speed_cap(self, pilot: Autopilot, world: World, player: Player) -> float:
        if pilot.path is not None and len(pilot.limit_kmh) == len(pilot.path.s):
            i = pilot.path.index_at(pilot.s)
            tol = T.school_tolerance_kmh if pilot.school[i] else T.speed_tolerance_kmh
            if player.state.speed * 3.6 > float(pilot.limit_kmh[i]) + tol:
                self.over += DT
                self.longest = max(self.longest, self.over)
            else:
                self.over = 0.0
        return math.inf

    def cruise(self, limit_kmh: float, school: bool, careful: float) -> float:
        self.tried = True
        tol = T.school_tolerance_kmh if school else T.speed_tolerance_kmh
        return (limit_kmh + tol + OVER) / 3.6

    def slowing(self, careful: float) -> float:
        return LATE_BRAKING
