"""How the car feels, in numbers anyone can rerun: how far it coasts when the pedal is
released, and how fast it can take the shipped courses' corners without a wheel leaving
the road. `python -m game.tools.car_feel` prints them (docs/car.md quotes them).

The corner test puts the car on the straight lane before each turn of a shipped course, at
a steady speed, and steers it along the lanes with a careful pure-pursuit driver (the car's
limits, not a child's skill, are what is measured). A corner is taken at a speed when no
wheel touches anything but road for the whole turn.

The car before its tuning for children: `--coast-decel 0.5 --lateral 3.0`.
"""

from __future__ import annotations

import argparse
import math
import statistics
from dataclasses import dataclass, replace
from pathlib import Path

from game.course.geometry import Point, Polyline, heading_vector, signed_angle
from game.course.lanes import LaneMap
from game.course.loader import load_course
from game.course.model import DRIVABLE_SURFACES, Course
from game.sim.car import CarSpec, CarState, step_car
from game.sim.controls import Controls
from game.sim.world import DT

MAPS = Path(__file__).resolve().parent.parent.parent / "maps"
WHEEL_INSET = 0.15
SPEEDS_KMH = tuple(range(6, 41))


def coast_distance(spec: CarSpec, kmh: float) -> float:
    """Metres rolled from `kmh` with both pedals released, until the car stands."""
    state = CarState(0.0, 0.0, 90.0, kmh / 3.6)
    steps = 0
    while state.speed > 0.0 and steps < 60 * 120:
        state = step_car(state, Controls(), spec, DT, lambda _p: None).state
        steps += 1
    return state.x


@dataclass(frozen=True)
class Corner:
    course: str
    lane: int
    turn: float  # degrees, + right
    radius: float  # metres, the lane's own
    path: Polyline


def corners(course: Course) -> list[Corner]:
    """Every turning lane (60° or more) with the lane before it and the one after."""
    lanes = LaneMap(course)
    by_id = {lane.id: lane for lane in course.lanes}
    out = []
    seen = set()
    for lane_id, info in lanes.info.items():
        if abs(info.turn) < 60.0 or info.ring or info.ring_exit:
            continue
        lane = info.lane
        if not lane.prev_ids or not lane.next_ids:
            continue
        before = by_id[lane.prev_ids[0]].line
        after = by_id[lane.next_ids[0]].line
        if before.length < 8.0 or after.length < 6.0:
            continue
        pts = [p for p in before.points if before.local(p)[0] >= before.length - 12.0]
        pts += list(lane.line.points) + list(after.points)
        clean = [pts[0]]
        for p in pts[1:]:
            if math.dist(p, clean[-1]) > 0.05:
                clean.append(p)
        radius = lane.line.length / math.radians(abs(info.turn))
        shape = (round(radius, 1), round(info.turn), before.length > 12.0)
        if shape in seen:
            continue  # the same corner again (a town repeats its junctions)
        seen.add(shape)
        out.append(Corner(course.path, lane_id, info.turn, radius, Polyline(clean)))
    return out


def _wheels(state: CarState, spec: CarSpec) -> list[Point]:
    fx, fy = heading_vector(state.heading)
    rx, ry = -fy, fx
    hb, ht = spec.wheelbase / 2, spec.width / 2 - WHEEL_INSET
    return [
        (state.x + fx * a + rx * s, state.y + fy * a + ry * s) for a in (hb, -hb) for s in (-ht, ht)
    ]


def takes_corner(course: Course, corner: Corner, spec: CarSpec, kmh: float) -> bool:
    """The car, held at `kmh` and steered along the lanes, keeps its wheels on the road."""
    path = corner.path
    v = kmh / 3.6
    x, y = path.points[0]
    state = CarState(x, y, path.start_heading, v)
    s = 0.0
    end = path.length - 4.0
    for _ in range(int(60 * (path.length / max(v, 0.5) + 5))):
        s, _lat = path.local(state.pos)
        if s >= end:
            return True
        look = min(max(1.2 + 0.45 * v, 2.2), 5.0)
        tx, ty = path.position_at(s + look)
        hx, hy = heading_vector(state.heading)
        rx, ry = state.x - hx * spec.wheelbase / 2, state.y - hy * spec.wheelbase / 2
        dx, dy = tx - rx, ty - ry
        alpha = math.radians(signed_angle(state.heading, math.degrees(math.atan2(dx, -dy)) % 360))
        delta = math.atan2(2 * spec.wheelbase * math.sin(alpha), math.hypot(dx, dy))
        limit = min(spec.max_steer, math.atan(spec.max_lateral_accel * spec.wheelbase / (v * v)))
        steer = max(-1.0, min(1.0, delta / limit))
        state = step_car(state, Controls(steer=steer), spec, DT, lambda _p: None).state
        state = replace(state, speed=v)
        if any(course.surface_at(w) not in DRIVABLE_SURFACES for w in _wheels(state, spec)):
            return False
    return False


def corner_speed(course: Course, corner: Corner, spec: CarSpec) -> float:
    """The highest whole km/h (of SPEEDS_KMH) at which the corner is taken; 0 if none.

    A bisection: a corner taken at some speed is taken at every lower one."""
    lo, hi = 0, len(SPEEDS_KMH)
    while lo < hi:
        mid = (lo + hi) // 2
        if takes_corner(course, corner, spec, SPEEDS_KMH[mid]):
            lo = mid + 1
        else:
            hi = mid
    return float(SPEEDS_KMH[lo - 1]) if lo else 0.0


def report(spec: CarSpec, maps: list[Path]) -> dict[str, float]:
    speeds = []
    for path in maps:
        course = load_course(path)
        speeds += [corner_speed(course, c, spec) for c in corners(course)]
    return {
        "coast_m_from_20kmh": round(coast_distance(spec, 20.0), 1),
        "coast_m_from_30kmh": round(coast_distance(spec, 30.0), 1),
        "corners": len(speeds),
        "corner_kmh_min": min(speeds) if speeds else 0.0,
        "corner_kmh_median": statistics.median(speeds) if speeds else 0.0,
        "corners_at_20kmh_pct": round(100 * sum(v >= 20 for v in speeds) / max(1, len(speeds))),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("maps", nargs="*", type=Path, help=".tmx courses (default: shipped)")
    parser.add_argument("--coast-decel", type=float, default=None, help="m/s^2 off the pedal")
    parser.add_argument("--lateral", type=float, default=None, help="max sideways m/s^2")
    args = parser.parse_args(argv)
    maps = args.maps or sorted(p for p in MAPS.glob("*.tmx") if p.stem != "template")
    spec = CarSpec()
    if args.coast_decel is not None:
        spec = replace(spec, coast_decel=args.coast_decel)
    if args.lateral is not None:
        spec = replace(spec, max_lateral_accel=args.lateral)
    for key, value in report(spec, maps).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
