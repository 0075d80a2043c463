"""Pedestrians: walkers on their routes who wait at the kerb, look, and cross when safe.

A walker never steps in front of a vehicle that could not stop for it: before a crossing
it checks every computer vehicle (which yields when it comfortably can) and every
player's car (which might not). At signalled crossings it also waits for the walking
figure. A player's car brushing past makes it flinch: a visible startle the scoring
engine reads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from game.course.geometry import Point, Polyline, polygon_bounds
from game.course.model import SOLID_SURFACES, Course, Crossing, PedestrianRoute, Surface
from game.sim.idm import braking_distance
from game.sim.roadnet import intervals_inside
from game.sim.scene import PlayerView
from game.sim.shapes import Box
from game.sim.sidestep import STEP_AROUND_S, Bodies, Body, ease, offset_point, way_round
from game.sim.signals import WALK, SignalController, WalkState, walk_state
from game.sim.vehicle import Vehicle

RADIUS = {"child": 0.3, "adult": 0.35, "stroller": 0.45, "dog": 0.3}
SLOWEST_WALK = 0.85  # m/s: signalled crossings give the slowest walker time to clear
VEHICLE_STOP_DECEL = 3.0  # m/s²: a computer car that can stop with this will yield
PLAYER_STOP_DECEL = 4.0  # m/s²: what we trust a child driver to manage
FLINCH_TIME = 1.2
FLINCH_NEAR = 1.5  # metres
FLINCH_FAST = 3.0  # m/s: this fast within FLINCH_NEAR * 2 startles too
MAX_PER_ROUTE = 6
KERB_GAP = 0.6  # m between a waiting walker and the crossing's stripes
KERB_SEARCH = 4.0  # m back from the stripes to look for the pavement's edge
WAIT_SPREAD = 0.55  # m between walkers waiting at the same kerb
MOVING_EDGE = 0.3  # m grown around a moving vehicle and the crossing before they touch
STANDING_EDGE = 0.05  # m: the same for a vehicle standing at the stop line
GO, WAIT, BLOCKED = "go", "wait", "blocked"  # a walker's verdict on stepping out now
COURTESY_S = 1.5  # s a driver waits at a crossing before walkers let it through
PATIENCE_S = 25.0  # s at the kerb after which a walker stops letting drivers go first


@dataclass
class CrossingInfo:
    crossing: Crossing
    box: Box
    clear_time: float  # seconds the slowest walker needs (signalled crossings)


@dataclass
class RouteState:
    route: PedestrianRoute
    crossings: list[tuple[float, float, CrossingInfo]]  # s interval on the route
    interval: float
    next_time: float
    alive: int = 0
    kerbs: list[float] = field(default_factory=list)  # per crossing: s of the kerb's edge


def kerb_edge(course: Course, line, start: float) -> float:
    """Where a walker waits before a crossing starting at `start` along the route: on the
    pavement (a signalled corner's rounded asphalt is road, not a place to stand)."""
    edge = start - KERB_GAP
    s = edge
    while s > max(0.0, start - KERB_SEARCH):
        if course.surface_at(line.position_at(s)) == Surface.SIDEWALK:
            return s
        s -= 0.25
    return edge


@dataclass(eq=False)
class Pedestrian:
    """The agent contract's fields first; the rest is the walker's private state."""

    ident: int
    kind: str
    x: float
    y: float
    heading: float
    speed: float
    radius: float
    crossing_id: int | None = None
    waiting: bool = False
    flinch: float = 0.0
    px: float = 0.0
    py: float = 0.0
    pheading: float = 0.0
    route: int = 0  # index into the crowd's routes
    s: float = 0.0
    pace: float = 1.2  # walking speed
    lateral: float = 0.0  # offset from the route's line, so walkers don't stack
    state: str = "walk"  # walk, look, kerb, cross
    timer: float = 0.0
    next_crossing: int = 0
    cooldown: float = 0.0
    patience: float = 0.0  # seconds at the kerb while allowed to walk
    stand: float = 0.0  # seconds without moving, whatever the reason
    blocked: float = 0.0  # seconds a car's body has stood in its way
    home: float = 0.0  # its own lateral offset, which a detour round a car leaves for a while
    target: float = 0.0  # the lateral offset it is stepping to
    waits_on: int = 0  # the vehicle (minus a player's number) it last waited for, 0: none
    done: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def crossing_box(crossing: Crossing) -> Box:
    """The crossing as an oriented rectangle (its bounding box if it is not one)."""
    poly = crossing.polygon
    if len(poly) == 4:
        (ax, ay), (bx, by), (cx, cy) = poly[0], poly[1], poly[2]
        w = math.hypot(bx - ax, by - ay)
        h = math.hypot(cx - bx, cy - by)
        heading = math.degrees(math.atan2(cx - bx, -(cy - by)))
        mx = sum(p[0] for p in poly) / 4
        my = sum(p[1] for p in poly) / 4
        return Box(mx, my, heading, h, w)
    x0, y0, x1, y1 = polygon_bounds(poly)
    return Box((x0 + x1) / 2, (y0 + y1) / 2, 0.0, y1 - y0, x1 - x0)


class Crowd:
    def __init__(
        self,
        course: Course,
        rng: np.random.Generator,
        density: float,
        controllers: dict[str, SignalController],
    ) -> None:
        self.rng = rng
        self.course = course
        self.controllers = controllers
        # walkers keep to the same side as traffic, so two who meet pass each other;
        # a positive lateral offset is to the left of the walking direction
        self.keep_side = -course.kerb_side
        self.pedestrians: list[Pedestrian] = []
        self.spawned = 0
        self.completed = 0
        self._next_ident = 1
        self.info: dict[int, CrossingInfo] = {}
        for c in sorted(course.crossings, key=lambda c: c.id):
            box = crossing_box(c)
            span = 2 * max(box.hl, box.hw)
            self.info[c.id] = CrossingInfo(c, box, span / SLOWEST_WALK + 1.0)
        self.routes: list[RouteState] = []
        for route in sorted(course.pedestrian_routes, key=lambda r: r.id):
            found = []
            for info in self.info.values():
                for a, b in intervals_inside(route.line, info.crossing.polygon, 0.1):
                    found.append((a, b, info))
            found.sort(key=lambda item: (item[0], item[2].crossing.id))
            interval = route.every / density if density > 0 else math.inf
            start = route.delay if density > 0 else math.inf
            kerbs = [kerb_edge(course, route.line, a) for a, _b, _info in found]
            self.routes.append(RouteState(route, found, max(interval, 1.0), start, 0, kerbs))
        self._courteous: set[int] = set()  # crossings where a driver has waited a while
        self._yield_to: set[int] = set()  # crossings ahead of a driver with a deadlock's pass
        self._may: dict[int, tuple[float, bool]] = {}  # crossing -> (t, may walk then)
        self.crossing_on: dict[int, bool] = {}
        self.crossing_ready: dict[int, bool] = {}

    # -- signals ------------------------------------------------------------------
    def walk_signal(self, crossing_id: int, t: float) -> WalkState | None:
        """The pedestrian head at a signalled crossing, or None at a plain zebra."""
        info = self.info.get(crossing_id)
        if info is None or not info.crossing.signal or not info.crossing.phase:
            return None
        controller = self.controllers.get(info.crossing.signal)
        if controller is None:
            return None
        return walk_state(controller, info.crossing.phase, t, info.clear_time)

    # -- the step -----------------------------------------------------------------
    def step(self, dt: float, t: float, vehicles: list[Vehicle], players: list[PlayerView]) -> None:
        self._spawn(t)
        self._courteous = {
            v.waiting_for
            for v in vehicles
            if v.waiting_for is not None and v.cross_wait > COURTESY_S and not v.red_light
        }
        self._yield_to = {
            c
            for v in vehicles
            if v.pass_until > t
            for c, front, _ in v.crossings_ahead
            if front > -0.5
        }
        gone = []
        room = self._room_ahead()
        bodies = _bodies(vehicles, players)
        for p in self.pedestrians:
            p.px, p.py, p.pheading = p.x, p.y, p.heading
            self._update(p, dt, t, vehicles, players, room.get(p.ident, math.inf), bodies)
            if p.done:
                gone.append(p)
        for p in gone:
            self.pedestrians.remove(p)
            self.routes[p.route].alive -= 1
        on: dict[int, bool] = {}
        ready: dict[int, bool] = {}
        for p in self.pedestrians:
            if p.crossing_id is not None:
                on[p.crossing_id] = True
            elif p.waiting or p.state == "cross":
                rs = self.routes[p.route]
                if p.next_crossing < len(rs.crossings):
                    cid = rs.crossings[p.next_crossing][2].crossing.id
                    # one who has stepped off the kerb counts as on it: a driver who has
                    # taken its junction since must wait for them too
                    (on if p.state == "cross" else ready)[cid] = True
        self.crossing_on, self.crossing_ready = on, ready

    def _spawn(self, t: float) -> None:
        for i, rs in enumerate(self.routes):
            if t < rs.next_time:
                continue
            rs.next_time = t + rs.interval
            if rs.alive >= MAX_PER_ROUTE:
                continue
            if any(q.route == i and q.s < 1.2 for q in self.pedestrians):
                continue  # the last one has not walked off yet
            route = rs.route
            pace = route.speed * (0.9 + 0.2 * float(self.rng.random()))
            lateral = self.keep_side * (0.1 + 0.3 * float(self.rng.random()))
            x, y = route.line.position_at(0.0)
            heading = route.line.heading_at(0.0)
            p = Pedestrian(
                self._next_ident,
                route.kind,
                x,
                y,
                heading,
                0.0,
                RADIUS.get(route.kind, 0.35),
                route=i,
                pace=pace,
                lateral=lateral,
                home=lateral,
                target=lateral,
            )
            self._place(p)
            p.px, p.py, p.pheading = p.x, p.y, p.heading
            self._next_ident += 1
            self.spawned += 1
            rs.alive += 1
            self.pedestrians.append(p)

    def _room_ahead(self) -> dict[int, float]:
        """How far along its route each walker may go before bumping into someone in front
        going its way (side by side is fine): walkers queue on the sidewalk and at the kerb
        instead of walking through each other. Neighbours come from a 2 m grid."""
        grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        for q in self.pedestrians:
            cell = (int(q.x // 2.0), int(q.y // 2.0))
            grid.setdefault(cell, []).append((q.x, q.y, q.heading, q.radius))
        room: dict[int, float] = {}
        for p in self.pedestrians:
            if p.state != "walk":
                continue
            px, py, ph, pr = p.x, p.y, p.heading, p.radius
            rad = math.radians(ph)
            fx, fy = math.sin(rad), -math.cos(rad)
            cx, cy = int(px // 2.0), int(py // 2.0)
            best = math.inf
            for gx in (cx - 1, cx, cx + 1):
                for gy in (cy - 1, cy, cy + 1):
                    for qx, qy, qh, qr in grid.get((gx, gy), ()):
                        if abs((qh - ph + 180.0) % 360.0 - 180.0) > 60.0:
                            continue  # only someone going our way holds us up
                        dx, dy = qx - px, qy - py
                        along = dx * fx + dy * fy
                        if along <= 0.25:
                            continue  # behind, level or ourselves (touching: walk apart)
                        across = abs(dx * fy - dy * fx)
                        need = pr + qr
                        if across < need + 0.05 and along - need - 0.2 < best:
                            best = along - need - 0.2
            if best < math.inf:
                room[p.ident] = p.s + max(0.0, best)
        return room

    def _update(
        self,
        p: Pedestrian,
        dt: float,
        t: float,
        vehicles: list[Vehicle],
        players: list[PlayerView],
        room: float = math.inf,
        bodies: Bodies | None = None,
    ) -> None:
        rs = self.routes[p.route]
        line = rs.route.line
        before, side = p.s, p.lateral
        bodies = bodies or Bodies([])
        self._check_flinch(p, dt, players)
        nxt = rs.crossings[p.next_crossing] if p.next_crossing < len(rs.crossings) else None
        # waiting walkers stand a little apart (one, two or three steps back from the kerb)
        spread = WAIT_SPREAD * (p.ident % 3)
        wait_s = max(0.0, rs.kerbs[p.next_crossing] - p.radius - spread) if nxt else math.inf
        move = 0.0
        if p.target != p.lateral and p.flinch <= 0.0:
            self._sidestep(p, line, dt, bodies)
        if p.flinch > 0.0:
            p.speed = 0.0
        elif p.state == "walk":
            move = min(p.pace * dt, max(0.0, room - p.s))
            move = self._unblocked(p, line, move, dt, bodies, None)
            if nxt and p.s + move >= wait_s:
                move = max(0.0, wait_s - p.s)
                p.state = "look"
                p.timer = 0.6 + 0.8 * float(self.rng.random())
                p.patience = 0.0
        elif p.state in ("look", "kerb"):
            may = self._may_walk(nxt[2], t)
            if may:
                p.patience += dt
            polite = p.patience < PATIENCE_S and self._courtesy(nxt[2], vehicles)
            polite = polite or nxt[2].crossing.id in self._yield_to
            p.waiting = may and not polite
            if p.state == "look":
                p.timer -= dt
                if p.timer <= 0.0:
                    p.state = "kerb"
            elif p.waiting:
                verdict, off = self._safe(p, nxt, vehicles, players, bodies)
                if verdict == BLOCKED:
                    p.waiting = False  # cars stand in the way: wait on the pavement
                elif verdict == GO and abs(off - p.lateral) > 1e-9:
                    p.target = off  # step along the kerb first, to pass behind a car
                elif verdict == GO and p.target == p.lateral:
                    p.state = "cross"
                    p.waiting = False
        elif p.state == "cross":
            move = self._unblocked(p, line, p.pace * dt, dt, bodies, nxt[2] if nxt else None)
        p.s = min(p.s + move, line.length)
        p.speed = move / dt if dt > 0 else 0.0
        if p.state == "cross" and nxt:
            c0, c1, info = nxt
            if p.s + p.radius >= c0 and p.s - p.radius <= c1:
                p.crossing_id = info.crossing.id
            elif p.s - p.radius > c1:
                p.crossing_id = None
                p.state = "walk"
                p.next_crossing += 1
                self.completed += 1
        if p.s >= line.length - 1e-9:
            p.done = True
        if p.s != before or p.lateral != side:
            self._place(p)
        p.stand = p.stand + dt if p.s == before and p.lateral == side else 0.0

    # -- cars in the way ------------------------------------------------------------
    def _unblocked(
        self,
        p: Pedestrian,
        line: Polyline,
        move: float,
        dt: float,
        bodies: Bodies,
        crossing: CrossingInfo | None,
    ) -> float:
        """`move`, or 0 when it would take the walker into a car. Held up by a standing car
        for a while, it chooses a way round; past it, it steps back onto its own line."""
        if move <= 0.0:
            return move
        there = offset_point(line, p.s + move, p.lateral)
        body = bodies.touching((p.x, p.y), there, p.radius)
        if body is None:
            p.blocked = 0.0
            p.waits_on = 0
            if p.target != p.home and p.target == p.lateral:
                self._go_home(p, line, bodies, crossing)
            return move
        p.blocked += dt
        p.waits_on = body.ident
        if p.blocked > STEP_AROUND_S and body.standing and p.target == p.lateral:
            s1 = min(p.s + 2 * body.box.reach + 1.0, line.length)
            off = way_round(
                line, p.s, s1, p.lateral, p.home, p.radius, bodies, self._allowed(crossing)
            )
            if off is not None:
                p.target = off
        return 0.0

    def _go_home(
        self, p: Pedestrian, line: Polyline, bodies: Bodies, crossing: CrossingInfo | None
    ) -> None:
        s1 = min(p.s + 1.5, line.length)
        off = way_round(line, p.s, s1, p.lateral, p.home, p.radius, bodies, self._allowed(crossing))
        if off is not None and abs(off - p.home) < abs(p.lateral - p.home):
            p.target = off

    def _sidestep(self, p: Pedestrian, line: Polyline, dt: float, bodies: Bodies) -> None:
        lateral = ease(p.lateral, p.target, dt)
        there = offset_point(line, p.s, lateral)
        if bodies.touching((p.x, p.y), there, p.radius) is None:
            p.lateral = lateral
        else:
            p.target = p.lateral  # something came in the way: stay, choose again later

    def _allowed(self, crossing: CrossingInfo | None):
        """Where a detour may go: never into a building, and onto the road only inside the
        crossing being crossed."""
        course = self.course

        def ok(pt: Point) -> bool:
            surface = course.surface_at(pt)
            if surface in SOLID_SURFACES:
                return False
            if surface != Surface.ROAD:
                return True
            return crossing is not None and crossing.box.contains(pt)

        return ok

    def _place(self, p: Pedestrian) -> None:
        line = self.routes[p.route].route.line
        x, y = line.position_at(p.s)
        h = line.heading_at(p.s)
        rad = math.radians(h)
        p.x = x - math.cos(rad) * p.lateral
        p.y = y - math.sin(rad) * p.lateral
        p.heading = h

    def _may_walk(self, info: CrossingInfo, t: float) -> bool:
        """The walking figure shows (or there is no signal): asked once per crossing and
        time, however many wait there."""
        cid = info.crossing.id
        known = self._may.get(cid)
        if known is None or known[0] != t:
            state = self.walk_signal(cid, t)
            known = self._may[cid] = (t, state is None or state.state == WALK)
        return known[1]

    def _courtesy(self, info: CrossingInfo, vehicles: list[Vehicle]) -> bool:
        """A driver has waited a while for this crossing: let it go before stepping out."""
        return info.crossing.id in self._courteous

    # -- safety ---------------------------------------------------------------------
    def _safe(
        self,
        p: Pedestrian,
        nxt: tuple[float, float, CrossingInfo],
        vehicles: list[Vehicle],
        players: list[PlayerView],
        bodies: Bodies | None = None,
    ) -> tuple[str, float]:
        """GO (with the lateral offset to cross at) when no vehicle is on the crossing and
        none is coming that could not stop in time; WAIT while one moves on it or comes;
        BLOCKED when cars standing on it leave no way across, not even behind them."""
        c0, c1, info = nxt
        cid = info.crossing.id
        t_cross = (c1 - p.s + p.radius) / max(p.pace, 0.3) + 1.0
        cbox = info.box
        standing = False
        p.waits_on = 0
        for v in vehicles:
            # a moving vehicle within a hand's breadth may be about to roll onto it; one
            # standing at the line is not (it stops for walkers on it, as drivers do)
            edge = STANDING_EDGE if v.speed < 0.2 else MOVING_EDGE
            if abs(v.x - cbox.x) < 12.0 and abs(v.y - cbox.y) < 12.0:
                if v.box().overlaps(cbox, edge):
                    p.waits_on = v.ident
                    if v.speed < 0.2:
                        standing = True  # cross round it, if there is a way
                        continue
                    return WAIT, p.lateral
            for c, front, rear_out in v.crossings_ahead:
                if c != cid:
                    continue
                if front <= edge and rear_out > 0.0:
                    p.waits_on = v.ident
                    if v.speed < 0.2:
                        standing = True
                        continue
                    return WAIT, p.lateral
                if v.held and front < 15.0 and v.speed > 0.5:
                    p.waits_on = v.ident
                    return WAIT, p.lateral  # it is committed to a junction: let it clear first
                if v.speed < 0.2:
                    continue
                slack = front - 1.0 - v.speed * 0.2
                if slack >= braking_distance(v.speed, VEHICLE_STOP_DECEL):
                    continue  # it can stop, and computer drivers do
                if front / v.speed < t_cross:
                    p.waits_on = v.ident
                    return WAIT, p.lateral
        for pl in players:
            if pl.box.overlaps(cbox, STANDING_EDGE if abs(pl.speed) < 0.2 else MOVING_EDGE):
                if abs(pl.speed) < 0.2:
                    standing = True
                    continue
                return WAIT, p.lateral
            speed = abs(pl.speed)
            if speed < 0.3:
                continue
            d = _ray_to_box(pl, cbox)
            if d is None:
                continue
            if d < braking_distance(speed, PLAYER_STOP_DECEL) + 1.5 or d / speed < t_cross:
                return WAIT, p.lateral
        if not standing:
            return GO, p.lateral
        line = self.routes[p.route].route.line
        off = way_round(
            line,
            p.s,
            min(c1 + p.radius + 0.3, line.length),
            p.lateral,
            p.home,
            p.radius,
            bodies or Bodies([]),
            self._allowed(info),
        )
        return (BLOCKED, p.lateral) if off is None else (GO, off)

    def _check_flinch(self, p: Pedestrian, dt: float, players: list[PlayerView]) -> None:
        p.flinch = max(0.0, p.flinch - dt)
        p.cooldown = max(0.0, p.cooldown - dt)
        if p.cooldown > 0.0 or not players:
            return
        exposed = p.state in ("cross", "kerb", "look")
        for pl in players:
            box = pl.box
            far = box.reach + p.radius + FLINCH_NEAR * 2 + 1e-6  # nothing startles from here
            if abs(box.x - p.x) > far or abs(box.y - p.y) > far:
                continue
            d = box.distance_to((p.x, p.y)) - p.radius
            moving = abs(pl.speed) > 0.3
            near = exposed and moving and d < FLINCH_NEAR
            fast = abs(pl.speed) > FLINCH_FAST and d < FLINCH_NEAR * 2
            if near or fast:
                p.flinch = FLINCH_TIME
                p.cooldown = FLINCH_TIME + 1.5
                if p.state == "cross" and p.crossing_id is not None:
                    p.s = max(0.0, p.s - 0.35)  # a step back towards the kerb
                return


def _bodies(vehicles: list[Vehicle], players: list[PlayerView]) -> Bodies:
    """The cars walkers must not walk into this step."""
    out = []
    for v in vehicles:
        on = any(front <= MOVING_EDGE and out > 0.0 for _, front, out in v.crossings_ahead)
        out.append(Body(v.box(), v.speed < 0.2, on, v.ident))
    for number, pl in enumerate(players, 1):
        out.append(Body(pl.box, abs(pl.speed) < 0.2, False, -number))
    return Bodies(out)


def _ray_to_box(pl: PlayerView, box: Box) -> float | None:
    """Distance the car's leading bumper travels before its body reaches the box."""
    b = pl.box
    sign = 1.0 if pl.speed >= 0 else -1.0
    fx, fy = b.fx * sign, b.fy * sign
    start: Point = (b.x + fx * b.hl, b.y + fy * b.hl)
    a0, c0 = box.local(start)
    da = fx * box.fx + fy * box.fy
    dc = -fx * box.fy + fy * box.fx
    ha, hc = box.hl + b.hw, box.hw + b.hw
    t_in, t_out = 0.0, 40.0
    for o, d, h in ((a0, da, ha), (c0, dc, hc)):
        if abs(d) < 1e-9:
            if abs(o) > h:
                return None
            continue
        t1, t2 = (-h - o) / d, (h - o) / d
        if t1 > t2:
            t1, t2 = t2, t1
        t_in, t_out = max(t_in, t1), min(t_out, t2)
        if t_in > t_out:
            return None
    return t_in
