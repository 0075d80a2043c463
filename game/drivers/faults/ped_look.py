"""ped_look: stop at the kerb, then cross without looking."""

from __future__ import annotations

from game.drivers.faults.on_foot import OnFoot


class NoLook(OnFoot):
    rule = "ped_look"
    missing = "the walk never crossed a road"
