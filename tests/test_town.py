"""The living town: long soaks on every course, and the promises the town keeps.

Soaks run every course for two and a half simulated minutes, and (marked slow, run by CI:
python -m pytest -m slow) ten minutes at two more seeds, two at a time in worker processes
(TOWN_SOAK_SEEDS=1,2,3,4 runs more long ones). Every shipped course in maps/ is picked up
by glob, plus the small courses in tests/town_maps/ (rebuilt by tests/town_maps/make_maps.py).
"""

from __future__ import annotations

import math
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from conftest import ROOT
from town_maps.soak import SoakResult, soak_args

from game.course.geometry import point_in_polygon
from game.course.loader import load_course
from game.sim.car import CarState
from game.sim.levels import TRAFFIC_LEVELS
from game.sim.pedestrians import WAIT_SPREAD
from game.sim.signals import DONT_WALK, FLASH, GREEN, MAX_WALK_S, WALK, YELLOW, active_phases
from game.sim.world import World

TOWN_MAPS = ROOT / "tests" / "town_maps"
COURSES = sorted(str(p) for p in (ROOT / "maps").glob("*.tmx")) + sorted(
    str(p) for p in TOWN_MAPS.glob("*.tmx")
)
LONG_SEEDS = tuple(int(s) for s in os.environ.get("TOWN_SOAK_SEEDS", "1,2").split(","))
SHORT_SEED, SHORT_SECONDS = 3, 150.0
LONG_SECONDS = 600.0


def _name(path: str) -> str:
    return f"{Path(path).parent.name}/{Path(path).stem}"


# every course for two and a half minutes in the default run; ten minutes at two more seeds
# (marked slow: CI runs them with `python -m pytest -m slow`)
SHORT_RUNS = [(c, SHORT_SEED, SHORT_SECONDS) for c in COURSES]
LONG_RUNS = [(c, s, LONG_SECONDS) for c in COURSES for s in LONG_SEEDS]


def _soak_all(runs: list[tuple[str, int, float]]) -> dict[tuple[str, int], SoakResult]:
    """All the soaks of a list at once, on two cores."""
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        # longest first, so the two workers finish together
        order = sorted(runs, key=lambda r: -r[2] * os.path.getsize(r[0]))
        results = list(pool.map(soak_args, order))
    return {(r.course, r.seed): r for r in results}


@pytest.fixture(scope="module")
def short_soaks() -> dict[tuple[str, int], SoakResult]:
    return _soak_all(SHORT_RUNS)


@pytest.fixture(scope="module")
def long_soaks() -> dict[tuple[str, int], SoakResult]:
    return _soak_all(LONG_RUNS)


def _ids(runs: list[tuple[str, int, float]]) -> list[str]:
    return [f"{_name(c)}-{s}-{int(t)}s" for c, s, t in runs]


@pytest.mark.parametrize("course,seed,seconds", SHORT_RUNS, ids=_ids(SHORT_RUNS))
def test_soak_keeps_the_town_safe_and_moving(short_soaks, course, seed, seconds):
    _check_soak(short_soaks[(course, seed)])


# Ten-minute soaks known to fail, as (course stem, seed) -> reason: strict expected failures,
# so a fix shows at once. None now: the three of the town's freeze work (a town car touching
# a walker who had just stepped off the kerb on traffic_lights seed 2 and walk_to_shop seed 1;
# cars stuck on The Traffic Park at seed 2) pass since walkers who have stepped off count as
# on the crossing for every driver.
LONG_KNOWN: dict[tuple[str, int], str] = {}


def _long_cases():
    for (course, seed, seconds), name in zip(LONG_RUNS, _ids(LONG_RUNS)):
        reason = LONG_KNOWN.get((Path(course).stem, seed))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(course, seed, seconds, marks=marks, id=name)


@pytest.mark.slow
@pytest.mark.parametrize("course,seed,seconds", list(_long_cases()))
def test_long_soak_keeps_the_town_safe_and_moving(long_soaks, course, seed, seconds):
    _check_soak(long_soaks[(course, seed)])


