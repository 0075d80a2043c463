"""pedestrian: at the first zebra crossing, wait for a moment when someone is on it (or
waiting at its far kerb) but out of the car's way, then drive over it regardless: someone
on the far half walking away, with no one else walking into the car's lane while it
passes. The car never stops on the stripes for someone it would otherwise have met there,
so the drive shows this one mistake and touches no one; where no such moment came, the
drive says so (`fault_missed`).

At a crossing behind a traffic light the car goes only on green (else the mistake would be
the light's too): the moment is the green's first seconds, while someone is still on it
or stepping off the kerb late; with no one there then, the car drives on to the next
crossing instead of blocking a green light for someone who waits for the red."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from game.course.geometry import heading_vector
from game.drivers.faults.base import Fault
from game.rules.context import (
    crossing_busy,
    pedestrian_about_to_step,
    pedestrian_on,
    polygon_distance,
)
from game.sim.idm import time_to_cover
from game.sim.world import DT

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Crossing
    from game.sim.world import Player, World

NEAR = 4.0  # m before the crossing: wait here for someone
LAST_LOOK = 0.6  # m before the crossing: still someone there? (else wait at its edge)
STILL_ON = 0.3  # s: the walker chosen must still be on the crossing this long after the
# car's front is predicted to enter it
PATIENCE = 40.0  # s waiting at one crossing for someone, then go on
GREEN_LOOK = 3.0  # s of green at a crossing behind a light: someone still there? else go on
LIGHT_BEFORE = 6.0  # m: a signal's line this far before a crossing (or on it) guards it
IN_WAY = 0.8 + 0.6 + 0.3  # m from the car's line, plus the walker's radius: the careful
# autopilot stops for someone nearer (0.8 + 0.6), and a margin
STEPPING = 2.0  # m from a crossing: someone moving this near it may be stepping on it
ACCEL_IN = 1.8  # m/s^2: the car pulling away to the crossing (about as it does)
ACCEL = 1.2  # m/s^2: the same, slower, to be sure it has cleared the crossing
CRAWL = 3.5  # m/s: the autopilot's speed over a zebra
PASS_MARGIN = 1.0  # s after the car's rear is predicted to have cleared the crossing
FACING = 1.0  # m ahead of someone waiting at a kerb: nearer the crossing if they face it
LOOK_STEP = 0.25  # s between the predicted positions of each walker


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
        if self.moment(pilot, crossing, d, walkers):
            self.state, self.going, self.go_step = "go", cid, pilot.steps
            self.tried = True
            self.note = ""
            return math.inf
        self.waited[cid] = self.waited.get(cid, 0.0) + DT
        return stop

    def moment(self, pilot: Autopilot, crossing: _Crossing, d: float, walkers: list) -> bool:
        """Is now the moment to drive on (the front bumper `d` before the crossing)?"""
        return any(self.wanted(pilot, crossing, p) for p in walkers)

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

    def __init__(self) -> None:
        super().__init__()
        self.speed = 0.0  # the car's, as last seen
        self.t_in = 0.0  # s until the car's front enters the crossing, if it goes now

    def speed_cap(self, pilot: Autopilot, world: World, player: Player) -> float:
        self.speed = max(player.state.speed, 0.0)
        return math.inf

    def moment(self, pilot: Autopilot, crossing: _Crossing, d: float, walkers: list) -> bool:
        """Someone on the crossing (or at its far kerb) out of the car's way, and no one in
        its way or walking into it until the car's rear has cleared the stripes."""
        half = crossing.s - pilot.s - d  # the car's half length
        self.t_in = time_to_cover(max(d, 0.0), self.speed, ACCEL_IN, CRAWL)
        near = [p for p in walkers if _near(crossing, p)]
        if not any(self.wanted(pilot, crossing, p) for p in near):
            return False
        length = max(d, 0.0) + (crossing.s_out - crossing.s) + 2.0 * half
        t_out = time_to_cover(length, self.speed, ACCEL, CRAWL) + PASS_MARGIN
        if self.in_the_way(pilot, crossing, half, near, t_out):
            self.note = (
                "someone was always in the car's way on the crossing, or walking into it: "
                "no safe moment to drive over it"
            )
            return False
        return True

    def in_the_way(
        self, pilot: Autopilot, crossing: _Crossing, half: float, walkers: list, t_out: float
    ) -> bool:
        """Anyone in the car's lane over the crossing (or walking into it) before `t_out`:
        as near its line as the careful autopilot stops for, and a little more. Someone
        walking up to the crossing stops at the kerb to look first (and waits for a car
        that is moving), so only those on it or stepping on it are followed ahead."""
        path = pilot.path
        assert path is not None
        taus = np.append(np.arange(0.0, t_out, LOOK_STEP), t_out)
        lo, hi = pilot.s - half, crossing.s_out + 2.0 * half
        poly = crossing.crossing.polygon
        for p in walkers:
            speed = float(getattr(p, "speed", 0.0))
            on = pedestrian_on(crossing.crossing, p)
            if not on and polygon_distance((p.x, p.y), poly) > STEPPING:
                speed = 0.0
            hx, hy = heading_vector(float(p.heading))
            pts = np.stack([p.x + hx * speed * taus, p.y + hy * speed * taus], axis=1)
            s, _lat, dist = path.project_many(pts, lo - 2.0, hi + 2.0)
            reach = IN_WAY + float(getattr(p, "radius", 0.3))
            if bool(np.any((s > lo) & (s < hi) & (dist < reach))):
                return True
        return False

    def wanted(self, pilot: Autopilot, crossing: _Crossing, walker: Any) -> bool:
        """Someone on the crossing or about to step on it who will still be on it, or
        waiting at its kerb, when the car enters (`moment` checks they are out of its way)."""
        if not crossing_busy(crossing.crossing, [walker]):
            return False
        poly = crossing.crossing.polygon
        speed = float(getattr(walker, "speed", 0.0))
        hx, hy = heading_vector(float(walker.heading))
        if speed < 0.05:
            # standing on it, or waiting at its kerb facing it (not at a corner, waiting
            # for the crossing round it)
            if pedestrian_on(crossing.crossing, walker):
                return True
            here = polygon_distance((walker.x, walker.y), poly)
            ahead = polygon_distance((walker.x + hx * FACING, walker.y + hy * FACING), poly)
            return bool(getattr(walker, "waiting", False)) and ahead < here - FACING / 2
        t = self.t_in + STILL_ON
        later = (walker.x + hx * speed * t, walker.y + hy * speed * t)
        radius = float(getattr(walker, "radius", 0.3))
        return polygon_distance(later, poly) <= radius

    def still_there(self, pilot: Autopilot, crossing: _Crossing, walkers: list) -> bool:
        return any(
            pedestrian_on(crossing.crossing, p) or pedestrian_about_to_step(crossing.crossing, p)
            for p in walkers
        )


def _near(crossing: _Crossing, walker: Any, reach: float = 12.0) -> bool:
    """Close enough to the crossing to matter while the car passes."""
    x0, y0, x1, y1 = crossing.crossing.bounds
    return x0 - reach < walker.x < x1 + reach and y0 - reach < walker.y < y1 + reach
