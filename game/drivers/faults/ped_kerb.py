"""ped_kerb: step off the kerb without stopping (looking as it walks up)."""

from __future__ import annotations

from game.drivers.faults.on_foot import OnFoot


class NoKerbStop(OnFoot):
    rule = "ped_kerb"
    missing = "no kerb where the walk could step straight off (a red figure or a car coming)"


class WithTraffic(OnFoot):
    """ped_kerb.facing: on a road with no pavement, walk on the verge with the cars behind."""

    rule = "ped_kerb"
    variant = "facing"
    missing = "the walk never went along a road without a pavement (for long enough to be judged)"
