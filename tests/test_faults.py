"""Every lesson's mistake on demand: the autopilot with `fault=RULE` makes that mistake (and
no other) at the first moment the course offers, whatever the traffic; where the course
has no such moment, the drive's JSON says why (`fault_missed`).

The full matrix (every shipped course × every rule of its lesson × seeds 0-2 × every traffic
level, and the unseen courses) takes hours of CPU:
`python -m pytest -m matrix tests/test_faults.py`.
The default run keeps a few cells that once failed and stand for the rest.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path

import pytest

from game.course.checks import RULE_IDS
from game.course.loader import load_course
from game.course.model import Course, SpeedZone
from game.drivers.autopilot import Autopilot
from game.drivers.faults import FAULTS, offered
from game.rules.thresholds import T
from game.sim.levels import TRAFFIC_LEVELS
from game.tools.fault_matrix import course_files, run_cell, shipped_courses
from game.tools.headless import run_drive

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (0, 1, 2)
LEVELS = tuple(TRAFFIC_LEVELS)


@functools.cache
def course(path: Path) -> Course:
    return load_course(path)


def _cells(paths: list[Path]) -> list[tuple[Path, str, int, str]]:
    return [
        (p, rule, seed, level)
        for p in paths
        for rule in course(p).lesson
        for level in LEVELS
        for seed in SEEDS
    ]


def _id(cell: tuple[Path, str, int, str]) -> str:
    p, rule, seed, level = cell
    return f"{p.stem}-{rule}-{level}-{seed}"


def _check(cell: tuple[Path, str, int, str]) -> None:
    p, rule, seed, level = cell
    result = run_cell(course(p), rule, seed, level)
    assert result.ok, result.line()


SHIPPED = _cells(shipped_courses())
UNSEEN = _cells(course_files([str(ROOT / "tests" / "unseen_maps")]))

# cells that once failed (dense traffic, a STOP on a side road with traffic on the main
# road), one per kind of fault, in courses small enough to drive quickly
FAST = [
    (ROOT / "tests/unseen_maps/u_t_junction.tmx", "stop_sign", 0, "busy"),
    (ROOT / "tests/unseen_maps/u_left_stop.tmx", "stop_sign", 1, "normal"),
    (ROOT / "maps/first_drive.tmx", "off_road", 1, "busy"),
    (ROOT / "maps/first_drive.tmx", "collision_object", 2, "busy"),
    (ROOT / "tests/unseen_maps/h_loop.tmx", "wrong_way", 0, "busy"),
    (ROOT / "tests/unseen_maps/u_roundabout3.tmx", "yield", 0, "busy"),
    (ROOT / "tests/unseen_maps/u_grid_signals.tmx", "amber_light", 0, "normal"),
    # straights too short to be above the limit for the instructor's second: said so
    (ROOT / "tests/unseen_maps/h_loop.tmx", "speeding", 0, "off"),
    # a light just before a zebra: once over the line on red, drive on (never stand on it)
    (ROOT / "maps/zebra_crossing.tmx", "red_light", 0, "off"),
    # zebras behind traffic lights: go on green only, and not for a walker merely standing
    (ROOT / "maps/traffic_lights.tmx", "pedestrian", 1, "calm"),
    # a car with priority speeding up while the faulty car rolls to the STOP: it stops short
    # (outside the full-stop zone) and rolls again once clear, never cutting anyone off
    (ROOT / "maps/stop_and_yield.tmx", "stop_sign", 0, "calm"),
    # hitting someone on a zebra leaves the car standing on it: a companion mistake
    (ROOT / "maps/school_zone.tmx", "collision_pedestrian", 0, "calm"),
    # driving over a zebra regardless only while no one is in (or walking into) the car's
    # way: never stopping on the stripes for someone it would have met there
    (ROOT / "maps/school_zone.tmx", "pedestrian", 0, "calm"),
    (ROOT / "maps/zebra_crossing.tmx", "pedestrian", 1, "calm"),
    (ROOT / "maps/traffic_lights.tmx", "pedestrian", 0, "calm"),
    # a car standing askew in the ring reaches across the path further than its half width
    (ROOT / "maps/roundabout.tmx", "yield", 1, "calm"),
    # a straight too short to outlast oncoming traffic: stand at its start until it passes
    (ROOT / "maps/roundabout.tmx", "wrong_way", 2, "calm"),
    # a steady stream the other way on the long straight: a brief swerve where no town car
    # can meet the car (a checkpoint across the whole road does not forbid it)
    (ROOT / "maps/roundabout.tmx", "wrong_way", 2, "normal"),
    # someone coming to a zebra's kerb as the car rolls up to it, too close to stop before
    # the stripes: the car drives over rather than stand on them (no_parking)
    (ROOT / "maps/zebra_crossing.tmx", "red_light", 1, "normal"),
    # a car appearing far off while the car rolls inside the STOP's zone: roll on (a stop
    # there would be a full one), it is well over the instructor's gap away
    (ROOT / "maps/stop_and_yield.tmx", "stop_sign", 2, "calm"),
    # on foot: cars coming up behind the queue at a zebra cannot pass it (the child crosses
    # while the queue stands for the people on it); a car turning into the road is judged
    # by its route, not by where its bonnet points (it was unseen to the off-zebra walk)
    (ROOT / "maps/walk_to_school.tmx", "ped_look", 0, "busy"),
    (ROOT / "maps/walk_to_school.tmx", "ped_zebra", 2, "normal"),
    (ROOT / "maps/walk_to_school.tmx", "ped_zebra", 1, "busy"),
    # a verge walk too short for the instructor to judge is no moment for facing the cars
    (ROOT / "maps/parked_cars.tmx", "ped_kerb.facing", 0, "normal"),
    # the red figure's last second: on the crossing only once it is green (no mistake)
    (ROOT / "maps/walk_to_shop.tmx", "ped_signal", 3, "normal"),
]


@pytest.mark.parametrize("cell", FAST, ids=_id)
def test_fault_cell(cell: tuple[Path, str, int, str]) -> None:
    _check(cell)


@pytest.mark.matrix
@pytest.mark.parametrize("cell", SHIPPED, ids=_id)
def test_fault_matrix_shipped(cell: tuple[Path, str, int, str]) -> None:
    _check(cell)


@pytest.mark.matrix
@pytest.mark.parametrize("cell", UNSEEN, ids=_id)
def test_fault_matrix_unseen(cell: tuple[Path, str, int, str]) -> None:
    _check(cell)


def test_one_module_per_rule() -> None:
    """Each fault lives in a module named after its rule, as the rules do."""
    assert set(FAULTS) == set(RULE_IDS)
    for rule, cls in FAULTS.items():
        module = cls.__module__.rsplit(".", 1)[-1]
        assert module in (rule, f"{rule}_rule"), f"{rule} lives in {module}"


def test_a_course_without_the_moment_says_so() -> None:
    """No traffic light on first_drive: the drive finishes clean and says why."""
    path = ROOT / "maps" / "first_drive.tmx"
    data = run_drive(course(path), [Autopilot(fault="red_light")], 300, density=0.0).as_dict()
    assert data["finished"]
    assert [e for e in data["events"] if e["kind"] == "mistake"] == []
    assert data["fault"] == "red_light"
    assert data["fault_missed"] == "the route passes no traffic light"


def test_moments_that_need_someone_else() -> None:
    """A yield needs a vehicle, an emergency an ambulance, a zebra a walker: only with the
    town's traffic on, and only on a map whose traffic has them."""
    h_left = course(ROOT / "tests/unseen_maps/h_left.tmx")  # no vehicle source at all
    emergency = course(ROOT / "maps/emergency_vehicle.tmx")
    assert not offered(h_left, "yield", 1.0)
    assert offered(h_left, "red_light", 0.0)
    assert offered(emergency, "emergency", 0.5)
    assert not offered(emergency, "emergency", 0.0)
    assert not offered(course(ROOT / "maps/first_drive.tmx"), "emergency", 1.0)


