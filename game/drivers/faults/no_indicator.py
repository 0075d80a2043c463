"""no_indicator: turn without signalling, at every turn of the route."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.drivers.faults.base import Fault

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot


class NoIndicator(Fault):
    rule = "no_indicator"
    missing = "the route has no turn to signal"

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not pilot.turns

    def indicator(self, side: int) -> int:
        if side:
            self.tried = True
        return 0
