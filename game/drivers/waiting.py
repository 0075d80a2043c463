"""Where the careful autopilot waits: before a line (red, amber, STOP, give way), a zebra
someone is on or about to step on, a junction with priority to the right, behind the
vehicle ahead (a two-second gap) and people on its way, and before (or, turning, inside)
a junction crossing traffic is about to cross.

A mixin of game.drivers.autopilot.Autopilot: it reads the path and the facts the
autopilot annotated along it, and answers in metres ahead of the front bumper; the
autopilot turns them into a speed. It judges with the helpers the rules use
(game.rules.context / priority), so a wait is one the instructor agrees with.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from game.course.geometry import Point, angle_diff, heading_of, heading_vector
from game.course.lanes import LaneMap
from game.drivers.route import Path
from game.rules.context import crossing_busy, line_geometry, pedestrian_on
from game.rules.priority import line_zone, priority_conflicts, unmarked_conflicts
from game.sim.idm import time_to_cover
from game.sim.vehicle import point_on_route
from game.sim.world import DT, Player, World

if TYPE_CHECKING:
    from game.drivers.autopilot import _Crossing, _Line
    from game.drivers.faults.base import Fault

DECEL = 1.5  # m/s^2: comfortable braking used to plan speeds
STOP_MARGIN = 1.0  # m between the front bumper and a line or crossing when stopped
CROSSING_MARGIN = 2.0  # m before a zebra: walkers only step out when no car is at its edge
GAP_TIME = 2.2  # s: the two-second rule, with a margin
GAP_STANDSTILL = 2.5  # m bumper to bumper in a queue
BOX_WAIT_MARGIN = 2.0  # m between the front and where crossing traffic passes, waiting inside
BOX_DECEL = 3.0  # m/s^2: the firmest braking used to wait inside a junction's edge
JUNCTION_SPEED = 4.5  # m/s: about how fast we cross a junction, to time crossing traffic
TAUS = tuple(np.arange(0.0, 4.01, 0.5).tolist())  # s ahead where crossing traffic is predicted


class Waiting:
    """The waiting decisions of the autopilot (see the module's docstring)."""

    # what the autopilot keeps, read here
    mistake: Fault
    path: Path | None
    s: float
    lanes: LaneMap | None
    lines: list[_Line]
    crossings: list[_Crossing]
    unmarked: list[tuple[float, int]]
    box: np.ndarray
    stop_s: float
    yellow_go: dict[int, bool]
    stopped_at: dict[int, float]
    zones: dict[int, list[Point]]

    def wait_points(self, world: World, player: Player) -> list[float]:
        """Everywhere the car must be able to stop (metres from its front bumper): the
        path's end, lines, zebras, junctions to give way at, the fault's own, vehicles and
        people ahead, crossing traffic."""
        s = self.s
        stops: list[float] = []
        half = player.spec.length / 2
        # the path's end: the finish or the bay
        stops.append(self.stop_s - s)
        for line in self.lines:
            d_line = line.s - s - half  # front bumper to line
            if d_line < -0.5 or d_line > 50.0:
                continue
            stop = d_line - STOP_MARGIN
            at = self.mistake.at_line(self, world, player, line, d_line, stop)
            if at is None:
                at = stop if self._must_stop_at_line(world, player, line, d_line) else math.inf
            if at < math.inf:
                stops.append(at)
        for c in self.crossings:
            d = c.s - s - half
            if d < -0.2 or d > 30.0:
                continue
            stop = d - CROSSING_MARGIN
            at = self.mistake.at_crossing(self, world, c, d, stop, self.pedestrians(world))
            if at is None:
                v = max(player.state.speed, 0.0)
                at = stop if self._must_stop_at_crossing(world, c, d, v) else math.inf
            if at < math.inf:
                stops.append(at)
        for entry, lane_id in self.unmarked:
            if 0.3 < entry - s < 30.0 and self._unmarked_conflict(world, player, entry, lane_id):
                stops.append(entry - s - half - STOP_MARGIN)
        stops.extend(self.mistake.stops(self, world, player))
        stops.extend(self.obstacles(world, player))
        stops.extend(self.junction_traffic(world, player))
        return stops

    def _must_stop_at_line(self, world: World, player: Player, line: _Line, d: float) -> bool:
        geo = line.geo
        v = max(player.state.speed, 0.0)
        lid = geo.line.id
        if geo.line.signal:
            colour = world.town.light(geo.line.signal, geo.line.phase or "")
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
            if d <= STOP_MARGIN + 2.5 and abs(player.state.speed) < 0.05:
                self.stopped_at[lid] = self.stopped_at.get(lid, 0.0) + DT
            if d < 0.2 and self.stopped_at.get(lid, 0.0) <= 0.0:
                return False  # already over it
            if self.stopped_at.get(lid, 0.0) < 0.6:
                return True
            if d < 0.0:  # stopped, then moved off and over the line: clear the junction,
                self.stopped_at.pop(lid, None)  # the town now waits for us
                return False
            return self.conflict_at_line(world, line)
        if geo.line.sign == "yield":
            if d < 0.0:
                return False
            return self.conflict_at_line(world, line)
        return False

    def conflict_at_line(self, world: World, line: _Line, gap: float = 4.5) -> bool:
        """A vehicle with priority would meet us past this line within `gap` seconds."""
        path = self.path
        assert path is not None
        heading = line.geo.heading
        front = path.point_at(line.s)
        zone = self.zone(line)
        vehicles = self.vehicles(world)
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
                self.lanes, geos, front, heading, self.vehicles(world), lane_id, 0.0, gap=4.5
            )
        )

    def zone(self, line: _Line) -> list[Point]:
        """The area past a line where priority traffic would meet us."""
        assert self.lanes is not None
        key = line.geo.line.id
        if key not in self.zones:
            self.zones[key] = line_zone(self.lanes, line.geo.line.lane_ids, line.geo.mid)
        return self.zones[key]

    def _must_stop_at_crossing(self, world: World, c: _Crossing, d: float, v: float) -> bool:
        """Someone is on the zebra or about to step on it: stop before its stripes. A car
        that can no longer stop before them (someone came to the kerb just as it rolled up)
        clears them rather than stand on them, unless someone is already on them."""
        peds = self.pedestrians(world)
        if d < 0.0:
            return False  # the front is already on it: clear it
        if not crossing_busy(c.crossing, peds, kerb=3.0, step_time=2.5):
            return False
        if v * v > 2 * BOX_DECEL * d:
            return any(pedestrian_on(c.crossing, p) for p in peds)
        return True

    def obstacles(self, world: World, player: Player) -> list[float]:
        """Stop distances (front bumper) for vehicles and people on the path ahead."""
        path = self.path
        assert path is not None
        out = []
        s = self.s
        half = player.spec.length / 2
        v_self = max(player.state.speed, 0.0)
        vehicles = self.vehicles(world) + _other_players(world, player)
        where = _projected(path, vehicles, s, s + 40.0)
        for v, (sv, lat) in zip(vehicles, where):
            if sv <= s + 0.5 or sv >= s + 39.5:
                continue
            width = float(getattr(v, "width", 1.8))
            length = float(getattr(v, "length", 4.0))
            turn = math.radians(angle_diff(float(v.heading), path.heading_at(sv)))
            # how far it reaches across our path: a car standing askew in a roundabout or a
            # junction reaches further than its half width
            across = abs(math.sin(turn)) * length / 2 + abs(math.cos(turn)) * width / 2
            if abs(lat) > 0.8 + across + 0.4:
                continue
            gap = sv - s - half - length / 2
            same_way = math.degrees(turn) < 60.0
            lead_v = max(float(getattr(v, "speed", 0.0)), 0.0)
            own = self.mistake.vehicle_stop(v, gap, same_way, v_self, lead_v)
            if own is not None:
                if not math.isnan(own):  # IGNORE: drive on as if it were not there
                    out.append(own)
                continue
            if same_way:
                # a time gap of GAP_TIME at our speed, plus what the lead needs to stop
                out.append(gap - GAP_STANDSTILL - GAP_TIME * v_self + lead_v * lead_v / (2 * DECEL))
            else:
                out.append(gap - GAP_STANDSTILL)
        if self.mistake.sees_walkers():
            walkers = self.pedestrians(world)
            for p, (sp, lat) in zip(walkers, _projected(path, walkers, s, s + 25.0)):
                if sp <= s or sp >= s + 24.5:
                    continue
                if abs(lat) > 0.8 + float(getattr(p, "radius", 0.3)) + 0.6:
                    continue
                out.append(sp - s - half - 1.5)
        return out

    def junction_traffic(self, world: World, player: Player) -> list[float]:
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
        pts = path.xy[idx]
        x0, y0 = pts.min(axis=0).tolist()
        x1, y1 = pts.max(axis=0).tolist()
        v_self = max(player.state.speed, 0.0)
        out = []
        net = getattr(getattr(world.town, "traffic", None), "net", None)
        for v in self.vehicles(world):
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
            where = []  # (x, y, heading) at each of TAUS, all compared with our path at once
            for tau in TAUS:
                if follows_route:  # along its lanes: a turning car curves, as seen
                    px, py = point_on_route(net, v, speed * tau)
                    ax, ay = point_on_route(net, v, speed * tau + 0.5)
                    where.append((px, py, heading_of(ax - px, ay - py)))
                else:
                    where.append((v.x + hx * speed * tau, v.y + hy * speed * tau, float(v.heading)))
            at = np.array(where)
            dist = np.hypot(pts[None, :, 0] - at[:, 0, None], pts[None, :, 1] - at[:, 1, None])
            nearest = np.argmin(dist, axis=1).tolist()
            gaps = dist[np.arange(len(TAUS)), nearest].tolist()
            for tau, (_, _, heading), k, gap in zip(TAUS, where, nearest, gaps):
                if gap > 2.5:
                    continue
                if angle_diff(heading, float(path.heading[idx[k]])) < 35.0:
                    break  # it goes our way there: a lead vehicle, handled by following
                # we pull away from the line as the car does: not at today's crawl
                t_us = time_to_cover(float(path.s[idx[k]]) - s, v_self, 1.5, JUNCTION_SPEED)
                if abs(t_us - tau) < 2.5:
                    wait = self._wait_in_box(entry_s, float(path.s[idx[k]]), v_self, half)
                    if wait < math.inf:
                        out.append(wait)
                break
        return out

    def _wait_in_box(self, entry_s: float, meet_s: float, speed: float, half: float) -> float:
        """Where to wait for crossing traffic: before the junction, or (the front already
        over its edge, a left turn waiting for the oncoming cars) short of where their way
        crosses ours, if the car can still stop there; if not, it clears the junction."""
        s = self.s
        before = entry_s - s - half - STOP_MARGIN
        if before >= -0.5:
            return before
        short = meet_s - s - half - BOX_WAIT_MARGIN
        if short < 0.0 or speed * speed > 2 * BOX_DECEL * short:
            return math.inf
        return short

    def in_box(self, i: int) -> bool:
        """Is path point i in a junction box or a roundabout?"""
        return bool(self.box[i])

    def _lane_in_box(self, lane: int) -> bool:
        assert self.lanes is not None
        if lane < 0:
            return False
        info = self.lanes.info.get(lane)
        return bool(info and (info.junction or info.ring))

    @staticmethod
    def vehicles(world: World) -> list[Any]:
        return list(getattr(world.town, "vehicles", ()) or ())

    @staticmethod
    def pedestrians(world: World) -> list[Any]:
        return list(getattr(world.town, "pedestrians", ()) or ())


# -- small helpers ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Car:
    """Another child's car, seen like a vehicle of the town."""

    x: float
    y: float
    heading: float
    speed: float
    length: float
    width: float


def _other_players(world: World, player: Player) -> list[Any]:
    return [
        _Car(p.state.x, p.state.y, p.state.heading, p.state.speed, p.spec.length, p.spec.width)
        for p in world.players
        if p is not player and not p.progress.finished
    ]


def _projected(path: Path, agents: list[Any], lo: float, hi: float) -> list[tuple[float, float]]:
    """(s, lateral) of each agent's centre on the path's window [lo, hi], all at once."""
    if not agents:
        return []
    xy = np.array([(a.x, a.y) for a in agents], dtype=float)
    s, lat, _ = path.project_many(xy, lo, hi)
    return list(zip(s.tolist(), lat.tolist()))
