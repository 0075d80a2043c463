"""Which lane is a car on? A vectorised lane locator and the junction facts rules need.

Rules and the autopilot both ask "where am I on the road network": the lane under a point
(nearest centre line by |lateral|, agreeing with the car's heading), whether a point lies in a
junction box (where lanes cross, so direction is meaningless), and which lanes are a choice
(taking them is a turn the driver must signal). All of it is derived from the lanes alone,
never from names, so courses drawn by hand in Tiled work the same as generated ones.
"""

from __future__ import annotations

import math
from collections.abc import Container, Mapping
from dataclasses import dataclass

import numpy as np

from game.course.geometry import (
    Point,
    angle_diff,
    point_in_polygon,
    polygon_bounds,
    segments_intersect,
    signed_angle,
)
from game.course.model import Course, Lane

LANE_HALF_WIDTH = 1.5  # metres: one lane per 3 m tile in the shipped courses
ENDPOINT_CLEARANCE = 0.6  # metres: lanes meeting at their ends are linked, not crossing


@dataclass(frozen=True)
class LanePos:
    """A point seen from one lane: s along it, lateral (+ right), heading difference."""

    lane_id: int
    s: float
    lateral: float
    distance: float
    heading: float  # the lane's heading at s
    heading_diff: float  # |car heading - lane heading|, 0..180


@dataclass(frozen=True)
class LaneInfo:
    """Static facts about one lane."""

    lane: Lane
    turn: float  # signed heading change from start to end, + is a right turn
    choice: bool  # a predecessor also leads elsewhere: taking this lane is a decision
    junction: bool  # crosses another lane: it lies in a junction box
    ring: bool  # inside a roundabout
    ring_exit: bool  # starts in a roundabout and leaves it
    bounds: tuple[float, float, float, float]
    ring_entry: bool = False  # ends in a roundabout, coming from outside it


class LaneMap:
    """Every lane's segments in numpy arrays, so one query costs a few vector operations."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.lanes = {lane.id: lane for lane in course.lanes}
        ax, ay, bx, by, lane_idx, cum, heads = [], [], [], [], [], [], []
        self._order: list[int] = []
        starts: list[int] = []
        for i, lane in enumerate(course.lanes):
            self._order.append(lane.id)
            starts.append(len(ax))
            pts = lane.line.points
            for k, (a, b) in enumerate(zip(pts, pts[1:])):
                ax.append(a[0])
                ay.append(a[1])
                bx.append(b[0])
                by.append(b[1])
                lane_idx.append(i)
                cum.append(lane.line.cumulative[k])
                heads.append(math.degrees(math.atan2(b[0] - a[0], -(b[1] - a[1]))) % 360.0)
        self._ax = np.array(ax, dtype=float)
        self._ay = np.array(ay, dtype=float)
        self._dx = np.array(bx, dtype=float) - self._ax
        self._dy = np.array(by, dtype=float) - self._ay
        self._len2 = np.maximum(self._dx**2 + self._dy**2, 1e-12)
        self._len = np.sqrt(self._len2)
        self._lane_idx = np.array(lane_idx, dtype=int)
        self._cum = np.array(cum, dtype=float)
        self._head = np.array(heads, dtype=float)
        self._starts = np.array(starts, dtype=int)
        self.info = self._build_info(course)
        self.junction_boxes = [
            (x0 - 0.5, y0 - 0.5, x1 + 0.5, y1 + 0.5)
            for info in self.info.values()
            if info.junction
            for (x0, y0, x1, y1) in [info.bounds]
        ]

    # -- static facts -------------------------------------------------------
    def _build_info(self, course: Course) -> dict[int, LaneInfo]:
        crossing: set[int] = set()
        lanes = course.lanes
        bounds = [polygon_bounds(lane.line.points) for lane in lanes]
        for i, a in enumerate(lanes):
            ax0, ay0, ax1, ay1 = bounds[i]
            for j in range(i + 1, len(lanes)):
                bx0, by0, bx1, by1 = bounds[j]
                if ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0:
                    continue  # boxes apart: the lines cannot cross
                b = lanes[j]
                if _lanes_cross(a, b):
                    crossing.add(a.id)
                    crossing.add(b.id)
        chooser: set[int] = set()
        for lane in lanes:
            if len(lane.next_ids) > 1:
                chooser.update(lane.next_ids)
        out: dict[int, LaneInfo] = {}
        for lane in lanes:
            pts = lane.line.points
            start_in = any(point_in_polygon(pts[0], r.polygon) for r in course.roundabouts)
            end_in = any(point_in_polygon(pts[-1], r.polygon) for r in course.roundabouts)
            mid_in = any(
                point_in_polygon(lane.line.position_at(lane.line.length / 2), r.polygon)
                for r in course.roundabouts
            )
            out[lane.id] = LaneInfo(
                lane=lane,
                turn=_total_turn(lane),
                choice=lane.id in chooser,
                junction=lane.id in crossing,
                ring=start_in and end_in and mid_in,
                ring_exit=start_in and not end_in,
                bounds=polygon_bounds(pts),
                ring_entry=end_in and not start_in,
            )
        return out

    def in_junction(self, p: Point) -> bool:
        """Inside a junction box: where lanes cross, the direction of travel is free."""
        x, y = p
        return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in self.junction_boxes)

    # -- queries --------------------------------------------------------------
    def _project(self, p: Point) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per segment: distance, s along its lane, signed lateral (+ right).

        The last point's answer is kept: the instructor asks twice a step about the car's
        position (which lane, and whether it faces against one)."""
        last = self.__dict__.get("_last_projection")
        if last is not None and last[0][0] == p[0] and last[0][1] == p[1]:
            return last[1]
        found = self._project_anew(p)
        self.__dict__["_last_projection"] = ((p[0], p[1]), found)
        return found

    def _project_anew(self, p: Point) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        px = p[0] - self._ax
        py = p[1] - self._ay
        t = np.clip((px * self._dx + py * self._dy) / self._len2, 0.0, 1.0)
        qx = px - self._dx * t
        qy = py - self._dy * t
        dist = np.sqrt(qx * qx + qy * qy)
        lateral = (self._dx * py - self._dy * px) / self._len
        s = self._cum + t * self._len
        return dist, s, lateral

    def candidates(self, p: Point, heading: float, radius: float = 2.5) -> list[LanePos]:
        """Each lane passing within `radius` of p, nearest first."""
        dist, s, lateral = self._project(p)
        best: dict[int, int] = {}
        for k in np.nonzero(dist <= radius)[0]:
            i = int(self._lane_idx[k])
            if i not in best or dist[k] < dist[best[i]]:
                best[i] = int(k)
        out = []
        for i, k in best.items():
            lane_head = float(self._head[k])
            out.append(
                LanePos(
                    lane_id=self._order[i],
                    s=float(s[k]),
                    lateral=float(lateral[k]),
                    distance=float(dist[k]),
                    heading=lane_head,
                    heading_diff=angle_diff(heading, lane_head),
                )
            )
        out.sort(key=lambda c: (c.distance, c.lane_id))
        return out

    def locate(
        self, p: Point, heading: float, previous: int | None = None, radius: float = 2.5
    ) -> LanePos | None:
        """The lane a car is on: nearest agreeing lane, preferring the one it was on and
        what follows it (so overlapping connectors at a junction don't flicker)."""
        cands = self.candidates(p, heading, radius)
        if not cands:
            return None
        related: set[int] = set()
        if previous is not None and previous in self.lanes:
            prev = self.lanes[previous]
            related.add(previous)
            related.update(prev.next_ids)
            for pid in prev.prev_ids:
                related.update(self.lanes[pid].next_ids)

        def score(c: LanePos) -> float:
            penalty = 0.0 if c.heading_diff < 90.0 else 10.0
            bonus = 1.0 if c.lane_id in related else 0.0
            return c.distance + penalty - bonus + c.heading_diff * 0.01

        return min(cands, key=lambda c: (score(c), c.lane_id))

    def wrong_way(self, p: Point, heading: float, min_angle: float = 120.0) -> bool:
        """On a lane's area but facing against it, with no agreeing lane under the car."""
        cands = self.candidates(p, heading, LANE_HALF_WIDTH + 0.3)
        if not cands:
            return False
        if any(c.heading_diff < 90.0 and c.distance <= LANE_HALF_WIDTH for c in cands):
            return False
        nearest = cands[0]
        return nearest.distance <= LANE_HALF_WIDTH and nearest.heading_diff >= min_angle

    def lane_limit(self, lane_id: int | None) -> float | None:
        if lane_id is None or lane_id not in self.lanes:
            return None
        return self.lanes[lane_id].speed_limit


