"""no_indicator: turn without signalling, at every turn of the route."""

from __future__ import annotations

from game.drivers.faults.base import Fault


class NoIndicator(Fault):
    rule = "no_indicator"
    missing = "the route has no turn to signal"

    def indicator(self, side: int) -> int:
        if side:
            self.tried = True
        return 0
