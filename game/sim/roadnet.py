"""The road network as computer drivers see it, precomputed once per course.

Per lane: its length, the speed a driver wants on it (limit, zone, curve), the stop lines
and crossings on it (as s intervals), its rank at junctions and the turn it makes. Doing
this once keeps each simulation step to look-ups and a few comparisons.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.course.geometry import (
    Point,
    Polyline,
    distance,
    point_in_polygon,
    polygon_bounds,
    signed_angle,
)
from game.course.lanes import unsigned_entries
from game.course.model import BusStop, Course, Crossing, Lane, StopLine

DEFAULT_LIMIT_KMH = 30.0
CURVE_LATERAL_ACCEL = 1.6  # m/s², what a calm driver accepts in a bend
TURN_THRESHOLD = 30.0  # degrees: a connector that turns more is a turn (indicator on)
RANK_MINOR, RANK_PLAIN, RANK_RING = 1, 2, 3
RING_SPACING = 12.0  # metres of ring per vehicle allowed in a roundabout


@dataclass
class LaneGeo:
    """One lane with everything a driver reads from it."""

    lane: Lane
    length: float
    limit: float  # m/s from the lane's limit and any speed zone
    curve_speed: float  # m/s a driver slows to in this lane's bend (inf when straight)
    turn: float  # signed heading change, + is right
    indicator: int  # -1 left, 1 right, 0 none: the blinker a driver shows on this lane
    rank: int
    signalled: bool
    ring: bool
    stops: list[tuple[float, StopLine]] = field(default_factory=list)  # (s of line, line)
    crossings: list[tuple[float, float, Crossing]] = field(default_factory=list)
    bus_stops: list[tuple[float, float, BusStop]] = field(default_factory=list)  # (s0, s1, stop)
    edge_end: bool = False  # ends at the map's border: drive on out of sight
    ring_id: int = -1  # which roundabout this ring lane belongs to
    # a roundabout entry with no give-way line (priority to the right): the ring car it
    # joins gives way to it where the two merge
    enters_first: bool = False

    @property
    def id(self) -> int:
        return self.lane.id

    @property
    def start(self) -> Point:
        return self.lane.line.points[0]

    @property
    def end(self) -> Point:
        return self.lane.line.points[-1]

    def samples(self) -> tuple[list[tuple[float, float, float]], tuple[float, ...]]:
        """(s, x, y) every half metre, and the lane's bounding box: cheap path scans."""
        cached = self.__dict__.get("_samples")
        if cached is None:
            n = max(1, int(self.length / 0.5))
            pts = []
            for i in range(n + 1):
                s = self.length * i / n
                x, y = self.lane.line.position_at(s)
                pts.append((s, x, y))
            xs, ys = [p[1] for p in pts], [p[2] for p in pts]
            cached = (pts, (min(xs), min(ys), max(xs), max(ys)))
            self.__dict__["_samples"] = cached
        return cached

    def point(self, s: float) -> Point:
        """Position at s; past the end of an edge lane the road goes on straight."""
        line = self.lane.line
        if s > self.length:
            x, y = line.points[-1]
            a = line.points[-2]
            d = distance(a, (x, y)) or 1.0
            k = (s - self.length) / d
            return (x + (x - a[0]) * k, y + (y - a[1]) * k)
        if s < 0.0:
            x, y = line.points[0]
            b = line.points[1]
            d = distance(b, (x, y)) or 1.0
            k = s / d
            return (x + (b[0] - x) * k, y + (b[1] - y) * k)
        return line.position_at(s)


def _total_turn(lane: Lane) -> float:
    pts = lane.line.points
    total, prev = 0.0, None
    for a, b in zip(pts, pts[1:]):
        if a == b:
            continue
        h = math.degrees(math.atan2(b[0] - a[0], -(b[1] - a[1]))) % 360.0
        if prev is not None:
            total += signed_angle(prev, h)
        prev = h
    return total


def intervals_inside(line: Polyline, poly: tuple[Point, ...], step: float = 0.25) -> list[tuple]:
    """Runs of s where a centre line lies inside a polygon.

    Points outside the polygon's bounding box are outside it: most lanes miss most
    crossings entirely and cost one comparison of boxes."""
    x0, y0, x1, y1 = polygon_bounds(poly)
    lx0, ly0, lx1, ly1 = polygon_bounds(line.points)
    if lx1 < x0 or lx0 > x1 or ly1 < y0 or ly0 > y1:
        return []
    n = max(2, int(line.length / step) + 1)
    runs: list[tuple[float, float]] = []
    start = None
    for i in range(n + 1):
        s = min(line.length, i * line.length / n)
        x, y = line.position_at(s)
        inside = x0 <= x <= x1 and y0 <= y <= y1 and point_in_polygon((x, y), poly)
        if inside and start is None:
            start = s
        elif not inside and start is not None:
            runs.append((start, s))
            start = None
    if start is not None:
        runs.append((start, line.length))
    return runs


