"""ped_signal: start across while the walking figure is red or flashing."""

from __future__ import annotations

from game.drivers.faults.on_foot import OnFoot


class RedFigure(OnFoot):
    rule = "ped_signal"
    missing = "the walk never crossed at lights"
