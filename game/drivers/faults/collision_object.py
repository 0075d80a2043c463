"""collision_object: on the first clear straight, drive slowly off the road into the
nearest wall or solid thing beside it (over the pavement, so off_road comes along), when
no one walks there; then back off."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from game.course.geometry import Point
from game.drivers.faults.swerve import Swerve

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot
    from game.sim.world import Player, World

SPEED = 2.0  # m/s: a bump, not a crash
GIVE_UP = 10.0  # s without touching it


class HitObject(Swerve):
    rule = "collision_object"
    room = 25.0
    missing = "the route has no straight stretch with a wall or solid thing beside it"

    def __init__(self) -> None:
        super().__init__()
        self.wall: Point | None = None
        self.saw_wall = False

    def manoeuvre(self, pilot: Autopilot, world: World, elapsed: float) -> float | None:
        if self.wall is None or elapsed > GIVE_UP:
            return None
        pilot.offset = 0.0
        pilot.aim = self.wall
        return SPEED

    def in_the_way(self, pilot: Autopilot, world: World, player: Player) -> str:
        self.wall = _nearest_wall(pilot, world)
        if self.wall is None:
            return "no straight stretch of the route had a wall or solid thing beside it"
        self.saw_wall = True
        if self.walkers_near(pilot, world, -9.0, 9.0):
            return "on every straight beside a wall, someone walked on the pavement"
        return ""

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not self.saw_wall

    def bumped(self, with_what: set[str]) -> None:
        if self.state == "on":
            self.state = "done"


def _nearest_wall(pilot: Autopilot, world: World) -> Point | None:
    """A solid cell within 9 m to the right (else left) of the path ahead."""
    path = pilot.path
    assert path is not None
    for side in (1.0, -1.0):
        for ahead in np.arange(6.0, 20.0, 1.0):
            for lat in np.arange(2.0, 9.0, 0.5):
                p = path.point_at(pilot.s + float(ahead), side * float(lat))
                if world.course.is_solid(p):
                    return p
    return None
