"""The world: a course, the player cars and the town, advanced in fixed 1/60 s steps.

Deterministic by construction: the only inputs are the course, the seed and the
per-step Controls; all randomness comes from one seeded generator. Nothing here
draws or waits on a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from game.course.geometry import Point, heading_vector, point_in_polygon
from game.course.model import DRIVABLE_SURFACES, SOLID_SURFACES, Course, Surface
from game.sim.car import CarSpec, CarState, step_car
from game.sim.controls import IDLE, Controls
from game.sim.parked import parked_at
from game.sim.shapes import Box
from game.sim.town import Obstacle, Town
from game.sim.walker import BUTTON, WALKER_SPEC, Gaze, step_walker

STEP_HZ = 60
DT = 1.0 / STEP_HZ
GRID_GAP = 4.5  # m between two players' cars at the start of a one-spawn course
PLAYER_IDENT = 1_000_000  # players' cars as obstacles: far from the town's vehicle ids
# The engine's version: raised by any change after which the same course, seed and controls
# give different numbers (a faster but not bit-identical computation, a new behaviour).
# Replays record it, so an old one still loads and says plainly it is from an older engine.
# 2: the car slows by itself off the pedal and turns tighter at speed
# 3: walkers step round standing cars; a ring of agents waiting on each other is broken
ENGINE = 3


@dataclass(frozen=True)
class Fact:
    """Something that happened this step, for the rules to judge."""

    kind: str  # "checkpoint", "finish", "bump", "time_up"
    player: int
    t: float
    pos: Point
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Progress:
    next_checkpoint: int = 0  # index into course.route()
    finished: bool = False
    finish_time: float | None = None


@dataclass
class Player:
    number: int
    spec: CarSpec
    state: CarState
    previous: CarState
    controls: Controls = IDLE
    progress: Progress = field(default_factory=Progress)
    odometer: float = 0.0
    gaze: Gaze | None = None  # on foot (a walking course): where the head looks
    # the help the child drives with (easy / normal / hard): the instructor gives a younger
    # child more time to react (game.rules.thresholds); set by whoever seats the driver
    level: str = "normal"


class World:
    """Gymnasium-like: build it with a seed, call step(controls) as often as needed."""

    def __init__(
        self,
        course: Course,
        seed: int = 0,
        players: int = 1,
        traffic: bool = True,
        density: float = 1.0,
    ) -> None:
        self.course = course
        self.seed = int(seed)
        self.rng = np.random.default_rng(self.seed)
        self.steps = 0
        self.t = 0.0
        self.players: list[Player] = []
        for number in range(1, players + 1):
            state = self._start(course, number)
            if course.walking:
                self.players.append(Player(number, WALKER_SPEC, state, state, gaze=Gaze()))
            else:
                self.players.append(Player(number, CarSpec(), state, state))
        self.town = Town(course, self.rng, density if traffic else 0.0)
        self.route = course.route()
        self.needs_stop_to_finish = any(p.target for p in course.parking_spots)
        self.facts: list[Fact] = []
        self.time_up = False

    @staticmethod
    def _start(course: Course, number: int) -> CarState:
        """Where player `number` starts: its own spawn, or, on a course drawn for one
        player, a car length and a half behind the one before it (ahead if that is off
        the road), so two children never start inside each other."""
        spawn = course.spawn_for(number)
        x, y = spawn.pos
        if number > 1 and spawn is course.spawn_for(1):
            fx, fy = heading_vector(spawn.heading)
            for gap in (-GRID_GAP, GRID_GAP, -2 * GRID_GAP, 2 * GRID_GAP):
                d = gap * (number - 1)
                p = (x + fx * d, y + fy * d)
                if course.surface_at(p) in DRIVABLE_SURFACES:
                    x, y = p
                    break
        return CarState(x, y, spawn.heading, 0.0)

    # -- stepping ---------------------------------------------------------
    def step(self, controls: Sequence[Controls] = ()) -> list[Fact]:
        """Advance by DT. Returns the facts of this step (also kept in `self.facts`)."""
        self.facts = []
        self.steps += 1
        self.t = self.steps * DT
        for i, player in enumerate(self.players):
            c = (controls[i] if i < len(controls) else IDLE).clamped()
            self._step_player(player, c)
        self.town.step(DT, self.t, self.players)
        limit = self.course.time_limit
        if limit is not None and not self.time_up and self.t >= limit and not self.all_finished:
            self.time_up = True
            for p in self.players:
                self.facts.append(Fact("time_up", p.number, self.t, p.state.pos))
        return self.facts

    def _step_player(self, player: Player, controls: Controls) -> None:
        player.previous = player.state
        player.controls = controls
        if player.progress.finished:
            controls = Controls(brake=1.0, seatbelt=controls.seatbelt)
        touched: list[Obstacle] = []

        def blocked(points: list[Point]) -> Point | None:
            for p in points:
                if self.course.surface_at(p) in SOLID_SURFACES:
                    return p
            if self.course.parked and parked_at(self.course, points) is not None:
                return points[0]
            other = self.town.obstacle_at(points)
            if other is not None and player.gaze is not None and other.kind == "pedestrian":
                other = None  # people on foot step round each other
            other = other or self._other_player(player, points)
            if other is not None:
                touched.append(other)
                return points[0]
            return None

        if player.gaze is not None:
            player.gaze.update(controls.brake >= BUTTON and not player.progress.finished, self.t)
            result = step_walker(player.state, controls, DT, blocked)
        else:
            result = step_car(player.state, controls, player.spec, DT, blocked)
        player.state = result.state
        player.odometer += abs(result.state.speed) * DT
        if result.bumped:
            other = touched[-1] if touched else None
            self.facts.append(
                Fact(
                    "bump",
                    player.number,
                    self.t,
                    result.bump_point or player.state.pos,
                    {
                        "speed": result.bump_speed,
                        "with": other.kind if other else "object",
                        "other": other.ident if other else None,
                        "surface": self.course.surface_at(result.bump_point).name.lower()
                        if result.bump_point and other is None
                        else None,
                    },
                )
            )
        self._update_progress(player)

    def _other_player(self, player: Player, points: list[Point]) -> Obstacle | None:
        """Another child's car, if one of these points is inside it. A car that has
        finished stands aside (it no longer blocks the finish for the other child)."""
        for other in self.players:
            if other is player or other.progress.finished:
                continue
            st = other.state
            box = Box(st.x, st.y, st.heading, other.spec.length, other.spec.width)
            if any(box.contains(p) for p in points):
                return Obstacle("vehicle", PLAYER_IDENT + other.number, "player")
        return None

    def _update_progress(self, player: Player) -> None:
        prog = player.progress
        if prog.finished:
            return
        pos = player.state.pos
        if prog.next_checkpoint < len(self.route):
            cp = self.route[prog.next_checkpoint]
            if point_in_polygon(pos, cp.polygon):
                prog.next_checkpoint += 1
                self.facts.append(
                    Fact("checkpoint", player.number, self.t, pos, {"order": cp.order})
                )
            return
        for finish in self.course.finishes:
            if point_in_polygon(pos, finish.polygon):
                if self.needs_stop_to_finish and abs(player.state.speed) > 0.1:
                    return
                prog.finished = True
                prog.finish_time = self.t
                self.facts.append(Fact("finish", player.number, self.t, pos))
                return
        if not self.course.finishes and self.route:
            prog.finished = True
            prog.finish_time = self.t
            self.facts.append(Fact("finish", player.number, self.t, pos))

    # -- queries ----------------------------------------------------------
    @property
    def all_finished(self) -> bool:
        return all(p.progress.finished for p in self.players)

    @property
    def done(self) -> bool:
        return self.all_finished or self.time_up

    def surface_under(self, player: Player) -> Surface:
        return self.course.surface_at(player.state.pos)

    def snapshot(self) -> dict[str, Any]:
        """The exact state, for determinism checks and the drive's JSON."""
        return {
            "t": self.t,
            "steps": self.steps,
            "players": [
                {
                    "player": p.number,
                    "car": p.state.as_dict(),
                    "next_checkpoint": p.progress.next_checkpoint,
                    "finished": p.progress.finished,
                    "odometer": p.odometer,
                    **({"gaze": p.gaze.as_dict()} if p.gaze is not None else {}),
                }
                for p in self.players
            ],
            "town": self.town.snapshot(),
        }
