"""ped_hidden: step out between parked cars."""

from __future__ import annotations

from game.drivers.faults.on_foot import OnFoot


class BetweenParked(OnFoot):
    rule = "ped_hidden"
    missing = "no parked car beside where the walk crosses"
