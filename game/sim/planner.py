"""One computer driver's decision: how hard to accelerate, and where it must stop.

Everything ahead on the vehicle's chosen lanes becomes a "leader" for the IDM: the
vehicle in front, a player's car on the path, a red or amber stop line, a stop sign not
yet stopped at, a crossing with people on it, a junction it may not enter yet. The
nearest hard stop also becomes a distance the vehicle's front may not pass, so a late
decision can only make it brake harder, never overlap.
"""

from __future__ import annotations

import math

from game.sim.idm import (
    HARD_DECEL,
    braking_distance,
    idm_accel,
    time_to_cover,
)
from game.sim.junctions import ZoneTable
from game.sim.roadnet import RoadNet
from game.sim.scene import HORIZON, Ahead, PlayerView, Scene, ZoneAhead
from game.sim.shapes import Box
from game.sim.vehicle import Vehicle

AMBER_DECEL = 3.0  # m/s²: stop on amber when this is enough (SUMO's tls.yellow.min-decel)
STOP_SPEED = 0.1  # m/s: a full stop at a stop sign
STOP_ZONE = 4.0  # metres before a stop line where the full stop counts
GAP_MARGIN = 1.2  # s between leaving a conflict zone and a priority vehicle reaching it
DEADLOCK_S = 8.0  # s waiting before a driver stops deferring to vehicles that stand still
MAX_CLUSTER = 14.0  # m: zones taken at once (a junction's width, not a whole roundabout)
CLEAR_AFTER = 0.8  # m kept free behind a junction before entering it
MAKE_WAY_SPEED = 3.5  # m/s: a driver with an ambulance close behind slows to this
MAKE_WAY_PULL = 0.5  # m towards the kerb, out of a junction
SIREN_DISTANCE = 30.0  # m ahead of an ambulance where drivers make way for it
REROUTE_S = 10.0  # s waiting at a roundabout for a jammed exit before choosing another
STARVE_S = 12.0  # s an entrant may wait at a roundabout before it gets the next turn
# an entrant waiting at an unsigned ring for one of these is not coming in yet: the cars
# going round do not wait for it (all round a full ring, each would wait for the next)
HELD_OUT = ("ring full", "jammed", "not my turn", "stop after junction")
LEFT_BEHIND = ("lead", "crossing")  # stops a driver may enter a junction in front of
PLAYER_ROLL = 1.0  # m a slow player's car may roll while a vehicle crosses its junction