def _check_soak(r: SoakResult) -> None:
    incidents = r.summary["incidents"]
    assert [i for i in incidents if i["kind"] == "vehicle_collision"] == []
    assert [i for i in incidents if i["kind"] == "pedestrian_hit"] == []
    assert [i for i in incidents if i["kind"] == "stuck"] == []
    assert incidents == []
    assert r.max_active_phases <= 1  # never green/amber for two phases of one controller
    assert r.near_misses == 0  # the last-resort overlap guard never had to act
    if r.sources:
        assert r.summary["vehicles"] > 0
        assert r.driven > 200.0  # metres: traffic flowed, it did not just appear
    if r.routes_with_crossings:
        assert r.summary["pedestrians"] > 0
        assert r.summary["crossings_completed"] > 0


# -- signals ---------------------------------------------------------------------------
def _signalled_courses():
    out = []
    for path in COURSES:
        course = load_course(path)
        if course.signals:
            out.append(course)
    return out


def test_lights_and_walk_signals_never_conflict():
    for course in _signalled_courses():
        world = World(course, seed=0, players=0)
        town = world.town
        for controller in town.controllers.values():
            for k in range(int(controller.cycle * 2 / 0.05)):
                t = k * 0.05
                assert len(active_phases(controller, t)) <= 1
        for crossing in course.crossings:
            if not crossing.signal:
                continue
            for k in range(int(town.controllers[crossing.signal].cycle * 2 / 0.05)):
                t = k * 0.05
                state = town.walk_signal(crossing.id, t)
                if town.light(crossing.signal, crossing.phase, t) in (GREEN, YELLOW):
                    assert state.state == DONT_WALK
                assert state.remaining >= 0.0


# -- behaviour on the small courses ----------------------------------------------------
def _front(v):
    rad = math.radians(v.heading)
    return (v.x + math.sin(rad) * v.length / 2, v.y - math.cos(rad) * v.length / 2)


def test_vehicles_stop_at_red_lines():
    course = load_course(TOWN_MAPS / "signal_cross.tmx")
    world = World(course, seed=4, players=0)
    town = world.town
    lines = [(s, course.lane_by_id(s.lane_ids[0])) for s in course.stop_lines if s.signal]
    last: dict[tuple[int, int], float] = {}
    stopped_at_red = 0
    for _ in range(60 * 120):
        world.step()
        for v in town.vehicles:
            for line, lane in lines:
                if v.lane_id != lane.id:
                    continue
                s_line, _ = lane.line.local(
                    ((line.a[0] + line.b[0]) / 2, (line.a[1] + line.b[1]) / 2)
                )
                gap = s_line - (v.s + v.length / 2)
                key = (v.ident, line.id)
                colour = town.light(line.signal, line.phase)
                if key in last and last[key] >= 0.0 > gap:
                    assert colour != "red" or line.id in v.committed, "ran a red light"
                if colour == "red" and 0.0 <= gap < 3.0 and v.speed < 0.1:
                    stopped_at_red += 1
                last[key] = gap
    assert stopped_at_red > 0


def test_vehicles_never_share_a_crossing_with_walkers():
    for name in ("zebra", "signal_cross"):
        course = load_course(TOWN_MAPS / f"{name}.tmx")
        world = World(course, seed=2, players=0)
        town = world.town
        used = 0
        for _ in range(60 * 120):
            world.step()
            on = {p.crossing_id for p in town.pedestrians if p.crossing_id is not None}
            for cid in on:
                info = town.crowd.info[cid]
                for v in town.vehicles:
                    assert not v.box().overlaps(info.box), f"vehicle {v.ident} on busy crossing"
                used += 1
        assert used > 0
        assert town.summary()["crossings_completed"] > 0


def test_full_stop_at_stop_signs():
    course = load_course(TOWN_MAPS / "stop_cross.tmx")
    world = World(course, seed=1, players=0)
    town = world.town
    line = next(s for s in course.stop_lines if s.sign == "stop")
    lane = course.lane_by_id(line.lane_ids[0])
    s_line, _ = lane.line.local(((line.a[0] + line.b[0]) / 2, (line.a[1] + line.b[1]) / 2))
    slowest: dict[int, float] = {}
    passed = 0
    for _ in range(60 * 120):
        world.step()
        for v in town.vehicles:
            if v.lane_id != lane.id:
                continue
            gap = s_line - (v.s + v.length / 2)
            if 0.0 <= gap <= 4.0:
                slowest[v.ident] = min(slowest.get(v.ident, math.inf), v.speed)
            if gap < 0.0 and v.ident in slowest:
                assert slowest.pop(v.ident) < 0.1, "rolled through a stop sign"
                passed += 1
    assert passed > 0


