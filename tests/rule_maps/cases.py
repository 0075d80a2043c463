"""The drives the rule, replay and autopilot tests share, run once per test session.

Each rule has a situation: a shipped course, and scripted traffic when the mistake needs
someone else (a car on the ring, a walker, an ambulance). The same situation is driven by
the careful autopilot (clean) and by the autopilot with that one fault.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from game.course.loader import load_course
from game.course.model import Course
from game.drivers.autopilot import Autopilot
from game.sim.world import World
from game.tools.headless import DriveResult, run_drive
from rule_maps.scripted_town import LaneScript, Vehicle, Walker, WalkScript, scripted

ROOT = Path(__file__).resolve().parents[2]
MAPS = ROOT / "maps"

FIRST_DRIVE_ROUTE = [14, 1, 16, 3, 17, 5, 19, 7, 21, 9, 23, 11]  # after the spawn lane (11)


@dataclass(frozen=True)
class Case:
    course: str
    scene: str = ""  # name of the scripted traffic, see SCENES
    companions: frozenset[str] = field(default_factory=frozenset)  # mistakes that must come along
    seconds: float = 300.0
    density: float = 0.0  # the course's own traffic (1.0) when the mistake needs real cars


def _school_walker() -> Callable[[World], None]:
    walk = WalkScript(Walker(901), (55.5, 13.0), (55.5, 23.0), speed=1.0, delay=9.0, wait=6.0)
    return scripted(walks=[walk])


def _lead_car() -> Callable[[World], None]:
    lead = LaneScript(Vehicle(801, "car"), FIRST_DRIVE_ROUTE, speed=3.5, delay=2.0)
    return scripted(lanes=[lead])


def _broken_down() -> Callable[[World], None]:
    car = LaneScript(
        Vehicle(802, "car"), FIRST_DRIVE_ROUTE[1:], speed=5.0, s0=22.0, stand=(0.0, 30.0)
    )
    return scripted(lanes=[car])


def _ambulance() -> Callable[[World], None]:
    amb = LaneScript(
        Vehicle(803, "ambulance", siren=True),
        [11, *FIRST_DRIVE_ROUTE],
        speed=8.5,
        delay=5.0,
        overtake=True,
    )
    return scripted(lanes=[amb])


def _ring_car() -> Callable[[World], None]:
    ring = LaneScript(Vehicle(804, "car"), [17, 18, 19, 20, 21, 22, 23, 24], speed=4.0, loop=True)
    return scripted(lanes=[ring])


def _bus_at_stop() -> Callable[[World], None]:
    """A bus standing at its stop on the other side of first_drive's first straight."""
    bus = LaneScript(
        Vehicle(805, "bus", length=10.0, width=2.5, at_stop=True),
        [2],
        speed=0.0,
        s0=25.0,
        stand=(0.0, 1e9),
    )
    return scripted(lanes=[bus])


SCENES: dict[str, Callable[[], Callable[[World], None]]] = {
    "school_walker": _school_walker,
    "lead_car": _lead_car,
    "broken_down": _broken_down,
    "ambulance": _ambulance,
    "ring_car": _ring_car,
    "bus_at_stop": _bus_at_stop,
}

CASES: dict[str, Case] = {
    "seatbelt": Case("first_drive"),
    "red_light": Case("traffic_lights"),
    "amber_light": Case("traffic_lights"),
    "stop_sign": Case("stop_and_yield"),
    "yield": Case("roundabout", "ring_car"),
    "pedestrian": Case("school_zone", "school_walker"),
    "speeding": Case("school_zone"),
    "wrong_way": Case("first_drive"),
    "off_road": Case("first_drive"),
    "collision_vehicle": Case("first_drive", "broken_down"),
    "collision_pedestrian": Case("school_zone", "school_walker", frozenset({"pedestrian"})),
    "collision_object": Case("first_drive", "", frozenset({"off_road"})),
    "tailgating": Case("first_drive", "lead_car"),
    "no_indicator": Case("traffic_lights"),
    "emergency": Case("first_drive", "ambulance"),
    "parking": Case("parking"),
    "no_parking": Case("zebra_crossing"),
    "bus_stop": Case("first_drive", "bus_at_stop"),
    # on foot (walking courses)
    "ped_kerb": Case("walk_to_school"),
    "ped_look": Case("walk_to_school"),
    "ped_zebra": Case("walk_to_school"),
    "ped_signal": Case("walk_to_shop"),
    "ped_hidden": Case("parked_cars"),
    # a lane without a zebra: on Walk to School the fault steps out away from its zebra,
    # also a ped_zebra mistake (its companion in the fault matrix)
    "ped_too_close": Case("country_lane", density=1.0),
}


@functools.cache
def course(name: str) -> Course:
    return load_course(MAPS / f"{name}.tmx")


def prepare_for(case: Case) -> Callable[[World], None] | None:
    return SCENES[case.scene]() if case.scene else None


@functools.cache
def drive(rule: str, fault: bool) -> DriveResult:
    """The drive for a rule's case: with the fault, or clean; cached for the session."""
    case = CASES[rule]
    return run_drive(
        course(case.course),
        [Autopilot(fault=rule if fault else None)],
        case.seconds,
        seed=0,
        density=case.density,  # 0: only the scripted traffic, the situation on cue
        prepare=prepare_for(case),
    )


def mistakes(result: DriveResult) -> list[str]:
    return [e["rule"] for e in result.referee.events if e["kind"] == "mistake"]