class RoadNet:
    """Lanes in metres with their rules attached; shared by traffic and pedestrians."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.lanes: dict[int, LaneGeo] = {}
        self._gaps: dict[tuple[int, int], float] = {}
        minor: set[int] = set()
        signalled: set[int] = set()
        by_id = {lane.id: lane for lane in course.lanes}
        for line in course.stop_lines:
            for lid in line.lane_ids:
                if lid not in by_id:
                    continue
                group = signalled if line.signal else minor if line.sign else None
                if group is not None:
                    group.add(lid)
                    group.update(by_id[lid].next_ids)
        rings = [r.polygon for r in course.roundabouts]
        entering: set[int] = set()
        tm = course.tile_metres
        for lane in course.lanes:
            line = lane.line
            first, last, mid = line.points[0], line.points[-1], line.position_at(line.length / 2)
            in_ring = [any(point_in_polygon(p, r) for r in rings) for p in (first, mid, last)]
            ring = all(in_ring)
            if in_ring[2] and not in_ring[0]:
                minor.add(lane.id)  # entering a roundabout: ring traffic goes first...
                entering.add(lane.id)
            limit = lane.speed_limit or DEFAULT_LIMIT_KMH
            for zone in course.speed_zones:
                if any(zone.contains(p) for p in (first, mid, last)):
                    limit = min(limit, zone.limit)
            turn = _total_turn(lane)
            radius = line.length / max(math.radians(abs(turn)), 1e-6)
            curve = math.sqrt(CURVE_LATERAL_ACCEL * radius) if abs(turn) > 20 else math.inf
            edge = last[0] < tm or last[1] < tm or last[0] > course.width_m - tm
            edge = edge or last[1] > course.height_m - tm
            self.lanes[lane.id] = LaneGeo(
                lane=lane,
                length=line.length,
                limit=limit / 3.6,
                curve_speed=curve,
                turn=turn,
                indicator=0,
                rank=RANK_RING if ring else RANK_MINOR if lane.id in minor else RANK_PLAIN,
                signalled=lane.id in signalled,
                ring=ring,
                edge_end=edge and not lane.next_ids,
            )
        if course.priority == "right":
            self._unsigned_entries(by_id, entering)
        self.ring_capacity: dict[int, int] = {}
        for k, poly in enumerate(rings):
            members = [g for g in self.lanes.values() if g.ring and point_in_polygon(g.end, poly)]
            for g in members:
                g.ring_id = k
            # a ring holds this many vehicles before it can lock itself up
            self.ring_capacity[k] = max(2, int(sum(g.length for g in members) / RING_SPACING))
        for lane in course.lanes:
            # taking a lane is a choice when its predecessor also leads elsewhere
            geo = self.lanes[lane.id]
            choice = any(len(by_id[p].next_ids) > 1 for p in lane.prev_ids if p in by_id)
            if choice and abs(geo.turn) >= TURN_THRESHOLD and not geo.ring:
                geo.indicator = 1 if geo.turn > 0 else -1
        for line in course.stop_lines:
            for lid in line.lane_ids:
                if lid in self.lanes:
                    mid = ((line.a[0] + line.b[0]) / 2, (line.a[1] + line.b[1]) / 2)
                    s, _ = by_id[lid].line.local(mid)
                    self.lanes[lid].stops.append((min(max(s, 0.0), self.lanes[lid].length), line))
        for geo in self.lanes.values():
            geo.stops.sort(key=lambda item: (item[0], item[1].id))
            for crossing in course.crossings:
                for a, b in intervals_inside(geo.lane.line, crossing.polygon):
                    geo.crossings.append((a, b, crossing))
            geo.crossings.sort(key=lambda item: (item[0], item[2].id))
            for stop in course.bus_stops:
                for a, b in intervals_inside(geo.lane.line, stop.polygon):
                    geo.bus_stops.append((a, b, stop))
            geo.bus_stops.sort(key=lambda item: (item[0], item[2].id))

    def _unsigned_entries(self, by_id: dict[int, Lane], entering: set[int]) -> None:
        """...unless no give-way line stands at the entry: then the car coming in keeps its
        priority to the right, and the ring car gives way where they merge (the same
        entries the instructor's yield rule judges)."""
        marked = {lid for line in self.course.stop_lines for lid in line.lane_ids}
        for geo in self.lanes.values():
            if geo.ring:
                for lid in unsigned_entries(by_id, entering, marked, geo.id):
                    self.lanes[lid].enters_first = True

    def join_gaps(self, route: list[int]) -> float:
        """Metres the centre line jumps where a route's lanes join (a lane continues into
        one that starts within a tile of its end, so the sum bounds how far apart)."""
        total = 0.0
        for a, b in zip(route, route[1:]):
            gap = self._gaps.get((a, b))
            if gap is None:
                gap = self._gaps[(a, b)] = distance(self.lanes[a].end, self.lanes[b].start)
            total += gap
        return total

    def entry_lane(self, p: Point) -> LaneGeo | None:
        """The lane whose first point is nearest p: where a vehicle source feeds traffic."""
        best = None
        for geo in self.lanes.values():
            d = distance(p, geo.start)
            if best is None or d < best[0] - 1e-9:
                best = (d, geo)
        return best[1] if best else None


def road_net(course: Course) -> RoadNet:
    """One RoadNet per course, built on first use."""
    cached = course.__dict__.get("_road_net")
    if cached is None:
        cached = RoadNet(course)
        course.__dict__["_road_net"] = cached
    return cached