def test_computer_cars_brake_for_a_parked_player_and_walkers_flinch():
    course = load_course(TOWN_MAPS / "zebra.tmx")
    world = World(course, seed=1, players=1)
    town = world.town
    lane = next(lane for lane in course.lanes if lane.name == "east")
    x, y = lane.line.position_at(12.0)
    parked = CarState(x, y, 90.0, 0.0)
    for _ in range(60 * 40):
        world.players[0].state = world.players[0].previous = parked
        world.step()
        player_box = _box_of(world.players[0])
        for v in town.vehicles:
            assert not v.box().overlaps(player_box), "a computer car drove into the player"
    queued = [v for v in town.vehicles if v.lane_id == lane.id and v.s < 12.0]
    assert queued and all(v.speed < 0.5 for v in queued[:1])
    # now roll slowly over the crossing while someone is on it
    crossing = course.crossings[0]
    cx = sum(p[0] for p in crossing.polygon) / 4
    flinched = False
    for _ in range(60 * 60):
        world.step()
        if any(p.crossing_id == crossing.id for p in town.pedestrians):
            near = next(p for p in town.pedestrians if p.crossing_id == crossing.id)
            car = CarState(cx - 2.5, near.y, 90.0, 1.0)
            world.players[0].state = world.players[0].previous = car
        if any(p.flinch > 0 for p in town.pedestrians):
            flinched = True
            break
    assert flinched


def _box_of(player):
    from game.sim.shapes import Box

    s = player.state
    return Box(s.x, s.y, s.heading, player.spec.length, player.spec.width)


def test_obstacle_at_names_vehicles_and_walkers():
    course = load_course(TOWN_MAPS / "zebra.tmx")
    world = World(course, seed=1, players=0)
    for _ in range(60 * 20):
        world.step()
    town = world.town
    v = town.vehicles[0]
    hit = town.obstacle_at([(v.x, v.y)])
    assert hit is not None and hit.kind == "vehicle" and hit.ident == v.ident
    p = town.pedestrians[0]
    hit = town.obstacle_at([(p.x, p.y)])
    assert hit is not None and hit.kind == "pedestrian" and hit.ident == p.ident
    assert town.obstacle_at([(-50.0, -50.0)]) is None


def test_officer_follows_its_signal():
    course = load_course(TOWN_MAPS / "signal_cross.tmx")
    world = World(course, seed=1, players=0)
    seen = set()
    for _ in range(60 * 30):
        world.step()
        (o,) = world.town.officers
        state = world.town.controllers[o.signal].state_at(world.t)
        assert (o.phase, o.stage) == (state.phase, state.stage)
        # a steady raised arm through the orange and the all-red (no flicker)
        assert o.gesture == {"green": "go", "yellow": "stop", "clearance": "stop"}[o.stage]
        seen.add((o.phase, o.gesture, round(o.heading) % 180))
    assert {g for _p, g, _h in seen} == {"go", "stop"}
    assert len({h for p, g, h in seen if g == "go"}) == 2  # arms along NS, then along EW


def test_turning_vehicles_blink_and_ambulances_sound():
    course = load_course(TOWN_MAPS / "zebra.tmx")
    world = World(course, seed=1, players=0)
    sirens = 0
    for _ in range(60 * 30):
        world.step()
        sirens += sum(1 for v in world.town.vehicles if v.siren and v.kind == "ambulance")
    assert sirens > 0
    course = load_course(TOWN_MAPS / "signal_cross.tmx")
    world = World(course, seed=1, players=0)
    blinks = set()
    for _ in range(60 * 40):
        world.step()
        blinks.update(v.indicator for v in world.town.vehicles)
    assert 1 in blinks  # right turns on this course


# -- determinism -------------------------------------------------------------------------
def _snapshot(path, seed, steps=1800, density=1.0):
    world = World(load_course(path), seed=seed, players=0, density=density)
    for _ in range(steps):
        world.step()
    return world.town.snapshot()


