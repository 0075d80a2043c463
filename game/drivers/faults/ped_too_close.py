"""ped_too_close: step out in front of a car that is coming too close to stop."""

from __future__ import annotations

from game.drivers.faults.on_foot import OnFoot


class InFrontOfCar(OnFoot):
    rule = "ped_too_close"
    missing = "no car came by while the walk waited to cross"