def test_a_moment_the_town_never_brings_says_why() -> None:
    """h_left has yield lines but no traffic on its map: no waiting at them, and the JSON
    says who never came instead of blaming the drive."""
    path = ROOT / "tests/unseen_maps/h_left.tmx"
    c = course(path)
    data = run_drive(c, [Autopilot(fault="yield")], c.time_limit or 300, density=1.0).as_dict()
    assert data["finished"]
    assert [e for e in data["events"] if e["kind"] == "mistake"] == []
    assert data["fault_missed"] == "the course's traffic has no vehicles"
    off = run_drive(
        course(ROOT / "maps/zebra_crossing.tmx"), [Autopilot(fault="pedestrian")], 360, density=0.0
    ).as_dict()
    assert off["fault_missed"].startswith("the town's traffic was off")


def test_a_drive_without_a_fault_has_no_fault_fields() -> None:
    path = ROOT / "maps" / "first_drive.tmx"
    data = run_drive(course(path), [Autopilot()], 2.0, density=0.0).as_dict()
    assert "fault" not in data and "fault_missed" not in data


def _short_school_zone(length: float) -> tuple[Course, SpeedZone]:
    """first_drive with a school zone `length` metres long across its first straight."""
    import dataclasses

    base = course(ROOT / "maps" / "first_drive.tmx")
    pilot = Autopilot()
    run_drive(base, [pilot], 1.0, density=0.0)
    assert pilot.path is not None
    s = 45.0
    cx, cy = pilot.path.point_at(s)
    h = math.radians(pilot.path.heading_at(s))
    fx, fy = math.sin(h), -math.cos(h)  # along the road
    rx, ry = -fy, fx
    half, wide = length / 2, 6.0
    poly = tuple(
        (cx + fx * a + rx * b, cy + fy * a + ry * b)
        for a, b in ((-half, -wide), (half, -wide), (half, wide), (-half, wide))
    )
    zone = SpeedZone(9001, "short school zone", "speed_zone", poly, limit=20.0, school=True)
    return dataclasses.replace(base, speed_zones=(*base.speed_zones, zone)), zone


class _Watch:
    """Drives like the pilot and notes the speed (km/h) at every step in the zone."""

    def __init__(self, pilot: Autopilot, zone: SpeedZone) -> None:
        self.pilot, self.zone, self.kmh = pilot, zone, []

    def controls(self, world, player):  # noqa: ANN001, ANN201 - the Driver protocol
        if self.zone.contains(player.state.pos):
            self.kmh.append(player.state.speed * 3.6)
        return self.pilot.controls(world, player)


@pytest.mark.parametrize("length", [6.0, 3.0])
def test_speeding_crosses_a_short_school_zone_too_fast(length: float) -> None:
    """A zone a few metres long is crossed too fast from end to end (the instructor judges
    a zone crossed by distance, not only by time)."""
    short, zone = _short_school_zone(length)
    watch = _Watch(Autopilot(fault="speeding"), zone)
    run_drive(short, [watch], 40.0, density=0.0)
    assert len(watch.kmh) > 5, "the car never crossed the zone"
    assert min(watch.kmh) > zone.limit + T.school_tolerance_kmh
