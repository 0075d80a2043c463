"""What the walking rules share: where the child on foot is, and each road crossing.

Computed once per step for every walker (the first rule to ask does it) so the six
walking rules stay small and judge the same facts: whether the walker stepped onto the
road this step, when it last stood still at the kerb, the crossing in progress (where it
began, how wide the road is that way, whether it looked again half-way), and which
crossing (zebra) it is on. The walking autopilot uses the same helpers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.course.geometry import (
    Point,
    angle_diff,
    heading_vector,
    point_in_polygon,
    polygon_bounds,
)
from game.course.model import Course, Crossing, Surface
from game.rules.context import CarView, Context, polygon_distance
from game.sim.parked import parked_boxes
from game.sim.walker import Gaze

ROAD = frozenset({Surface.ROAD, Surface.CROSSING})


@dataclass(frozen=True)
class WalkThresholds:
    """Every number the walking rules judge by."""

    still_speed: float = 0.15  # m/s: standing still
    kerb_near: float = 1.5  # m from the road: standing at the kerb
    kerb_stand: float = 0.5  # s standing at the kerb: a stop
    kerb_fresh: float = 12.0  # s: a stop at the kerb counts this long
    look_fresh: float = 8.0  # s: a look counts this long before stepping off
    look_left_right: float = 1.45  # s into a look: left, right and left again seen
    second_lane_width: float = 4.5  # m of road: wide enough for a second lane
    zebra_near: float = 50.0  # m: a crossing this near must be used
    zebra_reach: float = 3.2  # m past a zebra's ends that still count as on it (junction corners)
    straight_deg: float = 40.0  # degrees off straight across
    straight_time: float = 1.0  # s walking askew before it counts
    hidden_near: float = 2.5  # m from a parked vehicle: hidden from drivers
    bus_near: float = 3.0  # m from a standing bus
    stand_on_road: float = 4.0  # s standing still on the road (not waiting to cross)
    reaction: float = 0.75  # s a driver needs to react
    car_decel: float = 3.0  # m/s²: a comfortable stop, like the amber light's
    hard_brake: float = 4.0  # m/s²: a car braking harder than this had to stop short
    hard_reach: float = 15.0  # m: a car braking hard this near the child stops for it
    step_ahead: float = 1.0  # m: the road this near ahead of a walking child: stepping out
    step_out_s: float = 1.0  # s from a car too close for the step out to the step onto the road
    path_margin: float = 0.8  # m beside a car's body that is still in its way
    run_speed: float = 2.2  # m/s: faster than any walk is running
    run_time: float = 0.4  # s running on the road before it counts
    unseen_s: float = 4.0  # s away: a car this near that has not begun to slow may not stop
    unseen_speed: float = 5.0  # m/s: slower (turning a corner, pulling away) its driver is looking
    slowing: float = -0.4  # m/s²: a car braking harder than this has begun to stop
    verge: float = 3.0  # m from the road's edge: walking beside the road
    pavement_near: float = 4.0  # m: a pavement this near is where to walk
    along_deg: float = 35.0  # degrees off the road's direction: walking along it
    facing_time: float = 2.0  # s walking with the traffic behind before it counts


W = WalkThresholds()


@dataclass
class Trip:
    """One crossing of the road, from the step off the kerb to the far side."""

    t: float
    start: Point
    heading: float  # straight across the road
    width: float  # metres of road that way
    crossing: Crossing | None  # the zebra it started on
    looked_again: bool = False  # a look begun after stepping off
    half_way: bool = False  # passed the middle (the second lane)
    askew: float = 0.0  # seconds walked not straight across
    ran: float = 0.0  # seconds run on the road

    def along(self, p: Point) -> float:
        hx, hy = heading_vector(self.heading)
        return (p[0] - self.start[0]) * hx + (p[1] - self.start[1]) * hy


@dataclass
class WalkView:
    """One walker this step."""

    car: CarView
    gaze: Gaze
    on_road: bool
    stepped_on: bool  # left the pavement for the road this step
    stepped_off: bool  # back on the pavement this step (a trip ended)
    crossing: Crossing | None  # the crossing (zebra) it is on
    trip: Trip | None  # the crossing of the road in progress (or just ended)
    kerb_stop: float  # last time it stood still at the kerb (-inf: never)
    still_on_road: float  # seconds standing still on the road

    @property
    def number(self) -> int:
        return self.car.number


@dataclass
class _Memory:
    on_road: bool = False
    stand: float = 0.0
    kerb_stop: float = -math.inf
    still_on_road: float = 0.0
    trip: Trip | None = None
    seen: dict[str, object] = field(default_factory=dict)


def walkers(ctx: Context) -> list[WalkView]:
    """Every walking player this step (none on a driving course)."""
    cache = ctx.__dict__.setdefault("_walk", {"step": -1, "views": [], "memory": {}})
    if cache["step"] == ctx.step:
        return cache["views"]
    views = []
    for player in ctx.world.players:
        car = ctx.cars.get(player.number)
        if player.gaze is None or car is None:
            continue
        mem = cache["memory"].setdefault(player.number, _Memory())
        views.append(_view(ctx, car, player.gaze, mem))
    cache["step"] = ctx.step
    cache["views"] = views
    return views


def _view(ctx: Context, car: CarView, gaze: Gaze, mem: _Memory) -> WalkView:
    course = ctx.course
    dt = 1.0 / 60.0
    pos = car.pos
    on_road = course.surface_at(pos) in ROAD
    stepped_on = on_road and not mem.on_road
    stepped_off = mem.on_road and not on_road
    still = abs(car.speed) < W.still_speed
    if not on_road and still and road_within(course, pos, W.kerb_near):
        mem.stand += dt
        if mem.stand >= W.kerb_stand - 1e-9:
            mem.kerb_stop = ctx.t
    else:
        mem.stand = 0.0
    mem.still_on_road = mem.still_on_road + dt if on_road and still else 0.0
    crossing = crossing_at(course, pos, W.zebra_reach)
    if stepped_on:
        across = across_heading(ctx, pos, car.heading, crossing)
        mem.trip = Trip(ctx.t, pos, across, road_width(course, pos, across), crossing)
    trip = mem.trip
    if trip is not None and on_road:
        if gaze.last_start > trip.t:
            trip.looked_again = True
        if not trip.half_way and trip.along(pos) >= trip.width / 2:
            trip.half_way = True
        moving = abs(car.speed) > W.still_speed
        if moving and angle_diff(car.heading, trip.heading) > W.straight_deg:
            trip.askew += dt
        if car.speed > W.run_speed:
            trip.ran += dt
    view = WalkView(
        car,
        gaze,
        on_road,
        stepped_on,
        stepped_off,
        crossing,
        trip,
        mem.kerb_stop,
        mem.still_on_road,
    )
    if stepped_off:
        mem.trip = None
    mem.on_road = on_road
    return view


def road_within(course: Course, p: Point, reach: float) -> bool:
    """Is there road within `reach` metres (in eight directions)?"""
    for k in range(8):
        hx, hy = heading_vector(k * 45.0)
        for f in (0.5, 1.0):
            q = (p[0] + hx * reach * f, p[1] + hy * reach * f)
            if course.surface_at(q) in ROAD:
                return True
    return False


def crossing_at(course: Course, p: Point, reach: float = 0.0) -> Crossing | None:
    """The crossing under p, or up to `reach` beyond either end of its stripes: at a
    junction the zebra starts past the rounded corner, so the first step off the kerb
    there is onto the road just before it."""
    for crossing in course.crossings:
        if point_in_polygon(p, crossing.polygon):
            return crossing
    if reach > 0.0:
        for crossing in course.crossings:
            x0, y0, x1, y1 = polygon_bounds(crossing.polygon)
            if x1 - x0 >= y1 - y0:  # people walk along its longer side
                if y0 <= p[1] <= y1 and x0 - reach <= p[0] <= x1 + reach:
                    return crossing
            elif x0 <= p[0] <= x1 and y0 - reach <= p[1] <= y1 + reach:
                return crossing
    return None


def nearest_crossing(course: Course, p: Point) -> tuple[Crossing | None, float]:
    best, gap = None, math.inf
    for crossing in course.crossings:
        d = polygon_distance(p, crossing.polygon)
        if d < gap:
            best, gap = crossing, d
    return best, gap


def across_heading(
    ctx: Context, p: Point, heading: float, crossing: Crossing | None = None
) -> float:
    """Straight across the road here, the way the walker goes: along a zebra's stripes
    (its longer side), else square to the nearest lane."""
    if crossing is not None:
        x0, y0, x1, y1 = polygon_bounds(crossing.polygon)
        a = 90.0 if x1 - x0 >= y1 - y0 else 0.0
    else:
        cands = ctx.lanes.candidates(p, heading, 6.0)
        if not cands:
            return heading
        a = (cands[0].heading + 90.0) % 360.0
    b = (a + 180.0) % 360.0
    return a if angle_diff(a, heading) <= angle_diff(b, heading) else b


def road_width(course: Course, p: Point, heading: float, most: float = 20.0) -> float:
    """Metres of road from p going `heading` (to the far kerb)."""
    hx, hy = heading_vector(heading)
    d = 0.0
    while d < most:
        q = (p[0] + hx * (d + 0.25), p[1] + hy * (d + 0.25))
        if course.surface_at(q) not in ROAD:
            break
        d += 0.25
    return d


def hidden_by(ctx: Context, p: Point, signalled: bool = False) -> str | None:
    """'parked' or 'bus' when a parked vehicle or a standing bus hides p from drivers.

    On a crossing with lights a bus standing at its red is no danger: the walking figure
    is green for the child exactly while the bus must wait."""
    for box in parked_boxes(ctx.course):
        if box.distance_to(p) <= W.hidden_near:
            return "parked"
    if signalled:
        return None
    for v in ctx.vehicles():
        if getattr(v, "kind", "") == "bus" and abs(v.speed) < 0.5:
            if (
                abs(v.x - p[0]) < 12.0
                and abs(v.y - p[1]) < 12.0
                and v.box().distance_to(p) <= W.bus_near
            ):
                return "bus"
    return None


def looked(gaze: Gaze, t: float) -> bool:
    """Left, right and left again, recently: a look just done or nearly done."""
    if gaze.started is not None and t - gaze.started >= W.look_left_right:
        return True
    return t - gaze.last_done <= W.look_fresh


def stopping_distance(speed: float) -> float:
    """What a driver at this speed needs to stop comfortably, reaction included."""
    return speed * W.reaction + speed * speed / (2.0 * W.car_decel)


def cars_too_close(ctx: Context, p: Point) -> list[object]:
    """Moving vehicles that have p in their way, nearer than they could stop; or braking
    hard, a few metres off: a town driver sees a child coming a step before the child is
    on the road and brakes, so its speed by then no longer shows how close it was."""
    out = []
    for v in ctx.vehicles():
        speed = float(v.speed)
        hard = float(getattr(v, "accel", 0.0)) < -W.hard_brake
        if speed < (0.5 if hard else 1.0) or abs(v.x - p[0]) > 40.0 or abs(v.y - p[1]) > 40.0:
            continue
        hx, hy = heading_vector(v.heading)
        dx, dy = p[0] - v.x, p[1] - v.y
        along = dx * hx + dy * hy
        lateral = abs(-dx * hy + dy * hx)
        if lateral > v.width / 2 + W.path_margin or along <= 0.0:
            continue
        gap = along - v.length / 2
        if gap < stopping_distance(speed) or (hard and gap < W.hard_reach):
            out.append(v)
    return out


def unseen_cars(ctx: Context, p: Point, before: Point | None) -> list[object]:
    """Moving cars whose way the walker has just stepped into (p in it, `before` not) that
    have not begun to slow and are a few seconds away: a driver who has not seen the child
    does not stop. Cars held by their red light are left out: they will stop. `before`
    None: the child has just stepped onto the road (out of a parking strip or a verge
    already beside the car's way): that step is the step into its way."""
    out = []
    for v in ctx.vehicles():
        speed = float(v.speed)
        if speed < W.unseen_speed or abs(v.x - p[0]) > 45.0 or abs(v.y - p[1]) > 45.0:
            continue
        if float(getattr(v, "accel", 0.0)) < W.slowing or getattr(v, "braking", False):
            continue
        if getattr(v, "red_light", False):
            continue
        hx, hy = heading_vector(v.heading)
        reach = v.width / 2 + W.path_margin
        dx, dy = p[0] - v.x, p[1] - v.y
        along = dx * hx + dy * hy
        if abs(-dx * hy + dy * hx) > reach or along <= 0.0:
            continue
        if before is not None and abs(-(before[0] - v.x) * hy + (before[1] - v.y) * hx) <= reach:
            continue  # already in its way: the step into it was judged then
        if along - v.length / 2 < speed * W.unseen_s:
            out.append(v)
    return out


def pavement_within(course: Course, p: Point, reach: float) -> bool:
    """Is there pavement within `reach` metres (in eight directions)?"""
    for k in range(8):
        hx, hy = heading_vector(k * 45.0)
        for f in (0.5, 1.0):
            q = (p[0] + hx * reach * f, p[1] + hy * reach * f)
            if course.surface_at(q) == Surface.SIDEWALK:
                return True
    return False


def along_lane(ctx: Context, w: WalkView) -> bool | None:
    """Walking beside a road with no pavement: True facing its traffic (the nearest lane
    comes towards the child), False with the traffic behind; None anywhere else (on a
    pavement, crossing, standing, away from roads)."""
    car = w.car
    if w.on_road or abs(car.speed) < 0.5:
        return None
    course = ctx.course
    pos = car.pos
    if course.surface_at(pos) == Surface.SIDEWALK:
        return None
    if not road_within(course, pos, W.verge) or pavement_within(course, pos, W.pavement_near):
        return None
    cands = ctx.lanes.candidates(pos, car.heading, W.verge + 4.0)
    if not cands or ctx.lanes.in_junction(pos):
        return None
    diff = cands[0].heading_diff
    if diff <= W.along_deg:
        return False
    if diff >= 180.0 - W.along_deg:
        return True
    return None
