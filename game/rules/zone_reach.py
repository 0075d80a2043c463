"""How far along its lanes a vehicle drives before it comes within reach of a conflict zone.

The answer is defined by a walk: a point every metre along the vehicle's lane from where it
is, then along every successor (depth first), and the first point within `reach` of any of
the zone's points. Asked for every vehicle, every step, by the yield rule and the
autopilot, that walk was most of their time. This module gives the same answer, to the bit,
with the work done once per course:

- a lane whose bounding box is further than `reach` from the zone's never hits;
- on a successor lane the walk starts at s = 0, so the first whole metre that hits is a
  fact of (zone, lane, reach), remembered;
- only the lane under the vehicle (it starts at a fraction of a metre) is walked afresh.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from game.course.geometry import Point, polygon_bounds
from game.course.lanes import LaneMap

MAX_POINTS = 400  # the walk stops taking new lanes once it has this many points
_CACHE_SIZE = 256  # zone indexes kept (drives keep a few per line; a few are made per call)


class ZoneIndex:
    """One conflict zone's points with their bounds, and the hits found so far per lane."""

    __slots__ = ("points", "bounds", "_first_hit", "_lane_near")

    def __init__(self, points: Sequence[Point]) -> None:
        self.points = tuple((float(x), float(y)) for x, y in points)
        self.bounds = polygon_bounds(self.points)
        self._first_hit: dict[tuple[int, float], int] = {}  # (lane, reach) -> metre, -1: none
        self._lane_near: dict[tuple[int, float], bool] = {}

    def within(self, x: float, y: float, reach: float) -> bool:
        """Is (x, y) within `reach` of a zone point? (the walk's own test, bit for bit)"""
        x0, y0, x1, y1 = self.bounds
        if x < x0 - reach - 1e-6 or x > x1 + reach + 1e-6:
            return False
        if y < y0 - reach - 1e-6 or y > y1 + reach + 1e-6:
            return False
        hypot = math.hypot
        return any(hypot(x - zx, y - zy) <= reach for zx, zy in self.points)

    def lane_near(self, lanes: LaneMap, lane_id: int, reach: float) -> bool:
        """Could any point of this lane be within reach? (bounding boxes, so never wrong)"""
        key = (lane_id, reach)
        near = self._lane_near.get(key)
        if near is None:
            lx0, ly0, lx1, ly1 = lanes.info[lane_id].bounds
            x0, y0, x1, y1 = self.bounds
            pad = reach + 1e-6
            near = not (lx1 < x0 - pad or lx0 > x1 + pad or ly1 < y0 - pad or ly0 > y1 + pad)
            self._lane_near[key] = near
        return near

    def first_hit(self, lanes: LaneMap, lane_id: int, reach: float) -> int:
        """The first whole metre from the lane's start within reach (-1: none)."""
        key = (lane_id, reach)
        hit = self._first_hit.get(key)
        if hit is None:
            hit = -1
            if self.lane_near(lanes, lane_id, reach):
                line = lanes.lanes[lane_id].line
                k = 0.0
                while k <= line.length:
                    x, y = line.position_at(k)
                    if self.within(x, y, reach):
                        hit = int(k)
                        break
                    k += 1.0
            self._first_hit[key] = hit
        return hit


_indexes: dict[int, tuple[Sequence[Point], ZoneIndex]] = {}


def zone_index(zone: Sequence[Point]) -> ZoneIndex:
    """The index of a zone list (kept while the same list object is asked about)."""
    found = _indexes.get(id(zone))
    if found is not None and found[0] is zone:
        return found[1]
    index = ZoneIndex(zone)
    if len(_indexes) >= _CACHE_SIZE:
        del _indexes[next(iter(_indexes))]
    _indexes[id(zone)] = (zone, index)
    return index


def _last_metre(length: float, done: float, limit: float) -> int:
    """The last whole metre k a walk from s = 0 takes on a lane: k <= length and
    done + k <= limit, found with the walk's own float comparisons."""
    k = int(max(min(length, limit - done), -1.0))
    while k + 1 <= length and done + (k + 1) <= limit:
        k += 1
    while k >= 0 and (k > length or done + k > limit):
        k -= 1
    return k


def _points_on(length: float, s0: float, done: float, limit: float) -> int:
    """How many points the walk takes on a lane it enters at s0 (its own loop)."""
    if s0 == 0.0:
        return _last_metre(length, done, limit) + 1
    n = 0
    k = s0
    while k <= length and done + k - s0 <= limit:
        n += 1
        k += 1.0
    return n


def reach_distance(
    lanes: LaneMap, zone: ZoneIndex, lane_id: int, s: float, limit: float, reach: float
) -> float | None:
    """Metres along its lanes (the walk above, up to `limit`) before a vehicle on
    (lane_id, s) comes within `reach` of the zone; None when it never does.

    The walk takes no new lane once it holds MAX_POINTS points. A lane holds at most
    limit + 2 of them, so points are only counted once enough lanes were taken for the
    cap to matter (a dozen or more; rare)."""
    stack = [(lane_id, s, 0.0)]
    per_lane = int(limit) + 2
    taken: list[tuple[float, float, float]] = []  # (length, s0, done) not yet counted
    bound = 0  # at least as many points as the walk holds so far
    count = -1  # the exact number, once counting is needed
    while stack:
        if bound >= MAX_POINTS:
            if count < 0:
                count = sum(_points_on(*lane, limit) for lane in taken)
            if count >= MAX_POINTS:
                break
        lid, s0, done = stack.pop()
        lane = lanes.lanes.get(lid)
        if lane is None:
            continue
        length = lane.line.length
        bound += per_lane
        if count < 0:
            taken.append((length, s0, done))
        else:
            count += _points_on(length, s0, done, limit)
        if zone.lane_near(lanes, lid, reach):
            if s0 == 0.0:
                hit = zone.first_hit(lanes, lid, reach)
                if 0 <= hit <= _last_metre(length, done, limit):
                    return done + float(hit)
            else:
                k = s0
                while k <= length and done + k - s0 <= limit:
                    x, y = lane.line.position_at(k)
                    if zone.within(x, y, reach):
                        return done + k - s0
                    k += 1.0
        if done + length - s0 <= limit:
            for nxt in lane.next_ids:
                stack.append((nxt, 0.0, done + length - s0))
    return None
