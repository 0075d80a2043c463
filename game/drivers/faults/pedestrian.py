"""pedestrian: at the first zebra crossing, wait until someone is on it (on the far half,
out of the car's way) or about to step on it, then drive over it regardless. The
autopilot still stops for anyone in front of the car, so no one is touched.

At a crossing behind a traffic light the car goes only on green (else the mistake would be
the light's too): the moment is the green's first seconds, while someone is still on it
or stepping off the kerb late; with no one there then, the car drives on to the next
crossing instead of blocking a green light for someone who waits for the red."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from game.course.geometry import heading_vector, point_in_polygon
from game.drivers.faults.base import Fault
from game.rules.context import crossing_busy, pedestrian_about_to_step, pedestrian_on
from game.sim.world import DT

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Crossing
    from game.sim.world import World

NEAR = 4.0  # m before the crossing: wait here for someone
LAST_LOOK = 0.6  # m before the crossing: still someone there? (else wait at its edge)
STILL_ON = 2.5  # s: the walker chosen must still be on the crossing this much later
PATIENCE = 40.0  # s waiting at one crossing for someone, then go on
GREEN_LOOK = 3.0  # s of green at a crossing behind a light: someone still there? else go on
LIGHT_BEFORE = 6.0  # m: a signal's line this far before a crossing (or on it) guards it
CLEAR_SIDE = 2.6  # m from the car's line: someone this far aside is out of its way


class CrossingFault(Fault):
    """Wait near a crossing for the right walker, then go: the shared part of the two
    crossing faults (`pedestrian`, `collision_pedestrian`)."""

    def __init__(self) -> None:
        super().__init__()
        self.state = ""  # "", "go", "done"
        self.going: int | None = None  # the crossing driven over regardless
        self.go_step = 0
        self.waited: dict[int, float] = {}  # crossing id -> seconds waited there
        self.green: dict[int, float] = {}  # crossing id -> seconds of green seen at its edge

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not pilot.crossings

    def at_crossing(
        self,
        pilot: Autopilot,
        world: World,
        crossing: _Crossing,
        d: float,
        stop: float,
        walkers: list,
    ) -> float | None:
        cid = crossing.crossing.id
        if self.state == "done" or self.waited.get(cid, 0.0) > PATIENCE or self.nobody(world):
            return None
        light = self.light(pilot, world, crossing)
        if self.state == "go":
            if self.going != cid:
                return None  # another crossing, further on
            if d < 0.0 and self.rule == "pedestrian":
                self.state = "done"  # on it: the instructor has seen
            elif 0.0 <= d < LAST_LOOK and not self.still_there(pilot, crossing, walkers):
                # they have gone: the car stands at the stripes now, where no one would
                # step out in front of it; the next crossing is the next chance
                self.state = ""
                self.waited[cid] = math.inf
                return None
            return math.inf
        if d > NEAR:
            return math.inf
        if light is not None:
            if light != "green":
                return None  # held by the light: a careful driver's stop, not yet the moment
            self.green[cid] = self.green.get(cid, 0.0) + DT
            if self.green[cid] > GREEN_LOOK:
                self.waited[cid] = math.inf  # no one left on it as the light turned green
                return None
        for p in walkers:
            if self.wanted(pilot, crossing, p):
                self.state, self.going, self.go_step = "go", cid, pilot.steps
                self.tried = True
                return math.inf
        self.waited[cid] = self.waited.get(cid, 0.0) + DT
        return stop

    def wanted(self, pilot: Autopilot, crossing: _Crossing, walker: Any) -> bool:
        raise NotImplementedError

    @staticmethod
    def light(pilot: Autopilot, world: World, crossing: _Crossing) -> str | None:
        """The colour of a traffic light guarding this crossing (None: no light)."""
        for line in pilot.lines:
            geo = line.geo.line
            if geo.signal and crossing.s - LIGHT_BEFORE <= line.s <= crossing.s_out + 1.0:
                return world.town.light(geo.signal, geo.phase or "")
        return None

    def still_there(self, pilot: Autopilot, crossing: _Crossing, walkers: list) -> bool:
        """Someone the mistake needs is still there as the car is about to enter."""
        return True


class IgnoreWalker(CrossingFault):
    rule = "pedestrian"
    missing = "no one came to a zebra crossing on the route while the car waited there"

    def wanted(self, pilot: Autopilot, crossing: _Crossing, walker: Any) -> bool:
        """Someone out of the car's way (the far half, or the kerb) who will still be on
        the crossing, or waiting at it, when the car enters."""
        assert pilot.path is not None
        _s, lat, _dist = pilot.path.project(
            (walker.x, walker.y), crossing.s - 2.0, crossing.s_out + 2.0
        )
        if abs(lat) <= CLEAR_SIDE or not crossing_busy(crossing.crossing, [walker]):
            return False
        speed = float(getattr(walker, "speed", 0.0))
        if speed < 0.05:
            return bool(getattr(walker, "waiting", False))  # at the kerb, about to go
        hx, hy = heading_vector(float(walker.heading))
        later = (walker.x + hx * speed * STILL_ON, walker.y + hy * speed * STILL_ON)
        return point_in_polygon(later, crossing.crossing.polygon)

    def still_there(self, pilot: Autopilot, crossing: _Crossing, walkers: list) -> bool:
        return any(
            pedestrian_on(crossing.crossing, p) or pedestrian_about_to_step(crossing.crossing, p)
            for p in walkers
        )
