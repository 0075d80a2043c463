"""emergency: keep going as if the siren behind were not there."""

from __future__ import annotations

from game.drivers.faults.base import Fault


class IgnoreSiren(Fault):
    rule = "emergency"
    missing = "no ambulance with its siren came up behind the car"

    def lets_sirens_by(self) -> bool:
        self.tried = True
        return False
