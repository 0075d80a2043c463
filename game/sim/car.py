"""The player's car: a kinematic bicycle model tuned for a six-year-old.

Gentle by design: the speed ramps up, the wheel turns at a limited rate, and the
steering angle shrinks with speed so the car can't spin out. Like the electric cars of a
road-safety workshop, it slows by itself as soon as the pedal is released, and it turns
the town's corners at the speeds a child drives (figures in docs/car.md, measured by
game.tools.car_feel). Solid cells stop the car dead; motion is split into sub-steps short
enough that no speed can jump a wall.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from game.course.geometry import Point, heading_vector
from game.sim.controls import Controls


@dataclass(frozen=True)
class CarSpec:
    """Physical constants, in metres, seconds and radians."""

    length: float = 3.0
    width: float = 1.6
    wheelbase: float = 2.0
    max_speed: float = 40.0 / 3.6
    max_reverse: float = 2.5
    accel: float = 2.6  # full throttle from standstill
    brake_decel: float = 6.0  # full brake
    pedal_brake_decel: float = 4.0  # pulling back while rolling forward
    rolling_drag: float = 0.5  # easing off a part-pressed pedal, and under the brake
    coast_decel: float = 2.0  # both pedals released: the motor holds the car back
    max_steer: float = math.radians(34.0)
    steer_rate: float = math.radians(140.0)  # how fast the front wheels turn
    max_lateral_accel: float = 6.0  # caps steering at speed: no spin-outs
    max_substep: float = 0.1  # metres moved per collision sub-step


@dataclass(frozen=True)
class CarState:
    """Where the car is; immutable so renderers can interpolate two of them."""

    x: float
    y: float
    heading: float  # degrees clockwise from north
    speed: float  # m/s along the heading; negative when reversing
    steer: float = 0.0  # front-wheel angle, radians, positive right

    @property
    def pos(self) -> Point:
        return (self.x, self.y)

    def as_dict(self) -> dict[str, float]:
        return {
            "x": self.x,
            "y": self.y,
            "heading": self.heading,
            "speed": self.speed,
            "steer": self.steer,
        }


def footprint(state: CarState, spec: CarSpec, margin: float = 0.0) -> list[Point]:
    """Points around the car's outline (corners and along the sides) for contact tests."""
    fx, fy = heading_vector(state.heading)
    rx, ry = -fy, fx  # right-hand side
    half_l = spec.length / 2 + margin
    half_w = spec.width / 2 + margin
    pts = []
    for along in (-1.0, -0.5, 0.0, 0.5, 1.0):
        for side in (-1.0, 1.0):
            a, s = along * half_l, side * half_w
            pts.append((state.x + fx * a + rx * s, state.y + fy * a + ry * s))
    for side in (-0.5, 0.5):
        for along in (-1.0, 1.0):
            a, s = along * half_l, side * half_w
            pts.append((state.x + fx * a + rx * s, state.y + fy * a + ry * s))
    return pts


def corners(state: CarState, spec: CarSpec) -> list[Point]:
    """The four corners: front-left, front-right, rear-right, rear-left."""
    fx, fy = heading_vector(state.heading)
    rx, ry = -fy, fx
    hl, hw = spec.length / 2, spec.width / 2
    return [
        (state.x + fx * hl - rx * hw, state.y + fy * hl - ry * hw),
        (state.x + fx * hl + rx * hw, state.y + fy * hl + ry * hw),
        (state.x - fx * hl + rx * hw, state.y - fy * hl + ry * hw),
        (state.x - fx * hl - rx * hw, state.y - fy * hl - ry * hw),
    ]


@dataclass(frozen=True)
class StepResult:
    state: CarState
    bumped: bool = False
    bump_speed: float = 0.0
    bump_point: Point | None = None


def _approach(value: float, target: float, max_delta: float) -> float:
    if value < target:
        return min(value + max_delta, target)
    return max(value - max_delta, target)


def longitudinal(speed: float, c: Controls, spec: CarSpec, dt: float) -> float:
    """New speed from pedals: throttle ramps, braking never reverses direction by itself."""
    if c.brake > 0.0:
        speed = _approach(speed, 0.0, spec.brake_decel * c.brake * dt)
    if c.throttle > 0.0:
        if speed < -0.05:
            speed = _approach(speed, 0.0, spec.pedal_brake_decel * c.throttle * dt)
        elif c.brake == 0.0:
            # acceleration fades towards top speed: a gentle, predictable ramp
            headroom = max(0.0, 1.0 - max(speed, 0.0) / spec.max_speed)
            target = spec.max_speed * c.throttle
            if speed < target:
                speed = min(target, speed + spec.accel * c.throttle * (0.35 + 0.65 * headroom) * dt)
            else:
                speed = _approach(speed, target, spec.rolling_drag * dt)
    elif c.throttle < 0.0:
        if speed > 0.05:
            speed = _approach(speed, 0.0, spec.pedal_brake_decel * -c.throttle * dt)
        elif c.brake == 0.0:
            speed = max(
                -spec.max_reverse * -c.throttle, speed - spec.accel * 0.6 * -c.throttle * dt
            )
    else:
        drag = spec.coast_decel if c.brake == 0.0 else spec.rolling_drag
        speed = _approach(speed, 0.0, drag * dt)
    return speed


def steering(state: CarState, c: Controls, spec: CarSpec, dt: float) -> float:
    """Front-wheel angle, rate-limited and capped so lateral acceleration stays gentle."""
    limit = spec.max_steer
    v2 = state.speed * state.speed
    if v2 > 1e-6:
        limit = min(limit, math.atan(spec.max_lateral_accel * spec.wheelbase / v2))
    target = c.steer * limit
    return _approach(state.steer, target, spec.steer_rate * dt)


def step_car(
    state: CarState,
    controls: Controls,
    spec: CarSpec,
    dt: float,
    is_blocked: Callable[[list[Point]], Point | None],
) -> StepResult:
    """Advance one fixed step; `is_blocked` returns a solid point among those given, if any."""
    speed = longitudinal(state.speed, controls, spec, dt)
    steer = steering(state, controls, spec, dt)
    distance = abs(speed) * dt
    n = max(1, math.ceil(distance / spec.max_substep))
    sub_dt = dt / n
    current = replace(state, speed=speed, steer=steer)
    for _ in range(n):
        yaw_rate = speed / spec.wheelbase * math.tan(steer)  # rad/s
        heading = (current.heading + math.degrees(yaw_rate * sub_dt)) % 360.0
        mid = math.radians(current.heading) + yaw_rate * sub_dt / 2
        nx = current.x + math.sin(mid) * speed * sub_dt
        ny = current.y - math.cos(mid) * speed * sub_dt
        moved = CarState(nx, ny, heading, speed, steer)
        hit = is_blocked(footprint(moved, spec))
        if hit is not None:
            return StepResult(replace(current, speed=0.0), True, abs(speed), hit)
        current = moved
    return StepResult(current)
