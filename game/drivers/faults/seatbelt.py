"""seatbelt: drive off without buckling up (the mistake is made at the start, always)."""

from __future__ import annotations

from game.drivers.faults.base import Fault


class NoSeatbelt(Fault):
    rule = "seatbelt"
    missing = "the car never started moving"

    def lacks_moment(self, pilot: object) -> bool:
        return False  # every drive starts

    def buckles_up(self) -> bool:
        self.tried = True
        return False