def unsigned_entries(
    lanes: Mapping[int, Lane], entries: Container[int], marked: Container[int], lane_id: int
) -> tuple[int, ...]:
    """The roundabout entries that join the ring where `lane_id` starts with no give-way
    line across them or the lane before them (`marked`: the lanes any line crosses).

    A ring has priority only where such a line stands (Décret 2-10-420 art. 34): through
    these entries the car coming in keeps its priority to the right over the car going
    round. One answer for the instructor, the autopilot and the town's drivers."""
    lane = lanes.get(lane_id)
    if lane is None:
        return ()
    out = []
    for p in lane.prev_ids:
        entry = lanes.get(p)
        if entry is None or p not in entries or p in marked:
            continue
        if not any(q in marked for q in entry.prev_ids):
            out.append(p)
    return tuple(out)


def _total_turn(lane: Lane) -> float:
    pts = lane.line.points
    total = 0.0
    prev = None
    for a, b in zip(pts, pts[1:]):
        h = math.degrees(math.atan2(b[0] - a[0], -(b[1] - a[1]))) % 360.0
        if prev is not None:
            total += signed_angle(prev, h)
        prev = h
    return total


def _near_end(p: Point, lane: Lane) -> bool:
    return any(
        math.hypot(p[0] - q[0], p[1] - q[1]) < ENDPOINT_CLEARANCE
        for q in (lane.line.points[0], lane.line.points[-1])
    )


def _lanes_cross(a: Lane, b: Lane) -> bool:
    """True when two centre lines cross away from their ends (a junction, not a link)."""
    pa, pb = a.line.points, b.line.points
    for p, q in zip(pa, pa[1:]):
        for r, s in zip(pb, pb[1:]):
            if segments_intersect(p, q, r, s):
                x = _intersection(p, q, r, s)
                if x is None:
                    continue
                if not (_near_end(x, a) or _near_end(x, b)):
                    return True
    return False


def _intersection(p: Point, q: Point, r: Point, s: Point) -> Point | None:
    d1x, d1y = q[0] - p[0], q[1] - p[1]
    d2x, d2y = s[0] - r[0], s[1] - r[1]
    den = d1x * d2y - d1y * d2x
    if abs(den) < 1e-12:
        return None
    t = ((r[0] - p[0]) * d2y - (r[1] - p[1]) * d2x) / den
    return (p[0] + d1x * t, p[1] + d1y * t)
