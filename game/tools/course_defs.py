"""The shipped courses, each a few dozen lines of network plus what happens on it.

Node coordinates are the tile corners where road axes cross; roads are straight between
nodes. Read `course_dsl.Course` for the vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable

from game.tools.course_dsl import Course
from game.tools.course_texts import HINTS, TITLES
from game.tools.course_walks import WALKS

SIGNAL = {"n": "signal", "e": "signal", "s": "signal", "w": "signal"}


def new(slug: str, w: int, h: int, lesson: str, time_limit: int) -> Course:
    return Course(slug, w, h, TITLES[slug], lesson, time_limit)


def first_drive() -> Course:
    """A quiet L-shaped loop with six bends: steering and braking, no traffic."""
    c = new("first_drive", 31, 22, "seatbelt,off_road,collision_object", 300)
    for name, x, y in (
        ("A", 5, 5),
        ("B", 26, 5),
        ("C", 26, 11),
        ("D", 17, 11),
        ("E", 17, 17),
        ("F", 5, 17),
    ):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D", "E", "F")
    c.spawn("F", "A", 6)
    c.hint("F", "A", 4, HINTS["belt"], length=4)
    c.hint("A", "B", 2, HINTS["road"])
    c.checkpoint("A", "B", 10)
    c.hint("A", "B", 15, HINTS["bend"])
    c.checkpoint("B", "C", 2)
    c.hint("C", "D", 1, HINTS["brake"])
    c.checkpoint("D", "E", 2)
    c.checkpoint("E", "F", 6)
    c.hint("F", "A", 0, HINTS["almost"], length=1)
    c.finish("F", "A", 2)
    c.park(8, 8, 7, 7)
    return c


def traffic_lights() -> Course:
    """A figure of eight through one signalled crossroads with zebras on every arm."""
    c = new("traffic_lights", 38, 25, "red_light,amber_light,pedestrian,no_indicator", 420)
    c.node("X", 19, 13, control=dict(SIGNAL), zebras={"n", "e", "s", "w"}, phases="NS=12,3;EW=12,3")
    for name, x, y in (
        ("A", 19, 5),
        ("B", 5, 5),
        ("C", 5, 13),
        ("D", 19, 21),
        ("E", 33, 21),
        ("F", 33, 13),
    ):
        c.node(name, x, y)
    c.loop("X", "A", "B", "C")
    c.loop("X", "D", "E", "F")
    c.spawn("B", "C", 1)
    c.hint("B", "C", 0, HINTS["belt"], length=3)
    c.hint("C", "X", 3, HINTS["red"], length=3)
    c.checkpoint("X", "F", 4)
    c.checkpoint("E", "D", 6)
    c.hint("D", "X", 1, HINTS["green"], length=3)
    c.checkpoint("X", "A", 4)
    c.checkpoint("B", "C", 4)
    c.hint("C", "X", 0, HINTS["indicator"], length=3)
    c.finish("X", "D", 4)
    c.vehicle("A", "X", "car", every=9, count=4, delay=2)
    c.vehicle("F", "X", "car", every=11, count=3, delay=5)
    c.vehicle("E", "F", "bus", every=30, count=1, delay=8)
    c.vehicle("C", "B", "bike", every=25, count=2, delay=4)
    c.building("shop", 22, 15)
    c.building("shop", 15, 8)
    return c


def zebra_crossing() -> Course:
    """A loop with three zebras (one with lights): people of every kind cross."""
    c = new("zebra_crossing", 37, 22, "pedestrian,red_light,collision_pedestrian", 360)
    for name, x, y in (("A", 5, 5), ("B", 32, 5), ("C", 32, 17), ("D", 5, 17)):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D")
    c.zebra("A", "B", 8, walkers=("adult", "child"), every=12.0)
    c.zebra("A", "B", 18, signal="signal_crossing", walkers=("stroller", "adult", "child"))
    c.zebra("B", "C", 5, walkers=("dog", "adult"), every=13.0, delay=6.0)
    c.zebra("C", "D", 13, walkers=("child", "adult", "child"), every=10.0, delay=1.0)
    c.spawn("D", "A", 7)
    c.hint("D", "A", 5, HINTS["belt"], length=3)
    c.hint("A", "B", 3, HINTS["zebra"], length=3)
    c.checkpoint("A", "B", 11)
    c.hint("A", "B", 13, HINTS["ped_light"], length=3)
    c.checkpoint("A", "B", 22)
    c.checkpoint("B", "C", 8)
    c.hint("C", "D", 8, HINTS["zebra"], length=3)
    c.checkpoint("C", "D", 17)
    c.finish("D", "A", 3)
    c.vehicle("B", "A", "car", every=14, count=3, delay=6)
    c.vehicle("D", "C", "bike", every=25, count=2, delay=10)
    return c


def stop_and_yield() -> Course:
    """A loop cut by a side street: a STOP at its top end, a give-way at its bottom end."""
    c = new("stop_and_yield", 38, 24, "stop_sign,yield,no_indicator", 420)
    c.node("N", 19, 5, control={"s": "stop"})
    c.node("S", 19, 19, control={"n": "yield"})
    for name, x, y in (("A", 5, 5), ("B", 33, 5), ("C", 33, 19), ("D", 5, 19)):
        c.node(name, x, y)
    c.loop("A", "N", "B", "C", "S", "D")
    c.road("N", "S")
    c.spawn("D", "A", 3)
    c.hint("D", "A", 1, HINTS["belt"], length=3)
    c.checkpoint("A", "N", 6)
    c.hint("N", "S", 6, HINTS["yield"], length=3)
    c.checkpoint("N", "S", 4)
    c.checkpoint("S", "C", 5)
    c.checkpoint("N", "A", 4)
    c.checkpoint("S", "N", 3)
    c.hint("S", "N", 5, HINTS["stop"], length=3)
    c.finish("N", "B", 6)
    c.vehicle("A", "N", "car", every=9, count=4, delay=4)
    c.vehicle("B", "N", "car", every=11, count=3, delay=7)
    c.vehicle("D", "S", "car", every=10, count=3, delay=12)
    c.vehicle("C", "S", "bus", every=40, count=1, delay=15)
    c.vehicle("N", "A", "bike", every=30, count=2, delay=20)
    return c


def roundabout() -> Course:
    """A figure of eight through a roundabout: give way on entry, signal on exit."""
    yields = {"n": "yield", "e": "yield", "s": "yield", "w": "yield"}
    c = new("roundabout", 38, 26, "yield,no_indicator,wrong_way", 420)
    c.node("R", 19, 13, kind="roundabout", control=yields)
    for name, x, y in (
        ("N", 19, 5),
        ("A", 5, 5),
        ("W", 5, 13),
        ("S", 19, 21),
        ("C", 33, 21),
        ("E", 33, 13),
    ):
        c.node(name, x, y)
    c.loop("R", "N", "A", "W")
    c.loop("R", "S", "C", "E")
    c.spawn("A", "W", 2)
    c.hint("A", "W", 0, HINTS["belt"], length=3)
    c.hint("W", "R", 3, HINTS["roundabout"], length=3)
    c.checkpoint("R", "E", 5)
    c.hint("R", "E", 0, HINTS["exit"], length=2)
    c.checkpoint("C", "S", 5)
    c.checkpoint("R", "N", 2)
    c.checkpoint("W", "R", 4)
    c.finish("R", "S", 3)
    c.vehicle("E", "R", "car", every=10, count=4, delay=3)
    c.vehicle("N", "R", "car", every=13, count=3, delay=8)
    c.vehicle("S", "R", "bus", every=40, count=1, delay=12)
    c.vehicle("C", "E", "bike", every=30, count=2, delay=5)
    return c


def school_zone() -> Course:
    """A street past the school: 20 km/h, children on the zebra, school signs."""
    c = new("school_zone", 38, 23, "speeding,pedestrian,collision_pedestrian", 360)
    for name, x, y in (("A", 5, 6), ("B", 33, 6), ("C", 33, 18), ("D", 5, 18)):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D")
    c.building("school", 17, 2)
    c.park(14, 1, 9, 3)
    c.zebra("A", "B", 12, walkers=("child", "child", "stroller", "child"), every=9.0)
    c.zebra("C", "D", 14, walkers=("adult", "dog"), every=15.0, delay=5.0)
    c.zone(10, 4, 18, 4, 20, school=True)
    for a, b, t0, t1 in (("A", "B", 3.4, 21.6), ("B", "A", 3.4, 21.6)):
        c.roadside_sign("school", a, b, t0)
        c.roadside_sign("speed_limit", a, b, t0 + 0.8, value=20)
        c.roadside_sign("speed_limit", a, b, t1 + 0.8, value=30)
    c.spawn("D", "A", 6)
    c.hint("D", "A", 4, HINTS["belt"], length=3)
    c.checkpoint("A", "B", 2)
    c.hint("A", "B", 4, HINTS["school"], length=3)
    c.hint("A", "B", 9, HINTS["children"], length=2)
    c.checkpoint("A", "B", 20)
    c.checkpoint("B", "C", 5)
    c.checkpoint("C", "D", 17)
    c.finish("D", "A", 2)
    c.vehicle("B", "A", "car", every=14, count=3, delay=4)
    c.vehicle("C", "D", "bike", every=30, count=2, delay=10)
    return c


def parking() -> Course:
    """A car-park street with bays on both sides; park in the marked one."""
    c = new("parking", 37, 26, "parking,off_road,collision_object", 300)
    c.node("E", 5, 13, control={"e": "yield"})
    c.node("F", 32, 13, control={"w": "yield"})
    for name, x, y in (("A", 5, 5), ("B", 32, 5), ("C", 32, 21), ("D", 5, 21)):
        c.node(name, x, y)
    c.loop("A", "B", "F", "C", "D", "E")
    c.road("E", "F", speed=20)
    target = c.bays("E", "F", 3, 10, side="right", target=6)
    c.bays("E", "F", 3, 10, side="left", name="bay north")
    c.roadside_sign("parking", "D", "E", 1)
    c.roadside_sign("no_parking", "A", "B", 6)
    c.no_parking("A", "B", 6, 12)
    c.roadside_sign("no_parking", "C", "D", 10)
    c.no_parking("C", "D", 10, 18)
    c.spawn("C", "D", 4)
    c.hint("C", "D", 2, HINTS["belt"], length=3)
    c.checkpoint("D", "E", 3)
    c.hint("E", "F", 0, HINTS["carpark"], length=2)
    c.checkpoint("E", "F", 1)
    c.hint("E", "F", 5, HINTS["park"], length=3)
    assert target is not None
    c.finish_on(target)
    c.vehicle("A", "B", "car", every=15, count=3, delay=2)
    c.vehicle("B", "A", "car", every=18, count=2, delay=9)
    return c


def emergency_vehicle() -> Course:
    """A long street: an ambulance comes from behind; slow down and keep right."""
    c = new("emergency_vehicle", 47, 19, "emergency,speeding", 360)
    for name, x, y in (("A", 5, 5), ("B", 42, 5), ("C", 42, 14), ("D", 5, 14)):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D")
    c.spawn("A", "B", 5)
    c.hint("A", "B", 3, HINTS["belt"], length=3)
    c.hint("A", "B", 9, HINTS["ambulance"], length=4)
    c.checkpoint("A", "B", 20)
    c.checkpoint("B", "C", 3)
    c.checkpoint("C", "D", 16)
    c.finish("D", "A", 3)
    c.vehicle("A", "B", "ambulance", every=120, count=1, delay=8)
    c.vehicle("C", "D", "ambulance", every=120, count=1, delay=55)
    c.vehicle("B", "A", "car", every=10, count=4, delay=2)
    c.vehicle("D", "C", "bus", every=45, count=1, delay=20)
    return c


def traffic_park() -> Course:
    """The whole workshop town: lights and an officer, STOP and give-way, zebras, a
    roundabout, the school street, the police station and a car park."""
    yields = {"n": "yield", "e": "yield", "s": "yield", "w": "yield"}
    c = new(
        "traffic_park",
        48,
        32,
        "seatbelt,red_light,stop_sign,yield,pedestrian,speeding,parking,emergency",
        720,
    )
    c.node("X", 18, 16, control=dict(SIGNAL), zebras={"n", "e", "s", "w"}, phases="NS=14,3;EW=14,3")
    c.node("R", 31, 16, kind="roundabout", control=yields)
    c.node("B", 18, 5, control={"s": "stop"})
    c.node("C", 31, 5, control={"s": "yield"})
    c.node("E", 5, 16, control={"e": "yield"})
    c.node("F", 43, 16, control={"w": "yield"})
    c.node("H", 18, 27, control={"n": "stop"})
    c.node("I", 31, 27, control={"n": "yield"})
    for name, x, y in (("A", 5, 5), ("D", 43, 5), ("G", 5, 27), ("J", 43, 27)):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D", "F", "J", "I", "H", "G", "E")
    c.chain("E", "X", "R", "F")
    c.chain("B", "X", "H")
    c.chain("C", "R", "I")
    # the school street
    c.building("school", 23, 1)
    c.park(20, 0, 10, 3)
    c.zebra("B", "C", 5, walkers=("child", "child", "stroller"), every=10.0)
    c.zone(19, 3, 11, 4, 20, school=True)
    for a, b in (("B", "C"), ("C", "B")):
        c.roadside_sign("school", a, b, 0.4)
        c.roadside_sign("speed_limit", a, b, 1.2, value=20)
    # more crossings, the police station, the car park, a pond in the park
    c.zebra("E", "X", 5, walkers=("adult", "dog"), every=14.0)
    c.zebra("X", "H", 5, walkers=("adult", "child"), every=13.0, delay=4.0)
    c.building("police", 10, 23)
    target = c.bays("H", "I", 1, 9, target=5)
    c.roadside_sign("parking", "X", "H", 1)
    c.park(33, 7, 8, 7)
    c.fill("water", 35, 9, 4, 3)
    for x, y in ((34, 10), (39, 10)):
        c.decor[(x, y)] = "bench"
    # the officer overrides the lights (same 36 s cycle, other timings): coming from the
    # roundabout, the child meets a green light the officer holds (18-24 s of the cycle),
    # and north-south traffic is waved on through its red (18-20 s)
    c.officer("X", 16.4, 14.4, phases="NS=20,3;EW=8,3")
    # buses from the west halt past the officer's junction: coming from the roundabout,
    # the child passes them slowly
    c.bus_stop("X", "R", 4, 7)
    # the tour
    c.spawn("A", "B", 2)
    c.hint("A", "B", 0, HINTS["welcome"], length=3)
    c.hint("B", "C", 0, HINTS["school"], length=3)
    c.checkpoint("B", "C", 8)
    c.hint("C", "R", 2, HINTS["roundabout"], length=3)
    c.checkpoint("R", "X", 3)
    c.hint("R", "X", 5, HINTS["officer"], length=2)
    c.checkpoint("X", "H", 7)
    c.hint("X", "H", 7, HINTS["stop"], length=2)
    c.hint("H", "I", 0, HINTS["park"], length=2)
    assert target is not None
    c.finish_on(target)
    # traffic
    c.vehicle("E", "X", "bus", every=35, count=2, delay=10)
    c.vehicle("I", "R", "bus", every=40, count=1, delay=5)
    c.vehicle("D", "C", "car", every=12, count=3, delay=3)
    c.vehicle("F", "R", "car", every=10, count=3, delay=6)
    c.vehicle("G", "H", "car", every=14, count=2, delay=8)
    c.vehicle("J", "I", "car", every=12, count=2, delay=12)
    c.vehicle("H", "G", "bike", every=20, count=2, delay=2)
    c.vehicle("C", "B", "bike", every=25, count=2, delay=15)
    c.vehicle("J", "F", "ambulance", every=120, count=1, delay=60)
    return c


def template() -> Course:
    """The smallest complete course, for teachers to copy and change in Tiled."""
    c = new("template", 24, 16, "off_road", 240)
    for name, x, y in (("A", 5, 5), ("B", 18, 5), ("C", 18, 11), ("D", 5, 11)):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D")
    c.spawn("D", "A", 2.5, name="spawn: the car starts here, heading 0 = north")
    c.hint("D", "A", 2, HINTS["belt"], length=2, name="hint: shown when the car drives in")
    c.checkpoint("A", "B", 6, name="checkpoint 1: drive through here first")
    c.checkpoint("C", "D", 6, name="checkpoint 2: then through here")
    c.finish("D", "A", 0, name="finish: the end of the course")
    return c


COURSES: dict[str, Callable[[], Course]] = {
    "first_drive": first_drive,
    "traffic_lights": traffic_lights,
    "zebra_crossing": zebra_crossing,
    "stop_and_yield": stop_and_yield,
    "roundabout": roundabout,
    "school_zone": school_zone,
    "parking": parking,
    "emergency_vehicle": emergency_vehicle,
    "traffic_park": traffic_park,
    "template": template,
}
COURSES.update(WALKS)
