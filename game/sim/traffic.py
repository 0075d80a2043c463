"""Computer traffic: vehicles enter at sources, follow lanes, and leave at the map's edge.

Decisions (leaders, lights, junctions) are taken at PLAN_HZ; motion is integrated every
step, never past the hard stop the last decision allowed. As a last resort a vehicle that
would overlap another body this step stays where it is (counted as a near miss), so two
computer vehicles never overlap even if a decision was wrong.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from game.course.model import Course, VehicleSource
from game.sim.idm import spec_for
from game.sim.junctions import ZoneTable
from game.sim.planner import SIREN_DISTANCE, STARVE_S, Planner
from game.sim.roadnet import RoadNet, road_net
from game.sim.scene import Ahead, PlayerView, Scene, path_ahead
from game.sim.shapes import Box
from game.sim.vehicle import Vehicle, place

PLAN_EVERY = 3  # steps between decisions (20 Hz at 60 steps/s)
ROUTE_AHEAD = 60.0  # metres of lanes chosen in advance
CAR_VARIANTS = 4
PULL_RATE = 0.5  # m/s sideways when moving over for an ambulance
TURN_WAITS = ("ring full", "yield", "held", "inside", "not my turn")  # waits for the ring
ZONE_WAITS = ("yield", "held", "inside", "stop after junction")  # only for other traffic


@dataclass
class SourceState:
    source: VehicleSource
    lane: int | None
    cap: int
    next_time: float
    alive: int = 0


class Traffic:
    def __init__(self, course: Course, rng: np.random.Generator, density: float) -> None:
        self.course = course
        self.rng = rng
        self.net: RoadNet = road_net(course)
        self.zones = ZoneTable(self.net)
        self.planner = Planner(self.net, self.zones)
        self.vehicles: list[Vehicle] = []
        self.spawned = 0
        self.near_misses = 0
        self.driven = 0.0  # metres driven by all computer vehicles (tests check traffic flows)
        self.near_log: list[tuple] = []
        self._next_ident = 1
        self.sources: list[SourceState] = []
        for src in sorted(course.vehicle_sources, key=lambda s: s.id):
            lane = self.net.entry_lane(src.pos)
            cap = 0 if density <= 0 else max(1, int(round(src.count * density)))
            self.sources.append(SourceState(src, lane.id if lane else None, cap, src.delay))
        self._aheads: dict[int, Ahead] = {}
        self._step = 0

    # -- the step ---------------------------------------------------------------
    def step(self, dt: float, t: float, players: list[PlayerView], scene_extra: dict) -> None:
        for v in self.vehicles:
            v.px, v.py, v.pheading = v.x, v.y, v.heading
        if self._step % PLAN_EVERY == 0:
            self._spawn(t, players)
            self._plan(t, dt, players, scene_extra)
        self._step += 1
        self._move(dt, players)

    def _plan(self, t: float, dt: float, players: list[PlayerView], extra: dict) -> None:
        occupancy: dict[int, list[tuple[float, Vehicle]]] = {}
        for v in self.vehicles:
            self._extend_route(v)
            occupancy.setdefault(v.lane_id, []).append((v.s, v))
            if v.idx > 0 and v.s < v.length / 2:  # the rear is still on the lane before
                prev = v.route[v.idx - 1]
                occupancy.setdefault(prev, []).append((v.s + self.net.lanes[prev].length, v))
        for items in occupancy.values():
            items.sort(key=lambda item: (item[0], item[1].ident))
        approach: dict[int, list] = {}
        aheads = {}
        for v in self.vehicles:
            ahead = path_ahead(self.net, self.zones, v)
            aheads[v.ident] = ahead
            for z in ahead.zones:
                approach.setdefault(z.side.zone, []).append((v, z))
        scene = Scene(
            t=t,
            dt=dt * PLAN_EVERY,
            occupancy=occupancy,
            approach=approach,
            crossing_on=extra["crossing_on"],
            crossing_ready=extra["crossing_ready"],
            players=players,
            light=extra["light"],
            by_ident={v.ident: v for v in self.vehicles},
            ring_load=self._ring_load(),
            ring_turn=self._ring_turns(),
            zone_turn=self._zone_turns(),
        )
        self._mark_make_way(aheads, occupancy)
        for v in self.vehicles:
            self.planner.plan(v, aheads[v.ident], scene)
        self._find_neighbours()
        self._aheads = aheads

    def _mark_make_way(self, aheads: dict[int, Ahead], occupancy: dict) -> None:
        """Drivers with an ambulance's siren close behind them on its way."""
        for v in self.vehicles:
            v.make_way = False
        for a in self.vehicles:
            if not a.siren:
                continue
            for geo, off in aheads[a.ident].path:
                if off > SIREN_DISTANCE:
                    break
                for s, u in occupancy.get(geo.id, ()):
                    if u is not a and 0.0 < off + s < SIREN_DISTANCE:
                        u.make_way = True

    def _ring_load(self) -> dict[int, int]:
        """Vehicles in each roundabout, or committed to entering it.

        Committed means holding a zone shared with a ring lane from outside the ring:
        such a vehicle may be a lane or two back yet will enter without asking again, so
        it must count against the ring's capacity from the moment it takes the zone."""
        lanes = self.net.lanes
        zones = self.zones.zones
        load: dict[int, int] = {}
        for v in self.vehicles:
            ring = lanes[v.lane_id].ring_id
            if ring < 0:
                for zone in v.held:
                    z = zones[zone]
                    for side in (z.a, z.b):
                        mine = side.lane
                        other = z.b.lane if side is z.a else z.a.lane
                        if not lanes[mine].ring and lanes[other].ring and mine in v.route[v.idx :]:
                            ring = lanes[other].ring_id
                    if ring >= 0:
                        break
            if ring >= 0:
                load[ring] = load.get(ring, 0) + 1
        return load

    def _ring_turns(self) -> dict[int, int]:
        """The entrant that has waited longest at each roundabout, once it has waited too
        long: others stay out until it is in, so a busy ring cannot starve one entry."""
        return _longest_waiters(
            (v.entry_ring, v, v.zone_wait)
            for v in self.vehicles
            # only the first in a queue, waiting for the ring itself
            if v.entry_ring >= 0 and v.cause == "zone" and v.why in TURN_WAITS
        )

    def _zone_turns(self) -> dict[int, int]:
        """Each junction zone's longest waiter, once it has waited too long: the next to
        take the zone, so a driver with priority coming round again cannot starve it."""
        return _longest_waiters(
            (zone, v, v.stand)
            for v in self.vehicles
            if v.cause == "zone" and v.why in ZONE_WAITS
            for zone in v.wait_zones
        )

    def _find_neighbours(self) -> None:
        """Who could touch whom before the next plan (at most ~0.5 m each way by then)."""
        vs = self.vehicles
        for v in vs:
            v.near = []
        for i, a in enumerate(vs):
            for b in vs[i + 1 :]:
                r = (a.length + b.length) / 2 + 3.0
                if abs(a.x - b.x) < r and abs(a.y - b.y) < r:
                    a.near.append(b)
                    b.near.append(a)

    def _extend_route(self, v: Vehicle) -> None:
        lanes = self.net.lanes
        ahead = lanes[v.route[v.idx]].length - v.s
        for k in range(v.idx + 1, len(v.route)):
            ahead += lanes[v.route[k]].length
        while ahead < ROUTE_AHEAD:
            last = lanes[v.route[-1]]
            options = sorted(last.lane.next_ids)
            options = [o for o in options if o in lanes]
            if not options:
                break
            calm = [o for o in options if abs(lanes[o].turn) < 150.0]
            options = calm or options
            pick = options[int(self.rng.integers(len(options)))] if len(options) > 1 else options[0]
            v.route.append(pick)
            ahead += lanes[pick].length
        if v.idx > 1:  # keep one lane behind for the body's rear
            del v.route[: v.idx - 1]
            v.idx = 1

    # -- spawning ---------------------------------------------------------------
    def _spawn(self, t: float, players: list[PlayerView]) -> None:
        for st in self.sources:
            if st.lane is None or st.alive >= st.cap or t < st.next_time:
                continue
            spec = spec_for(st.source.kind)
            geo = self.net.lanes[st.lane]
            if not self._entry_clear(st.lane, spec.length, players):
                continue
            variant = int(self.rng.integers(CAR_VARIANTS)) if spec.kind == "car" else 0
            v = Vehicle(
                ident=self._next_ident,
                kind=spec.kind,
                spec=spec,
                route=[st.lane],
                idx=0,
                s=spec.length / 2 + 0.05,
                source=st.source.id,
                variant=variant,
                siren=spec.kind == "ambulance",
            )
            v.speed = 0.0
            v.v0 = geo.limit * spec.speed_factor
            place(self.net, v)
            v.px, v.py, v.pheading = v.x, v.y, v.heading
            self._next_ident += 1
            self.vehicles.append(v)
            self._find_neighbours()
            self.spawned += 1
            st.alive += 1
            st.next_time = t + max(st.source.every, 1.0)

    def _entry_clear(self, lane_id: int, length: float, players: list[PlayerView]) -> bool:
        geo = self.net.lanes[lane_id]
        room = length + 5.0
        for u in self.vehicles:
            if u.lane_id == lane_id and u.s - u.length / 2 < room:
                return False
            if (
                u.idx > 0
                and u.route[u.idx - 1] == lane_id
                and geo.length + u.s - u.length / 2 < room
            ):
                return False  # its centre has moved on, its rear has not
            if u.lane_id in geo.lane.prev_ids:
                left = self.net.lanes[u.lane_id].length - u.s
                if left < u.length / 2 + 6.0:
                    return False
            for zone in u.held:
                if any(side.zone == zone for side in self.zones.by_lane[lane_id]):
                    return False
        sx, sy = geo.start
        for p in players:
            if math.hypot(p.box.x - sx, p.box.y - sy) < room + p.box.hl:
                return False
        return True

    # -- motion -------------------------------------------------------------------
    def _move(self, dt: float, players: list[PlayerView]) -> None:
        lanes = self.net.lanes
        gone: list[Vehicle] = []
        for v in self.vehicles:
            if v.pull != v.pull_target:
                self._ease_pull(v, dt, players)
            old = (v.idx, v.s, v.x, v.y, v.heading, v.odo)
            speed = max(0.0, v.speed + v.accel * dt)
            ds = 0.5 * (v.speed + speed) * dt
            room = v.limit_odo - v.odo
            if ds > room:
                ds = max(0.0, room)
                speed = min(speed, ds / dt) if ds > 1e-4 else 0.0
            if ds <= 0.0:
                v.speed = 0.0
                self._tick_wait(v, dt)
                continue
            v.s += ds
            v.odo += ds
            self.driven += ds
            while v.s > lanes[v.route[v.idx]].length and v.idx + 1 < len(v.route):
                v.s -= lanes[v.route[v.idx]].length
                v.idx += 1
            place(self.net, v)
            if self._touches(v, old[2:5], players):
                v.idx, v.s, v.x, v.y, v.heading, v.odo = old
                v.speed = 0.0
                self.near_misses += 1
                self.near_log.append((self._step, v.ident, v.lane_id, v.cause))
                self._tick_wait(v, dt)
                continue
            v.speed = speed
            self._tick_wait(v, dt)
            for zone, odo in list(v.held.items()):
                if v.odo >= odo:
                    self.zones.release(zone, v.ident)
                    del v.held[zone]
            geo = lanes[v.route[v.idx]]
            if v.idx + 1 == len(v.route) and not geo.lane.next_ids:
                beyond = v.s - v.length / 2 if geo.edge_end else v.s + v.length / 2
                if beyond >= geo.length:
                    gone.append(v)
        for v in gone:
            self._remove(v)

    def _ease_pull(self, v: Vehicle, dt: float, players: list[PlayerView]) -> None:
        """Move over towards the kerb (or back) at walking pace, never into anyone."""
        before = v.pull
        step = PULL_RATE * dt
        v.pull = (
            min(v.pull_target, before + step)
            if v.pull_target > before
            else max(v.pull_target, before - step)
        )
        old_pose = (v.x, v.y, v.heading)
        place(self.net, v)
        if self._touches(v, old_pose, players):
            v.pull = before
            place(self.net, v)

    def _tick_wait(self, v: Vehicle, dt: float) -> None:
        v.stand = v.stand + dt if v.speed < 0.1 else 0.0
        if v.speed >= 0.1:
            v.player_held = False
        elif v.by_player:
            v.player_held = True

    def _touches(
        self, v: Vehicle, old_pose: tuple[float, float, float], players: list[PlayerView]
    ) -> bool:
        """Would v's new body overlap a vehicle or a player's car it was clear of before
        (at `old_pose`: x, y, heading)? The old body is only built when something is near."""
        box = old = None
        reach = v.length / 2 + 4.0
        for u in v.near:
            if u.done:
                continue
            if abs(u.x - v.x) > reach + u.length / 2 or abs(u.y - v.y) > reach + u.length / 2:
                continue
            box = box or v.box()
            ub = u.box()
            if box.overlaps(ub):
                old = old or Box(*old_pose, v.length, v.width)
                if not old.overlaps(ub):
                    return True
        for p in players:
            if abs(p.box.x - v.x) < reach + 3.0 and abs(p.box.y - v.y) < reach + 3.0:
                box = box or v.box()
                if box.overlaps(p.box):
                    old = old or Box(*old_pose, v.length, v.width)
                    if not old.overlaps(p.box):
                        return True
        return False

    def _remove(self, v: Vehicle) -> None:
        v.done = True
        for zone in list(v.held):
            self.zones.release(zone, v.ident)
        v.held.clear()
        self.vehicles.remove(v)
        for st in self.sources:
            if st.source.id == v.source:
                st.alive -= 1

    # -- checks -------------------------------------------------------------------
    def by_ident(self, ident: int) -> Vehicle | None:
        for v in self.vehicles:
            if v.ident == ident:
                return v
        return None

    def overlapping_pairs(self) -> list[tuple[Vehicle, Vehicle]]:
        out = []
        boxes = [(v, v.box()) for v in self.vehicles]
        for i, (a, ba) in enumerate(boxes):
            for b, bb in boxes[i + 1 :]:
                if abs(a.x - b.x) > 8.0 or abs(a.y - b.y) > 8.0:
                    continue
                if ba.overlaps(bb):
                    out.append((a, b))
        return out

    def snapshot(self) -> list[dict[str, Any]]:
        return [
            {
                "ident": v.ident,
                "kind": v.kind,
                "lane": v.lane_id,
                "route": list(v.route),
                "s": v.s,
                "x": v.x,
                "y": v.y,
                "heading": v.heading,
                "speed": v.speed,
                "accel": v.accel,
                "odo": v.odo,
                "indicator": v.indicator,
                "held": sorted(v.held),
            }
            for v in self.vehicles
        ]


def _longest_waiters(waits: Iterable[tuple[int, Vehicle, float]]) -> dict[int, int]:
    """For each key, the vehicle that has waited longest, once past STARVE_S (ties go to
    the older vehicle, so the choice is deterministic)."""
    best: dict[int, tuple[float, int]] = {}
    for key, v, waited in waits:
        if waited > STARVE_S and (waited, -v.ident) > best.get(key, (STARVE_S, 0)):
            best[key] = (waited, -v.ident)
    return {key: -neg_ident for key, (_, neg_ident) in best.items()}
