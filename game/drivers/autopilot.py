"""The autopilot: a careful driver that reads the world like a child would be taught to.

It plans a lane route through the checkpoints (game.drivers.route), follows it with a
pure-pursuit steering controller, keeps a child-like speed under every limit, buckles up,
signals, stops for red and for amber when able, makes full stops, gives way, waits for
pedestrians, keeps a two-second gap, lets ambulances by and parks in the target bay.

It judges situations with the same helpers the rules use (game.rules.context / priority),
so "clean" means clean to the instructor too. With `fault=RULE` it makes exactly that one
kind of mistake, waiting for the situation when the mistake needs one (a red light, a
pedestrian, a vehicle ahead), so every rule can be tested both ways.
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
    heading_of,
    heading_vector,
    point_in_polygon,
    polygon_centroid,
    signed_angle,
)
from game.course.lanes import LaneMap
from game.course.model import Crossing, ParkingSpot
from game.drivers.route import Path, Plan, path_points, plan_route
from game.rules.context import (
    LineGeo,
    crossing_busy,
    lane_map,
    line_geometry,
    pedestrian_on,
)
from game.rules.emergency import siren_behind
from game.rules.no_indicator import needed_side
from game.rules.parking import bay_axis
from game.rules.priority import (
    line_zone,
    priority_conflicts,
    time_to_zone,
    unmarked_conflicts,
    unmarked_entry,
)
from game.sim.controls import Controls
from game.sim.idm import time_to_cover
from game.sim.vehicle import point_on_route
from game.sim.world import DT, Player, World

FAULTS = RULE_IDS  # the rule ids of the catalog, kept in one place

DECEL = 1.5  # m/s^2: comfortable braking used to plan speeds
LAT_ACCEL = 1.6  # m/s^2 in curves: slow and smooth, as a child should take them
STOP_MARGIN = 1.0  # m between the front bumper and a line or crossing when stopped
GAP_TIME = 2.2  # s: the two-second rule, with a margin
GAP_STANDSTILL = 2.5  # m bumper to bumper in a queue
BELT_STEPS = 30  # steps (0.5 s) to buckle up before moving
LINE_CRAWL = 2.0  # m/s near a yield or stop line (praise needs < 2.5), to stop at once
CROSSING_MARGIN = 2.0  # m before a zebra: walkers only step out when no car is at its edge
CROSSING_CRAWL = 3.5  # m/s entering a zebra crossing, to stop at short notice
BAY_SPEED = 1.2  # m/s on the final parking manoeuvre
# m of straight road, clear of junctions and goals, that a swerve fault needs
SWERVE_ROOM = {"wrong_way": 22.0, "off_road": 14.0}
JUNCTION_CRAWL = 3.0  # m/s into an unmarked junction (priority to the right), to give way
JUNCTION_SPEED = 4.5  # m/s: about how fast we cross a junction, to time crossing traffic


@dataclass
class _Line:
    s: float  # path s (car centre) where the path crosses the line
    geo: LineGeo


@dataclass
class _Crossing:
    s: float  # path s where the path enters the crossing
    s_out: float
    crossing: Crossing


class Autopilot:
    """A Driver. One instance drives one player for one drive."""

    def __init__(self, fault: str | None = None) -> None:
        if fault is not None and fault not in FAULTS:
            raise ValueError(f"unknown fault '{fault}': use one of {', '.join(FAULTS)}")
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
        self.yellow_go: dict[int, bool] = {}  # line id -> decided to go on this yellow
        self.stopped_at: dict[int, float] = {}  # stop line id -> seconds stood still
        self.passed: set[tuple[int, int]] = set()  # (line id, pass index) done
        self.fault_state: dict[str, Any] = {}
        self.offset = 0.0  # lateral shift of the pursuit target (keep right, faults)
        self.reverse_steps = 0
        self.finish_brake = False
        self._bay_final: Point | None = None
        self.stop_s = 0.0
        self._stop_distance = math.inf
        self.zones: dict[int, list[Point]] = {}
        self.aim: Point | None = None  # steer straight at this point (a fault's target)

    # -- the Driver protocol ------------------------------------------------------------------
    def controls(self, world: World, player: Player) -> Controls:
        self.steps += 1
        if self.path is None:
            self._plan(world, player)
        belt = self.fault != "seatbelt" and self.steps > BELT_STEPS // 2
        if self.path is None or player.progress.finished:
            return Controls(brake=1.0, seatbelt=belt)
        if self.steps <= BELT_STEPS and self.fault != "seatbelt":
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
        if self.fault == "parking":
            # stop just past the bay's mouth: the back of the car sticks out
            mouth = _bay_half_depth(bay, d)
            final = (centre[0] - d[0] * (mouth - 0.9), centre[1] - d[1] * (mouth - 0.9))
        else:
            final = (centre[0] + d[0] * 0.2, centre[1] + d[1] * 0.2)
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
                self.crossings.append(_Crossing(float(path.s[k]), float(path.s[k_out]), crossing))
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
        self.box = np.array([self._lane_in_box(int(i)) for i in path.lane], dtype=bool)
        self.stop_s = path.length
        if self._bay_final is not None:
            self.stop_s, _, _ = path.project(self._bay_final, path.length - 4.0, path.length)

    def _cruise(self, limit_kmh: float, school: bool) -> float:
        if self.fault == "speeding":
            return min(limit_kmh + 8.0, 39.0) / 3.6
        kmh = min(limit_kmh * 0.7, 14.0) if school else min(limit_kmh * 0.75, 22.0)
        return kmh / 3.6

    # -- speed ---------------------------------------------------------------------------------
    def _target_speed(self, world: World, player: Player) -> float:
        path = self.path
        assert path is not None
        s = self.s
        i0 = path.index_at(s)
        i1 = path.index_at(s + 45.0)
        ahead = path.s[i0 : i1 + 1] - s
        caps = self.cap[i0 : i1 + 1]
        target = float(np.min(np.sqrt(caps**2 + 2 * DECEL * np.maximum(ahead, 0.0))))
        stops = []
        front = _front(player)
        half = player.spec.length / 2
        # the path's end: the finish or the bay
        stops.append(self.stop_s - s)
        for line in self.lines:
            d_line = line.s - s - half  # front bumper to line
            if d_line < -0.5 or d_line > 50.0:
                continue
            if self._must_stop_at_line(world, player, line, d_line):
                stops.append(d_line - STOP_MARGIN)
        for c in self.crossings:
            d = c.s - s - half
            if d < -0.2 or d > 30.0:
                continue
            if self._must_stop_at_crossing(world, c, d):
                stops.append(d - CROSSING_MARGIN)
        for entry, lane_id in self.unmarked:
            if 0.3 < entry - s < 30.0 and self._unmarked_conflict(world, player, entry, lane_id):
                stops.append(entry - s - half - STOP_MARGIN)
        stops.extend(self._obstacles(world, player, front))
        stops.extend(self._junction_traffic(world, player))
        for d in stops:
            target = min(target, math.sqrt(2 * DECEL * max(d, 0.0)))
        self._stop_distance = min(stops) if stops else math.inf
        target = min(target, self._emergency(world, player))
        target = min(target, self._fault_speed(world, player))
        return target

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
        if any(f.data.get("with") in ("vehicle", "pedestrian") for f in bumps):
            self.fault_state["rammed"] = True
        if self.fault == "collision_object" and self.fault_state.get("swerve") == "on":
            self.fault_state["swerve"] = "done"
        self.reverse_steps = 75
        return True

    def _nearest_wall(self, world: World) -> Point | None:
        """A solid cell within 9 m to the right (else left) of the path ahead."""
        path = self.path
        assert path is not None
        course = world.course
        for side in (1.0, -1.0):
            for ahead in np.arange(6.0, 20.0, 1.0):
                for lat in np.arange(2.0, 9.0, 0.5):
                    p = path.point_at(self.s + float(ahead), side * float(lat))
                    if course.is_solid(p):
                        return p
        return None

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
        if self.fault == "no_indicator":
            return 0
        for start, end, side in self.turns:
            if start - 25.0 <= self.s <= end:
                return side
        return 0

    # -- situations ------------------------------------------------------------------------------
    def _must_stop_at_line(self, world: World, player: Player, line: _Line, d: float) -> bool:
        geo = line.geo
        v = max(player.state.speed, 0.0)
        lid = geo.line.id
        if geo.line.signal:
            colour = world.town.light(geo.line.signal, geo.line.phase or "")
            if self.fault == "red_light" and not self.fault_state.get("red_done"):
                if colour == "red" and d < 3.0:
                    self.fault_state["red_go"] = True
                if self.fault_state.get("red_go"):
                    if d < -0.2:
                        self.fault_state["red_done"] = True
                    return False
                return d < 12.0 or colour != "green"
            if self.fault == "amber_light" and not self.fault_state.get("amber_done"):
                if colour == "yellow" and d < 4.0:
                    self.fault_state["amber_go"] = True
                if self.fault_state.get("amber_go"):
                    if d < -0.2:
                        self.fault_state["amber_done"] = True
                    return False
                return d < 12.0 or colour != "green"
            if colour == "red":
                self.yellow_go.pop(lid, None)
                return True
            if colour == "yellow":
                if lid not in self.yellow_go:
                    self.yellow_go[lid] = d < v * v / 6.0  # SUMO: stop when able at 3 m/s^2
                return not self.yellow_go[lid]
            self.yellow_go.pop(lid, None)
            return False
        if geo.line.sign == "stop":
            if self.fault == "stop_sign":
                return self._conflict_at_line(world, line)
            if d <= STOP_MARGIN + 2.5 and abs(player.state.speed) < 0.05:
                self.stopped_at[lid] = self.stopped_at.get(lid, 0.0) + DT
            if d < 0.2 and self.stopped_at.get(lid, 0.0) <= 0.0:
                return False  # already over it
            if self.stopped_at.get(lid, 0.0) < 0.6:
                return True
            if self._conflict_at_line(world, line):
                return True
            if d < 0.0:
                self.stopped_at.pop(lid, None)
            return False
        if geo.line.sign == "yield":
            if self.fault == "yield" and self.fault_state.get("yield_go") and d < -0.2:
                self.fault_state["yield_done"] = True
            if d < 0.0:
                return False
            if self.fault == "yield" and not self.fault_state.get("yield_done"):
                return self._fault_yield(world, line, d)
            return self._conflict_at_line(world, line)
        return False

    def _conflict_at_line(self, world: World, line: _Line, gap: float = 4.5) -> bool:
        path = self.path
        assert path is not None
        heading = line.geo.heading
        front = path.point_at(line.s)
        zone = self._zone(line)
        vehicles = _vehicles(world)
        return bool(
            priority_conflicts(front, heading, vehicles, zone=zone, lanes=self.lanes, gap=gap)
        )

    def _unmarked_conflict(self, world: World, player: Player, entry: float, lane_id: int) -> bool:
        """Someone from the right would meet us in the junction we are about to enter
        (judged as the instructor does: the car at the connector's start, still facing the
        way it came, with a wider gap)."""
        path = self.path
        assert path is not None and self.lanes is not None
        half = player.spec.length / 2
        heading = path.heading_at(max(entry - 1.0, 0.0))
        hx, hy = heading_vector(heading)
        centre = path.point_at(entry)
        front = (centre[0] + hx * half, centre[1] + hy * half)
        geos = line_geometry(world.course)
        return bool(
            unmarked_conflicts(
                self.lanes, geos, front, heading, _vehicles(world), lane_id, 0.0, gap=4.5
            )
        )

    def _zone(self, line: _Line) -> list[Point]:
        assert self.lanes is not None
        key = line.geo.line.id
        if key not in self.zones:
            self.zones[key] = line_zone(self.lanes, line.geo.line.lane_ids, line.geo.mid)
        return self.zones[key]

    def _fault_yield(self, world: World, line: _Line, d: float) -> bool:
        """Wait at the line for a priority vehicle 2.5-3.5 s away, then go in front of it."""
        if self.fault_state.get("yield_go"):
            return False
        if d > 3.0:
            return True
        path = self.path
        assert path is not None
        zone = self._zone(line)
        for v in _vehicles(world):
            if angle_diff(float(v.heading), line.geo.heading) < 35.0:
                continue
            t = time_to_zone(v, zone, self.lanes)
            if t is not None and 2.4 <= t <= 3.4:
                self.fault_state["yield_go"] = True
                return False
        return True

    def _must_stop_at_crossing(self, world: World, c: _Crossing, d: float) -> bool:
        peds = _pedestrians(world)
        if self.fault in ("pedestrian", "collision_pedestrian"):
            return self._fault_crossing(world, c, d, peds)
        if d < 0.0:
            return False  # the front is already on it: clear it
        return crossing_busy(c.crossing, peds, kerb=3.0, step_time=2.5)

    def _fault_crossing(self, world: World, c: _Crossing, d: float, peds: list) -> bool:
        """Wait near the crossing until someone is there, then drive on regardless (missing
        them for `pedestrian`, aiming at them for `collision_pedestrian`)."""
        key = f"cross_{self.fault}"
        if self.fault_state.get(key) == "done":
            return crossing_busy(c.crossing, peds, kerb=3.0, step_time=2.5) and d >= 0
        if self.fault_state.get(key) == "go":
            if d < -3.0:
                self.fault_state[key] = "done"
            return False
        if d > 4.0:
            return False
        path = self.path
        assert path is not None
        for p in peds:
            on = pedestrian_on(c.crossing, p)
            if self.fault == "pedestrian":
                _, lat, dist = path.project((p.x, p.y), c.s - 2.0, c.s_out + 2.0)
                if crossing_busy(c.crossing, [p]) and abs(lat) > 2.6:
                    self.fault_state[key] = "go"
                    return False
            elif on:
                _, lat, dist = path.project((p.x, p.y), c.s - 2.0, c.s_out + 2.0)
                if abs(lat) < 1.0:
                    self.fault_state[key] = "go"
                    return False
        return True

    def _obstacles(self, world: World, player: Player, front: Point) -> list[float]:
        """Stop distances (front bumper) for vehicles and people on the path ahead."""
        path = self.path
        assert path is not None
        out = []
        s = self.s
        half = player.spec.length / 2
        v_self = max(player.state.speed, 0.0)
        vehicles = _vehicles(world)
        where = _projected(path, vehicles, s, s + 40.0)
        for v, (sv, lat) in zip(vehicles, where):
            if sv <= s + 0.5 or sv >= s + 39.5:
                continue
            width = float(getattr(v, "width", 1.8))
            if abs(lat) > 0.8 + width / 2 + 0.4:
                continue
            gap = sv - s - half - float(getattr(v, "length", 4.0)) / 2
            same_way = angle_diff(float(v.heading), path.heading_at(sv)) < 60.0
            if self.fault == "collision_vehicle" and float(getattr(v, "speed", 0.0)) < 1.0:
                if not self.fault_state.get("rammed"):
                    continue  # drive into it
            if self.fault == "tailgating" and same_way:
                lead_v = max(float(getattr(v, "speed", 0.0)), 0.0)
                # half a second behind: the mistake (a careful driver keeps two)
                out.append(gap - 1.0 - 0.5 * v_self + lead_v * lead_v / (2 * DECEL))
                continue
            if same_way:
                lead_v = max(float(getattr(v, "speed", 0.0)), 0.0)
                # a time gap of GAP_TIME at our speed, plus what the lead needs to stop
                out.append(gap - GAP_STANDSTILL - GAP_TIME * v_self + lead_v * lead_v / (2 * DECEL))
            else:
                out.append(gap - GAP_STANDSTILL)
        if self.fault != "collision_pedestrian" or self.fault_state.get("rammed"):
            walkers = _pedestrians(world)
            for p, (sp, lat) in zip(walkers, _projected(path, walkers, s, s + 25.0)):
                if sp <= s or sp >= s + 24.5:
                    continue
                if abs(lat) > 0.8 + float(getattr(p, "radius", 0.3)) + 0.6:
                    continue
                out.append(sp - s - half - 1.5)
        return out

    def _junction_traffic(self, world: World, player: Player) -> list[float]:
        """Crossing traffic predicted to meet our path inside a junction: wait before it."""
        path = self.path
        assert path is not None and self.lanes is not None
        s = self.s
        i0 = path.index_at(s)
        i1 = path.index_at(s + 20.0)
        idx = (np.nonzero(self.box[i0 : i1 + 1])[0] + i0).tolist()
        if not idx:
            return []
        entry_s = float(path.s[idx[0]])
        half = player.spec.length / 2
        if entry_s - s - half < 0.5:
            return []  # already in: clear the junction
        pts = path.xy[idx]
        x0, y0 = pts.min(axis=0).tolist()
        x1, y1 = pts.max(axis=0).tolist()
        v_self = max(player.state.speed, 0.0)
        out = []
        net = getattr(getattr(world.town, "traffic", None), "net", None)
        for v in _vehicles(world):
            speed = float(getattr(v, "speed", 0.0))
            if speed < 0.5:
                continue
            follows_route = net is not None and getattr(v, "route", None)
            # every point predicted below lies within `travel` of the vehicle's centre (its
            # route's centre line is within a quarter length and its pull-over of it, give
            # or take a tile where two of its lanes join): further than that plus 2.5 m
            # from our junction's box, it cannot meet us
            travel = speed * 4.0 + 0.5 + float(getattr(v, "length", 4.0)) / 4 + 2.5 + 0.01
            travel += abs(float(getattr(v, "pull", 0.0)))
            if follows_route:
                travel += net.join_gaps(v.route)
            if v.x < x0 - travel or v.x > x1 + travel or v.y < y0 - travel or v.y > y1 + travel:
                continue
            hx, hy = heading_vector(float(v.heading))
            for tau in np.arange(0.0, 4.01, 0.5):
                if follows_route:  # along its lanes: a turning car curves, as seen
                    px, py = point_on_route(net, v, speed * tau)
                    ax, ay = point_on_route(net, v, speed * tau + 0.5)
                    heading = heading_of(ax - px, ay - py)
                else:
                    px, py = v.x + hx * speed * tau, v.y + hy * speed * tau
                    heading = float(v.heading)
                d = np.hypot(pts[:, 0] - px, pts[:, 1] - py)
                k = int(np.argmin(d))
                if d[k] > 2.5:
                    continue
                if angle_diff(heading, float(path.heading[idx[k]])) < 35.0:
                    break  # it goes our way there: a lead vehicle, handled by following
                # we pull away from the line as the car does: not at today's crawl
                t_us = time_to_cover(float(path.s[idx[k]]) - s, v_self, 1.5, JUNCTION_SPEED)
                if abs(t_us - tau) < 2.5:
                    out.append(entry_s - s - half - STOP_MARGIN)
                break
        return out

    def _in_box(self, i: int) -> bool:
        """Is path point i in a junction box or a roundabout?"""
        return bool(self.box[i])

    def _lane_in_box(self, lane: int) -> bool:
        assert self.lanes is not None
        if lane < 0:
            return False
        info = self.lanes.info.get(lane)
        return bool(info and (info.junction or info.ring))

    def _emergency(self, world: World, player: Player) -> float:
        if self.fault == "emergency":
            return math.inf
        amb = siren_behind(_view(player), _vehicles(world))
        if amb is None:
            return math.inf
        # keep to the kerb (right, or left); half as far through a junction, where the
        # shifted line of a turn would put the outer wheels on the sidewalk
        path = self.path
        turning = path is not None and any(
            self._in_box(path.index_at(self.s + ahead)) for ahead in (0.0, 4.0)
        )
        self.offset = (0.35 if turning else 0.7) * world.course.kerb_side
        return 1.5

    # -- faults that change speed or line -----------------------------------------------------
    def _fault_speed(self, world: World, player: Player) -> float:
        f = self.fault
        if f in ("wrong_way", "off_road", "collision_object"):
            return self._fault_swerve(world, player)
        return math.inf

    def _fault_swerve(self, world: World, player: Player) -> float:
        """On a long straight, drive in the other lane (wrong_way), with the right wheels on
        the sidewalk (off_road), or off the road into a wall (collision_object)."""
        st = self.fault_state
        if st.get("swerve") == "done":
            return math.inf
        path = self.path
        assert path is not None and self.lanes is not None
        if self.steps < 5 * 60:
            return math.inf
        if st.get("swerve") is None:
            # short manoeuvres, so that the short straights of small courses have room
            room = SWERVE_ROOM.get(self.fault or "", 25.0)
            i0, i1 = path.index_at(self.s), path.index_at(self.s + room)
            straight = float(np.max(path.curvature[i0 : i1 + 1])) < 0.03
            clear = not any(self._in_box(i) for i in range(i0, i1 + 1))
            clear = clear and not self._goal_near(world, i0, i1)
            ends = self.s + room + 8.0  # no line or zebra to stop at mid-swerve
            clear = clear and not any(self.s < x.s < ends for x in [*self.lines, *self.crossings])
            if straight and clear and not self._traffic_near(world):
                st["swerve"] = "on"
                st["t0"] = self.steps
            else:
                return math.inf
        elapsed = (self.steps - st["t0"]) * DT
        kerb = world.course.kerb_side
        if self.fault == "wrong_way":
            self.offset = -3.0 * kerb * _ramp(elapsed, 2.0, 2.0, 3.0)
            if elapsed > 7.0:
                st["swerve"] = "done"
            return 3.5
        if self.fault == "off_road":
            self.offset = 2.4 * kerb * _ramp(elapsed, 1.2, 1.0, 1.5)
            if elapsed > 3.7:
                st["swerve"] = "done"
            return 3.0
        # collision_object: into the nearest solid cell beside the road ahead
        if "wall" not in st:
            st["wall"] = self._nearest_wall(world)
        wall = st["wall"]
        if wall is None or elapsed > 10.0:
            st["swerve"] = "done"
            return math.inf
        self.offset = 0.0
        self.aim = wall
        return 2.0

    def _goal_near(self, world: World, i0: int, i1: int) -> bool:
        """A checkpoint or the finish along this stretch: swerving could miss it."""
        path = self.path
        assert path is not None
        areas = [a.polygon for a in (*world.course.checkpoints, *world.course.finishes)]
        pts = path.xy[max(0, i0 - 4) : i1 + 1 : 2]
        return any(point_in_polygon((float(x), float(y)), poly) for poly in areas for x, y in pts)

    def _traffic_near(self, world: World) -> bool:
        path = self.path
        assert path is not None
        for v in _vehicles(world):
            sv, _lat, dist = path.project((v.x, v.y), self.s - 10.0, self.s + 60.0)
            if dist < 6.0:
                return True
        return False


# -- small helpers ------------------------------------------------------------------------------
def _ramp(t: float, t_in: float, hold: float, t_out: float) -> float:
    """0 -> 1 -> 0 smoothly (a lane change and back), as a function of time."""
    if t < t_in:
        x = t / t_in
    elif t < t_in + hold:
        return 1.0
    elif t < t_in + hold + t_out:
        x = 1.0 - (t - t_in - hold) / t_out
    else:
        return 0.0
    return x * x * (3 - 2 * x)


def _vehicles(world: World) -> list[Any]:
    return list(getattr(world.town, "vehicles", ()) or ())


def _pedestrians(world: World) -> list[Any]:
    return list(getattr(world.town, "pedestrians", ()) or ())


def _projected(path: Path, agents: list[Any], lo: float, hi: float) -> list[tuple[float, float]]:
    """(s, lateral) of each agent's centre on the path's window [lo, hi], all at once."""
    if not agents:
        return []
    xy = np.array([(a.x, a.y) for a in agents], dtype=float)
    s, lat, _ = path.project_many(xy, lo, hi)
    return list(zip(s.tolist(), lat.tolist()))


def _front(player: Player) -> Point:
    hx, hy = heading_vector(player.state.heading)
    half = player.spec.length / 2
    return (player.state.x + hx * half, player.state.y + hy * half)


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
