"""Conflict zones: where two lanes come close enough for two vehicles to touch.

Found once per course from the lane geometry alone (crossing, merging and diverging
lanes all look alike here: stretches where the centre lines pass within a car's width).
Each zone has two sides, one per lane, given as s intervals. A vehicle may enter a zone
only while it holds it, and only one vehicle holds a zone at a time: that is the main
no-collision guarantee. Who may take a zone first follows the rules of the road
(ring before entry, but an entry without a give-way line before the ring, major road before
a yield line, priority to the right, left turns yield) through `must_yield`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game.course.geometry import Point, distance, signed_angle
from game.sim.roadnet import RANK_RING, TURN_THRESHOLD, LaneGeo, RoadNet

CONFLICT_DISTANCE = 2.85  # metres between centre lines under which two vehicles could touch
SAMPLE_STEP = 0.4
PAD = 0.3  # metres added to each side of a zone


@dataclass(frozen=True)
class ZoneSide:
    """One lane's stretch of a conflict zone, and whether it gives way to the other side."""

    zone: int
    lane: int
    s0: float
    s1: float
    other_lane: int
    gives_way: bool


@dataclass(frozen=True)
class Zone:
    ident: int
    a: ZoneSide
    b: ZoneSide
    centre: Point
    radius: float

    def side(self, lane: int) -> ZoneSide:
        return self.a if self.a.lane == lane else self.b


def _samples(geo: LaneGeo) -> tuple[np.ndarray, np.ndarray]:
    n = max(2, int(np.ceil(geo.length / SAMPLE_STEP)) + 1)
    s = np.linspace(0.0, geo.length, n)
    pts = np.array([geo.lane.line.position_at(float(v)) for v in s])
    return s, pts


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Index runs [i, j] where mask is True."""
    out = []
    start = None
    for i, m in enumerate(mask.tolist()):
        if m and start is None:
            start = i
        elif not m and start is not None:
            out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, len(mask) - 1))
    return out


def turn_class(geo: LaneGeo) -> int:
    if geo.turn <= -TURN_THRESHOLD:
        return -1
    return 1 if geo.turn >= TURN_THRESHOLD else 0


def must_yield(a: LaneGeo, b: LaneGeo, priority_right: bool) -> bool:
    """Does a driver on lane `a` give way to one on lane `b` where they conflict?"""
    if distance(a.start, b.start) < 0.6:
        return False  # one approach splitting: whoever is in front goes first
    if a.ring and b.enters_first and _merge(a, b):
        return True  # an unsigned ring: the car coming in (from our right) goes first
    if a.enters_first and b.ring and _merge(a, b):
        return False
    if a.rank != b.rank:
        return a.rank < b.rank
    head_a = a.lane.line.start_heading
    head_b = b.lane.line.start_heading
    side = signed_angle(head_a, head_b)
    if abs(side) < 30.0:
        return False  # same way (a merge of equals): first come, first served
    if priority_right and not (a.signalled or b.signalled) and a.rank != RANK_RING:
        if -135.0 < side < -45.0:
            return True  # b comes from our right
        if 45.0 < side < 135.0:
            return False
    return turn_class(a) == -1 and turn_class(b) != -1


def _merge(a: LaneGeo, b: LaneGeo) -> bool:
    """Do the two lanes lead into the same lane (one joins the other)?"""
    return not set(a.lane.next_ids).isdisjoint(b.lane.next_ids)


def find_zones(net: RoadNet) -> list[Zone]:
    """Every conflict zone between two lanes that are not simply one after the other."""
    geos = [net.lanes[k] for k in sorted(net.lanes)]
    samples = {g.id: _samples(g) for g in geos}
    boxes = {}
    for g in geos:
        pts = samples[g.id][1]
        lo, hi = pts.min(axis=0).tolist(), pts.max(axis=0).tolist()
        boxes[g.id] = (lo[0], lo[1], hi[0], hi[1])  # plain floats: compared 5,000 times
    priority_right = net.course.priority == "right"
    zones: list[Zone] = []
    reach = CONFLICT_DISTANCE
    for i, ga in enumerate(geos):
        for gb in geos[i + 1 :]:
            if gb.id in ga.lane.next_ids or ga.id in gb.lane.next_ids:
                continue
            ax0, ay0, ax1, ay1 = boxes[ga.id]
            bx0, by0, bx1, by1 = boxes[gb.id]
            if ax1 + reach < bx0 or bx1 + reach < ax0 or ay1 + reach < by0 or by1 + reach < ay0:
                continue
            sa, pa = samples[ga.id]
            sb, pb = samples[gb.id]
            d = np.hypot(pa[:, None, 0] - pb[None, :, 0], pa[:, None, 1] - pb[None, :, 1])
            close = d < reach
            if not close.any():
                continue
            for r0, r1 in _runs(close.any(axis=1)):
                cols = np.nonzero(close[r0 : r1 + 1].any(axis=0))[0]
                c0, c1 = int(cols.min()), int(cols.max())
                a0, a1 = max(0.0, sa[r0] - PAD), min(ga.length, sa[r1] + PAD)
                b0, b1 = max(0.0, sb[c0] - PAD), min(gb.length, sb[c1] + PAD)
                sub = d[r0 : r1 + 1, c0 : c1 + 1]
                k = np.unravel_index(int(np.argmin(sub)), sub.shape)
                centre = tuple(((pa[r0 + k[0]] + pb[c0 + k[1]]) / 2).tolist())
                radius = max(a1 - a0, b1 - b0) / 2 + 1.0
                ident = len(zones)
                ya = must_yield(ga, gb, priority_right)
                yb = must_yield(gb, ga, priority_right) and not ya
                zones.append(
                    Zone(
                        ident,
                        ZoneSide(ident, ga.id, float(a0), float(a1), gb.id, ya),
                        ZoneSide(ident, gb.id, float(b0), float(b1), ga.id, yb),
                        (float(centre[0]), float(centre[1])),
                        float(radius),
                    )
                )
    return zones


class ZoneTable:
    """Zones by lane, and who holds each one now."""

    def __init__(self, net: RoadNet) -> None:
        cached = net.__dict__.get("_zones")
        if cached is None:
            cached = find_zones(net)
            net.__dict__["_zones"] = cached
        self.zones: list[Zone] = cached
        self.by_lane: dict[int, list[ZoneSide]] = {k: [] for k in net.lanes}
        for z in self.zones:
            self.by_lane[z.a.lane].append(z.a)
            self.by_lane[z.b.lane].append(z.b)
        for sides in self.by_lane.values():
            sides.sort(key=lambda side: (side.s0, side.zone))
        # zone -> {vehicle ident: the lane it crosses the zone on}. Vehicles on the same
        # lane may hold a zone together (they follow each other); other lanes must wait.
        self.holder: dict[int, dict[int, int]] = {}

    def blocker(self, zone: int, ident: int, lane: int) -> int:
        """A vehicle holding `zone` from another lane than `lane` (0 when free for us)."""
        for other, other_lane in self.holder.get(zone, {}).items():
            if other != ident and other_lane != lane:
                return other
        return 0

    def holds(self, zone: int, ident: int) -> bool:
        return ident in self.holder.get(zone, {})

    def take(self, zone: int, ident: int, lane: int) -> None:
        self.holder.setdefault(zone, {})[ident] = lane

    def release(self, zone: int, ident: int) -> None:
        held = self.holder.get(zone)
        if held and ident in held:
            del held[ident]
            if not held:
                del self.holder[zone]

    def snapshot(self) -> list[tuple[int, list[int]]]:
        return [(zone, sorted(h)) for zone, h in sorted(self.holder.items())]
