"""The walking lessons' faults: the walking autopilot (game.drivers.walker_pilot) makes the
mistake; these only name it for the drive's JSON and the fault matrix."""

from __future__ import annotations

from game.drivers.faults.base import Fault


class OnFoot(Fault):
    """A walking mistake, made by the walker at the first kerb that offers it."""

    missing = "the walk never came to a kerb that offered it"
