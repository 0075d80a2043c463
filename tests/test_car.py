"""The car model: straight line, turning circle, braking distance, no tunnelling."""

import math

from conftest import TEST_MAPS

from game.course.loader import load_course
from game.sim.car import CarSpec, CarState, footprint, step_car
from game.sim.controls import Controls
from game.sim.world import DT, World

SPEC = CarSpec()


def free(points):
    return None


def drive(state, controls, steps, blocked=free):
    for _ in range(steps):
        state = step_car(state, controls, SPEC, DT, blocked).state
    return state


def test_straight_line_keeps_heading_and_reaches_top_speed_gently():
    start = CarState(0.0, 0.0, 90.0, 0.0)
    after_1s = drive(start, Controls(throttle=1.0), 60)
    assert 1.5 < after_1s.speed < 3.0, "a gentle ramp, not a jump"
    end = drive(start, Controls(throttle=1.0), 60 * 20)
    assert end.heading == 90.0 and abs(end.y) < 1e-9 and end.x > 100
    assert math.isclose(end.speed, SPEC.max_speed, rel_tol=0.02)


def test_turning_circle_matches_the_bicycle_model():
    state = drive(CarState(0.0, 0.0, 0.0, 0.0), Controls(throttle=0.25), 120)
    xs, ys = [], []
    for _ in range(60 * 40):
        state = step_car(state, Controls(throttle=0.25, steer=1.0), SPEC, DT, free).state
        xs.append(state.x)
        ys.append(state.y)
    diameter = max(xs) - min(xs)
    # at low speed the cap is the full lock; R = wheelbase / tan(max_steer)
    radius_expected = SPEC.wheelbase / math.tan(SPEC.max_steer)
    assert abs(diameter / 2 - radius_expected) < 0.35
    assert abs((max(ys) - min(ys)) - diameter) < 0.5, "a circle, not a spiral"


def test_braking_distance_from_30_kmh():
    v0 = 30 / 3.6
    state = CarState(0.0, 0.0, 90.0, v0)
    steps = 0
    while state.speed > 0:
        state = step_car(state, Controls(brake=1.0), SPEC, DT, free).state
        steps += 1
    # the brake adds to the rolling drag that slows any coasting car
    expected = v0 * v0 / (2 * (SPEC.brake_decel + SPEC.rolling_drag))
    assert abs(state.x - expected) < 0.2
    assert state.speed == 0.0 and steps < 120


def test_brake_never_turns_into_reverse_but_pulling_back_does():
    stopped = drive(CarState(0.0, 0.0, 90.0, 0.0), Controls(brake=1.0), 120)
    assert stopped.speed == 0.0 and stopped.x == 0.0
    backing = drive(stopped, Controls(throttle=-1.0), 120)
    assert backing.speed < 0 and backing.x < 0
    assert backing.speed >= -SPEC.max_reverse


def test_steering_is_capped_at_speed_no_spin_out():
    state = CarState(0.0, 0.0, 90.0, SPEC.max_speed)
    for _ in range(120):
        state = step_car(state, Controls(throttle=1.0, steer=1.0), SPEC, DT, free).state
        lateral = state.speed**2 * math.tan(abs(state.steer)) / SPEC.wheelbase
        assert lateral <= SPEC.max_lateral_accel + 1e-6


def test_no_tunnelling_into_a_wall_at_top_speed():
    course = load_course(TEST_MAPS / "mini_type.tmx")
    world = World(course, seed=1)
    bumps = []
    for _ in range(60 * 15):
        bumps += [f for f in world.step([Controls(throttle=1.0)]) if f.kind == "bump"]
        car = world.players[0].state
        assert not any(course.is_solid(p) for p in footprint(car, world.players[0].spec))
    car = world.players[0].state
    assert bumps and bumps[0].data["with"] == "object"
    assert car.speed == 0.0 and 16.0 < car.x < 18.0, "stopped right at the building's face"