def test_same_seed_same_town_bit_for_bit():
    for path in (ROOT / "maps" / "traffic_park.tmx", TOWN_MAPS / "signal_cross.tmx"):
        if not path.is_file():
            continue
        a, b = _snapshot(path, 5), _snapshot(path, 5)
        assert a == b
        assert a["vehicles"] and a["pedestrians"]
    assert _snapshot(TOWN_MAPS / "stop_cross.tmx", 1) != _snapshot(TOWN_MAPS / "stop_cross.tmx", 2)


def test_density_scales_traffic():
    none = _snapshot(TOWN_MAPS / "zebra.tmx", 1, 600, density=0.0)
    assert none["vehicles"] == [] and none["pedestrians"] == []
    assert none["summary"]["vehicles"] == 0
    full = _snapshot(TOWN_MAPS / "zebra.tmx", 1, 600)
    assert full["summary"]["vehicles"] > 0


def test_summary_shape():
    world = World(load_course(TOWN_MAPS / "ring.tmx"), seed=1, players=0)
    for _ in range(600):
        world.step()
    summary = world.town.summary()
    assert set(summary) == {"vehicles", "pedestrians", "crossings_completed", "incidents"}
    assert summary["vehicles"] > 0 and summary["incidents"] == []


def test_ring_traffic_goes_round_counter_clockwise():
    course = load_course(TOWN_MAPS / "ring.tmx")
    world = World(course, seed=1, players=0)
    ring = course.roundabouts[0]
    cx = sum(p[0] for p in ring.polygon) / len(ring.polygon)
    cy = sum(p[1] for p in ring.polygon) / len(ring.polygon)
    turns = 0
    for _ in range(60 * 60):
        world.step()
        for v in world.town.vehicles:
            if point_in_polygon((v.x, v.y), ring.polygon) and v.speed > 0.5:
                # counter-clockwise on screen (y down): cross product of radius and motion < 0
                rx, ry = v.x - cx, v.y - cy
                mx, my = math.sin(math.radians(v.heading)), -math.cos(math.radians(v.heading))
                turns += 1 if rx * my - ry * mx < 0 else -1
    assert turns > 100


def test_walk_signal_leaves_turning_traffic_the_end_of_the_green():
    """The walking figure shows for at most MAX_WALK_S, then flashes; the rest of the red
    belongs to cars turning across the crossing, so they never wait a whole cycle."""
    for course in _signalled_courses():
        town = World(course, seed=0, players=0).town
        for crossing in course.crossings:
            if not crossing.signal:
                continue
            cycle = town.controllers[crossing.signal].cycle
            states = [
                town.walk_signal(crossing.id, k * 0.05).state for k in range(int(cycle / 0.05))
            ]
            runs, last = [], None
            for s in states:
                if s != last:
                    runs.append([s, 0])
                    last = s
                runs[-1][1] += 1
            assert max(n * 0.05 for s, n in runs if s == WALK) <= MAX_WALK_S + 0.05
            assert FLASH in states and WALK in states


def test_traffic_levels_scale_the_town():
    course = load_course(ROOT / "maps" / "traffic_park.tmx")
    counts = {}
    for level in ("calm", "normal", "busy"):
        world = World(course, seed=1, players=0, density=TRAFFIC_LEVELS[level])
        for _ in range(60 * 60):  # a minute: calm 10, normal 17, busy 22 vehicles by then
            world.step()
        counts[level] = world.town.summary()
        assert counts[level]["incidents"] == []
    assert counts["calm"]["vehicles"] < counts["normal"]["vehicles"] < counts["busy"]["vehicles"]
    assert counts["calm"]["pedestrians"] < counts["busy"]["pedestrians"]


def test_drivers_make_way_for_the_ambulance():
    """Drivers ahead of an ambulance slow down and move over to the kerb (out of
    junctions), and drivers about to cross its way let it go first."""
    world = World(load_course(ROOT / "maps" / "traffic_park.tmx"), seed=1, players=0)
    traffic = world.town.traffic
    pulled, slowed, yielded = set(), set(), set()
    for i in range(60 * 240):
        world.step()
        if i % 3:
            continue
        for v in traffic.vehicles:
            if v.make_way:
                assert not v.siren
                if v.pull >= 0.45:
                    pulled.add(v.ident)
                if v.speed <= 3.6:
                    slowed.add(v.ident)
            if v.why == "siren":
                yielded.add(v.ident)
        if pulled and slowed and yielded:
            break  # all three seen (after about two minutes at this seed)
    assert pulled and slowed and yielded
    assert world.town.summary()["incidents"] == [] and traffic.near_misses == 0


