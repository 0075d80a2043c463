"""collision_vehicle: drive into a vehicle standing on the path (once, then back off)."""

from __future__ import annotations

from typing import Any

from game.drivers.faults.base import IGNORE, Fault


class RamVehicle(Fault):
    rule = "collision_vehicle"
    missing = "no vehicle stood still on the car's path"

    def __init__(self) -> None:
        super().__init__()
        self.rammed = False

    def vehicle_stop(
        self, v: Any, gap: float, same_way: bool, v_self: float, lead_v: float
    ) -> float | None:
        if self.rammed or float(getattr(v, "speed", 0.0)) >= 1.0:
            return None
        self.tried = True
        return IGNORE

    def bumped(self, with_what: set[str]) -> None:
        if with_what & {"vehicle", "pedestrian"}:
            self.rammed = True
