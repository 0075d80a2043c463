"""parking: stop just past the bay's mouth, so the back of the car sticks out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.course.geometry import Point
from game.drivers.faults.base import Fault

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot


class BadParking(Fault):
    rule = "parking"
    missing = "the course has no target parking bay"

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return pilot.plan is None or pilot.plan.bay is None

    def bay_stop(self, centre: Point, axis: Point, half_depth: float) -> Point:
        self.tried = True
        back = half_depth - 0.9
        return (centre[0] - axis[0] * back, centre[1] - axis[1] * back)
