"""The town around the player: signal controllers now, traffic and pedestrians grow here.

The world owns one Town. It advances after the player cars each step, answers
what blocks a given point (a computer vehicle, a pedestrian), and reports a
summary for the drive's JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from game.course.geometry import Point
from game.course.model import Course
from game.sim.signals import SignalController


@dataclass(frozen=True)
class Obstacle:
    """Something a car touched: its kind (`vehicle`, `pedestrian`) and a stable id."""

    kind: str
    ident: int
    label: str = ""


class Town:
    """The agents' contract, read by rules, drivers and the renderer:

    - `vehicles`: computer vehicles, each with `ident`, `kind` (car, bus, bike, ambulance),
      `x`, `y`, `heading`, `speed` (m/s), `length`, `width`, `lane_id`, `s` (metres along
      the lane), `indicator` (-1/0/1), `braking` (bool), `siren` (bool, ambulances).
    - `pedestrians`: walkers, each with `ident`, `kind` (child, adult, stroller, dog), `x`,
      `y`, `heading`, `speed`, `radius`, `crossing_id` (the crossing they are on, or None),
      `waiting` (bool: at the kerb, about to cross), `flinch` (seconds left of a startle).
    - `light(signal, phase)`: "green", "yellow" or "red" now.
    """

    def __init__(self, course: Course, rng: np.random.Generator, density: float = 1.0) -> None:
        self.course = course
        self.vehicles: list[Any] = []
        self.pedestrians: list[Any] = []
        self.rng = rng
        self.density = density
        self.controllers = {s.name: SignalController(s) for s in course.signals if s.name}
        self.t = 0.0

    def step(self, dt: float, t: float, players: list[Any]) -> None:
        self.t = t

    def light(self, signal: str, phase: str, t: float | None = None) -> str:
        controller = self.controllers.get(signal)
        if controller is None:
            return "green"
        return controller.colour_at(phase, self.t if t is None else t)

    def obstacle_at(self, points: list[Point]) -> Obstacle | None:
        return None

    def summary(self) -> dict[str, Any]:
        return {"vehicles": 0, "pedestrians": 0, "crossings_completed": 0, "incidents": []}

    def snapshot(self) -> dict[str, Any]:
        """The agents' exact state, for determinism checks."""
        return {}
