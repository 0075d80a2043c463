"""What every rule needs to know about this step, computed once and shared.

Rules stay small because the geometry lives here: where each car's front bumper is, which
lane it is on, which stop lines and crossings it passed this step, what the lights show and
who is near. The autopilot uses the same helpers, so it judges situations exactly as the
instructor does.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from game.course.geometry import (
    Point,
    angle_diff,
    distance,
    heading_vector,
    point_in_polygon,
    polygon_centroid,
    segments_intersect,
)
from game.course.lanes import LANE_HALF_WIDTH, LaneMap, LanePos
from game.course.model import Course, Crossing, StopLine
from game.rules.thresholds import T
from game.sim.world import DT, Player, World

Event = dict[str, Any]


def lane_map(course: Course) -> LaneMap:
    """One LaneMap per course, built on first use (rules and drivers share it)."""
    cached = course.__dict__.get("_lane_map")
    if cached is None:
        cached = LaneMap(course)
        course.__dict__["_lane_map"] = cached
    return cached


@dataclass(frozen=True)
class LineGeo:
    """A stop line in the frame of the traffic that crosses it."""

    line: StopLine
    mid: Point
    normal: Point  # unit vector, the direction of travel across the line
    along: Point  # unit vector along the line
    half: float  # half the line's length
    heading: float  # heading of travel across the line

    def signed(self, p: Point) -> float:
        """Metres past the line (negative: still before it)."""
        return (p[0] - self.mid[0]) * self.normal[0] + (p[1] - self.mid[1]) * self.normal[1]

    def beside(self, p: Point, reach: float = T.line_reach) -> bool:
        """Within the line's width (plus `reach`) measured along it."""
        off = (p[0] - self.mid[0]) * self.along[0] + (p[1] - self.mid[1]) * self.along[1]
        return abs(off) <= self.half + reach

    def approach(self, front: Point, heading: float, watch: float) -> float | None:
        """Distance from a front bumper to the line, if it is coming towards it on its lane."""
        if angle_diff(heading, self.heading) >= 60.0 or not self.beside(front):
            return None
        d = -self.signed(front)
        return d if -0.5 <= d <= watch else None


def line_geometry(course: Course) -> list[LineGeo]:
    """Stop lines oriented by the lane that crosses them; lines no lane crosses are skipped."""
    cached = course.__dict__.get("_line_geo")
    if cached is not None:
        return cached
    out = []
    for line in course.stop_lines:
        if not line.lane_ids:
            continue
        lane = course.lane_by_id(line.lane_ids[0])
        mid = ((line.a[0] + line.b[0]) / 2, (line.a[1] + line.b[1]) / 2)
        s, _ = lane.line.local(mid)
        heading = lane.line.heading_at(s)
        normal = heading_vector(heading)
        length = distance(line.a, line.b)
        along = (
            ((line.b[0] - line.a[0]) / length, (line.b[1] - line.a[1]) / length)
            if length > 1e-9
            else (-normal[1], normal[0])
        )
        half = length / 2
        if half < LANE_HALF_WIDTH:
            # a line shorter than its lane still stops the whole lane: a car keeping to
            # the kerb must not slip past its end unseen
            cx, cy = lane.line.position_at(s)
            off = (cx - mid[0]) * along[0] + (cy - mid[1]) * along[1]
            mid = (mid[0] + along[0] * off, mid[1] + along[1] * off)
            half = LANE_HALF_WIDTH
        out.append(LineGeo(line, mid, normal, along, half, heading))
    course.__dict__["_line_geo"] = out
    return out


def front_of(x: float, y: float, heading: float, length: float) -> Point:
    fx, fy = heading_vector(heading)
    return (x + fx * length / 2, y + fy * length / 2)


def polygon_distance(p: Point, poly: tuple[Point, ...]) -> float:
    """Distance from a point to a polygon (0 inside)."""
    if point_in_polygon(p, poly):
        return 0.0
    best = math.inf
    px, py = p
    bx, by = poly[0]
    for i in range(len(poly) - 1, -1, -1):  # each edge (poly[i], poly[i + 1]), wrapping
        ax, ay = poly[i]
        dx, dy = bx - ax, by - ay
        l2 = dx * dx + dy * dy
        t = 0.0
        if l2 != 0:
            t = ((px - ax) * dx + (py - ay) * dy) / l2
            t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
        d = math.hypot(px - ax - dx * t, py - ay - dy * t)
        if d < best:
            best = d
        bx, by = ax, ay
    return best


def beyond(p: Point, bounds: tuple[float, float, float, float], reach: float) -> bool:
    """Further than `reach` from a box (so from anything inside it), with a hair to spare."""
    x0, y0, x1, y1 = bounds
    reach += 1e-6
    return p[0] < x0 - reach or p[0] > x1 + reach or p[1] < y0 - reach or p[1] > y1 + reach


