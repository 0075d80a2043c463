"""Who has priority over a car about to enter a junction: shared by the yield rule and the
autopilot, so the driver gives way exactly when the instructor expects it.

The conflict zone is where the car is going: its lanes for ~10 m past the line (every
branch). A vehicle with priority is one whose own lanes bring it within a couple of metres
of that zone within the time gap; vehicles that do not say which lane they are on are
judged in a straight line along their heading instead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from game.course.geometry import Point, angle_diff, heading_vector, signed_angle
from game.course.lanes import LaneMap, unsigned_entries
from game.rules.thresholds import T
from game.rules.zone_reach import reach_distance, zone_index

ZONE_LENGTH = 10.0  # metres of our lanes past the line that make the conflict zone
ZONE_REACH = 2.2  # metres: paths closer than this meet


def conflict_point(front: Point, heading: float, ahead: float = T.yield_lookahead) -> Point:
    """Centre of the area the car is about to enter: a few metres past its front."""
    fx, fy = heading_vector(heading)
    return (front[0] + fx * ahead, front[1] + fy * ahead)


def _walk(lanes: LaneMap, lane_id: int, s: float, limit: float) -> list[tuple[float, Point]]:
    """(distance, point) every metre along a lane and all its successors, up to `limit`."""
    out: list[tuple[float, Point]] = []
    stack = [(lane_id, s, 0.0)]
    while stack and len(out) < 400:
        lid, s0, done = stack.pop()
        lane = lanes.lanes.get(lid)
        if lane is None:
            continue
        k = s0
        while k <= lane.line.length and done + k - s0 <= limit:
            out.append((done + k - s0, lane.line.position_at(k)))
            k += 1.0
        if done + lane.line.length - s0 <= limit:
            for nxt in lane.next_ids:
                stack.append((nxt, 0.0, done + lane.line.length - s0))
    return out


def along_lanes(lanes: LaneMap, lane_id: int, s: float, point: Point, reach: float) -> float | None:
    """Metres along its lanes before a vehicle on (lane, s) comes within reach of a point."""
    for d, (x, y) in _walk(lanes, lane_id, s, T.yield_watch):
        if math.hypot(x - point[0], y - point[1]) <= reach:
            return d
    return None


ZONES_KEPT = 256  # per lane map


def zone_from(lanes: LaneMap, lane_id: int, s: float) -> tuple[Point, ...]:
    """The conflict zone of a car on (lane, s): its possible lanes for ZONE_LENGTH metres.

    Remembered (the same tuple for the same question), so the zone's index is found again.
    Kept on the lane map itself, so the zones go with their course (a cache keyed by the
    map would keep every course a kiosk ever loaded)."""
    kept: dict[tuple[int, float], tuple[Point, ...]] = lanes.__dict__.setdefault("_zone_from", {})
    key = (lane_id, s)
    zone = kept.get(key)
    if zone is None:
        if len(kept) >= ZONES_KEPT:
            del kept[next(iter(kept))]
        zone = kept[key] = tuple(p for _, p in _walk(lanes, lane_id, s, ZONE_LENGTH))
    return zone


def time_to_zone(vehicle: Any, zone: Sequence[Point], lanes: LaneMap | None) -> float | None:
    """Seconds until a vehicle, along its lanes, comes within reach of the zone."""
    speed = float(getattr(vehicle, "speed", 0.0))
    if speed < 0.3:
        return None  # standing: an obstacle, not a car coming
    lane_id = getattr(vehicle, "lane_id", None)
    if lanes is None or lane_id not in lanes.lanes or not zone:
        return None
    reach = ZONE_REACH + float(getattr(vehicle, "length", 4.0)) / 2
    s = float(getattr(vehicle, "s", 0.0))
    d = reach_distance(lanes, zone_index(zone), lane_id, s, T.yield_watch, reach)
    return None if d is None else d / speed


def time_to_reach(vehicle: Any, point: Point, radius: float = T.yield_radius) -> float | None:
    """Straight-line fallback: seconds until a vehicle reaches the area around a point."""
    dx, dy = point[0] - vehicle.x, point[1] - vehicle.y
    dist = math.hypot(dx, dy)
    reach = radius + float(getattr(vehicle, "length", 4.0)) / 2
    speed = float(getattr(vehicle, "speed", 0.0))
    if dist <= reach:
        return 0.0 if speed > 0.3 else None
    if dist > T.yield_watch or speed < 0.3:
        return None
    bearing = math.degrees(math.atan2(dx, -dy)) % 360.0
    if angle_diff(bearing, float(vehicle.heading)) > 60.0:
        return None  # driving away or past
    return (dist - reach) / speed


def priority_conflicts(
    front: Point,
    heading: float,
    vehicles: list[Any],
    zone: Sequence[Point] | None = None,
    lanes: LaneMap | None = None,
    from_right_only: bool = False,
    gap: float = T.yield_gap,
) -> list[Any]:
    """Vehicles with priority that would reach our conflict zone within `gap` seconds.

    Vehicles going our way never conflict; with `from_right_only` (priority to the
    right) only those coming from our right count."""
    point = conflict_point(front, heading)
    out = []
    for v in vehicles:
        diff = angle_diff(float(v.heading), heading)
        if diff < 35.0:
            continue
        if from_right_only:
            bearing = math.degrees(math.atan2(v.x - front[0], -(v.y - front[1]))) % 360.0
            rel = signed_angle(heading, bearing)
            if not 20.0 < rel < 160.0:
                continue
        if lanes is not None and zone and getattr(v, "lane_id", None) in lanes.lanes:
            t = time_to_zone(v, zone, lanes)
        elif diff > 150.0:
            continue  # oncoming on its own side of the road
        else:
            t = time_to_reach(v, point)
        if t is not None and t < gap:
            out.append(v)
    return out


def line_zone(lanes: LaneMap, line_lane_ids: tuple[int, ...], mid: Point) -> list[Point]:
    """The conflict zone past a yield or stop line: its lanes from the line on."""
    pts: list[Point] = []
    for lid in line_lane_ids:
        lane = lanes.lanes.get(lid)
        if lane is None:
            continue
        s, _ = lane.line.local(mid)
        pts.extend(zone_from(lanes, lid, max(s, 0.0)))
    return pts


def controlled_lanes(lines: list[Any]) -> frozenset[int]:
    """Lanes that cross a stop, yield or signal line: their drivers have no priority to the
    right over an unmarked arm of the same junction (the marked arm is the minor road)."""
    return frozenset(lid for geo in lines for lid in geo.line.lane_ids)


def unmarked_conflicts(
    lanes: LaneMap,
    lines: list[Any],
    front: Point,
    heading: float,
    vehicles: list[Any],
    lane_id: int,
    s: float,
    gap: float = T.yield_gap,
) -> list[Any]:
    """Priority to the right at an unmarked junction: vehicles coming from our right that
    would reach our connector's zone within `gap` seconds. Vehicles on an approach that has
    its own stop, yield or signal line are not among them: that line makes them wait for us."""
    minor = controlled_lanes(lines)
    others = [v for v in vehicles if getattr(v, "lane_id", None) not in minor]
    zone = zone_from(lanes, lane_id, s)
    return priority_conflicts(
        front, heading, others, zone=zone, lanes=lanes, from_right_only=True, gap=gap
    )


def unmarked_entry(lanes: LaneMap, lines: list[Any], before: int | None, lane_id: int) -> bool:
    """Is moving from lane `before` onto `lane_id` entering an unmarked junction, where the
    priority to the right decides? (a connector that crosses others, or one into a
    roundabout's ring, reached without a line: a ring has priority only where a yield line
    stands at its entries, Décret 2-10-420 art. 34; without one the entering car keeps its
    priority to the right; and so a car already on such a ring gives way where an unsigned
    entry joins it, see `unsigned_merges`)"""
    info = lanes.info.get(lane_id)
    if before is None or info is None:
        return False
    if unsigned_merges(lanes, lines, before, lane_id):
        return True
    crossing = info.junction and info.choice and not info.ring
    if not (crossing or info.ring_entry):
        return False
    if before not in info.lane.prev_ids:
        return False  # a sibling connector or a crossing lane: already in the junction
    marked = controlled_lanes(lines)
    return before not in marked and lane_id not in marked


def unsigned_merges(
    lanes: LaneMap, lines: list[Any], before: int | None, lane_id: int
) -> tuple[int, ...]:
    """The roundabout entries without a give-way line that join the ring where a car on it
    moves from ring lane `before` onto `lane_id`. On an unsigned ring the priority to the
    right holds (Décret 2-10-420 art. 34): the cars coming in join from the right of a car
    going round, so it gives way to them there, as at any unmarked junction (the town's
    drivers ask the same `unsigned_entries`)."""
    info = lanes.info.get(lane_id)
    was = lanes.info.get(before) if before is not None else None
    if info is None or was is None or not (info.ring and was.ring):
        return ()
    if before not in info.lane.prev_ids:
        return ()
    entries = lanes.__dict__.get("_ring_entries")
    if entries is None:
        entries = frozenset(k for k, i in lanes.info.items() if i.ring_entry)
        lanes.__dict__["_ring_entries"] = entries
    return unsigned_entries(lanes.lanes, entries, controlled_lanes(lines), lane_id)
