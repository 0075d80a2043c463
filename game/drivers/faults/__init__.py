"""Mistakes on purpose: one module per rule, as the rules are (game/rules/), each making
its rule's mistake at the first moment the course offers, safely for everyone else.

The careful autopilot asks its fault at each moment that matters (game.drivers.faults.base
lists them); `make_fault(None)` answers every question as a careful driver would.

Adding a fault (for a new rule): a module named after the rule with a `Fault` subclass that
overrides only the hooks its mistake needs (`stops` for a place to stand, `at_line`,
`at_crossing`, `speed_cap`...), added to FAULTS; tests/test_faults.py checks that every
mistake rule has one, and its matrix that it makes that mistake and no other.
"""

from __future__ import annotations

from game.course.checks import RULE_IDS
from game.drivers.faults.amber_light import RunAmberLight
from game.drivers.faults.base import IGNORE, Fault
from game.drivers.faults.bus_stop import PassBusFast
from game.drivers.faults.collision_object import HitObject
from game.drivers.faults.collision_pedestrian import HitWalker
from game.drivers.faults.collision_vehicle import RamVehicle
from game.drivers.faults.emergency import IgnoreSiren
from game.drivers.faults.needs import NEEDS, offered, unoffered
from game.drivers.faults.no_indicator import NoIndicator
from game.drivers.faults.no_parking import StopOnCrossing
from game.drivers.faults.off_road import OffRoad
from game.drivers.faults.parking import BadParking
from game.drivers.faults.ped_hidden import BetweenParked
from game.drivers.faults.ped_kerb import NoKerbStop, WithTraffic
from game.drivers.faults.ped_look import NoLook
from game.drivers.faults.ped_signal import RedFigure
from game.drivers.faults.ped_too_close import BeforeUnseenCar, InFrontOfCar
from game.drivers.faults.ped_zebra import NoZebra, RunAcross
from game.drivers.faults.pedestrian import IgnoreWalker
from game.drivers.faults.red_light import AgainstOfficer, RunRedLight
from game.drivers.faults.seatbelt import NoSeatbelt
from game.drivers.faults.speeding import Speeding
from game.drivers.faults.stop_sign import RollThroughStop
from game.drivers.faults.tailgating import Tailgating
from game.drivers.faults.wrong_way import WrongWay
from game.drivers.faults.yield_rule import CutIn

FAULTS: dict[str, type[Fault]] = {
    cls.rule: cls
    for cls in (
        NoSeatbelt,
        RunRedLight,
        RunAmberLight,
        RollThroughStop,
        CutIn,
        IgnoreWalker,
        Speeding,
        WrongWay,
        OffRoad,
        RamVehicle,
        HitWalker,
        HitObject,
        Tailgating,
        NoIndicator,
        IgnoreSiren,
        BadParking,
        StopOnCrossing,
        PassBusFast,
        # on foot (walking courses)
        NoKerbStop,
        NoLook,
        NoZebra,
        RedFigure,
        BetweenParked,
        InFrontOfCar,
    )
}

# one message of a rule made on purpose: `--fault ped_kerb.facing` (rule.variant)
VARIANTS: dict[str, type[Fault]] = {
    f"{cls.rule}.{cls.variant}": cls
    for cls in (WithTraffic, RunAcross, BeforeUnseenCar, AgainstOfficer)
}

# mistakes that cannot be made without another: hitting someone on a zebra is also not
# letting them cross, and leaves the car standing on the stripes; reaching a wall beside
# the road means driving over the pavement; on a walk with a zebra, the child steps out in
# front of a car away from it (at a zebra the town's drivers slow for the people waiting
# there and stop for a child at its stripes: no car comes at speed)
COMPANIONS: dict[str, frozenset[str]] = {
    "collision_pedestrian": frozenset({"pedestrian", "no_parking"}),
    "collision_object": frozenset({"off_road"}),
    "ped_too_close": frozenset({"ped_zebra"}),
}

def make_fault(rule: str | None) -> Fault:
    """The fault for this rule id (None: no fault, the careful answers)."""
    if rule is None:
        return Fault()
    if rule in VARIANTS:
        return VARIANTS[rule]()
    if rule not in FAULTS:
        known = ", ".join((*RULE_IDS, *VARIANTS))
        raise ValueError(f"unknown fault '{rule}': use one of {known}")
    return FAULTS[rule]()


__all__ = [
    "COMPANIONS",
    "FAULTS",
    "IGNORE",
    "NEEDS",
    "VARIANTS",
    "Fault",
    "make_fault",
    "offered",
    "unoffered",
]