def _enters(prev: Point, now: Point, crossing: Crossing) -> bool:
    """Did the front bumper enter the crossing this step? Swept, not sampled: a fast car
    over a crossing narrower than one step's travel still enters it."""
    poly = crossing.polygon
    if point_in_polygon(prev, poly):
        return False
    if point_in_polygon(now, poly):
        return True
    if beyond(now, crossing.bounds, distance(prev, now)):
        return False
    n = len(poly)
    return any(segments_intersect(prev, now, poly[i], poly[(i + 1) % n]) for i in range(n))


def pedestrian_on(crossing: Crossing, ped: Any) -> bool:
    if getattr(ped, "crossing_id", None) == crossing.id:
        return True
    p = (ped.x, ped.y)
    return not beyond(p, crossing.bounds, 0.0) and point_in_polygon(p, crossing.polygon)


def pedestrian_about_to_step(
    crossing: Crossing,
    ped: Any,
    kerb: float = T.ped_kerb_distance,
    step_time: float = T.ped_step_time,
) -> bool:
    """Waiting at this crossing's kerb, or walking onto it within `step_time`."""
    waiting = getattr(ped, "waiting", False)
    speed = float(getattr(ped, "speed", 0.0))
    walking = speed > 0.05
    if not (waiting or walking):
        return False
    p = (ped.x, ped.y)
    reach = max(kerb if waiting else 0.0, speed * step_time + 0.3 if walking else 0.0)
    if beyond(p, crossing.bounds, reach):
        return False
    near = polygon_distance(p, crossing.polygon)
    if waiting and near <= kerb:
        return True
    if walking and near <= speed * step_time + 0.3:
        vx, vy = heading_vector(float(getattr(ped, "heading", 0.0)))
        for k in (0.25, 0.5, 0.75, 1.0):
            ahead = (p[0] + vx * speed * step_time * k, p[1] + vy * speed * step_time * k)
            if point_in_polygon(ahead, crossing.polygon):
                return True
    return False


def crossing_busy(
    crossing: Crossing,
    pedestrians: Iterable[Any],
    kerb: float = T.ped_kerb_distance,
    step_time: float = T.ped_step_time,
) -> bool:
    """A pedestrian is on the crossing or about to step on it: cars must not enter.

    Drivers pass a wider kerb and a longer step time than the rule, to keep a margin.
    Someone further from its bounds than either test could reach is skipped first."""
    x0, y0, x1, y1 = crossing.bounds
    for p in pedestrians:
        if getattr(p, "crossing_id", None) != crossing.id:
            speed = float(getattr(p, "speed", 0.0))
            reach = max(kerb, speed * step_time + 0.3) + 1e-6  # as far as `beyond` looks
            if p.x < x0 - reach or p.x > x1 + reach or p.y < y0 - reach or p.y > y1 + reach:
                continue
        if pedestrian_on(crossing, p) or pedestrian_about_to_step(crossing, p, kerb, step_time):
            return True
    return False


class NearCrossing(NamedTuple):
    """A walker close to a crossing, judged with the rule's kerb and step time."""

    walker: Any
    on: bool  # on the crossing
    about: bool  # about to step on it: waiting at its kerb, or walking onto it


def _walkers_by_crossing(crossings: Iterable[Crossing], walkers: list[Any]) -> dict[int, list]:
    """Crossing id -> the walkers that could be on it or about to step on it, judged.

    Only walkers on it by their own word or within reach of its bounds can be: the
    rest are skipped before the exact (slower) tests."""
    fastest = max((float(getattr(p, "speed", 0.0)) for p in walkers), default=0.0)
    reach = max(T.ped_kerb_distance, fastest * T.ped_step_time + 0.3) + 1e-6  # as beyond
    spots = [(p, p.x, p.y, getattr(p, "crossing_id", None)) for p in walkers]
    out: dict[int, list[NearCrossing]] = {}
    for crossing in crossings:
        cid = crossing.id
        x0, y0, x1, y1 = crossing.bounds
        x0, y0, x1, y1 = x0 - reach, y0 - reach, x1 + reach, y1 + reach
        out[cid] = [
            NearCrossing(p, pedestrian_on(crossing, p), pedestrian_about_to_step(crossing, p))
            for p, x, y, on in spots
            if on == cid or (x0 <= x <= x1 and y0 <= y <= y1)
        ]
    return out


@dataclass
class CarView:
    """One player's car this step, in the terms rules use."""

    player: Player
    pos: Point
    heading: float
    speed: float
    front: Point
    prev_front: Point
    lane: LanePos | None
    moved: float = 0.0  # metres driven this step (distance-judged rules)
    lines_crossed: list[LineGeo] = field(default_factory=list)
    crossings_entered: list[Crossing] = field(default_factory=list)

    @property
    def number(self) -> int:
        return self.player.number


