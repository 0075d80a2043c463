"""Scripted traffic for rule tests: vehicles and walkers that do exactly what a test needs.

The real town decides its own traffic; a rule test needs a situation on cue (a car on the
ring as we arrive, a walker at the kerb, an ambulance behind us). `ScriptedTown` wraps the
world's town (keeping its lights) and follows the town contract that rules and drivers
read (vehicles, pedestrians, light, obstacle_at), deterministically.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from game.course.geometry import Point, heading_vector, point_in_polygon
from game.course.lanes import LaneMap
from game.course.model import Course
from game.rules.context import lane_map
from game.rules.priority import along_lanes
from game.sim.town import Obstacle
from game.sim.world import World


@dataclass
class Vehicle:
    ident: int
    kind: str
    x: float = 0.0
    y: float = 0.0
    heading: float = 0.0
    speed: float = 0.0
    length: float = 4.0
    width: float = 1.8
    lane_id: int | None = None
    s: float = 0.0
    indicator: int = 0
    braking: bool = False
    siren: bool = False
    at_stop: bool = False


@dataclass
class Walker:
    ident: int
    kind: str = "adult"
    x: float = 0.0
    y: float = 0.0
    heading: float = 0.0
    speed: float = 0.0
    radius: float = 0.3
    crossing_id: int | None = None
    waiting: bool = False
    flinch: float = 0.0


@dataclass
class LaneScript:
    """A vehicle driving a list of lanes (then following next_ids[0], or looping)."""

    vehicle: Vehicle
    lanes: list[int]
    speed: float
    s0: float = 0.0
    delay: float = 0.0
    stand: tuple[float, float] | None = None  # stand still between these times
    loop: bool = False
    overtake: bool = False  # ambulances: pass a slow car that keeps right
    index: int = 0
    lateral: float = 0.0
    active: bool = False


@dataclass
class WalkScript:
    """A walker waiting at the kerb, then crossing; again every `every` seconds."""

    walker: Walker
    start: Point
    end: Point
    speed: float = 1.0
    delay: float = 0.0
    wait: float = 4.0
    every: float = 30.0
    progress: float = 0.0


@dataclass
class ScriptedTown:
    base: Any
    course: Course
    lanes: list[LaneScript] = field(default_factory=list)
    walks: list[WalkScript] = field(default_factory=list)
    t: float = 0.0

    @property
    def lanes_map(self) -> LaneMap:
        return lane_map(self.course)

    @property
    def controllers(self) -> dict:
        return self.base.controllers

    @property
    def vehicles(self) -> list[Vehicle]:
        return [s.vehicle for s in self.lanes if s.active]

    @property
    def pedestrians(self) -> list[Walker]:
        return [w.walker for w in self.walks if w.progress >= 0]

    def light(self, signal: str, phase: str, t: float | None = None) -> str:
        return self.base.light(signal, phase, t)

    def lamp(self, signal: str, phase: str, t: float | None = None) -> str:
        return self.base.lamp(signal, phase, t)

    def overridden(self, signal: str) -> bool:
        return self.base.overridden(signal)

    def step(self, dt: float, t: float, players: list[Any]) -> None:
        self.base.step(dt, t, players)
        self.t = t
        for script in self.lanes:
            self._drive(script, dt, players)
        for walk in self.walks:
            self._walk(walk, dt, players)

    # -- vehicles ------------------------------------------------------------------------
    def _drive(self, sc: LaneScript, dt: float, players: list[Any]) -> None:
        v = sc.vehicle
        if self.t < sc.delay:
            return
        if not sc.active:
            sc.active = True
            v.lane_id, v.s = sc.lanes[0], sc.s0
            self._place(sc)
        speed = sc.speed
        if sc.stand and sc.stand[0] <= self.t < sc.stand[1]:
            speed = 0.0
        blocker = self._player_ahead(v, players)
        if blocker is not None:
            car, gap = blocker
            where = self.lanes_map.locate(car.state.pos, car.state.heading)
            slow_right = car.state.speed < 2.6 and where is not None and where.lateral > 0.25
            if sc.overtake and slow_right:
                sc.lateral = max(sc.lateral - 3.0 * dt, -3.0)
            elif sc.lateral > -1.5:  # keep a few metres behind
                speed = max(0.0, min(speed, max(car.state.speed, 0.0) + 0.8 * (gap - 7.0)))
        elif sc.lateral < 0.0:
            sc.lateral = min(sc.lateral + 1.5 * dt, 0.0)
        v.speed = speed
        v.braking = speed < sc.speed
        v.s += speed * dt
        lane = self.course.lane_by_id(v.lane_id)
        while v.s > lane.line.length:
            v.s -= lane.line.length
            sc.index += 1
            if sc.index < len(sc.lanes):
                v.lane_id = sc.lanes[sc.index]
            elif sc.loop:
                sc.index = 0
                v.lane_id = sc.lanes[0]
            elif lane.next_ids:
                v.lane_id = lane.next_ids[0]
            else:
                v.s = lane.line.length
                break
            lane = self.course.lane_by_id(v.lane_id)
        self._place(sc)

    def _place(self, sc: LaneScript) -> None:
        v = sc.vehicle
        lane = self.course.lane_by_id(v.lane_id)
        x, y = lane.line.position_at(v.s)
        v.heading = lane.line.heading_at(v.s)
        hx, hy = heading_vector(v.heading)
        v.x, v.y = x - hy * sc.lateral, y + hx * sc.lateral

    def _player_ahead(self, v: Vehicle, players: list[Any]) -> tuple[Any, float] | None:
        """A player car on this vehicle's own way ahead (its lanes), with the bumper gap."""
        for p in players:
            d = along_lanes(self.lanes_map, v.lane_id, v.s, p.state.pos, 1.8)
            if d is not None and d < 12.0:
                return p, d - v.length / 2 - p.spec.length / 2 + 1.8
        return None

    # -- walkers -------------------------------------------------------------------------
    def _walk(self, w: WalkScript, dt: float, players: list[Any]) -> None:
        p = w.walker
        local = self.t - w.delay
        if local < 0:
            w.progress = -1.0
            return
        local %= w.every
        length = math.dist(w.start, w.end)
        hx, hy = (w.end[0] - w.start[0]) / length, (w.end[1] - w.start[1]) / length
        p.heading = math.degrees(math.atan2(hx, -hy)) % 360.0
        if local < w.wait:
            w.progress = 0.0
            p.waiting, p.speed = True, 0.0
        else:
            p.waiting = False
            nxt = min(w.progress + w.speed * dt, length)
            ahead = (w.start[0] + hx * (nxt + 1.2), w.start[1] + hy * (nxt + 1.2))
            blocked = any(math.dist(ahead, c.state.pos) < 2.4 for c in players)
            if blocked or w.progress >= length:
                p.speed = 0.0
            else:
                w.progress, p.speed = nxt, w.speed
        p.x, p.y = w.start[0] + hx * w.progress, w.start[1] + hy * w.progress
        p.crossing_id = next(
            (c.id for c in self.course.crossings if point_in_polygon((p.x, p.y), c.polygon)), None
        )

    # -- contacts ------------------------------------------------------------------------
    def obstacle_at(self, points: list[Point]) -> Obstacle | None:
        for v in self.vehicles:
            hx, hy = heading_vector(v.heading)
            for x, y in points:
                dx, dy = x - v.x, y - v.y
                if (
                    abs(dx * hx + dy * hy) <= v.length / 2
                    and abs(-dx * hy + dy * hx) <= v.width / 2
                ):
                    return Obstacle("vehicle", v.ident, v.kind)
        for p in self.pedestrians:
            for x, y in points:
                if math.hypot(x - p.x, y - p.y) <= p.radius:
                    return Obstacle("pedestrian", p.ident, p.kind)
        return None

    def summary(self) -> dict[str, Any]:
        return self.base.summary()

    def snapshot(self) -> dict[str, Any]:
        return {
            "vehicles": [(v.ident, v.x, v.y, v.speed) for v in self.vehicles],
            "pedestrians": [(p.ident, p.x, p.y) for p in self.pedestrians],
        }


def scripted(
    lanes: list[LaneScript] | None = None, walks: list[WalkScript] | None = None
) -> Callable[[World], None]:
    """A `prepare` hook for run_drive: swap in a ScriptedTown with fresh copies of scripts."""
    import copy

    def prepare(world: World) -> None:
        world.town = ScriptedTown(
            world.town, world.course, copy.deepcopy(lanes or []), copy.deepcopy(walks or [])
        )

    return prepare
