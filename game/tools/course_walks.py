"""The shipped walking courses (`mode = walk`): the child on foot in the same town.

Read course_defs for the network vocabulary and course_walk for what a walk adds.
"""

from __future__ import annotations

from game.tools.course_texts import HINTS, TITLES
from game.tools.course_walk import WalkCourse

SIGNAL = {"n": "signal", "e": "signal", "s": "signal", "w": "signal"}


def new(slug: str, w: int, h: int, lesson: str, time_limit: int) -> WalkCourse:
    return WalkCourse(slug, w, h, TITLES[slug], lesson, time_limit)


def walk_to_school() -> WalkCourse:
    """From home to school: along the pavement to the zebra, stop, look, cross."""
    c = new("walk_to_school", 38, 22, "ped_kerb,ped_look,ped_zebra,ped_too_close", 240)
    for name, x, y in (("A", 5, 8), ("B", 33, 8), ("C", 33, 18), ("D", 5, 18)):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D")
    c.zebra("A", "B", 13, walkers=("adult", "child"), every=16.0, delay=8.0)
    c.building("school", 10, 10)
    c.park(9, 10, 6, 4)
    c.walker(9.5, 6.5, 90)
    c.area_hint(8, 6, 4, 1, HINTS["walk_pavement"])
    c.area_checkpoint(14, 6, 1, 1)
    c.area_hint(17, 6, 2, 1, HINTS["walk_kerb"])
    c.area_checkpoint(15, 9, 1, 1)
    c.area_finish(10, 9, 3, 1)
    c.vehicle("B", "A", "car", every=9, count=4, delay=3)
    c.vehicle("A", "B", "car", every=11, count=3, delay=9)
    c.vehicle("D", "C", "bike", every=30, count=1, delay=12)
    return c


def walk_to_shop() -> WalkCourse:
    """To the shop across the crossroads with lights: twice on the green walking figure."""
    c = new("walk_to_shop", 38, 25, "ped_signal,ped_look,ped_kerb,ped_zebra", 300)
    c.node("X", 19, 13, control=dict(SIGNAL), zebras={"n", "e", "s", "w"}, phases="NS=12,3;EW=12,3")
    for name, x, y in (
        ("A", 19, 4),
        ("B", 5, 4),
        ("C", 5, 13),
        ("D", 19, 21),
        ("E", 33, 21),
        ("F", 33, 13),
    ):
        c.node(name, x, y)
    c.loop("X", "A", "B", "C")
    c.loop("X", "D", "E", "F")
    c.building("shop", 24, 15)
    c.walker(14.5, 11.5, 90)
    c.area_hint(13, 11, 3, 1, HINTS["walk_signal"])
    c.area_checkpoint(20, 10, 1, 1)
    c.area_checkpoint(20, 15, 1, 1)
    c.area_finish(24, 14, 2, 1)
    c.vehicle("A", "X", "car", every=9, count=4, delay=2)
    c.vehicle("F", "X", "car", every=11, count=3, delay=5)
    c.vehicle("C", "X", "car", every=13, count=3, delay=7)
    c.vehicle("E", "F", "bus", every=40, count=1, delay=8)
    return c


def parked_cars() -> WalkCourse:
    """A street lined with parked cars and no zebra: cross where drivers can see you."""
    c = new("parked_cars", 38, 24, "ped_hidden,ped_kerb,ped_look,ped_too_close", 240)
    c.node("E", 5, 12, control={"e": "yield"})
    c.node("F", 33, 12, control={"w": "yield"})
    for name, x, y in (("A", 5, 4), ("B", 33, 4), ("C", 33, 20), ("D", 5, 20)):
        c.node(name, x, y)
    c.loop("A", "B", "F", "C", "D", "E")
    c.road("E", "F", speed=30)
    c.bays("E", "F", 3, 12, side="left", name="bay")
    bays = [o for o in c.extra if o.type == "parking_spot"]
    c.park_in_bays(bays, [0, 1, 2, 3, 4, 8, 9, 10, 11], road="s")
    c.building("shop", 17, 14)
    c.walker(9.5, 8.5, 90)
    c.area_hint(8, 8, 4, 1, HINTS["walk_parked"])
    c.area_checkpoint(15, 8, 1, 1)
    c.area_finish(17, 13, 2, 1)
    c.vehicle("E", "F", "car", every=10, count=4, delay=2)
    c.vehicle("F", "E", "car", every=12, count=3, delay=6)
    return c


def country_lane() -> WalkCourse:
    """A road between fields with grass verges and no pavement: walk facing the cars."""
    c = new("country_lane", 38, 22, "ped_kerb,ped_look,ped_too_close", 240)
    for name, x, y in (("A", 5, 8), ("B", 33, 8), ("C", 33, 18), ("D", 5, 18)):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D")
    c.verge(10, 6, 19, 1)  # no pavement along the lane: grass verges
    c.verge(10, 9, 19, 1)
    c.park(10, 2, 19, 4)  # fields, not houses, beyond the verges
    c.park(10, 10, 19, 3)
    c.walker(11.5, 9.5, 90)
    c.area_hint(11, 9, 2, 1, HINTS["walk_facing"])
    c.area_checkpoint(21, 6, 1, 1)
    c.area_finish(26, 6, 1, 1)
    c.vehicle("B", "A", "car", every=10, count=4, delay=4)
    c.vehicle("A", "B", "car", every=12, count=3, delay=8)
    return c


WALKS = {
    "walk_to_school": walk_to_school,
    "walk_to_shop": walk_to_shop,
    "parked_cars": parked_cars,
    "country_lane": country_lane,
}
