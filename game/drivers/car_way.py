"""How far a town car has still to drive, along its own route, before it is on the child's
way across the road.

A straight line from a car's nose misses a car coming round a corner into the road the
child is crossing: its heading points past the way across, yet a few seconds later it is
driving along that road. Its route of lanes says where it goes, so the careful child
judges a car by that (as a child who watches a car turn in does).
"""

from __future__ import annotations

import math

from game.course.geometry import heading_vector
from game.drivers.walk_kerb import Kerb
from game.sim.roadnet import RoadNet
from game.sim.vehicle import Vehicle

REACH = 2.8  # m beside the way across where a car's centre line is in the way (half a bus + 1.5)
AHEAD_M = 90.0  # m along its route a car is followed


class WayAcross:
    """The way across at one kerb, and where each lane of the town first meets it."""

    def __init__(self, net: RoadNet, kerb: Kerb) -> None:
        self.net = net
        self.a = kerb.stand
        self.hx, self.hy = heading_vector(kerb.heading)
        self.width = math.dist(kerb.stand, kerb.far)
        self._entry: dict[int, tuple[float, float] | None] = {}

    def _inside(self, x: float, y: float) -> bool:
        dx, dy = x - self.a[0], y - self.a[1]
        along = self._across(x, y)
        side = abs(-dx * self.hy + dy * self.hx)
        return -REACH <= along <= self.width + REACH and side <= REACH

    def entry(self, lane_id: int) -> tuple[float, float] | None:
        """Metres along this lane where its centre line first comes onto the way, and how
        far across the way the child is out of that lane's way again (None: never)."""
        if lane_id not in self._entry:
            found = None
            geo = self.net.lanes.get(lane_id)
            if geo is not None:
                pts, (x0, y0, x1, y1) = geo.samples()
                r = REACH + self.width
                ax, ay = self.a
                if x0 <= ax + r and x1 >= ax - r and y0 <= ay + r and y1 >= ay - r:
                    inside = [(s, self._across(x, y)) for s, x, y in pts if self._inside(x, y)]
                    if inside:
                        found = (inside[0][0], max(d for _, d in inside) + REACH)
            self._entry[lane_id] = found
        return self._entry[lane_id]

    def _across(self, x: float, y: float) -> float:
        return (x - self.a[0]) * self.hx + (y - self.a[1]) * self.hy

    def gap(self, v: Vehicle) -> tuple[float, float] | None:
        """Metres from v's front to the way along its route, and how far across the way
        the child is out of its way (None: its route does not come onto the way within
        AHEAD_M, or its centre is already past where it does)."""
        lanes = self.net.lanes
        offset = -float(v.s)
        for k in range(v.idx, len(v.route)):
            lid = v.route[k]
            geo = lanes.get(lid)
            if geo is None:
                return None
            entry = self.entry(lid)
            if entry is not None and (k > v.idx or entry[0] >= v.s):
                return offset + entry[0] - v.length / 2, entry[1]
            offset += geo.length
            if offset > AHEAD_M:
                return None
        return None


def way_across(net: RoadNet, kerb: Kerb, cache: dict[int, WayAcross]) -> WayAcross:
    """The kerb's way across, built once (cache: by kerb index)."""
    way = cache.get(kerb.index)
    if way is None:
        way = cache[kerb.index] = WayAcross(net, kerb)
    return way
