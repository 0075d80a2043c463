"""tailgating: follow the vehicle ahead half a second behind instead of two."""

from __future__ import annotations

from typing import Any

from game.drivers.faults.base import Fault

DECEL = 1.5  # m/s^2, as the autopilot plans


class Tailgating(Fault):
    rule = "tailgating"
    missing = "no vehicle drove ahead of the car on its way"

    def vehicle_stop(
        self, v: Any, gap: float, same_way: bool, v_self: float, lead_v: float
    ) -> float | None:
        if not same_way:
            return None
        self.tried = True
        # half a second behind: the mistake (a careful driver keeps two)
        return gap - 1.0 - 0.5 * v_self + lead_v * lead_v / (2 * DECEL)
