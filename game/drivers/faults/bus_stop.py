"""bus_stop: drive past a bus standing at its stop at cruising speed."""

from __future__ import annotations

from game.drivers.faults.base import Fault


class PassBusFast(Fault):
    rule = "bus_stop"
    missing = "no bus stood at its stop beside the route"

    def slows_past_buses(self) -> bool:
        self.tried = True
        return False
