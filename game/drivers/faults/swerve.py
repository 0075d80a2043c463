"""The part the swerve faults share (wrong_way, off_road, collision_object): find the
first straight stretch with room for the manoeuvre (no junction, line, zebra or goal on
it) where no one is in the way of the swerve, then steer off the lane's centre line."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from game.course.geometry import point_in_polygon
from game.drivers.faults.base import Fault
from game.sim.world import DT

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot
    from game.sim.world import Player, World

START_AFTER = 3.0  # s: buckled up and rolling first
STRAIGHT = 0.03  # rad/m: curvature under which the path is straight
BEYOND = 8.0  # m after the swerve without a line or zebra to stop at


class Swerve(Fault):
    """Wait for a clear straight of `room` metres, then run `manoeuvre` until it says done."""

    room = 20.0
    patience = 0.0  # s standing at a clear straight for someone in the way to pass, in all
    # how far the swerve moves the car off its line (metres, + towards the kerb), when it
    # stays on the road: a checkpoint across the whole road is still driven through; None
    # when a checkpoint on the stretch forbids the swerve there
    reach: float | None = None
    missing = "the route has no straight stretch clear of junctions, lines and crossings"

    def __init__(self) -> None:
        super().__init__()
        self.state = ""  # "", "on", "done"
        self.t0 = 0
        self.saw_room = False
        self.waited = 0.0  # s stood waiting for someone in the way to pass

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not self.saw_room

    def speed_cap(self, pilot: Autopilot, world: World, player: Player) -> float:
        if self.state == "done" or pilot.steps < START_AFTER / DT:
            return math.inf
        if self.state == "":
            if not self._room(pilot, world):
                return math.inf
            self.saw_room = True
            why = self.in_the_way(pilot, world, player)
            if why:
                self.note = why
                return self._wait(pilot, world, player)
            self.state, self.t0, self.tried = "on", pilot.steps, True
            self.note = ""
        cap = self.manoeuvre(pilot, world, (pilot.steps - self.t0) * DT)
        if cap is None:
            self.state = "done"
            return math.inf
        return cap

    def _wait(self, pilot: Autopilot, world: World, player: Player) -> float:
        """Stand at the start of the clear straight until whoever is in the way has gone
        (a short straight is past before oncoming traffic is), for `patience` seconds in
        all; never in a no-parking stretch, where standing is a mistake of its own."""
        if self.waited >= self.patience:
            return math.inf
        pos = player.state.pos
        if any(point_in_polygon(pos, z.polygon) for z in world.course.no_parking):
            return math.inf
        self.waited += DT
        return 0.0

    def manoeuvre(self, pilot: Autopilot, world: World, elapsed: float) -> float | None:
        """Set the pilot's offset or aim for this moment; the speed cap, None when over."""
        raise NotImplementedError

    def in_the_way(self, pilot: Autopilot, world: World, player: Player) -> str:
        """Why the swerve cannot start now (someone would be put in danger), or ""."""
        raise NotImplementedError

    def _room(self, pilot: Autopilot, world: World) -> bool:
        path = pilot.path
        assert path is not None
        s = pilot.s
        i0, i1 = path.index_at(s), path.index_at(s + self.room)
        if float(np.max(path.curvature[i0 : i1 + 1])) >= STRAIGHT:
            return False
        if any(pilot.in_box(i) for i in range(i0, i1 + 1)):
            return False
        if _goal_near(pilot, world, i0, i1, self.reach):
            return False
        ends = s + self.room + BEYOND
        return not any(s < x.s < ends for x in [*pilot.lines, *pilot.crossings])

    def walkers_near(self, pilot: Autopilot, world: World, lat_min: float, lat_max: float) -> bool:
        """Anyone beside the stretch ahead, between these lateral offsets (kerb side > 0)."""
        path = pilot.path
        assert path is not None
        kerb = world.course.kerb_side
        for p in pilot.pedestrians(world):
            sp, lat, _dist = path.project((p.x, p.y), pilot.s - 4.0, pilot.s + self.room + 6.0)
            if pilot.s - 4.0 < sp < pilot.s + self.room + 6.0 and lat_min <= lat * kerb <= lat_max:
                return True
        return False


def _goal_near(pilot: Autopilot, world: World, i0: int, i1: int, reach: float | None) -> bool:
    """The finish, or a checkpoint swerving could miss, along this stretch: any
    checkpoint, or (`reach` given) one the swerved line would leave where the lane's line
    crosses it."""
    path = pilot.path
    assert path is not None
    course = world.course
    side = None if reach is None else reach * course.kerb_side
    areas = [(a.polygon, True) for a in course.finishes]
    areas += [(a.polygon, side is None) for a in course.checkpoints]
    for k in range(max(0, i0 - 4), i1 + 1, 2):
        p = (float(path.xy[k, 0]), float(path.xy[k, 1]))
        for poly, always in areas:
            if not point_in_polygon(p, poly):
                continue
            if always or not point_in_polygon(path.point_at(float(path.s[k]), side), poly):
                return True
    return False


def ramp(t: float, t_in: float, hold: float, t_out: float) -> float:
    """0 -> 1 -> 0 smoothly (a lane change and back), as a function of time."""
    if t < t_in:
        x = t / t_in
    elif t < t_in + hold:
        return 1.0
    elif t < t_in + hold + t_out:
        x = 1.0 - (t - t_in - hold) / t_out
    else:
        return 0.0
    return x * x * (3 - 2 * x)


def along(pilot: Autopilot, v: Any, lo: float, hi: float) -> tuple[float, float, float]:
    """(s, lateral, distance) of an agent on the pilot's path window."""
    assert pilot.path is not None
    return pilot.path.project((v.x, v.y), lo, hi)
