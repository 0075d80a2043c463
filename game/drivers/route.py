"""Route planning for drivers: lanes from where the car is, through the checkpoints in order,
to the finish (or into the target parking bay), as one dense path to follow.

A graph search over `Lane.next_ids` whose state is (lane, checkpoints done): nothing about
the answer is stored in the map, so any valid course can be driven, also unseen ones.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

import numpy as np

from game.course.geometry import Point, heading_vector, point_in_polygon, polygon_centroid
from game.course.lanes import LaneMap, LanePos
from game.course.model import Area, Course, ParkingSpot

SAMPLE = 0.5  # metres between samples when testing lanes against areas
PATH_STEP = 0.5  # metres between path points


@dataclass(frozen=True)
class Leg:
    """A piece of one lane to drive, from s0 to s1."""

    lane_id: int
    s0: float
    s1: float


@dataclass
class Plan:
    legs: list[Leg]
    bay: ParkingSpot | None = None  # the final manoeuvre parks in this bay
    tail: list[Point] = field(default_factory=list)  # extra points after the last leg


class Path:
    """A resampled polyline with per-point lane ids, headings and curvature (numpy)."""

    def __init__(self, points: list[Point], lane_ids: list[int]) -> None:
        pts, lanes = _resample(points, lane_ids, PATH_STEP)
        self.xy = np.array(pts, dtype=float)
        self.lane = np.array(lanes, dtype=int)
        d = np.diff(self.xy, axis=0)
        seg = np.hypot(d[:, 0], d[:, 1])
        self.s = np.concatenate([[0.0], np.cumsum(seg)])
        self.length = float(self.s[-1])
        head = np.degrees(np.arctan2(d[:, 0], -d[:, 1])) % 360.0
        self.heading = np.concatenate([head, head[-1:]]) if len(head) else np.zeros(1)
        self.curvature = _curvature(self.heading, self.s)
        # each segment's vector, squared length and length, for the projections
        self._d = self.xy[1:] - self.xy[:-1]
        self._l2 = np.maximum((self._d**2).sum(axis=1), 1e-12)
        self._seg = np.sqrt(self._l2)
        self._x, self._y = self.xy[:, 0].copy(), self.xy[:, 1].copy()
        self._dx, self._dy = self._d[:, 0].copy(), self._d[:, 1].copy()

    def index_at(self, s: float) -> int:
        return int(min(max(np.searchsorted(self.s, s), 0), len(self.s) - 1))

    def point_at(self, s: float, lateral: float = 0.0) -> Point:
        s = min(max(s, 0.0), self.length)
        i = int(np.searchsorted(self.s, s, side="right")) - 1
        i = min(max(i, 0), len(self.s) - 2) if len(self.s) > 1 else 0
        if len(self.s) == 1:
            return (float(self.xy[0, 0]), float(self.xy[0, 1]))
        seg = self.s[i + 1] - self.s[i]
        t = 0.0 if seg <= 0 else (s - self.s[i]) / seg
        x = self.xy[i, 0] + (self.xy[i + 1, 0] - self.xy[i, 0]) * t
        y = self.xy[i, 1] + (self.xy[i + 1, 1] - self.xy[i, 1]) * t
        if lateral:
            hx, hy = heading_vector(float(self.heading[i]))
            x += -hy * lateral
            y += hx * lateral
        return (float(x), float(y))

    def heading_at(self, s: float) -> float:
        return float(self.heading[self.index_at(s)])

    def _window(self, lo: float, hi: float) -> tuple[int, int]:
        i0 = max(int(np.searchsorted(self.s, lo)) - 1, 0)
        i1 = min(int(np.searchsorted(self.s, hi)) + 1, len(self.s) - 1)
        if i1 <= i0:
            i1 = min(i0 + 1, len(self.s) - 1)
        return i0, i1

    def project_many(
        self, points: np.ndarray, lo: float, hi: float
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`project` for many points at once (an (n, 2) array): arrays of s, lateral and
        distance, each element computed exactly as `project` computes it."""
        i0, i1 = self._window(lo, hi)
        a = self.xy[i0:i1]
        n = len(points)
        if len(a) == 0 or n == 0:
            dx = points[:, 0] - self.xy[-1, 0]
            dy = points[:, 1] - self.xy[-1, 1]
            return np.full(n, self.length), np.zeros(n), np.hypot(dx, dy)
        # x and y apart, (n points, m segments) each: the same arithmetic as `project`
        dx, dy = self._dx[i0:i1], self._dy[i0:i1]
        rx = points[:, 0:1] - self._x[i0:i1]
        ry = points[:, 1:2] - self._y[i0:i1]
        t = np.clip((rx * dx + ry * dy) / self._l2[i0:i1], 0.0, 1.0)
        dist = np.hypot(rx - dx * t, ry - dy * t)
        k = np.argmin(dist, axis=1)
        rows = np.arange(n)
        seg = self._seg[i0 + k]
        lat = (dx[k] * ry[rows, k] - dy[k] * rx[rows, k]) / seg
        s = self.s[i0 + k] + t[rows, k] * seg
        return s, lat, dist[rows, k]

    def project(self, p: Point, lo: float, hi: float) -> tuple[float, float, float]:
        """(s, lateral, distance) of the nearest point in the s window [lo, hi]."""
        i0, i1 = self._window(lo, hi)
        a = self.xy[i0:i1]
        if len(a) == 0:
            dx, dy = p[0] - self.xy[-1, 0], p[1] - self.xy[-1, 1]
            return self.length, 0.0, math.hypot(dx, dy)
        d = self._d[i0:i1]
        l2 = self._l2[i0:i1]
        rel = np.array(p) - a
        t = np.clip((rel * d).sum(axis=1) / l2, 0.0, 1.0)
        q = rel - d * t[:, None]
        dist = np.hypot(q[:, 0], q[:, 1])
        k = int(np.argmin(dist))
        lat = (d[k, 0] * rel[k, 1] - d[k, 1] * rel[k, 0]) / math.sqrt(l2[k])
        s = float(self.s[i0 + k] + t[k] * math.sqrt(l2[k]))
        return s, float(lat), float(dist[k])


