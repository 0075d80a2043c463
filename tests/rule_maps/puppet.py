"""A car moved by hand, pose by pose, for rule tests at exact speeds and the smallest
geometry: the instructor watches it as it watches a driven car (the world steps, the
referee observes), but nothing the car's physics would do gets in the way of the test.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from game.course.geometry import Point
from game.course.model import Course
from game.rules.base import Rule
from game.rules.context import Event
from game.rules.referee import Referee
from game.sim.car import CarState
from game.sim.world import DT, World


@dataclass
class StillTown:
    """The world's town (its lights) with a fixed cast: vehicles and walkers that stay
    where the test put them (a vehicle keeps its speed, so it is always "coming", seen
    from the same place: the instructor judges one moment)."""

    base: Any
    vehicles: list[Any] = field(default_factory=list)
    pedestrians: list[Any] = field(default_factory=list)
    drive: bool = False  # vehicles go straight on at their speed (a lead car to follow)

    @property
    def controllers(self) -> dict:
        return self.base.controllers

    def light(self, signal: str, phase: str, t: float | None = None) -> str:
        return self.base.light(signal, phase, t)

    def lamp(self, signal: str, phase: str, t: float | None = None) -> str:
        return self.base.lamp(signal, phase, t)

    def overridden(self, signal: str) -> bool:
        return self.base.overridden(signal)

    def step(self, dt: float, t: float, players: list[Any]) -> None:
        self.base.step(dt, t, players)
        if self.drive:
            for v in self.vehicles:
                hx, hy = math.sin(math.radians(v.heading)), -math.cos(math.radians(v.heading))
                v.x += hx * v.speed * dt
                v.y += hy * v.speed * dt

    def obstacle_at(self, points: list[Point]) -> None:
        return None

    def summary(self) -> dict[str, Any]:
        return self.base.summary()


def heading_of(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[0] - a[0], -(b[1] - a[1]))) % 360.0


def poses(
    points: Sequence[Point], kmh: float | Sequence[float], heading: float | None = None
) -> list[CarState]:
    """A pose every step along a polyline, at `kmh` (one speed, or one per segment),
    facing along it (or always `heading`: a sidestep, so only the wheels' offset counts)."""
    speeds = [kmh] * (len(points) - 1) if isinstance(kmh, (int, float)) else list(kmh)
    out: list[CarState] = []
    carry = 0.0
    for (a, b), v_kmh in zip(zip(points, points[1:]), speeds):
        v = v_kmh / 3.6
        length = math.dist(a, b)
        h = heading_of(a, b) if heading is None else heading
        s = carry
        while s < length:
            f = s / length
            out.append(CarState(a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, h, v))
            s += v * DT
        carry = s - length
    return out


def backwards(states: list[CarState]) -> list[CarState]:
    """The same poses, the car facing the other way (driving backwards is not the point:
    a car facing against its lane while moving along the path)."""
    return [dataclasses.replace(s, heading=(s.heading + 180.0) % 360.0) for s in states]


def watch(
    course: Course,
    states: Sequence[CarState],
    rules: list[type[Rule]],
    vehicles: Sequence[Any] = (),
    pedestrians: Sequence[Any] = (),
    drive: bool = False,
    level: str = "normal",
) -> list[Event]:
    """Move player 1 through `states`, one per step, and return the rules' events (the car
    driven with the help `level`, which sets the instructor's reaction time)."""
    world = World(course, seed=0, density=0.0)
    world.town = StillTown(world.town, list(vehicles), list(pedestrians), drive)
    player = world.players[0]
    player.level = level
    player.state = player.previous = states[0]
    queue = iter(states[1:])

    def place(p: Any, controls: Any) -> None:
        p.previous = p.state
        p.controls = controls
        p.state = next(queue, p.state)

    world._step_player = place  # type: ignore[method-assign]
    referee = Referee(world, rules)
    for _ in range(len(states) - 1):
        world.step()
        referee.observe()
    return referee.events


def mistakes(events: list[Event], rule: str) -> list[Event]:
    return [e for e in events if e["rule"] == rule and e["kind"] == "mistake"]