class Planner:
    def __init__(self, net: RoadNet, zones: ZoneTable) -> None:
        self.net = net
        self.zones = zones

    def plan(self, v: Vehicle, ahead: Ahead, scene: Scene) -> None:
        """Set v.accel, v.limit_odo, v.indicator and the flags others read."""
        spec = v.spec
        speed = v.speed
        v.waiting_zone = False
        v.wait_zones = ()
        v.why = ""
        v.blocker = 0
        v.entry_ring = -1
        stops: list[tuple[float, str]] = []  # (front distance to a hard stop, its cause)

        v0 = self._desired_speed(v, ahead)
        v.pull_target = 0.0
        if v.make_way and not v.siren:
            v0 = min(v0, MAKE_WAY_SPEED)
            if not any(z.d_in < v.length + 6.0 and z.d_out > -v.length for z in ahead.zones):
                v.pull_target = MAKE_WAY_PULL * self.net.course.kerb_side
        v.v0 = v0
        accel = idm_accel(spec, speed, v0, math.inf, 0.0, spec.min_gap)

        lead = self._leader(v, ahead, scene)
        if lead is not None:
            gap, lead_v, lead_rear, lead_speed, leader = lead
            v.lead = leader.ident
            accel = min(accel, idm_accel(spec, speed, v0, gap, lead_v, spec.min_gap))
            stops.append((gap - 0.4, "lead"))
        else:
            lead_rear, lead_speed, leader = math.inf, 0.0, None
            v.lead = 0

        for gap, lead_v in self._players_on_path(v, ahead, scene):
            accel = min(accel, idm_accel(spec, speed, v0, gap, lead_v, spec.min_gap))
            stops.append((gap - 0.4, "player"))

        stops.extend(self._line_stops(v, ahead, scene))
        if v.kind == "bus":
            stops.extend(self._bus_stops(v, ahead, scene))
        v.crossings_ahead = []
        before = v.waiting_for
        v.waiting_for = None
        for d in self._crossing_stops(v, ahead, scene, lead_rear, lead_speed):
            stops.append((d, "crossing"))
        if v.waiting_for is not None and speed < 0.5:
            v.cross_wait += scene.dt
        elif (
            before is not None
            and speed < 3.0
            and v.cross_wait > 0.0
            and any(c == before and front > -0.5 for c, front, _ in v.crossings_ahead)
        ):
            v.waiting_for = before  # still pulling away over it: walkers keep letting us go
        else:
            v.cross_wait = 0.0
        first_stop = min((d for d, cause in stops if cause != "lead"), default=math.inf)
        # a stop other than people on a crossing, who always finish crossing
        hard_stop = min((d for d, cause in stops if cause not in LEFT_BEHIND), default=math.inf)
        after_player = any(d <= first_stop and cause == "player" for d, cause in stops)
        if v.held and first_stop < math.inf:
            self._release_unreachable(v, ahead, first_stop)
        zone_stop = self._junctions(
            v, ahead, scene, lead_rear, lead_speed, first_stop, hard_stop, leader
        )
        if zone_stop is not None:
            stops.append(zone_stop)
            v.waiting_zone = True
            v.zone_wait += scene.dt
        else:
            v.zone_wait = 0.0

        limit, cause = math.inf, ""
        for d, why in stops:
            if d < limit:
                limit, cause = d, why
            if why not in ("lead", "player"):
                target = max(d - 0.3, 0.0)
                accel = min(accel, idm_accel(spec, speed, v0, target, 0.0, 0.7))
        if limit < math.inf and speed > 0.0:
            # near a stop: come to rest exactly, without IDM's slow final creep
            if limit <= 0.4:
                accel = -HARD_DECEL
            else:
                need = speed * speed / (2.0 * limit)
                if need > spec.decel:
                    accel = min(accel, -need)
        v.by_player = cause == "player" or cause == "zone_player"
        if v.why == "stop after junction" and after_player:
            v.by_player = True  # a player's car stands beyond the junction, on its way
        v.cause = cause
        light = min((d for d, why in stops if why == "light"), default=math.inf)
        blocker = leader if cause == "lead" else None
        if cause == "zone" and v.blocker:
            blocker = scene.by_ident.get(v.blocker)
        # waiting for a red light or for people on a crossing is not being stuck, and
        # neither is queueing behind someone who waits for one
        v.red_light = light < math.inf and light <= limit + 1.5
        v.at_light = v.red_light or cause in ("crossing", "bus_stop")
        if cause == "zone" and v.why == "stop after junction" and v.waiting_for is not None:
            v.at_light = True
        if blocker is not None and blocker.at_light and blocker.speed < 0.5:
            v.at_light = True
        if blocker is not None and blocker.by_player and blocker.speed < 0.5:
            v.by_player = True  # queued behind someone a player's car holds up
        accel = max(accel, -HARD_DECEL)
        v.accel = accel
        v.stop_front = limit
        v.limit_odo = v.odo + max(limit, 0.0) if limit < math.inf else math.inf
        v.indicator = self._indicator(ahead)
        v.braking = accel < -0.4 or speed < 0.3

    # -- speeds ---------------------------------------------------------------
    def _desired_speed(self, v: Vehicle, ahead: Ahead) -> float:
        spec = v.spec
        half = v.length / 2
        v0 = math.inf
        factor = spec.speed_factor
        for geo, off in ahead.path:  # min() and max() written out: called very often
            want = geo.limit * factor
            curve = geo.curve_speed
            if curve < want:
                want = curve
            if off <= 0.0:
                if want < v0:
                    v0 = want
            else:
                d = off - half
                if not d > 0.0:
                    d = 0.0
                w = math.sqrt(want * want + 2.0 * 1.5 * d)
                if w < v0:
                    v0 = w
        return v0 if v0 < math.inf else 8.0

    def _indicator(self, ahead: Ahead) -> int:
        for geo, off in ahead.path:
            if off > 25.0:
                break
            if geo.indicator:
                return geo.indicator
        return 0

    # -- leaders --------------------------------------------------------------
    def _leader(self, v: Vehicle, ahead: Ahead, scene: Scene):
        """(bumper gap, leader speed, leader rear distance, speed) of the vehicle in front."""
        half = v.length / 2
        for geo, off in ahead.path:
            for s_other, u in scene.occupancy.get(geo.id, ()):
                if u is v:
                    continue
                d = off + s_other
                if d <= 0.0:
                    continue
                rear = d - u.length / 2
                return rear - half, u.speed, rear, u.speed, u
        return None

    def _players_on_path(self, v: Vehicle, ahead: Ahead, scene: Scene):
        """Players' cars standing on (or about to drive onto) the lanes ahead."""
        out = []
        if not scene.players:
            return out
        half = v.length / 2
        for p in scene.players:
            b = p.box
            if (b.x - v.x) ** 2 + (b.y - v.y) ** 2 > (HORIZON + 6.0) ** 2:
                continue
            boxes = [b]
            if p.speed > 1.0:
                k = min(p.speed * 0.6, 4.0)
                boxes.append(Box(b.x + b.fx * k, b.y + b.fy * k, p.heading, b.hl * 2, b.hw * 2))
            hit = self._first_on_path(v, ahead, boxes)
            if hit is not None:
                d, heading = hit
                rad = math.radians(p.heading - heading)
                along = max(0.0, p.speed * math.cos(rad))
                out.append((d - half, along))
        return out

    def _first_on_path(self, v: Vehicle, ahead: Ahead, boxes: list[Box]):
        """Distance along the path to the first point any of the boxes covers, and the
        lane's heading there (None when the path ahead is clear of them)."""
        margin = v.width / 2 + 0.3
        for geo, off in ahead.path:
            if off > HORIZON:
                return None
            pts, (x0, y0, x1, y1) = geo.samples()
            near = [
                b
                for b in boxes
                if x0 - b.reach - margin <= b.x <= x1 + b.reach + margin
                and y0 - b.reach - margin <= b.y <= y1 + b.reach + margin
            ]
            if not near:
                continue
            for s, x, y in pts:
                d = off + s
                if d <= 0.0:
                    continue
                if d > HORIZON:
                    return None
                for b in near:
                    a, c = b.local((x, y))
                    if abs(a) <= b.hl + 0.3 and abs(c) <= b.hw + margin:
                        return d - 0.3, geo.lane.line.heading_at(s)
        return None

    # -- lines and crossings -------------------------------------------------
    def _line_stops(self, v: Vehicle, ahead: Ahead, scene: Scene) -> list[tuple[float, str]]:
        half = v.length / 2
        out = []
        for geo, off in ahead.path:
            for s_line, line in geo.stops:
                front = off + s_line - half
                if front < -0.3 or front > HORIZON:
                    continue
                if line.signal and line.phase:
                    colour = scene.light(line.signal, line.phase)
                    if colour == "green" or line.id in v.committed:
                        continue
                    if colour == "yellow" and front < braking_distance(v.speed, AMBER_DECEL):
                        v.committed.add(line.id)  # too close to stop: drive through
                        continue
                    if front < 0.0:
                        continue
                    out.append((front, "light"))
                elif line.sign == "stop" and line.id not in v.stopped_at:
                    if v.speed < STOP_SPEED and front <= STOP_ZONE:
                        v.stopped_at.add(line.id)
                        continue
                    out.append((max(front, 0.0), "sign"))
        return out

    def _bus_stops(self, v: Vehicle, ahead: Ahead, scene: Scene) -> list[tuple[float, str]]:
        """A bus halts with its centre in the middle of each bus stop on its way, for the
        stop's dwell time (people get on and off: `at_stop` tells the others)."""
        for geo, off in ahead.path:
            for a, b, stop in geo.bus_stops:
                if stop.id in v.served:
                    continue
                to_mid = off + (a + b) / 2  # centre to the stop's middle
                if to_mid < -0.6 or to_mid > HORIZON:
                    continue
                if abs(to_mid) < 1.5 and v.speed < 0.2:
                    v.at_stop = True
                    v.dwell += scene.dt
                    if v.dwell >= stop.dwell:
                        v.served.add(stop.id)
                        v.at_stop, v.dwell = False, 0.0
                        continue
                return [(to_mid, "bus_stop")]
        v.at_stop = False
        return []

    def _crossing_stops(
        self, v: Vehicle, ahead: Ahead, scene: Scene, lead_rear: float, lead_speed: float
    ) -> list[float]:
        half = v.length / 2
        out = []
        passing = v.pass_until > scene.t  # walkers at the kerb let it go first
        for geo, off in ahead.path:
            for c0, c1, crossing in geo.crossings:
                front = off + c0 - half
                rear_out = off + c1 + half
                if rear_out < 0.0 or front > HORIZON:
                    continue
                v.crossings_ahead.append((crossing.id, front, rear_out))
                if front < 0.0:
                    continue  # already on it: clear it
                if scene.crossing_on.get(crossing.id):
                    out.append(front - 0.8)
                    v.waiting_for = crossing.id if v.waiting_for is None else v.waiting_for
                elif scene.crossing_ready.get(crossing.id) and not v.held and not passing:
                    if front - 0.8 >= braking_distance(v.speed, AMBER_DECEL):
                        out.append(front - 0.8)
                        v.waiting_for = crossing.id if v.waiting_for is None else v.waiting_for
                elif lead_speed < 2.0 and lead_rear < off + c1 + v.length + CLEAR_AFTER:
                    out.append(front - 0.5)  # keep the crossing clear behind a queue
        return out

    # -- junctions ------------------------------------------------------------
    def _junctions(
        self,
        v: Vehicle,
        ahead: Ahead,
        scene: Scene,
        lead_rear: float,
        lead_speed: float,
        first_stop: float,
        hard_stop: float,
        leader: Vehicle | None,
    ) -> tuple[float, str] | None:
        """Take the next junction's zones all at once, or say where to wait for them.

        Never while something else (a line, a player, a bus at its stop) will stop the
        vehicle before it is out of the junction again: a driver who must wait, waits
        outside. People on the crossing just beyond are the exception: a driver turning
        into that street moves up to the crossing and lets them finish (they always do),
        then leaves the junction; waiting outside instead, a short green can go by with
        people on the crossing every time, cycle after cycle."""
        half = v.length / 2
        zones = self.zones
        pending = [z for z in ahead.zones if not zones.holds(z.side.zone, v.ident)]
        if not pending:
            return None
        pending.sort(key=lambda z: (z.d_in, z.side.zone))
        clusters: list[list[ZoneAhead]] = []
        end = -math.inf
        for z in pending:
            chained = clusters and z.d_in <= end + v.length + 2.0
            if chained and z.d_out - clusters[-1][0].d_in <= MAX_CLUSTER:
                clusters[-1].append(z)
                end = max(end, z.d_out)
            else:
                clusters.append([z])
                end = z.d_out
        for cluster in clusters:
            entry = min(z.d_in for z in cluster)
            exit_ = max(z.d_out for z in cluster)
            front = entry - half
            commit = braking_distance(v.speed, v.spec.decel) + v.speed * 0.3 + 1.5
            if front > commit + 12.0:
                return None
            ok, by_player = self._free(v, ahead, cluster, exit_, scene)
            room = exit_ + v.length + CLEAR_AFTER + 0.5  # needed behind the junction
            jammed = lead_speed < 3.0 and lead_rear < room
            if leader is not None and leader.stop_front < math.inf:
                # don't block the box: judge by where the car in front must stop, not by
                # its speed now (a queue moving at 4 m/s may stop with us in the middle)
                jammed = jammed or lead_rear + max(leader.stop_front, 0.0) < room
            in_ring = ahead.path[0][0].ring
            exit_jam = leader is not None and leader.speed < 1.5
            exit_jam = exit_jam and not self.net.lanes[leader.lane_id].ring
            if jammed and in_ring and exit_jam and self._stay_in_ring(v):
                return (max(front, 0.0), "zone")  # exit jammed: go round once more
            lanes = self.net.lanes
            ring = max((lanes[z.side.other_lane].ring_id for z in cluster), default=-1)
            ring = ring if not in_ring else -1
            v.entry_ring = ring
            if ok and ring >= 0 and scene.ring_load.get(ring, 0) >= self.net.ring_capacity[ring]:
                ok, v.why = False, "ring full"
            turn = scene.ring_turn.get(ring, v.ident) if ring >= 0 else v.ident
            if ok and turn != v.ident:
                ok, v.why, v.blocker = False, "not my turn", turn  # one has waited too long
            passing = v.pass_until > scene.t  # a deadlock's way out: it goes first
            if ok and not in_ring and not v.held and not passing:  # who is in keeps going
                turn = self._zone_turn(v, cluster, scene)
                if turn:
                    ok, v.why, v.blocker = False, "not my turn", turn
            if (
                ok
                and jammed
                and not in_ring
                and not passing
                and (v.zone_wait < DEADLOCK_S or ring >= 0)
            ):
                beyond = leader is not None and not lanes[leader.lane_id].ring
                spare = scene.ring_load.get(ring, 0) + 1 < self.net.ring_capacity.get(ring, 0)
                long_wait = v.zone_wait > REROUTE_S
                if ring >= 0 and beyond and spare and long_wait and self._stay_in_ring(v):
                    v.why = "new exit"  # its exit stays jammed: take another one
                    return (max(front, 0.0), "zone")
                ok, v.why = False, "jammed"  # no room behind the junction
                v.blocker = leader.ident if leader is not None else 0
            v.wait_zones = tuple(z.side.zone for z in cluster)
            walkers_only = first_stop > front and hard_stop - half >= exit_ + CLEAR_AFTER
            if first_stop - half < exit_ + CLEAR_AFTER and not walkers_only:
                v.why = "stop after junction"
                # something would stop us inside: wait outside, decide once it is gone
                if first_stop <= front:
                    v.wait_zones = ()  # it waits for something before the junction
                    return None
                return (max(front, 0.0), "zone")
            if front > commit:
                return None if ok else (max(front, 0.0), _zone_cause(by_player))
            if not ok:
                return (max(front, 0.0), _zone_cause(by_player))
            v.wait_zones = ()
            if ring >= 0:
                scene.ring_load[ring] = scene.ring_load.get(ring, 0) + 1
            for z in cluster:
                zones.take(z.side.zone, v.ident, z.side.lane)
                v.held[z.side.zone] = v.odo + z.d_out + half
        return None

    def _player_in_way(self, v: Vehicle, ahead: Ahead, p: PlayerView, exit_: float) -> bool:
        """Is a player's car (standing or slow) on v's way through the junction? A car
        parked in a corner of the box leaves the lanes that pass it free."""
        hit = self._first_on_path(v, ahead, [_player_box_soon(p)])
        return hit is not None and hit[0] < exit_ + v.length / 2 + CLEAR_AFTER

    def _zone_turn(self, v: Vehicle, cluster: list[ZoneAhead], scene: Scene) -> int:
        """Another driver who has waited too long for one of these zones (0: none)."""
        for z in cluster:
            turn = scene.zone_turn.get(z.side.zone, v.ident)
            if turn != v.ident:
                return turn
        return 0

    def _stay_in_ring(self, v: Vehicle) -> bool:
        """Swap a jammed roundabout exit for another lap, as a driver would; True if done."""
        lanes = self.net.lanes
        for k in range(v.idx + 1, len(v.route)):
            here, before = lanes[v.route[k]], lanes[v.route[k - 1]]
            if before.ring and not here.ring:
                stay = [n for n in sorted(before.lane.next_ids) if n in lanes and lanes[n].ring]
                if not stay:
                    return False
                del v.route[k:]
                v.route.append(stay[0])
                v.why = "exit jammed"
                return True
        return False

    def _release_unreachable(self, v: Vehicle, ahead: Ahead, stop: float) -> None:
        """Give back zones the vehicle will now stop short of (a light turned amber, someone
        stepped onto a crossing): holding them would block the junction for nothing."""
        half = v.length / 2
        for z in ahead.zones:
            zone = z.side.zone
            if zone in v.held and z.d_in - half > stop + 0.1:
                self.zones.release(zone, v.ident)
                del v.held[zone]

    def _free(
        self, v: Vehicle, ahead: Ahead, cluster: list[ZoneAhead], exit_: float, scene: Scene
    ) -> tuple[bool, bool]:
        """May v take every zone of this cluster now? (ok, refused because of a player)."""
        zones = self.zones
        half = v.length / 2
        t_clear = time_to_cover(exit_ + half, v.speed, v.spec.accel, v.v0)
        patient = v.zone_wait > DEADLOCK_S
        clearing = self.net.lanes[v.lane_id].ring or bool(v.held)  # in a ring or a junction
        for z in cluster:
            zone_id = z.side.zone
            other = zones.blocker(zone_id, v.ident, z.side.lane)
            if other:
                return _refuse(v, "held", blocker=other)
            for u, uz in scene.approach.get(zone_id, ()):
                if u is v or (u.why in ("not my turn", "siren") and u.blocker == v.ident):
                    continue  # it is letting us go first
                u_front = uz.d_in - u.length / 2
                if u_front < 0.0 < uz.d_out + u.length / 2 and uz.side.lane != z.side.lane:
                    return _refuse(v, "inside", blocker=u.ident)  # without holding it
                # an ambulance goes first; but a ring or a junction is cleared first
                if u.siren and not v.siren and uz.side.lane != z.side.lane and not clearing:
                    free_run = u.stop_front >= u_front - 0.5  # nothing stops it before
                    coming = free_run or (u.cause == "zone" and zone_id in u.wait_zones)
                    eta = time_to_cover(max(u_front, 0.0), u.speed, u.spec.accel, u.v0)
                    if coming and eta < t_clear + GAP_MARGIN + 1.0:
                        return _refuse(v, "siren", blocker=u.ident)  # the ambulance goes first
                    continue
                if not z.side.gives_way or uz.side.lane == z.side.lane:
                    continue
                if self.net.lanes[uz.side.lane].enters_first and (
                    u.why in HELD_OUT or v.pass_until > scene.t
                ):
                    # a car going round an unsigned ring gives way to one coming in, unless
                    # that one may not come in yet (a full ring: waiting for it, the ring
                    # would wait for itself) or a deadlock gave this one the way
                    continue
                if u.stop_front < u_front + 0.5 and zone_id not in u.wait_zones:
                    continue  # it is stopping before the zone for another reason
                can_stop = u_front > braking_distance(u.speed, u.spec.decel) + 2.0
                if (patient or (v.siren and not u.siren)) and can_stop:
                    continue  # waited long enough, or an ambulance: it can stop for us
                eta = time_to_cover(u_front, u.speed, u.spec.accel, u.v0)
                if eta < t_clear + GAP_MARGIN:
                    return _refuse(v, "yield", blocker=u.ident)
            zone = zones.zones[zone_id]
            for p in scene.players:
                b = p.box
                d = math.hypot(b.x - zone.centre[0], b.y - zone.centre[1])
                if d < zone.radius + b.hl + 0.8 and self._player_in_way(v, ahead, p, exit_):
                    return _refuse(v, "player inside", True)
                if p.speed > 0.5:
                    to_x, to_y = zone.centre[0] - b.x, zone.centre[1] - b.y
                    closing = (to_x * b.fx + to_y * b.fy) / max(d, 1e-6)
                    if closing > 0.7 and (d - zone.radius) / p.speed < t_clear + GAP_MARGIN:
                        return _refuse(v, "player coming", True)
        return True, False


def _player_box_soon(p: PlayerView) -> Box:
    """A slow player's car and the room it may roll into while a vehicle crosses."""
    b = p.box
    return Box(b.x, b.y, p.heading, b.hl * 2 + 2 * PLAYER_ROLL, b.hw * 2 + PLAYER_ROLL)


def _refuse(v: Vehicle, why: str, by_player: bool = False, blocker: int = 0) -> tuple[bool, bool]:
    v.why, v.blocker = why, blocker
    return False, by_player


def _zone_cause(by_player: bool) -> str:
    return "zone_player" if by_player else "zone"
