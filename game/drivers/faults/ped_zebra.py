"""ped_zebra: cross the road beside a zebra crossing, not on it."""

from __future__ import annotations

from game.drivers.faults.on_foot import OnFoot


class NoZebra(OnFoot):
    rule = "ped_zebra"
    missing = "the walk never stepped off beside a zebra (it waited, or crossed on one)"
