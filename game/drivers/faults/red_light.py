"""red_light: wait at the first signal for red, then cross the line on red (when no
crossing traffic is coming: the autopilot's junction check still holds the car before
the box, so the mistake never costs anyone a collision)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.drivers.faults.base import Fault

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Line
    from game.sim.world import Player, World

WAIT_FROM = 12.0  # m before a light: stop at its line whatever the colour, to wait for red
GO_WITHIN = 3.0  # m: at the line, go on red


class RunRedLight(Fault):
    rule = "red_light"
    missing = "the route passes no traffic light"

    def __init__(self) -> None:
        super().__init__()
        self.go: int | None = None  # the line the car goes over on red
        self.done = False

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not any(g.geo.line.signal for g in pilot.lines)

    def at_line(
        self, pilot: Autopilot, world: World, player: Player, line: _Line, d: float, stop: float
    ) -> float | None:
        geo = line.geo.line
        if not geo.signal or self.done:
            return None
        colour = world.town.light(geo.signal, geo.phase or "")
        if not self.note:
            self.note = "the drive ended before a light on the route turned red"
        if self.go is not None and self.go != geo.id:
            return None  # another light, further on
        if self.go == geo.id:
            if d < 0.0:
                self.done = True
                return math.inf
            if colour == "red":
                return math.inf
            self.go = None  # held back until green: wait for the next red
            self.note = "at every red light, crossing traffic left no safe moment to go"
        if colour == "red" and d < GO_WITHIN:
            self.go, self.tried = geo.id, True
            return math.inf
        return stop if d < WAIT_FROM or colour != "green" else None
