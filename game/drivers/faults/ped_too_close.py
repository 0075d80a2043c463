"""ped_too_close: step out in front of a car that is coming too close to stop."""

from __future__ import annotations

from game.drivers.faults.on_foot import OnFoot


class InFrontOfCar(OnFoot):
    rule = "ped_too_close"
    missing = "no car came by while the walk waited to cross"


class BeforeUnseenCar(OnFoot):
    """ped_too_close.unseen: step out in front of a car a few seconds off that has not begun
    to slow (its driver has not seen the child), outside its stopping distance."""

    rule = "ped_too_close"
    variant = "unseen"
    missing = "no car came along without slowing while the walk waited to cross"
