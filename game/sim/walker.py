"""The child on foot: a walker moved by the same Controls as the car, and its look.

The stick (or arrows) points where to walk on the screen: up is north, whatever way the
walker faces, because the camera never turns. The one button (the brake: space, A, the
touch pedal) is "look": the head turns left, right and left again, the way children are
taught at the kerb; the camera looks where the head does. The horn button, held, runs (a
child can, and the instructor says why not on the road). Nothing here draws.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from game.course.geometry import Point, heading_of
from game.sim.car import CarSpec, CarState, StepResult
from game.sim.controls import Controls

WALK_SPEED = 1.4  # m/s, a child's brisk walk
RUN_SPEED = 3.2  # m/s, a child running (the horn button held)
ACCEL = 3.0  # m/s² up to walking speed
DECEL = 6.0  # m/s² to a stop: a child stops at once
TURN_RATE = 540.0  # deg/s the body turns to face where it walks
DEAD_ZONE = 0.2  # stick travel that means nothing
RADIUS = 0.3  # m, the walker's body
LOOK_S = 1.8  # s for one look: left, right, left again
LOOK_ANGLE = 80.0  # degrees the head turns to each side
# (time into the look, head angle): left, right, left, then ahead again
LOOK_KEYS = (
    (0.0, 0.0),
    (0.35, -LOOK_ANGLE),
    (0.95, LOOK_ANGLE),
    (1.45, -LOOK_ANGLE),
    (LOOK_S, 0.0),
)
BUTTON = 0.5  # brake pedal travel that counts as pressing "look"

# the walker as the world's other parts see a player: a small body, never a car
WALKER_SPEC = CarSpec(length=2 * RADIUS, width=2 * RADIUS, wheelbase=0.4, max_speed=WALK_SPEED)


@dataclass
class Gaze:
    """Where the walker's head turns, and when it last looked both ways."""

    started: float | None = None  # time the look in progress began
    head_now: float = 0.0  # the head's angle after the last step, for drawing
    last_start: float = -math.inf  # time the latest look began
    last_done: float = -math.inf  # time the latest complete look ended
    looks: int = 0  # complete looks so far

    def update(self, pressed: bool, t: float) -> None:
        if self.started is not None and t - self.started >= LOOK_S - 1e-9:
            self.started = None
            self.last_done = t
            self.looks += 1
        if pressed and self.started is None:
            self.started = t
            self.last_start = t
        self.head_now = self.head(t)

    def head(self, t: float) -> float:
        """The head's angle from the body's heading, degrees (negative: left)."""
        if self.started is None:
            return 0.0
        into = t - self.started
        for (t0, a0), (t1, a1) in zip(LOOK_KEYS, LOOK_KEYS[1:]):
            if into <= t1:
                k = (into - t0) / (t1 - t0)
                k = k * k * (3 - 2 * k)  # ease in and out, as a head turns
                return a0 + (a1 - a0) * k
        return 0.0

    @property
    def looking(self) -> bool:
        return self.started is not None

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "started": self.started,
            "last_start": None if math.isinf(self.last_start) else self.last_start,
            "last_done": None if math.isinf(self.last_done) else self.last_done,
            "looks": self.looks,
        }


def wanted(controls: Controls) -> tuple[float, float] | None:
    """(heading, 0..1 pace) the stick asks for, or None when it is left alone."""
    dx, dy = controls.steer, -controls.throttle
    mag = math.hypot(dx, dy)
    if mag < DEAD_ZONE:
        return None
    return heading_of(dx, dy), min(1.0, mag)


def _turn(heading: float, target: float, max_deg: float) -> float:
    diff = (target - heading + 180.0) % 360.0 - 180.0
    if abs(diff) <= max_deg:
        return target % 360.0
    return (heading + math.copysign(max_deg, diff)) % 360.0


def body(p: Point) -> list[Point]:
    """Points around the walker's body, for contact tests."""
    out = [p]
    for k in range(8):
        a = math.radians(k * 45.0)
        out.append((p[0] + math.sin(a) * RADIUS, p[1] - math.cos(a) * RADIUS))
    return out


def step_walker(
    state: CarState,
    controls: Controls,
    dt: float,
    is_blocked: Callable[[list[Point]], Point | None],
) -> StepResult:
    """One fixed step of walking; bumping into something stops the walker there."""
    want = wanted(controls)
    heading = state.heading
    if want is None:
        speed = max(0.0, state.speed - DECEL * dt)
    else:
        target, pace = want
        heading = _turn(heading, target, TURN_RATE * dt)
        goal = (RUN_SPEED if controls.horn else WALK_SPEED) * pace
        # walk only once facing roughly the right way: no moonwalking
        if abs((target - heading + 180.0) % 360.0 - 180.0) > 60.0:
            goal = 0.0
        if state.speed < goal:
            speed = min(goal, state.speed + ACCEL * dt)
        else:
            speed = max(goal, state.speed - DECEL * dt)
    rad = math.radians(heading)
    nx = state.x + math.sin(rad) * speed * dt
    ny = state.y - math.cos(rad) * speed * dt
    moved = CarState(nx, ny, heading, speed, 0.0)
    if speed > 0.0:
        hit = is_blocked(body(moved.pos))
        if hit is not None:
            return StepResult(CarState(state.x, state.y, heading, 0.0, 0.0), True, speed, hit)
    return StepResult(moved)
