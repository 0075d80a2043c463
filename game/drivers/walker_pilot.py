"""The walking autopilot: a careful child on foot, the oracle of the walking courses.

It plans a way through the checkpoints on the tile grid (pavement first; the road only
where it must be crossed, at a zebra when there is one, never beside a parked car), walks
it with the same stick a child uses, and at every kerb does what the lesson teaches: stop,
look left-right-left, wait for the green walking figure and for every car to stop or pass,
cross straight, and look again half-way. It judges with the rules' own helpers
(game.rules.walking), so "clean" means clean to the instructor.

With `fault=RULE` it makes exactly that one kind of walking mistake, once; `RULE.VARIANT`
makes one message of it: `ped_kerb.facing` walks beside a road without a pavement with the
cars behind, `ped_zebra.run` runs over, `ped_too_close.unseen` steps out in front of a car
that has not begun to slow.
"""

from __future__ import annotations

import math

from game.course.geometry import (
    Point,
    distance,
    heading_of,
    heading_vector,
    polygon_centroid,
)
from game.course.model import Course
from game.drivers.car_way import WayAcross, way_across
from game.drivers.faults.base import Fault
from game.drivers.step_out import FAULT_WAIT_S, car_coming_close, car_not_slowing
from game.drivers.walk_kerb import CAR_TOP, KERB_GAP, WATCH_M, Kerb
from game.drivers.walk_way import tile_way, verges_of, with_traffic_steps
from game.rules.context import line_geometry
from game.rules.walking import (
    ROAD,
    W,
    crossing_at,
    nearest_crossing,
    road_within,
)
from game.sim.controls import Controls
from game.sim.parked import parked_boxes
from game.sim.signals import DONT_WALK, FLASH, WALK
from game.sim.walker import LOOK_S, WALK_SPEED
from game.sim.world import DT, Player, World

WALK_FAULTS = (
    "ped_kerb",
    "ped_look",
    "ped_zebra",
    "ped_signal",
    "ped_hidden",
    "ped_too_close",
    "ped_kerb.facing",
    "ped_zebra.run",
    "ped_too_close.unseen",
)
STAND_S = 0.7  # s standing still at the kerb before looking
SAFE_MARGIN = 3.0  # s more than the crossing takes, before any car arrives
CAR_ACCEL = 1.5  # m/s² a town car may speed up at, as the careful child fears
QUEUE_M = 10.0  # m: a car standing this near our way, not at a light, is about to go
FACING_M = WALK_SPEED * W.facing_time + 3.0  # m of verge with the cars behind the rule sees
HOLD_M = 3.6  # m back from the kerb the kerb fault waits for a gap (not at it: a stop)
HOLD_NEAR = 2.4  # m: nearer, it walks on (the stop at the kerb decides)
HOLD_S = 90.0  # s the kerb fault waits there at most
RED_LEFT_S = 3.0  # s of red figure left: the signal fault is on the crossing before it is green


