"""What the two light faults share (`red_light`, `amber_light`): wait at the first signal
for the colour the mistake needs, cross the line on it, and drive on once over it.

Over the line, the car keeps going whatever the light shows: a careful stop there would
leave it standing on the crossing or in the junction just past the line (a second mistake).
A crossing just past the line must be clear of walkers before the car goes: the mistake is
the light's, not the crossing's."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, ClassVar

from game.drivers.faults.base import Fault
from game.rules.context import crossing_busy

if TYPE_CHECKING:
    from game.course.model import StopLine as Line
    from game.drivers.autopilot import Autopilot, _Line
    from game.sim.world import Player, World

JUST_OVER = 0.5  # m: the front this close to the line it went over is over it
CROSSING_AFTER = 8.0  # m past the line: a zebra this close is crossed with the line


class LightFault(Fault):
    """Cross the first signal's line on `colour`, when the way past it is clear."""

    colour: ClassVar[str] = ""  # the colour the car crosses the line on
    missing = "the route passes no traffic light"
    held: ClassVar[str] = ""  # why, when the car was held back every time

    def __init__(self) -> None:
        super().__init__()
        self.go: int | None = None  # the line the car goes over on `colour`
        self.done: int | None = None  # the line it went over

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not any(g.geo.line.signal for g in pilot.lines)

    def at_line(
        self, pilot: Autopilot, world: World, player: Player, line: _Line, d: float, stop: float
    ) -> float | None:
        geo = line.geo.line
        if not geo.signal:
            return None
        if self.done is not None:
            # just over it: drive on (a later pass, on a loop, is careful again)
            return math.inf if geo.id == self.done and d < JUST_OVER else None
        colour = world.town.light(geo.signal, geo.phase or "")
        if not self.note:
            self.note = f"the drive ended before a light on the route turned {self.colour}"
        if self.go is not None and self.go != geo.id:
            return None  # another light, further on
        if self.go == geo.id:
            if d < 0.0:
                self.done = geo.id
                return math.inf
            if colour == self.colour:
                return math.inf
            self.go = None  # held back until the colour changed: wait for the next one
            self.note = self.held
        if self.wants_to_go(player, geo, colour, d) and self.clear_past(pilot, world, line):
            self.go, self.tried = geo.id, True
            return math.inf
        return self.waiting(player, geo, colour, d, stop)

    def wants_to_go(self, player: Player, geo: Line, colour: str, d: float) -> bool:
        """The moment for the mistake has come at this line."""
        raise NotImplementedError

    def waiting(
        self, player: Player, geo: Line, colour: str, d: float, stop: float
    ) -> float | None:
        """Where to stop while waiting for the moment (None: as a careful driver)."""
        raise NotImplementedError

    @staticmethod
    def clear_past(pilot: Autopilot, world: World, line: _Line) -> bool:
        """No one on (or stepping onto) a zebra crossing just past the line."""
        walkers = pilot.pedestrians(world)
        return not any(
            line.s - 1.0 <= c.s <= line.s + CROSSING_AFTER
            and crossing_busy(c.crossing, walkers, kerb=3.0, step_time=2.5)
            for c in pilot.crossings
        )