# -- turning across a crossing -----------------------------------------------------------
def _lone_turner(walkers: bool):
    """signal_cross with one car, from the north, turning right across the west arm's
    crossing (its walkers have the walking figure while it has the green); the walkers'
    routes only if `walkers`. Returns the world, the car's lane ids by name, the crossing."""
    course = load_course(TOWN_MAPS / "signal_cross.tmx")
    world = World(course, seed=0, players=0)
    traffic, crowd = world.town.traffic, world.town.crowd
    lanes = {lane.name: lane.id for lane in course.lanes}
    for st in traffic.sources:
        st.cap = 1 if st.lane == lanes["S in"] else 0
        st.next_time = 0.0
    crowd.routes[1].next_time = 1.0  # walkers from both sides reach the kerb together
    if not walkers:
        for rs in crowd.routes:
            rs.next_time = math.inf
    return world, lanes, course.crossings[0]


def _turn_right(world, lanes):
    car = world.town.traffic.vehicles[0]
    car.route[:] = [lanes["S in"], lanes["S right"], lanes["W out"]]
    return car


def _front_to(car, crossing_id: int) -> float:
    return next((f for c, f, _ in car.crossings_ahead if c == crossing_id), -math.inf)


def _turner_steps(world, lanes, seconds: float = 20.0):
    """Step the world; yields the turning car at each step once it has come."""
    car = None
    for _ in range(round(60 * seconds)):
        world.step()
        if car is None:
            if not world.town.vehicles:
                continue
            car = _turn_right(world, lanes)
        yield car


def test_turning_driver_moves_up_to_the_crossing_and_waits_for_the_last_walkers():
    """A driver turning across a crossing where people walk takes the junction, moves up
    to the crossing inside it and stands there until the last walker is over, then
    leaves: it never waits outside for a green that people use up."""
    world, lanes, crossing = _lone_turner(walkers=True)
    town = world.town
    cbox = town.crowd.info[crossing.id].box
    waited_inside = 0
    last_on = left = None
    for car in _turner_steps(world, lanes):
        on = [p for p in town.pedestrians if p.crossing_id == crossing.id]
        if on:
            last_on = world.t
            assert not car.box().overlaps(cbox), "the car drove onto the crossing"
            if car.lane_id == lanes["S right"] and car.held and car.speed < 0.3:
                assert 0.0 < _front_to(car, crossing.id) < 3.0
                waited_inside += 1
        elif left is None and last_on is not None and car.box().overlaps(cbox):
            left = world.t
    assert waited_inside > 60  # it stood inside its junction a second or more
    assert left is not None and left - last_on < 3.0  # and drove on once they were over
    assert town.incidents == [] and town.traffic.near_misses == 0


def test_driver_in_its_junction_waits_for_a_walker_who_has_stepped_off():
    """A walker who stepped off the kerb just after a driver took its junction is on the
    crossing as far as drivers go: the driver stops before it, it never runs them down."""
    world, lanes, crossing = _lone_turner(walkers=False)
    town = world.town
    crowd = town.crowd
    cbox = crowd.info[crossing.id].box
    car = walker = None
    for car in _turner_steps(world, lanes):
        front = _front_to(car, crossing.id)
        if walker is None and car.held and 0.0 < front < 4.0:
            assert car.speed > 2.0  # on its way over the crossing, it can still stop
            rs = crowd.routes[0]
            rs.next_time = world.t
            crowd._spawn(world.t)
            walker = crowd.pedestrians[-1]
            walker.s = rs.kerbs[0] - walker.radius - 2 * WAIT_SPREAD  # a step back
            walker.state = "cross"  # and off
            crowd._place(walker)
        if walker is not None and not walker.done and walker.next_crossing == 0:
            assert not car.box().overlaps(cbox), "the car drove onto the crossing"
    assert walker is not None and walker.next_crossing == 1  # over the road
    assert _front_to(car, crossing.id) == -math.inf  # the car left the crossing behind too
    assert town.incidents == [] and town.traffic.near_misses == 0
