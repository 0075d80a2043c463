"""wrong_way: on the first clear straight, drive a few seconds in the lane of the other
direction, when no one could come the other way before the car is back (standing at the
start of the straight while someone comes, if the straight is short).

The swerve is brief (the instructor needs a second or 4 m against the lane), so a gap in
the oncoming traffic of a few seconds is enough: each town car's own route says whether it
can reach the lane the car borrows before the car has left it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from game.course.geometry import angle_diff, heading_vector
from game.drivers.faults.swerve import Swerve, along, ramp
from game.sim.vehicle import point_on_route

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot
    from game.sim.world import Player, World

SPEED = 3.5  # m/s through the manoeuvre
T_IN, HOLD, T_OUT = 1.6, 1.2, 2.0  # s: over, along, back
SHIFT = 3.0  # m: a lane's width to the other side
SPARE = 1.0  # s after the manoeuvre the borrowed lane must still be clear
MARGIN = 4.0  # m kept between the car and an oncoming one when it is back in its lane
STEP = 1.0  # m: how finely a town car's route is followed
ACCEL = 1.6  # m/s^2: the briskest a town car speeds up (game.sim.idm SPECS)
NEAR = 2.0  # m: a route within this of the borrowed lane's centre line runs along it
ONCOMING_LOOK = 8.0  # s of an unrouted oncoming vehicle's travel that must stay clear


class WrongWay(Swerve):
    rule = "wrong_way"
    room = 18.0
    patience = 25.0
    reach = -SHIFT

    def manoeuvre(self, pilot: Autopilot, world: World, elapsed: float) -> float | None:
        if elapsed > T_IN + HOLD + T_OUT:
            return None
        pilot.offset = -SHIFT * world.course.kerb_side * ramp(elapsed, T_IN, HOLD, T_OUT)
        return SPEED

    def in_the_way(self, pilot: Autopilot, world: World, player: Player) -> str:
        assert pilot.path is not None
        s = pilot.s
        half = player.spec.length / 2
        net = getattr(getattr(world.town, "traffic", None), "net", None)
        lane = self._borrowed(pilot, world, half)
        for v in pilot.vehicles(world):
            sv, lat, dist = along(pilot, v, s - 6.0, s + 150.0)
            speed = max(float(getattr(v, "speed", 0.0)), 0.0)
            near_path = dist <= 6.0 and sv >= s - 5.0
            same_way = near_path and angle_diff(float(v.heading), pilot.path.heading_at(sv)) <= 90
            if same_way:
                if sv < s + self.room + 10.0 and speed < 1.0:
                    return "on every clear straight, a vehicle stood in the way"
                continue
            if net is not None and getattr(v, "route", None):
                if _reaches(net, v, lane, speed):
                    return "on every clear straight, traffic was coming the other way"
                continue
            if not near_path or sv + float(getattr(v, "length", 4.0)) / 2 < s + half - 0.5:
                continue  # not on our road, or behind our front and going away
            if sv - speed * ONCOMING_LOOK < s + self.room + 15.0:
                return "on every clear straight, traffic was coming the other way"
        if self.walkers_near(pilot, world, -9.0, -1.5):
            return "on every clear straight, someone walked beside the other lane"
        return ""

    def _borrowed(self, pilot: Autopilot, world: World, half: float) -> Borrowed:
        """The other lane's centre line from beside the car to where its front will be
        when the manoeuvre is over, and a margin more: points, their distance ahead of
        the car's centre, and the way the car drives there."""
        path = pilot.path
        assert path is not None
        reach = half + SPEED * (T_IN + HOLD + T_OUT + SPARE) + MARGIN
        side = -SHIFT * world.course.kerb_side
        ahead = np.arange(0.0, reach + 0.5, 1.0)
        pts = np.array([path.point_at(pilot.s + x, side) for x in ahead])
        ways = np.array([heading_vector(path.heading_at(pilot.s + x)) for x in ahead])
        return Borrowed(pts, ahead, ways, half)


@dataclass
class Borrowed:
    """The stretch of the other lane the manoeuvre borrows."""

    pts: np.ndarray  # (n, 2) points of its centre line
    ahead: np.ndarray  # (n,) metres ahead of the car's centre
    ways: np.ndarray  # (n, 2) unit vectors of the car's way there
    front: float  # metres from the car's centre to its front bumper

    def meets(self, x: float, y: float, half: float, t: float) -> bool:
        """Would someone `half` a length long, centred at (x, y) at time t and coming the
        other way, be within MARGIN of the car's front (which moves on at SPEED at
        most), in the borrowed lane? Someone whose rear is behind the car's front has
        passed, or goes away."""
        gaps = np.hypot(self.pts[:, 0] - x, self.pts[:, 1] - y)
        j = int(np.argmin(gaps))
        if gaps[j] >= NEAR:
            return False
        dx, dy = x - self.pts[j, 0], y - self.pts[j, 1]
        along = float(self.ahead[j] + dx * self.ways[j, 0] + dy * self.ways[j, 1])
        if along + half < self.front - 0.5:
            return False
        return along - half - MARGIN <= self.front + SPEED * t


def _reaches(net: Any, v: Any, lane: Borrowed, speed: float) -> bool:
    """Could this town car, along its own route, meet the car in the borrowed lane
    before the car is back in its own? Judged as if it went as fast as it could
    (speeding up as briskly as a town car does, up to each lane's speed): anyone slower
    is further away at every moment."""
    horizon = T_IN + HOLD + T_OUT + SPARE
    top = max(float(getattr(v, "v0", 8.0)), speed, 9.0)
    half = float(getattr(v, "length", 4.0)) / 2
    far = speed * horizon + ACCEL * horizon * horizon / 2
    far = min(far, top * horizon) + NEAR
    x0, y0 = lane.pts.min(axis=0) - far
    x1, y1 = lane.pts.max(axis=0) + far
    if v.x < x0 or v.x > x1 or v.y < y0 or v.y > y1:
        return False
    factor = float(getattr(getattr(v, "spec", None), "speed_factor", 1.25))
    lanes, route = net.lanes, v.route
    k, left = v.idx, lanes[route[v.idx]].length - v.s  # the lane under it, metres to its end
    t, u, d = 0.0, speed, 0.0
    while t <= horizon:
        x, y = point_on_route(net, v, d)
        if lane.meets(x, y, half, t):
            return True
        while d >= left and k + 1 < len(route):
            k += 1
            left += lanes[route[k]].length
        if d >= left:
            return False  # the end of its route (it leaves the map)
        geo = lanes[route[k]]
        cap = max(min(geo.limit, geo.curve_speed) * factor, speed if k == v.idx else 0.0)
        nxt = min(math.sqrt(u * u + 2 * ACCEL * STEP), cap)
        t += STEP / max((u + nxt) / 2, 0.2)
        u, d = nxt, d + STEP
    return False
