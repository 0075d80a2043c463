"""amber_light: wait at the first signal on green, and cross as soon as it turns yellow
(standing at the line, the car could always have stopped: the instructor's test)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.drivers.faults.lights import LightFault

if TYPE_CHECKING:
    from game.course.model import StopLine as Line
    from game.sim.world import Player

WAIT_FROM = 12.0  # m before a light: stop at its line, to be there when it turns yellow
AT_LINE = 4.0  # m: standing this close, the car sees the yellow begin
STILL = 0.3  # m/s


class RunAmberLight(LightFault):
    rule = "amber_light"
    colour = "yellow"
    held = "at every yellow light, traffic or walkers left no safe moment to go"

    def __init__(self) -> None:
        super().__init__()
        self.saw_green: set[int] = set()  # lines the car stood at while they were green

    def wants_to_go(self, player: Player, geo: Line, colour: str, d: float) -> bool:
        if colour == "green":
            if d < AT_LINE and abs(player.state.speed) < STILL:
                self.saw_green.add(geo.id)
            return False
        if colour == "yellow" and geo.id in self.saw_green and d < AT_LINE:
            return True
        self.saw_green.discard(geo.id)
        return False

    def waiting(
        self, player: Player, geo: Line, colour: str, d: float, stop: float
    ) -> float | None:
        return stop if colour == "green" and d < WAIT_FROM else None
