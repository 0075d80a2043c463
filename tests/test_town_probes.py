"""The town never freezes: probes with the player's car parked where it gets in the way
(at a kerb before a crossing, in a junction box, on a roundabout), and the busy drive a
teacher is told to run. The wide net is bench/soak.py; every spot of every course is marked
spots (about an hour of CPU, run apart: `python -m pytest -m spots`), the busy drive slow.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from conftest import ROOT

from game.course.loader import load_course
from game.drivers.autopilot import Autopilot
from game.sim.car import CarState
from game.sim.controls import Controls
from game.sim.levels import TRAFFIC_LEVELS
from game.sim.world import World
from game.tools.headless import run_drive
from game.tools.town_probe import STILL, ProbeResult, probe_args, spots

MAPS = ROOT / "maps"
TOWN_MAPS = ROOT / "tests" / "town_maps"

# (course, level, seed, spot): the walled-in kerb of the report, a junction box and a ring
SHORT = [
    ("maps/traffic_lights.tmx", "busy", 0, "kerb-c59-l7"),
    ("maps/traffic_lights.tmx", "busy", 0, "box-0-56,38"),
    ("tests/town_maps/zebra.tmx", "busy", 1, "kerb-c3-l1"),
    ("maps/roundabout.tmx", "busy", 1, "ring-0"),
]
SHORT_SECONDS = 150.0
SLOW_SECONDS = 300.0


def _slow_runs() -> list[tuple[str, str, int, str]]:
    """Every spot of every course at busy traffic, and the town alone at every level."""
    runs = []
    for path in sorted(MAPS.glob("*.tmx")) + sorted(TOWN_MAPS.glob("*.tmx")):
        rel = str(path.relative_to(ROOT))
        for spot in spots(load_course(path)):
            runs.append((rel, "busy", 2, spot.name))
        for level in ("calm", "normal", "busy"):
            runs.append((rel, level, 4, STILL))
    return runs


def _run_all(runs, seconds: float) -> dict[tuple, ProbeResult]:
    ctx = multiprocessing.get_context("fork")
    jobs = [(str(ROOT / c), level, seed, spot, seconds) for c, level, seed, spot in runs]
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        results = list(pool.map(probe_args, jobs))
    return {run: r for run, r in zip(runs, results)}


@pytest.fixture(scope="module")
def short_probes():
    return _run_all(SHORT, SHORT_SECONDS)


@pytest.fixture(scope="module")
def slow_probes():
    return _run_all(_slow_runs(), SLOW_SECONDS)


def _ids(runs):
    return [f"{Path(c).stem}-{level}-{seed}-{spot}" for c, level, seed, spot in runs]


def _check(r: ProbeResult) -> None:
    assert r.failures == [], r.outcome
    assert r.escape in ("", "reverse", "forward")
    # nothing but the cars queued behind the parked one stands longer than the promise
    assert r.worst_stand <= _limit(r.course)


def _limit(course: str) -> float:
    return World(load_course(course), seed=0, players=0).town.stuck_limit


@pytest.mark.parametrize("run", SHORT, ids=_ids(SHORT))
def test_parked_car_never_freezes_the_town(short_probes, run):
    _check(short_probes[run])


@pytest.mark.spots
@pytest.mark.parametrize("run", _slow_runs(), ids=_ids(_slow_runs()))
def test_every_spot_of_every_course_keeps_moving(slow_probes, run):
    _check(slow_probes[run])


def test_walkers_never_walk_into_a_parked_car_and_go_round_it():
    """The report's walled-in car: parked at the kerb where people wait for the green.
    No walker ever stands in the car's body, and the car drives away afterwards."""
    course = load_course(MAPS / "traffic_lights.tmx")
    spot = next(s for s in spots(course) if s.name == "kerb-c59-l7")
    world = World(course, seed=0, players=1, density=TRAFFIC_LEVELS["busy"])
    player = world.players[0]
    # half on the pavement, where the walkers along the road and to the crossing pass
    player.state = player.previous = CarState(spot.x, spot.y + 1.0, spot.heading, 0.0)
    went_round = 0
    for i in range(60 * 120):
        world.step([Controls(brake=1.0)])
        if i % 6:
            continue
        box = _box(player)
        for p in world.town.pedestrians:
            assert box.distance_to((p.x, p.y)) >= p.radius - 1e-6, f"walker {p.ident} in the car"
            went_round += p.lateral != p.home
    assert went_round > 0  # someone stepped round the car
    assert world.town.crowd.completed > 10
    x0 = player.state.x
    for _ in range(60 * 3):
        world.step([Controls(throttle=-0.6)])
    assert abs(player.state.x - x0) > 1.0  # it backs away


def _box(player):
    from game.sim.shapes import Box

    s = player.state
    return Box(s.x, s.y, s.heading, player.spec.length, player.spec.width)


def test_stuck_means_any_agent_standing_too_long_whatever_its_reason():
    """A walker or a car that stands longer than the town's limit is an incident, even
    when it says it waits for a light; one held behind a player's car says so."""
    course = load_course(TOWN_MAPS / "zebra.tmx")
    world = World(course, seed=1, players=1)
    town = world.town
    town.stuck_limit = 20.0
    lane = next(lane for lane in course.lanes if lane.name == "east")
    x, y = lane.line.position_at(12.0)
    player = world.players[0]
    player.state = player.previous = CarState(x, y, 90.0, 0.0)  # across the lane: a wall
    for _ in range(60 * 90):
        world.step([Controls(brake=1.0)])
    stuck = [i for i in town.incidents if i["kind"] == "stuck"]
    assert stuck and all(i["why"] == "player" for i in stuck)


@pytest.fixture(scope="module")
def busy_report_drive() -> dict:
    """`drive --course maps/traffic_park.tmx --driver autopilot --traffic busy --seed 0`."""
    course = load_course(MAPS / "traffic_park.tmx")
    result = run_drive(course, [Autopilot()], 3600, seed=0, density=TRAFFIC_LEVELS["busy"])
    return result.as_dict()


@pytest.mark.slow
def test_busy_drive_of_the_report_finishes(busy_report_drive):
    """The town once locked up at ~250 s and the car stood from ~107 s to the time limit; later
    the autopilot, its nose just over the officer junction's edge, turned left across an
    oncoming car and stayed locked with it to the time limit (it now waits there for it)."""
    data = busy_report_drive
    assert data["finished"] and data["time_s"] < 400
    assert not [e for e in data["events"] if e["kind"] == "mistake"]


@pytest.mark.slow
def test_busy_drive_of_the_report_leaves_no_one_standing(busy_report_drive):
    """A town car once stood over three signal cycles at ~214 s, queued behind the officer
    junction's short east-west green, and the drive finished at ~216 s; it now finishes at
    ~197 s with no one standing over the limit (the busy town's long soaks are bench/soak.py's)."""
    assert busy_report_drive["town"]["incidents"] == []
