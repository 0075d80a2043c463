"""speeding: cruise above every limit, so the first stretch (or zone) the car crosses is
crossed too fast; the autopilot's braking plan brings it down to this speed before a
lower limit, so even a short school zone is crossed too fast from end to end."""

from __future__ import annotations

from game.drivers.faults.base import Fault
from game.rules.thresholds import T

OVER = 6.0  # km/h above the limit and its tolerance: clearly too fast, still controllable


class Speeding(Fault):
    rule = "speeding"
    missing = "the route had no stretch long enough to go faster than its limit"

    def cruise(self, limit_kmh: float, school: bool, careful: float) -> float:
        self.tried = True
        tol = T.school_tolerance_kmh if school else T.speed_tolerance_kmh
        return (limit_kmh + tol + OVER) / 3.6
