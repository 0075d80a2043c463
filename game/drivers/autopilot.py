"""The autopilot: a careful driver that reads the world like a child would be taught to.

It plans a lane route through the checkpoints (game.drivers.route), follows it with a
pure-pursuit steering controller, keeps a child-like speed under every limit, buckles up,
signals, stops for red and for amber when able, makes full stops, gives way, waits for
pedestrians, keeps a two-second gap, lets ambulances by and parks in the target bay.

Where to wait (lines, zebras, junctions, the vehicle ahead) is decided in
game.drivers.waiting, with the same helpers the rules use (game.rules.context / priority),
so "clean" means clean to the instructor too. With `fault=RULE` it asks that rule's fault
(game.drivers.faults) at each moment that matters, and makes exactly that one kind of
mistake at the first moment the course offers, so every rule can be tested both ways.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from game.course.checks import RULE_IDS
from game.course.geometry import (
    Point,
    angle_diff,
    heading_vector,
    point_in_polygon,
    polygon_centroid,
    signed_angle,
)
from game.course.lanes import LaneMap
from game.course.model import Crossing, ParkingSpot
from game.drivers.faults import make_fault
from game.drivers.route import Path, Plan, path_points, plan_route
from game.drivers.waiting import DECEL, Waiting, _projected
from game.rules.context import (
    LineGeo,
    beyond,
    lane_map,
    line_geometry,
)
from game.rules.emergency import siren_behind
from game.rules.no_indicator import needed_side
from game.rules.parking import bay_axis
from game.rules.priority import (
    unmarked_entry,
)
from game.sim.controls import Controls
from game.sim.world import Player, World

FAULTS = RULE_IDS  # the rule ids of the catalog, kept in one place

LAT_ACCEL = 1.6  # m/s^2 in curves: slow and smooth, as a child should take them
BELT_STEPS = 30  # steps (0.5 s) to buckle up before moving
LINE_CRAWL = 2.0  # m/s near a yield or stop line (praise needs < 2.5), to stop at once
CROSSING_CRAWL = 3.5  # m/s entering a zebra crossing, to stop at short notice
BAY_SPEED = 1.2  # m/s on the final parking manoeuvre
SIREN_SPEED = 1.5  # m/s, keeping to the kerb, with an ambulance behind
SIREN_CRAWL = 0.9  # m/s in a junction with an ambulance behind (under the rule's 1 m/s)
BUS_PASS = 3.0  # m/s past a bus at its stop (the rule allows 15 km/h)
BUS_SLOWING = 2.5  # m/s: a bus this slow by a bus stop is stopping there
JUNCTION_CRAWL = 3.0  # m/s into an unmarked junction (priority to the right), to give way


@dataclass
class _Line:
    s: float  # path s (car centre) where the path crosses the line
    geo: LineGeo


@dataclass
class _Crossing:
    s: float  # path s where the path enters the crossing
    s_out: float
    crossing: Crossing


class Autopilot(Waiting):
    """A Driver. One instance drives one player for one drive."""

    def __init__(self, fault: str | None = None) -> None:
        self.mistake = make_fault(fault)  # the careful answers when fault is None
        self.fault = fault
        self.steps = 0
        self.path: Path | None = None
        self.plan: Plan | None = None
        self.s = 0.0
        self.lat = 0.0
        self.lanes: LaneMap | None = None
        self.lines: list[_Line] = []
        self.crossings: list[_Crossing] = []
        self.turns: list[tuple[float, float, int]] = []  # (s start, s end, side)
        self.unmarked: list[tuple[float, int]] = []  # (s entry, lane) of unmarked junctions
        self.cap = np.zeros(1)
        self.limit_kmh = np.zeros(1)
        self.school = np.zeros(1, dtype=bool)
        self.yellow_go: dict[int, bool] = {}  # line id -> decided to go on this yellow
        self.stopped_at: dict[int, float] = {}  # stop line id -> seconds stood still
        self.passed: set[tuple[int, int]] = set()  # (line id, pass index) done
        self.offset = 0.0  # lateral shift of the pursuit target (keep right, faults)
        self.reverse_steps = 0
        self.finish_brake = False
        self._bay_final: Point | None = None
        self.stop_s = 0.0
        self._stop_distance = math.inf
        self.zones: dict[int, list[Point]] = {}
        self.aim: Point | None = None  # steer straight at this point (a fault's target)

    # -- the Driver protocol ------------------------------------------------------------------
    def _on_foot(self, world: World, player: Player) -> Controls:
        walker = self.__dict__.get("_walker")
        if walker is None:
            from game.drivers.walker_pilot import WalkerPilot

            walker = self.__dict__["_walker"] = WalkerPilot(self.fault, self.mistake)
        return walker.controls(world, player)

    def controls(self, world: World, player: Player) -> Controls:
        if world.course.walking:  # a walking course: the careful child on foot
            return self._on_foot(world, player)
        self.steps += 1
        if self.path is None:
            self._plan(world, player)
        buckles = self.mistake.buckles_up()
        belt = buckles and self.steps > BELT_STEPS // 2
        if self.path is None or player.progress.finished:
            return Controls(brake=1.0, seatbelt=belt)
        if self.steps <= BELT_STEPS and buckles:
            return Controls(brake=1.0, seatbelt=belt)
        state = player.state
        s, lat, dist = self.path.project(state.pos, self.s - 3.0, self.s + 8.0)
        if dist > 5.0:
            self._plan(world, player)
            if self.path is None:
                return Controls(brake=1.0, seatbelt=belt)
            s, lat, dist = self.path.project(state.pos, 0.0, 12.0)
        self.s, self.lat = s, lat
        if self.path.length - s < 1.0 and abs(state.speed) < 0.05 and self._bay_final is None:
            self._plan(world, player)  # at the end but not finished (a checkpoint missed)
            if self.path is None:
                return Controls(brake=1.0, seatbelt=belt)
            self.s, self.lat = 0.0, 0.0
        if self._bumped(world, player):
            return Controls(brake=1.0, seatbelt=belt)
        if self.reverse_steps > 0:
            self.reverse_steps -= 1
            if self.reverse_steps == 0:
                self.path = None  # find the way again from here
            return Controls(throttle=-0.5, seatbelt=belt)
        self.offset = 0.0
        self.aim = None
        target = self._target_speed(world, player)
        steer = self._steer(player)
        throttle, brake = self._pedals(player.state.speed, target, player)
        indicator = self._indicator()
        # hundredths are plenty for a pedal; rounding makes replays compress well
        return Controls(round(throttle, 2), round(brake, 2), round(steer, 2), indicator, belt)

    # -- planning ---------------------------------------------------------------------------
    def _plan(self, world: World, player: Player) -> None:
        course = world.course
        self.lanes = lane_map(course)
        st = player.state
        plan = None
        for radius in (4.0, 10.0, 30.0):
            plan = plan_route(
                course,
                self.lanes,
                st.pos,
                st.heading,
                player.progress.next_checkpoint,
                radius=radius,
            )
            if plan is not None:
                break
        if plan is None:
            self.path = None
            return
        pts, ids = path_points(self.lanes, plan)
        if math.dist(pts[0], st.pos) > 1.0:  # off the lanes: first drive back onto them
            pts, ids = [st.pos, *pts], [ids[0], *ids]
        if plan.bay is not None:
            pts, ids = self._bay_tail(pts, ids, plan.bay)
        self.plan = plan
        self.path = Path(pts, ids)
        self.s = 0.0
        self._annotate(world)

    def _bay_tail(
        self, pts: list[Point], ids: list[int], bay: ParkingSpot
    ) -> tuple[list[Point], list[int]]:
        """Replace the end of the lane path by an arc onto the bay's own axis, then straight
        in: a square bay is a quarter turn, an angled (rotated) one a shallower turn."""
        raw = Path(pts, ids)
        centre = polygon_centroid(bay.polygon)
        end = raw.point_at(raw.length)
        t = heading_vector(raw.heading_at(raw.length))
        ux, uy = centre[0] - end[0], centre[1] - end[1]
        along = ux * t[0] + uy * t[1]
        ux, uy = ux - along * t[0], uy - along * t[1]
        depth = math.hypot(ux, uy)
        u = (ux / depth, uy / depth) if depth > 1e-6 else (-t[1], t[0])
        d = _bay_direction(bay, u, t)
        cos_th = d[0] * t[0] + d[1] * t[1]
        sin_th = d[0] * u[0] + d[1] * u[1]
        theta = math.atan2(sin_th, cos_th)
        radius, run = 3.3, 0.0
        for r in (4.0, 3.8, 3.6, 3.4, 3.3):
            radius = r
            run = (depth - r * (1.0 - math.cos(theta))) / max(sin_th, 1e-6)
            if run >= 0.5:
                break
        if run < 0.5:  # too shallow for this angle: square in (the bay is deep enough)
            d, theta, cos_th, sin_th = u, math.pi / 2, 0.0, 1.0
            radius = max(3.3, min(4.0, depth - 0.5))
            run = depth - radius
        cut = raw.length + along - run * cos_th - radius * math.sin(theta)
        keep = [
            (float(x), float(y)) for x, y, s in zip(raw.xy[:, 0], raw.xy[:, 1], raw.s) if s < cut
        ]
        keep_ids = [int(i) for i, s in zip(raw.lane, raw.s) if s < cut]
        if not keep:
            keep, keep_ids = [pts[0]], [ids[0]]
        p0 = raw.point_at(cut)
        arc = []
        for k in range(1, 13):
            a = theta * k / 12
            arc.append(
                (
                    p0[0] + t[0] * radius * math.sin(a) + u[0] * radius * (1 - math.cos(a)),
                    p0[1] + t[1] * radius * math.sin(a) + u[1] * radius * (1 - math.cos(a)),
                )
            )
        final = self.mistake.bay_stop(centre, d, _bay_half_depth(bay, d))
        self._bay_final = final
        beyond = (final[0] + d[0] * 3.0, final[1] + d[1] * 3.0)  # aim past the stop point
        tail = [p0, *arc, final, beyond]
        return keep + tail, keep_ids + [-1] * len(tail)

    def _annotate(self, world: World) -> None:
        """Static facts along the path: speed caps, stop lines, crossings, turns to signal."""
        path = self.path
        assert path is not None and self.lanes is not None
        course = world.course
        n = len(path.s)
        cap = np.full(n, 40.0 / 3.6)
        lane_limits = np.array(
            [self.lanes.lane_limit(int(i)) or 30.0 if i >= 0 else 30.0 for i in path.lane]
        )
        school = np.zeros(n, dtype=bool)
        limit = lane_limits.copy()
        for zone in course.speed_zones:
            inside = np.array([point_in_polygon((x, y), zone.polygon) for x, y in path.xy])
            # a zone starts counting a car length early, so the car is slow when it enters
            limit = np.where(inside, np.minimum(limit, zone.limit), limit)
            school |= inside & zone.school
        for i in range(n):
            cap[i] = self._cruise(limit[i], bool(school[i]))
        curve = np.sqrt(LAT_ACCEL / np.maximum(path.curvature, 1e-6))
        cap = np.minimum(cap, np.maximum(curve, 1.6))
        cap = np.where(path.lane < 0, np.minimum(cap, BAY_SPEED), cap)
        # lines crossed by the path
        self.lines = []
        for geo in line_geometry(course):
            signed = (path.xy[:, 0] - geo.mid[0]) * geo.normal[0] + (
                path.xy[:, 1] - geo.mid[1]
            ) * geo.normal[1]
            for i in np.nonzero((signed[:-1] < 0) & (signed[1:] >= 0))[0]:
                p = (float(path.xy[i + 1, 0]), float(path.xy[i + 1, 1]))
                if geo.beside(p, 0.5) and angle_diff(float(path.heading[i]), geo.heading) < 60:
                    self.lines.append(_Line(float(path.s[i + 1]), geo))
                    if geo.line.sign == "yield" or geo.line.sign == "stop":
                        k = int(i + 1)
                        j = max(0, k - int(8.0 / 0.5))
                        cap[j : k + 1] = np.minimum(cap[j : k + 1], LINE_CRAWL)
        self.lines.sort(key=lambda x: x.s)
        self.crossings = []
        for crossing in course.crossings:
            inside = np.array([point_in_polygon((x, y), crossing.polygon) for x, y in path.xy])
            starts = np.nonzero(inside[1:] & ~inside[:-1])[0] + 1
            for k in starts:
                ends = np.nonzero(~inside[k:])[0]
                k_out = k + (int(ends[0]) if len(ends) else len(inside) - k - 1)
                s_in = _edge_s(path, float(path.s[k - 1]), float(path.s[k]), crossing.polygon)
                self.crossings.append(_Crossing(s_in, float(path.s[k_out]), crossing))
                j = max(0, k - 6)
                cap[j : k + 1] = np.minimum(cap[j : k + 1], CROSSING_CRAWL)
        self.crossings.sort(key=lambda c: c.s)
        self.turns = []
        self.unmarked = []
        assert self.plan is not None
        offset = 0.0
        geos = line_geometry(course)
        for i, leg in enumerate(self.plan.legs):
            length = leg.s1 - leg.s0
            info = self.lanes.info[leg.lane_id]
            side = needed_side(info)
            if side and i > 0:
                self.turns.append((offset, offset + length, side))
            before = self.plan.legs[i - 1].lane_id if i > 0 else None
            if course.priority == "right" and unmarked_entry(self.lanes, geos, before, leg.lane_id):
                # priority to the right: arrive slowly enough to give way at once
                self.unmarked.append((offset, leg.lane_id))
                k = path.index_at(offset)
                j = path.index_at(offset - 8.0)
                cap[j : k + 1] = np.minimum(cap[j : k + 1], JUNCTION_CRAWL)
            offset += length
        self.cap = cap
        self.limit_kmh, self.school = limit, school  # the limit at each path point
        self.box = np.array([self._lane_in_box(int(i)) for i in path.lane], dtype=bool)
        self.stop_s = path.length
        if self._bay_final is not None:
            self.stop_s, _, _ = path.project(self._bay_final, path.length - 4.0, path.length)

    def _cruise(self, limit_kmh: float, school: bool) -> float:
        kmh = min(limit_kmh * 0.7, 14.0) if school else min(limit_kmh * 0.75, 22.0)
        return self.mistake.cruise(limit_kmh, school, kmh / 3.6)

    # -- speed ---------------------------------------------------------------------------------
    def _target_speed(self, world: World, player: Player) -> float:
        path = self.path
        assert path is not None
        s = self.s
        i0 = path.index_at(s)
        i1 = path.index_at(s + 45.0)
        ahead = path.s[i0 : i1 + 1] - s
        caps = self.cap[i0 : i1 + 1]
        decel = self.mistake.slowing(DECEL)  # to the caps ahead: limits and curves
        target = float(np.min(np.sqrt(caps**2 + 2 * decel * np.maximum(ahead, 0.0))))
        stops = self.wait_points(world, player)
        for d in stops:
            target = min(target, math.sqrt(2 * DECEL * max(d, 0.0)))
        self._stop_distance = min(stops) if stops else math.inf
        target = min(target, self._emergency(world, player))
        if self.mistake.slows_past_buses():
            target = min(target, self._bus_at_stop(world))
        target = min(target, self.mistake.speed_cap(self, world, player))
        return target

    def _bus_at_stop(self, world: World) -> float:
        """Slow to BUS_PASS past a bus standing at its stop, either side of the road:
        people get off there (the bus_stop rule). A bus slowing down at a stop counts
        already: it stands there before the car is past it."""
        stops = [b.bounds for b in world.course.bus_stops]
        buses = [
            v
            for v in self.vehicles(world)
            if getattr(v, "at_stop", False)
            or getattr(v, "kind", "") == "bus"
            and float(getattr(v, "speed", 0.0)) < BUS_SLOWING
            and any(not beyond((v.x, v.y), b, 4.0) for b in stops)
        ]
        best = math.inf
        for sv, lat in _projected(self.path, buses, self.s - 8.0, self.s + 40.0):
            if abs(lat) > 7.0:
                continue
            d = sv - self.s - 10.0  # be at BUS_PASS well before its rear
            best = min(best, math.sqrt(BUS_PASS**2 + 2 * DECEL * max(d, 0.0)))
        return best

    def _pedals(self, v: float, target: float, player: Player) -> tuple[float, float]:
        spec = player.spec
        if target < 0.05 and v < 0.4:
            return 0.0, 1.0
        err = target - v
        if err >= -0.15:
            throttle = min(1.0, max(0.0, (target + 1.5 * err) / spec.max_speed))
            return throttle, 0.0
        need = 0.0
        d = self._stop_distance
        if d < 30.0 and v > 0.0:
            need = v * v / (2 * max(d, 0.05))
        brake = max(min(1.0, -err * 0.35), min(1.0, need / spec.brake_decel * 1.25))
        return 0.0, max(brake, 0.05)

    # -- steering --------------------------------------------------------------------------------
    def _bumped(self, world: World, player: Player) -> bool:
        """After touching something solid, back off and find the way again."""
        bumps = [f for f in world.facts if f.kind == "bump" and f.player == player.number]
        if not bumps:
            return False
        self.mistake.bumped({str(f.data.get("with", "object")) for f in bumps})
        self.reverse_steps = 75
        return True

    def _steer(self, player: Player) -> float:
        path = self.path
        assert path is not None
        st, spec = player.state, player.spec
        v = max(abs(st.speed), 0.0)
        look = min(max(1.2 + 0.45 * v, 2.2), 5.0)
        if path.lane[path.index_at(self.s)] < 0:
            look = 2.2
        tx, ty = path.point_at(self.s + look, self.offset)
        if self.aim is not None:
            tx, ty = self.aim
        hx, hy = heading_vector(st.heading)
        rx, ry = st.x - hx * spec.wheelbase / 2, st.y - hy * spec.wheelbase / 2
        dx, dy = tx - rx, ty - ry
        dist = math.hypot(dx, dy)
        if dist < 1e-6:
            return 0.0
        alpha = math.radians(signed_angle(st.heading, math.degrees(math.atan2(dx, -dy)) % 360))
        delta = math.atan2(2 * spec.wheelbase * math.sin(alpha), dist)
        if self.aim is None:
            delta -= 0.25 * (self.lat - self.offset)  # removes the offset pursuit leaves
        limit = spec.max_steer
        if v * v > 1e-6:
            limit = min(limit, math.atan(spec.max_lateral_accel * spec.wheelbase / (v * v)))
        return max(-1.0, min(1.0, delta / limit))

    def _indicator(self) -> int:
        for start, end, side in self.turns:
            if start - 25.0 <= self.s <= end:
                return self.mistake.indicator(side)
        return 0

    def _emergency(self, world: World, player: Player) -> float:
        if not self.mistake.lets_sirens_by():
            return math.inf
        amb = siren_behind(_view(player), self.vehicles(world))
        if amb is None:
            return math.inf
        # keep to the kerb (right, or left); half as far through a junction, where the
        # shifted line of a turn would put the outer wheels on the sidewalk
        path = self.path
        turning = path is not None and any(
            self.in_box(path.index_at(self.s + ahead)) for ahead in (0.0, 4.0)
        )
        self.offset = (0.35 if turning else 0.7) * world.course.kerb_side
        # where the car cannot keep to the kerb (a junction), it crawls instead (the rule
        # asks for one or the other)
        return SIREN_CRAWL if turning else SIREN_SPEED


# -- small helpers ------------------------------------------------------------------------------
def _edge_s(path: Path, lo: float, hi: float, polygon: tuple[Point, ...]) -> float:
    """Where the path enters the polygon between s=lo (outside) and s=hi (inside), to a
    centimetre: a stop planned before a zebra must not leave the bumper on its stripes."""
    for _ in range(6):
        mid = (lo + hi) / 2
        if point_in_polygon(path.point_at(mid), polygon):
            hi = mid
        else:
            lo = mid
    return lo


def _bay_direction(bay: ParkingSpot, u: Point, t: Point) -> Point:
    """The bay's long axis as a unit vector pointing into it from the lane (u: lane -> bay,
    t: the lane's direction); a bay drawn wider than deep is entered along u."""
    d = heading_vector(bay_axis(bay))
    if d[0] * u[0] + d[1] * u[1] < 0:
        d = (-d[0], -d[1])
    if d[0] * u[0] + d[1] * u[1] < 0.5:  # more along the road than into it: not an axis
        return u
    return d


def _bay_half_depth(bay: ParkingSpot, u: Point) -> float:
    """Half the bay's extent along u (its depth seen from the lane)."""
    c = polygon_centroid(bay.polygon)
    return max(abs((p[0] - c[0]) * u[0] + (p[1] - c[1]) * u[1]) for p in bay.polygon)


@dataclass
class _CarLike:
    pos: Point
    heading: float


def _view(player: Player) -> Any:
    """The few CarView fields the shared helpers read."""
    return _CarLike(player.state.pos, player.state.heading)