def _resample(points: list[Point], lanes: list[int], step: float) -> tuple[list, list]:
    out: list[Point] = [points[0]]
    out_lanes = [lanes[0]]
    carry = 0.0
    for (a, b), lane in zip(zip(points, points[1:]), lanes[1:]):
        seg = math.hypot(b[0] - a[0], b[1] - a[1])
        if seg < 1e-9:
            continue
        pos = step - carry
        while pos < seg:
            t = pos / seg
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
            out_lanes.append(lane)
            pos += step
        carry = seg - (pos - step)
    if math.hypot(out[-1][0] - points[-1][0], out[-1][1] - points[-1][1]) > 1e-6:
        out.append(points[-1])
        out_lanes.append(lanes[-1])
    if len(out) == 1:
        out.append((out[0][0] + 1e-3, out[0][1]))
        out_lanes.append(out_lanes[0])
    return out, out_lanes


def _curvature(heading: np.ndarray, s: np.ndarray, span: float = 1.5) -> np.ndarray:
    """|dheading/ds| in rad/m over a short window: a smoothed turn rate."""
    n = len(heading)
    out = np.zeros(n)
    k = max(1, int(round(span / PATH_STEP)))
    for i in range(n):
        a, b = max(0, i - k), min(n - 1, i + k)
        if b <= a:
            continue
        dh = ((heading[b] - heading[a] + 180.0) % 360.0) - 180.0
        out[i] = abs(math.radians(dh)) / max(s[b] - s[a], 1e-6)
    return out


# -- planning -------------------------------------------------------------------------------
def _entries(lane_line, area: Area) -> list[float]:  # noqa: ANN001 - Polyline
    """s where the lane enters an area (first sample inside after one outside)."""
    out = []
    inside_before = False
    n = max(2, int(lane_line.length / SAMPLE) + 1)
    for i in range(n + 1):
        s = lane_line.length * i / n
        inside = point_in_polygon(lane_line.position_at(s), area.polygon)
        if inside and not inside_before:
            out.append(s)
        inside_before = inside
    return out


def target_bays(course: Course) -> list[ParkingSpot]:
    return [p for p in course.parking_spots if p.target]


def _bay_approach(lanes: LaneMap, bay: ParkingSpot) -> list[tuple[int, float, float]]:
    """(lane, s, lateral) of lane points beside the bay, within reach of a parking turn."""
    centre = polygon_centroid(bay.polygon)
    out = []
    for c in lanes.candidates(centre, 0.0, radius=9.0):
        lane = lanes.lanes[c.lane_id]
        if not 0.5 < c.s < lane.line.length - 0.5:
            continue
        out.append((c.lane_id, c.s, c.lateral))  # lateral > 0: the bay is on the right
    return out


