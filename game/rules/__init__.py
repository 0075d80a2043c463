"""The scoring engine: one module per rule, a registry, the referee and the scorecard.

Adding a rule: write a module with a `Rule` subclass and append it to `RULES`; no other
rule changes. Order matters only for `Finish`, which must come last.
"""

from __future__ import annotations

from game.course.checks import RULE_IDS
from game.rules.amber_light import AmberLight
from game.rules.base import Rule
from game.rules.bus_stop import BusStop
from game.rules.collision_object import CollisionObject
from game.rules.collision_pedestrian import CollisionPedestrian
from game.rules.collision_vehicle import CollisionVehicle
from game.rules.emergency import Emergency
from game.rules.no_indicator import NoIndicator
from game.rules.no_parking import NoParking
from game.rules.off_road import OffRoad
from game.rules.parking import Parking
from game.rules.ped_hidden import PedHidden
from game.rules.ped_kerb import PedKerb
from game.rules.ped_look import PedLook
from game.rules.ped_signal import PedSignal
from game.rules.ped_too_close import PedTooClose
from game.rules.ped_zebra import PedZebra
from game.rules.pedestrian import Pedestrian
from game.rules.progress import Checkpoint, Finish
from game.rules.red_light import RedLight
from game.rules.seatbelt import Seatbelt
from game.rules.speeding import Speeding
from game.rules.stop_sign import StopSign
from game.rules.tailgating import Tailgating
from game.rules.wrong_way import WrongWay
from game.rules.yield_rule import Yield

RULES: list[type[Rule]] = [
    Seatbelt,
    RedLight,
    AmberLight,
    StopSign,
    Yield,
    Pedestrian,
    Speeding,
    WrongWay,
    OffRoad,
    CollisionVehicle,
    CollisionPedestrian,
    CollisionObject,
    Tailgating,
    NoIndicator,
    Emergency,
    Parking,
    NoParking,
    BusStop,
    Checkpoint,
    Finish,
]

# a walking course (`mode = walk`): the child on foot, judged as a pedestrian
WALK_RULES: list[type[Rule]] = [
    PedKerb,
    PedLook,
    PedZebra,
    PedSignal,
    PedHidden,
    PedTooClose,
    Checkpoint,
    Finish,
]


def rules_for(course) -> list[type[Rule]]:
    """The rules that judge a drive of this course: a walk or a drive."""
    return WALK_RULES if getattr(course, "walking", False) else RULES


MISTAKE_RULES = RULE_IDS  # the rule ids of the catalog, kept in one place
