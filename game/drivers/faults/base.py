"""The shape every fault shares: the moments where the careful autopilot asks "what now?",
each answered as a careful driver would. A fault overrides only the answers of its one
mistake, so the autopilot stays one job (driving well) and each mistake lives in its own
module, beside the rule that judges it.

A hook that returns None means "do what a careful driver does".
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, ClassVar

from game.course.geometry import Point
from game.drivers.faults.needs import offered

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Crossing, _Line
    from game.sim.world import Player, World

IGNORE = math.nan  # a vehicle_stop answer: drive on as if that vehicle were not there


class Fault:
    """No fault: the careful answers. Subclasses make one mistake at the first chance."""

    rule: ClassVar[str] = ""
    # one message of the rule this fault makes (`--fault ped_kerb.facing`), or "" for the
    # rule's main mistake
    variant: ClassVar[str] = ""
    # why the mistake could not be made, when the course never offered the moment
    missing: ClassVar[str] = "the course never offered the moment"

    def __init__(self) -> None:
        self.tried = False  # the mistake was attempted (the referee says if it counted)
        self.note = ""  # what happened instead, when it was not (the fault_missed reason)
        self._nobody: bool | None = None  # the town never brings whom the mistake needs

    @property
    def name(self) -> str:
        """The fault as `--fault` names it: the rule id, or rule.variant."""
        return f"{self.rule}.{self.variant}" if self.variant else self.rule

    def made_in(self, events: list[dict[str, Any]]) -> bool:
        """Do these mistakes include this fault's (its variant's message, for a variant)?"""
        message = f"rule.{self.name}"
        return any(
            e["rule"] == self.rule and (not self.variant or e.get("message") == message)
            for e in events
        )

    # -- what the drive JSON says --------------------------------------------------------
    def lacks_moment(self, pilot: Autopilot) -> bool:
        """The course (its route) never offered the moment: no light, no turn, no straight...
        (as opposed to a moment offered and not taken, which a test calls a failure)."""
        return not self.tried

    def missed_reason(self) -> str:
        """Why no mistake was made (asked only when the referee saw none)."""
        if self.note:
            return self.note
        if self.tried:
            return "the mistake was attempted but the instructor did not see it"
        return self.missing

    def nobody(self, world: World) -> bool:
        """The town will never bring whom this mistake needs (no traffic, or none of that
        kind on the map): answer as a careful driver, without waiting for them."""
        if self._nobody is None:
            density = float(getattr(world.town, "density", 1.0))
            self._nobody = not offered(world.course, self.rule, density)
        return self._nobody

    # -- hooks ---------------------------------------------------------------------------
    def buckles_up(self) -> bool:
        return True

    def cruise(self, limit_kmh: float, school: bool, careful: float) -> float:
        """Cruising speed (m/s) under a limit; `careful` is the careful driver's."""
        return careful

    def slowing(self, careful: float) -> float:
        """How hard (m/s^2) the car plans to slow down for a lower limit or a curve ahead;
        `careful` is the careful driver's gentle braking."""
        return careful

    def at_line(
        self, pilot: Autopilot, world: World, player: Player, line: _Line, d: float, stop: float
    ) -> float | None:
        """Where to stop for this line, in metres ahead of the front bumper (which is `d`
        before it; a careful stop is at `stop`); math.inf: drive on."""
        return None

    def at_crossing(
        self,
        pilot: Autopilot,
        world: World,
        crossing: _Crossing,
        d: float,
        stop: float,
        walkers: list,
    ) -> float | None:
        """Where to stop for this zebra crossing (as `at_line`)."""
        return None

    def vehicle_stop(
        self, v: Any, gap: float, same_way: bool, v_self: float, lead_v: float
    ) -> float | None:
        """Stop distance kept behind vehicle v (IGNORE: none), None: the careful gap."""
        return None

    def sees_walkers(self) -> bool:
        return True

    def indicator(self, side: int) -> int:
        return side

    def lets_sirens_by(self) -> bool:
        return True

    def slows_past_buses(self) -> bool:
        """Slow down past a bus standing at its stop (people get off there)."""
        return True

    def stops(self, pilot: Autopilot, world: World, player: Player) -> list[float]:
        """Places of the fault's own to stop at (metres ahead of the front bumper)."""
        return []

    def speed_cap(self, pilot: Autopilot, world: World, player: Player) -> float:
        """A speed limit of the fault's own (a swerve is taken slowly); may set the
        pilot's offset or aim."""
        return math.inf

    def bumped(self, with_what: set[str]) -> None:
        """The car touched something (vehicle, pedestrian, object)."""

    def bay_stop(self, centre: Point, axis: Point, half_depth: float) -> Point:
        """Where the car's centre stops in the target bay (axis points into it)."""
        return (centre[0] + axis[0] * 0.2, centre[1] + axis[1] * 0.2)