def plan_route(
    course: Course,
    lanes: LaneMap,
    pos: Point,
    heading: float,
    next_checkpoint: int = 0,
    start_lane: int | None = None,
    radius: float = 4.0,
) -> Plan | None:
    """Cheapest lane sequence from the car through the remaining checkpoints to the goal."""
    route = course.route()
    start = lanes.locate(pos, heading, start_lane, radius=radius)
    if start is None:
        return None
    if start.distance > 1.0:  # off the lanes: join further on, at a gentle angle
        lane = lanes.lanes[start.lane_id]
        lead = min(lane.line.length - start.s, 2.0 * start.distance)
        start = LanePos(start.lane_id, start.s + max(lead, 0.0), 0.0, 0.0, start.heading, 0.0)
    cp_entries = {lane.id: [(_entries(lane.line, cp)) for cp in route] for lane in course.lanes}
    bays = target_bays(course)
    finish_s: dict[int, float] = {}
    turn_s: dict[int, tuple[float, ParkingSpot]] = {}
    if bays:
        for bay in bays:
            for lane_id, s, lat in _bay_approach(lanes, bay):
                if lat > 0 and (lane_id not in turn_s or s < turn_s[lane_id][0]):
                    turn_s[lane_id] = (s, bay)
        if not turn_s:  # no lane has it on its right: accept a left turn in
            for bay in bays:
                for lane_id, s, _lat in _bay_approach(lanes, bay):
                    turn_s.setdefault(lane_id, (s, bay))
    else:
        for lane in course.lanes:
            hits = [s for f in course.finishes for s in _entries(lane.line, f)]
            if hits:
                finish_s[lane.id] = min(hits) + 1.5

    def advance(lane_id: int, s0: float, k: int) -> tuple[int, float]:
        """Checkpoints taken along a lane from s0; returns (k, s of the last one)."""
        cursor = s0
        while k < len(route):
            hits = [s for s in cp_entries[lane_id][k] if s >= cursor - 1e-9]
            if not hits:
                # already inside the checkpoint at s0 counts too
                line = lanes.lanes[lane_id].line
                if point_in_polygon(line.position_at(cursor), route[k].polygon):
                    hits = [cursor]
                else:
                    break
            cursor = min(hits)
            k += 1
        return k, cursor

    def goal_s(lane_id: int, cursor: float) -> float | None:
        if bays:
            hit = turn_s.get(lane_id)
            return hit[0] if hit and hit[0] >= cursor - 1e-9 else None
        if not course.finishes:
            return cursor
        s = finish_s.get(lane_id)
        return s if s is not None and s >= cursor - 1e-9 else None

    k0, cur0 = advance(start.lane_id, max(start.s, 0.0), next_checkpoint)
    heap: list[tuple[float, int, int, int, float]] = []
    counter = 0
    heapq.heappush(heap, (0.0, counter, start.lane_id, k0, cur0))
    parents: dict[tuple[int, int, float], tuple[int, int, float] | None] = {
        (start.lane_id, k0, cur0): None
    }
    best: dict[tuple[int, int], float] = {}
    seen: dict[tuple[int, int, float], float] = {(start.lane_id, k0, cur0): 0.0}
    start_s = max(start.s, 0.0)
    while heap:
        cost, _, lane_id, k, cursor = heapq.heappop(heap)
        if best.get((lane_id, k), math.inf) <= cost - 1e-9:
            continue
        best[(lane_id, k)] = cost
        lane = lanes.lanes[lane_id]
        if k >= len(route):
            g = goal_s(lane_id, cursor)
            if g is not None:
                return _make_plan(parents, (lane_id, k, cursor), g, start_s, turn_s, lanes, bays)
        entry = (
            start_s if (lane_id == start.lane_id and parents[(lane_id, k, cursor)] is None) else 0.0
        )
        leg_cost = max(lane.line.length - entry, 0.1)
        for nxt in lane.next_ids:
            nk, ncur = advance(nxt, 0.0, k)
            key = (nxt, nk, ncur)
            ncost = cost + leg_cost
            if ncost >= seen.get(key, math.inf):
                continue
            seen[key] = ncost
            parents[key] = (lane_id, k, cursor)
            counter += 1
            heapq.heappush(heap, (ncost, counter, nxt, nk, ncur))
    return None


def _make_plan(
    parents: dict,
    last: tuple[int, int, float],
    goal: float,
    start_s: float,
    turn_s: dict[int, tuple[float, ParkingSpot]],
    lanes: LaneMap,
    bays: list[ParkingSpot],
) -> Plan:
    chain = []
    node: tuple[int, int, float] | None = last
    while node is not None:
        chain.append(node[0])
        node = parents[node]
    chain.reverse()
    legs = []
    for i, lane_id in enumerate(chain):
        length = lanes.lanes[lane_id].line.length
        s0 = start_s if i == 0 else 0.0
        s1 = goal if i == len(chain) - 1 else length
        legs.append(Leg(lane_id, s0, max(s0, s1)))
    bay = turn_s[chain[-1]][1] if bays else None
    return Plan(legs, bay)


def path_points(lanes: LaneMap, plan: Plan) -> tuple[list[Point], list[int]]:
    pts: list[Point] = []
    ids: list[int] = []
    for leg in plan.legs:
        line = lanes.lanes[leg.lane_id].line
        inner = [s for s in line.cumulative if leg.s0 < s < leg.s1]
        for s in [leg.s0, *inner, leg.s1]:
            p = line.position_at(s)
            if pts and math.hypot(p[0] - pts[-1][0], p[1] - pts[-1][1]) < 1e-6:
                continue
            pts.append(p)
            ids.append(leg.lane_id)
    if len(pts) == 1:
        pts.append(pts[0])
        ids.append(ids[0])
    return pts, ids