class WalkerPilot:
    """A Driver for a walker. One instance walks one player for one drive."""

    def __init__(self, fault: str | None = None, mistake: Fault | None = None) -> None:
        self.fault = fault if fault in WALK_FAULTS else None
        self.mistake = mistake  # told when the mistake is made, for the drive's JSON
        self.points: list[Point] = []
        self.kerbs: dict[int, Kerb] = {}
        self.i = 0
        self.planned = False
        self.phase = "walk"  # walk / stand / look / wait / cross
        self.since = 0.0
        self.press = False
        self.second_look = False
        self.fault_done = False
        self.planned_at: int | None = None  # the kerb where the planned way makes the mistake
        self.go_from: int | None = None  # the kerb the kerb fault walks up to without stopping
        self.held = 0.0  # s the kerb fault has waited back from the kerb
        self.ways: dict[int, WayAcross] = {}  # each kerb's way across, as town cars meet it

    def _made(self) -> None:
        self.fault_done = True
        if self.mistake is not None:
            self.mistake.tried = True

    # -- the Driver protocol ---------------------------------------------------------------
    def controls(self, world: World, player: Player) -> Controls:
        if not self.planned:
            self._plan(world, player)
        if player.progress.finished or self.i >= len(self.points):
            return Controls()
        pos = player.state.pos
        kerb = self.kerbs.get(self.i)
        if kerb is not None and self.phase != "walk":
            return self._at_kerb(world, player, kerb)
        target = self.points[self.i]
        if distance(pos, target) < 0.25:
            if kerb is not None:
                self.phase, self.since = "stand", 0.0
                if self._skip_stop(world, kerb):
                    self.phase, self.second_look = "cross", False
                return Controls()
            self.i += 1
            return self.controls(world, player)
        look = False
        nxt = self.kerbs.get(self.i) or self.kerbs.get(self.i + 1)
        if nxt is not None and self.fault == "ped_kerb" and not self.fault_done:
            # the fault: look while walking up, and step straight off without stopping
            if distance(pos, nxt.stand) < 5.0 and player.gaze and not player.gaze.looking:
                look = player.gaze.last_start < world.t - 3.0
            if self._hold_back(world, pos, nxt):
                return Controls(brake=1.0 if look else 0.0)
        return self._towards(pos, target, look)

    def _hold_back(self, world: World, pos: Point, kerb: Kerb) -> bool:
        """The kerb fault waits a few steps back from the kerb (not at it: that would be a
        stop) until it may walk up and straight off with no car coming."""
        if kerb.index == self.go_from:
            return False
        d = distance(pos, kerb.stand)
        if not HOLD_NEAR <= d <= HOLD_M or road_within(world.course, pos, W.kerb_near + 0.3):
            return False
        self.held += DT
        if self.held > HOLD_S:  # no gap came: cross with care, and say so
            self.fault_done = True
            if self.mistake is not None:
                self.mistake.note = (
                    f"no gap in the traffic came while the walk waited {HOLD_S:.0f} s a few "
                    f"steps back from the kerb"
                )
            return False
        walk_up = d / WALK_SPEED
        if kerb.signal_crossing is not None:
            head = world.town.walk_signal(kerb.signal_crossing)
            if head is not None and (head.state != WALK or head.remaining < walk_up + 3.0):
                return True
        crossing_time = distance(kerb.stand, kerb.far) / WALK_SPEED + 1.0
        if self._blocker(world, kerb, crossing_time, lead=walk_up) is None:
            self.go_from = kerb.index
            return False
        return True

    # -- at a kerb ------------------------------------------------------------------------
    def _skip_stop(self, world: World, kerb: Kerb) -> bool:
        """The kerb fault walks straight on, where that is its only mistake: at lights only
        while the green figure still has time."""
        if self.fault != "ped_kerb" or self.fault_done:
            return False
        if kerb.signal_crossing is not None:
            head = world.town.walk_signal(kerb.signal_crossing)
            if head is not None and (head.state != WALK or head.remaining < 3.0):
                return False
        if not self._traffic_clear(world, kerb, distance(kerb.stand, kerb.far) / WALK_SPEED + 1):
            return False
        self._made()
        return True

    def _at_kerb(self, world: World, player: Player, kerb: Kerb) -> Controls:
        self.since += DT
        gaze = player.gaze
        assert gaze is not None
        pos = player.state.pos
        if self.phase == "stand":
            if self.since >= STAND_S:
                self.phase, self.since = "wait", 0.0
            return Controls()
        if self.phase == "wait":
            skip_look = self.fault == "ped_look" and not self.fault_done
            fresh = world.t - gaze.last_done < W.look_fresh - LOOK_S - 1.0
            if not skip_look and not gaze.looking and not fresh:
                return Controls(brake=1.0)  # look: left, right, left
            if gaze.looking:
                return Controls()
            if self._may_go(world, kerb):
                if skip_look or self.planned_at == kerb.index:
                    self._made()
                self.phase, self.since = "cross", 0.0
                self.second_look = False
            return Controls()
        # crossing: straight over, looking again before the middle
        far = kerb.far
        if distance(pos, far) < 0.25:
            self.phase = "walk"
            self.i += 1
            return Controls()
        look = False
        width = distance(kerb.stand, far)
        gone = distance(kerb.stand, pos)
        if not self.second_look and gone >= KERB_GAP + 0.4 and width >= W.second_lane_width:
            self.second_look = True
            look = True
        run = self.fault == "ped_zebra.run" and self.planned_at == kerb.index
        return self._towards(pos, far, look, run)

    def _may_go(self, world: World, kerb: Kerb) -> bool:
        crossing_time = distance(kerb.stand, kerb.far) / WALK_SPEED + 1.0
        if kerb.signal_crossing is not None:
            head = world.town.walk_signal(kerb.signal_crossing)
            if head is not None:
                if self.fault == "ped_signal" and not self.fault_done:
                    # on the red figure (not about to turn green before we are on the
                    # crossing) or the flashing one, and only when no car is coming
                    red = head.state == DONT_WALK and head.remaining > RED_LEFT_S
                    if (red or head.state == FLASH) and self._traffic_clear(
                        world, kerb, crossing_time
                    ):
                        self._made()
                        return True
                    return False
                if head.state != WALK or head.remaining < 2.0:
                    return False
        if kerb.signal_crossing is None and hidden_by_bus(world, kerb.stand):
            return False  # a bus standing here hides us: wait for it to go
        if self.fault in ("ped_too_close", "ped_too_close.unseen") and not self.fault_done:
            close = self.fault == "ped_too_close"
            if close:
                found = car_coming_close(world, kerb)
            else:
                found = car_not_slowing(world, kerb, self._blocker)
            if found:
                self._made()
                return True
            if self.since < FAULT_WAIT_S:
                return False
            self.fault_done = True  # no such car came: cross with care, and say so
            if self.mistake is not None:
                self.mistake.note = (
                    f"no car came at speed in the lane it steps into while the walk waited "
                    f"{FAULT_WAIT_S:.0f} s at the kerb"
                    if close
                    else f"no car came along without slowing while the walk waited "
                    f"{FAULT_WAIT_S:.0f} s at the kerb"
                )
        clear = self._traffic_clear(world, kerb, crossing_time)
        if clear and self.fault == "ped_zebra.run" and not self.fault_done:
            self._made()
            self.planned_at = kerb.index  # runs over here
        return clear

    def _traffic_clear(self, world: World, kerb: Kerb, crossing_time: float) -> bool:
        """No car will reach the way across before we are over, with a margin."""
        return self._blocker(world, kerb, crossing_time) is None

    def _blocker(
        self,
        world: World,
        kerb: Kerb,
        crossing_time: float,
        skip: object = None,
        lead: float = 0.0,
    ) -> object | None:
        """The first car that could reach the way across before we are over (but `skip`),
        setting off from the kerb `lead` seconds from now."""
        crossing_time += lead
        hx, hy = heading_vector(kerb.heading)
        width = distance(kerb.stand, kerb.far)
        signalled = kerb.signal_crossing is not None
        samples = [
            (d, (kerb.stand[0] + hx * d, kerb.stand[1] + hy * d))
            for d in [k * 0.75 for k in range(int(width / 0.75) + 2)]
        ]
        held = self._held_lines(world, kerb, crossing_time + 1.0)
        # people on this zebra: the cars standing before it wait for them, and for us with them
        crowded = kerb.zebra is not None and any(
            getattr(p, "crossing_id", None) == kerb.zebra for p in world.town.pedestrians
        )
        way = way_across(world.town.traffic.net, kerb, self.ways)
        middle = (kerb.stand[0] + hx * width / 2, kerb.stand[1] + hy * width / 2)
        stopped: list[object] = []  # standing before our way (a red, people crossing, far)
        threats: list[tuple[object, Point]] = []
        for v in world.town.vehicles:
            if v is skip:
                continue
            if abs(v.x - kerb.stand[0]) > WATCH_M or abs(v.y - kerb.stand[1]) > WATCH_M:
                continue
            vx, vy = heading_vector(v.heading)
            speed = max(float(v.speed), 0.0)
            front = (v.x + vx * v.length / 2, v.y + vy * v.length / 2)
            if any(v.lane_id in g.line.lane_ids and g.signed(front) < 0.0 for g in held):
                if speed < 0.3:
                    stopped.append(v)
                continue  # its light is red while our walking figure is green
            inside = []  # (metres across, point, gap) where the car's way meets ours
            for d, p in samples:
                dx, dy = p[0] - v.x, p[1] - v.y
                along = dx * vx + dy * vy
                if abs(-dx * vy + dy * vx) <= v.width / 2 + 1.5 and along >= -v.length / 2 - 1:
                    inside.append((d, p, along - v.length / 2))
            if not inside:
                meets = way.gap(v) if speed >= 0.3 else None  # coming round a corner: by its route
                if meets is not None:
                    out_of_way = min(crossing_time, lead + meets[1] / WALK_SPEED + 1.0)
                    if _time_to_reach(meets[0], speed) < out_of_way + SAFE_MARGIN:
                        threats.append((v, middle))
                continue
            # we are out of its way once past the last of those points
            out_of_way = min(crossing_time, lead + (inside[-1][0] + 0.75) / WALK_SPEED + 1.0)
            for _, p, gap in inside:
                if gap < 1.5 and speed < 0.3 and gap > -v.length:
                    return v  # standing across our way: wait for it to go
                if speed < 0.3 and (signalled or crowded or gap > QUEUE_M):
                    if v not in stopped:
                        stopped.append(v)  # held by its red light or the people crossing
                    continue  # ...or far
                if gap < 0.0 or _time_to_reach(gap, speed) < out_of_way + SAFE_MARGIN:
                    threats.append((v, p))  # it could be here before we are over
                    break
        for v, p in threats:
            if not _queued(v, p, stopped):
                return v
        return None

    @staticmethod
    def _held_lines(world: World, kerb: Kerb, until: float) -> list:
        """The stop lines whose red holds cars back while this crossing's figure is green,
        now and `until` seconds on (the signal fault meets them on green, or turning green
        before it is over)."""
        if kerb.signal_crossing is None:
            return []
        crossing = next(c for c in world.course.crossings if c.id == kerb.signal_crossing)
        return [
            g
            for g in line_geometry(world.course)
            if g.line.signal == crossing.signal
            and g.line.phase == crossing.phase
            and all(
                world.town.light(g.line.signal, g.line.phase, t) == "red"
                for t in (world.t, world.t + until)
            )
        ]

    def _planned_mistake(self, course: Course, edge: Point, on_zebra: bool) -> bool:
        """Does the way planned make the route's mistake at this kerb (off the zebra, or
        beside a parked car)? The first such kerb is where the mistake is made."""
        if self.fault == "ped_zebra":
            return not on_zebra and nearest_crossing(course, edge)[1] <= W.zebra_near
        if self.fault == "ped_hidden":
            return any(b.distance_to(edge) <= W.hidden_near for b in parked_boxes(course))
        return False

    # -- moving ---------------------------------------------------------------------------
    @staticmethod
    def _towards(pos: Point, target: Point, look: bool = False, run: bool = False) -> Controls:
        """The stick towards target (the horn button held: running)."""
        dx, dy = target[0] - pos[0], target[1] - pos[1]
        d = math.hypot(dx, dy)
        if d < 1e-6:
            return Controls(brake=1.0 if look else 0.0)
        pace = 1.0 if d > 0.6 else max(0.35, d / 0.6)
        brake = 1.0 if look else 0.0
        return Controls(throttle=-dy / d * pace, steer=dx / d * pace, brake=brake, horn=run)

    # -- planning -------------------------------------------------------------------------
    def _plan(self, world: World, player: Player) -> None:
        self.planned = True
        if self.mistake is not None and self.mistake.nobody(world):
            self.fault = None  # the town never brings whom the mistake needs: walk with care
        course = world.course
        goals = [polygon_centroid(c.polygon) for c in course.route()]
        goals += [polygon_centroid(f.polygon) for f in course.finishes[:1]]
        cells: list[tuple[int, int]] = [course.cell_of(player.state.pos)]
        # stepping out in front of a car happens off the zebra, where drivers do not slow
        # for children waiting (and a busy zebra's cars never come at speed)
        cheap_road = self.fault == "ped_zebra" or (
            self.fault == "ped_too_close" and bool(course.crossings)
        )
        near_parked = self.fault == "ped_hidden"
        verges = verges_of(course)
        for goal in goals:
            leg = tile_way(
                course,
                cells[-1],
                course.cell_of(goal),
                cheap_road,
                near_parked,
                verges,
                self.fault == "ped_kerb.facing",
            )
            cells += leg[1:]
        t = course.tile_metres
        if self.fault == "ped_kerb.facing" and with_traffic_steps(cells, verges) * t >= FACING_M:
            self._made()  # planned along the verges with the cars behind, long enough
        centres = [((cx + 0.5) * t, (cy + 0.5) * t) for cx, cy in cells]
        points: list[Point] = [player.state.pos]
        for a, b in zip(centres, centres[1:]):
            on_a = course.surface_at(a) in ROAD
            on_b = course.surface_at(b) in ROAD
            if not on_a and on_b:
                h = heading_of(b[0] - a[0], b[1] - a[1])
                hx, hy = heading_vector(h)
                edge = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
                stand = (edge[0] - hx * KERB_GAP, edge[1] - hy * KERB_GAP)
                points.append(stand)
                far = _far_side(course, stand, h)
                crossing = crossing_at(course, (edge[0] + hx, edge[1] + hy), W.zebra_reach)
                signal = crossing.id if crossing is not None and crossing.signal else None
                zebra = crossing.id if crossing is not None else None
                self.kerbs[len(points) - 1] = Kerb(len(points) - 1, stand, far, h, signal, zebra)
                if self.planned_at is None and self._planned_mistake(
                    course, edge, crossing is not None
                ):
                    self.planned_at = len(points) - 1  # made when it steps off there
                points.append(far)
            elif on_a and on_b:
                continue  # straight across, handled by the kerb
            elif on_a and not on_b:
                continue
            else:
                points.append(b)
        if goals:
            points.append(goals[-1])
        self.points = points


