"""red_light: wait at the first signal for red, then cross the line on red (when no
crossing traffic is coming: the autopilot's junction check still holds the car before
the box, so the mistake never costs anyone a collision; nor when someone walks over a
zebra crossing just past the line).

red_light.officer: the same at the first junction a police officer directs, against the
officer's raised arm (rule.red_light.officer, "The police officer said stop"), whatever
the light heads show; every other light is obeyed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.drivers.faults.lights import LightFault
from game.rules.context import officer_directs

if TYPE_CHECKING:
    from game.course.model import StopLine as Line
    from game.drivers.autopilot import Autopilot, _Line
    from game.sim.world import Player, World

WAIT_FROM = 12.0  # m before a light: stop at its line whatever the colour, to wait for red
GO_WITHIN = 3.0  # m: at the line, go on red


class RunRedLight(LightFault):
    rule = "red_light"
    colour = "red"
    held = "at every red light, crossing traffic or walkers left no safe moment to go"

    def wants_to_go(self, player: Player, geo: Line, colour: str, d: float) -> bool:
        return colour == "red" and d < GO_WITHIN

    def waiting(
        self, player: Player, geo: Line, colour: str, d: float, stop: float
    ) -> float | None:
        return stop if d < WAIT_FROM or colour != "green" else None


class AgainstOfficer(RunRedLight):
    """Drive on against the police officer's stop arm, at the first junction one directs."""

    variant = "officer"
    missing = "the route passes no junction a police officer directs"
    held = "at the officer's junction, crossing traffic or walkers left no safe moment to go"

    def lacks_moment(self, pilot: Autopilot) -> bool:
        course = pilot.lanes.course if pilot.lanes else None
        officers = {o.signal for o in course.officers} if course else set()
        return not any(g.geo.line.signal in officers for g in pilot.lines)

    def at_line(
        self, pilot: Autopilot, world: World, player: Player, line: _Line, d: float, stop: float
    ) -> float | None:
        if not officer_directs(world.course, world.town, line.geo.line):
            return None  # a light alone: obeyed as a careful driver
        if not self.note:
            self.note = "the drive ended before the officer raised an arm against the car"
        return super().at_line(pilot, world, player, line, d, stop)
