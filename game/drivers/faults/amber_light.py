"""amber_light: wait at the first signal on green, and cross as soon as it turns yellow
(standing at the line, the car could always have stopped: the instructor's test)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.drivers.faults.base import Fault

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Line
    from game.sim.world import Player, World

WAIT_FROM = 12.0  # m before a light: stop at its line, to be there when it turns yellow
AT_LINE = 4.0  # m: standing this close, the car sees the yellow begin
STILL = 0.3  # m/s


class RunAmberLight(Fault):
    rule = "amber_light"
    missing = "the route passes no traffic light"

    def __init__(self) -> None:
        super().__init__()
        self.go: int | None = None  # the line the car goes over on yellow
        self.done = False
        self.saw_green: set[int] = set()  # lines the car stood at while they were green

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
            self.note = "the drive ended before a light on the route turned yellow"
        if self.go is not None and self.go != geo.id:
            return None  # another light, further on
        if self.go == geo.id:
            if d < 0.0:
                self.done = True
                return math.inf
            if colour == "yellow":
                return math.inf
            self.go = None  # held back through the yellow: wait for the next one
            self.note = "at every yellow light, traffic left no safe moment to go"
        if colour == "green":
            if d < AT_LINE and abs(player.state.speed) < STILL:
                self.saw_green.add(geo.id)
            return stop if d < WAIT_FROM else None
        if colour == "yellow" and geo.id in self.saw_green and d < AT_LINE:
            self.go, self.tried = geo.id, True
            return math.inf
        self.saw_green.discard(geo.id)
        return None
