"""ped_zebra: cross the road beside a zebra crossing, not on it."""

from __future__ import annotations

from game.drivers.faults.on_foot import OnFoot


class NoZebra(OnFoot):
    rule = "ped_zebra"
    missing = "the walk never stepped off beside a zebra (it waited, or crossed on one)"


class RunAcross(OnFoot):
    """ped_zebra.run: run over the road (at the first kerb, when the way is clear)."""

    rule = "ped_zebra"
    variant = "run"
    missing = "the walk never crossed a road"
