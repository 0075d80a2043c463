"""The moments the walking autopilot's faults step out in front of a car.

`ped_too_close` waits for a car in the lane it steps into that will be inside its stopping
distance yet able to stop short, braking its hardest, when its driver sees the child (a
town driver brakes as the child walks off the kerb; at a zebra, when the child is at its
stripes); `ped_too_close.unseen` for a car a few seconds off that has not begun to slow.
Each foresees where the car will be from its speed and acceleration now.
"""

from __future__ import annotations

from collections.abc import Callable

from game.course.geometry import distance, heading_vector
from game.drivers.walk_kerb import CAR_TOP, KERB_GAP, WATCH_M, Kerb
from game.rules.walking import W, stopping_distance
from game.sim.idm import HARD_DECEL
from game.sim.vehicle import Vehicle
from game.sim.walker import WALK_SPEED
from game.sim.world import World

# the careful walker's own judgement: the first car (but the one given) that could reach
# the way across before the child is over
Blocker = Callable[[World, Kerb, float, Vehicle], object]

STEP_OUT_S = 0.95  # s from standing at the kerb to the road's edge, for the unseen fault
FAULT_WAIT_S = 90.0  # s the too-close faults wait at a kerb for their car, then cross with care
STEP_ON_S = 1.05  # s from standing at the kerb to the road
SEEN_S = 0.3  # s: a town driver sees the child walk off the kerb (a step off the road)
ZEBRA_SEEN_S = 0.85  # s: at a zebra, the child at its stripes (every car stops then)
ZEBRA_NEAR_M = 4.0  # m: a town walker this near a zebra may step onto it any moment
NEAR_LANE = 0.5  # m past the kerb: the car's way the child steps into at once
CLOSE_SPEED = 3.0  # m/s: slower, it is not "at speed"
STOP_SHORT = 1.0  # m a car braking its hardest stops short of the child, at the least


def car_coming_close(world: World, kerb: Kerb) -> bool:
    """The too-close fault waits for a car in the lane it steps into that, when its
    driver sees the child coming and brakes, is inside its stopping distance yet able
    to stop short braking its hardest: a step out the driver must brake hard for, as
    the rule's main message says. Every other car must be able to stop too, or be gone
    by; and at a zebra nobody else may be on it or waiting, or the cars slow anyway."""
    if kerb.zebra is not None and _zebra_busy(world, kerb.zebra):
        return False
    onset = ZEBRA_SEEN_S if kerb.zebra is not None else SEEN_S
    for v in world.town.vehicles:
        speed = float(v.speed)
        if speed < CLOSE_SPEED or v.accel < -1.0 or v.red_light:
            continue
        d, along = _way_in(kerb, v)
        if d is None or d > KERB_GAP + NEAR_LANE:
            continue  # only the lane it steps into
        s1 = min(CAR_TOP, max(0.0, speed + float(v.accel) * onset))
        gap1 = along - v.length / 2 - (speed + s1) / 2 * onset
        if not _hard_stop(s1) + STOP_SHORT < gap1 < stopping_distance(s1) - 1.0:
            continue
        if _others_stop(world, kerb, v):
            return True
    return False


def _others_stop(world: World, kerb: Kerb, car: Vehicle) -> bool:
    """Can every car but `car` stop braking its hardest once its driver sees the child
    (all at once at a zebra, else a second before the child is in its way), or is it
    past before the child gets there?"""
    for v in world.town.vehicles:
        if v is car or v.red_light:
            continue
        speed = max(float(v.speed), 0.0)
        d, along = _way_in(kerb, v)
        if d is None:
            continue
        gap = along - v.length / 2
        if speed < 0.5:
            if -v.length - 1.0 < gap < 1.5:
                return False  # standing across the way
            continue
        reach_s = STEP_ON_S + max(0.0, d - KERB_GAP) / WALK_SPEED
        seen = ZEBRA_SEEN_S if kerb.zebra is not None else max(SEEN_S, reach_s - 1.0)
        if gap - speed * seen > _hard_stop(speed) + STOP_SHORT:
            continue  # it stops short of the child
        if (gap + v.length + 1.0) / speed < reach_s - 0.5:
            continue  # gone past before the child gets there
        return False
    return True


def car_not_slowing(world: World, kerb: Kerb, blocker: Blocker) -> bool:
    """The unseen fault waits for a car that will be a few seconds off, yet beyond its
    stopping distance, when the child steps into its way (the near lane or, half-way,
    the far one), has not begun to slow, and is the only car in the way."""
    hx, hy = heading_vector(kerb.heading)
    width = distance(kerb.stand, kerb.far)
    for v in world.town.vehicles:
        speed = float(v.speed)
        if speed < W.unseen_speed + 0.5 or v.accel < W.slowing or v.braking or v.red_light:
            continue
        vx, vy = heading_vector(v.heading)
        reach = v.width / 2 + W.path_margin
        d = KERB_GAP
        while d < width:
            p = (kerb.stand[0] + hx * d, kerb.stand[1] + hy * d)
            dx, dy = p[0] - v.x, p[1] - v.y
            if abs(-dx * vy + dy * vx) <= reach:
                break
            d += 0.1
        if d >= width:
            continue
        along = dx * vx + dy * vy
        when = STEP_OUT_S + max(0.0, d - KERB_GAP - 0.4) / WALK_SPEED
        accel = max(0.0, float(v.accel))
        then = min(CAR_TOP, speed + accel * when)  # a car pulling away keeps speeding up
        gap = along - v.length / 2 - (speed + then) / 2 * when
        if not stopping_distance(then) + 3.0 < gap < then * W.unseen_s - 3.0:
            continue
        crossing_time = width / WALK_SPEED + 1.0
        if blocker(world, kerb, crossing_time, v) is None:
            return True
    return False


def _zebra_busy(world: World, zebra: int) -> bool:
    """Someone on the zebra, waiting at it or coming up to it (for whom cars slow too)."""
    crowd = world.town.crowd
    if crowd.crossing_on.get(zebra) or crowd.crossing_ready.get(zebra):
        return True
    box = crowd.info[zebra].box
    return any(box.distance_to((p.x, p.y)) < ZEBRA_NEAR_M for p in world.town.pedestrians)


def _way_in(kerb: Kerb, v: Vehicle) -> tuple[float | None, float]:
    """How far from the kerb's stand point the way across enters vehicle v's way, and how
    far ahead of v that is (None: never, or behind it, or far off)."""
    if abs(v.x - kerb.stand[0]) > WATCH_M or abs(v.y - kerb.stand[1]) > WATCH_M:
        return None, 0.0
    hx, hy = heading_vector(kerb.heading)
    vx, vy = heading_vector(v.heading)
    reach = v.width / 2 + W.path_margin
    width = distance(kerb.stand, kerb.far)
    d = KERB_GAP
    while d < width:
        dx = kerb.stand[0] + hx * d - v.x
        dy = kerb.stand[1] + hy * d - v.y
        if abs(-dx * vy + dy * vx) <= reach:
            along = dx * vx + dy * vy
            return (d, along) if along > -v.length else (None, along)
        d += 0.1
    return None, 0.0


def _hard_stop(speed: float) -> float:
    """Metres a town car needs to stop braking its hardest (no time to react: it brakes
    the moment the child is on its way)."""
    return speed * speed / (2.0 * HARD_DECEL)