def _queued(v, p: Point, stopped: list) -> bool:
    """Is vehicle v behind one of the `stopped` vehicles in its lane, short of p? It cannot
    reach p before that one goes: a queue standing for the people on a zebra or for a red
    light holds up the cars coming up behind it too."""
    vx, vy = heading_vector(v.heading)
    reach = (p[0] - v.x) * vx + (p[1] - v.y) * vy
    for h in stopped:
        if h is v:
            continue
        dx, dy = h.x - v.x, h.y - v.y
        along = dx * vx + dy * vy
        if 0.0 < along < reach and abs(-dx * vy + dy * vx) < v.width / 2 + 0.5:
            return True
    return False


def _time_to_reach(gap: float, speed: float) -> float:
    """Seconds a car needs to cover `gap` if it speeds up (as a car just starting does)."""
    if speed >= CAR_TOP:
        return gap / speed
    to_top = (CAR_TOP - speed) / CAR_ACCEL
    run = speed * to_top + CAR_ACCEL * to_top * to_top / 2
    if gap >= run:
        return to_top + (gap - run) / CAR_TOP
    return (-speed + math.sqrt(speed * speed + 2 * CAR_ACCEL * gap)) / CAR_ACCEL


def hidden_by_bus(world: World, p: Point) -> bool:
    """A bus standing close by, as the rule sees it (W.bus_near, with a margin)."""
    for v in world.town.vehicles:
        if v.kind == "bus" and abs(v.speed) < 0.5 and abs(v.x - p[0]) < 15 and abs(v.y - p[1]) < 15:
            if v.box().distance_to(p) <= W.bus_near + 1.5:
                return True
    return False


def _far_side(course: Course, stand: Point, heading: float) -> Point:
    """Just past the far kerb, straight across from `stand`."""
    hx, hy = heading_vector(heading)
    d = KERB_GAP + 0.05
    while d < 30.0 and course.surface_at((stand[0] + hx * d, stand[1] + hy * d)) in ROAD:
        d += 0.1
    d += KERB_GAP
    return (stand[0] + hx * d, stand[1] + hy * d)