class Context:
    """The world after a step, plus the derived facts every rule reads."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.course = world.course
        self.lanes = lane_map(world.course)
        self.lines = line_geometry(world.course)
        self.cars: dict[int, CarView] = {}
        self._lane_ids: dict[int, int | None] = {}
        self.mistakes: dict[int, int] = {}  # per player, for rules that praise a clean drive
        self._near_step = -1
        self._near: dict[int, list[NearCrossing]] = {}

    @property
    def t(self) -> float:
        return self.world.t

    @property
    def step(self) -> int:
        return self.world.steps

    def vehicles(self) -> list[Any]:
        return list(getattr(self.world.town, "vehicles", ()) or ())

    def pedestrians(self) -> list[Any]:
        return list(getattr(self.world.town, "pedestrians", ()) or ())

    def walkers_near(self, crossing: Crossing) -> list[NearCrossing]:
        """The walkers that could be on this crossing or about to step on it, in the
        town's order, each judged (on it? about to step on it?) with the rule's kerb and
        step time; nobody else is either. Found for every crossing once per step."""
        if self._near_step != self.world.steps:
            self._near_step = self.world.steps
            self._near = _walkers_by_crossing(self.course.crossings, self.pedestrians())
        return self._near.get(crossing.id, [])

    def light(self, line: StopLine) -> str:
        """What the car at this line must obey: the light, or the officer overriding it."""
        if not line.signal or not line.phase:
            return "green"
        return self.world.town.light(line.signal, line.phase)

    def lamp(self, line: StopLine) -> str:
        """What the light heads of this line show (an officer may override them)."""
        if not line.signal or not line.phase:
            return "green"
        town = self.world.town
        return getattr(town, "lamp", town.light)(line.signal, line.phase)

    def officer_directs(self, line: StopLine) -> bool:
        """An officer directs this line's traffic (see `officer_directs`)."""
        return officer_directs(self.course, self.world.town, line)

    def update(self) -> None:
        for p in self.world.players:
            s, prev = p.state, p.previous
            front = front_of(s.x, s.y, s.heading, p.spec.length)
            prev_front = front_of(prev.x, prev.y, prev.heading, p.spec.length)
            lane = self.lanes.locate(s.pos, s.heading, self._lane_ids.get(p.number), T.lane_radius)
            self._lane_ids[p.number] = lane.lane_id if lane else None
            moved = math.hypot(s.x - prev.x, s.y - prev.y)
            view = CarView(p, s.pos, s.heading, s.speed, front, prev_front, lane, moved)
            if s.speed > 0.0:
                for geo in self.lines:
                    if (
                        geo.signed(prev_front) < 0.0 <= geo.signed(front)
                        and geo.beside(front)
                        and angle_diff(s.heading, geo.heading) < 90.0
                    ):
                        view.lines_crossed.append(geo)
                for crossing in self.course.crossings:
                    if _enters(prev_front, front, crossing):
                        view.crossings_entered.append(crossing)
            self.cars[p.number] = view

    def event(
        self,
        rule: str,
        kind: str,
        car: CarView,
        message: str | None = None,
        pos: Point | None = None,
        data: dict[str, Any] | None = None,
    ) -> Event:
        """An event dict, with its replay window; everything rounded so JSON is stable."""
        if kind == "mistake":
            self.mistakes[car.number] = self.mistakes.get(car.number, 0) + 1
        where = pos if pos is not None else car.pos
        step = self.step
        before = round(T.replay_before / DT)
        after = round(T.replay_after / DT)
        return {
            "rule": rule,
            "kind": kind,
            "t": round(self.t, 4),
            "step": step,
            "player": car.number,
            "pos": [round(where[0], 2), round(where[1], 2)],
            "message": message or f"rule.{rule}.{kind}",
            "replay": {"from_step": max(0, step - before), "to_step": step + after},
            "data": data or {},
        }


def centre_of(poly: tuple[Point, ...]) -> Point:
    return polygon_centroid(poly)


def line_data(geo: LineGeo) -> dict[str, Any]:
    """What an event says about the stop line it happened at."""
    return {
        "line": geo.line.id,
        "signal": geo.line.signal,
        "phase": geo.line.phase,
        "sign": geo.line.sign,
    }


def officer_directs(course: Course, town: Any, line: StopLine) -> bool:
    """An officer directs this line's traffic: overriding the lights, or at a junction
    with no light heads at all. The instructor then speaks of the officer, never of
    "the light" (and the officer's fault runs only this line)."""
    signal = line.signal
    if not signal or not any(o.signal == signal for o in course.officers):
        return False
    if not any(h.signal == signal for h in course.traffic_lights):
        return True
    overridden = getattr(town, "overridden", None)
    return bool(overridden and overridden(signal))
