"""The review of the rules against Morocco's code (Décret 2-10-420, the Vienna conventions):
each point it found, held by a test. Drives are puppets (tests/rule_maps/puppet.py): the
car is moved pose by pose, so each judgment is tested at one exact moment."""

from __future__ import annotations

import dataclasses
import functools

import pytest
from rule_maps.cases import MAPS
from rule_maps.puppet import mistakes, poses, watch
from rule_maps.scripted_town import LaneScript, Vehicle, scripted
from rule_maps.scripted_town import Walker as PuppetWalker

from game.course.loader import load_course
from game.course.model import Course
from game.course.model import NoParking as NoParkingArea
from game.drivers.autopilot import Autopilot
from game.rules.amber_light import AmberLight, stopping_distance
from game.rules.context import lane_map, line_geometry
from game.rules.no_parking import NoParking
from game.rules.pedestrian import Pedestrian
from game.rules.priority import unmarked_entry
from game.rules.scorecard import PENALTIES, penalty
from game.rules.stop_sign import StopSign
from game.rules.thresholds import T
from game.rules.yield_rule import Yield
from game.sim.world import DT
from game.tools.course_dsl import Course as DslCourse
from game.tools.course_tmx import load_tile_ids, to_tmx
from game.tools.course_town import Town
from game.tools.headless import run_drive


@functools.cache
def stop_and_yield() -> Course:
    return load_course(MAPS / "stop_and_yield.tmx")


def _stop_then_go() -> list:
    """North on lane 14 (x = 58.5) to the STOP line (y = 21), a full second's stop with the
    front bumper 1 m before it, then on into the main road."""
    states = poses([(58.5, 40.0), (58.5, 23.6), (58.5, 12.0)], [20.0, 10.0])
    stop = next(i for i, s in enumerate(states) if s.y <= 23.6)
    still = [dataclasses.replace(states[stop], speed=0.0)] * 60
    return states[:stop] + still + states[stop:]


def _eastbound(s: float, speed: float) -> Vehicle:
    """A car on the main road's eastbound lane (1, y = 16.5), `s` metres along it."""
    return Vehicle(701, "car", x=21.75 + s, y=16.5, heading=90.0, speed=speed, lane_id=1, s=s)


# -- STOP means stop, then give way -----------------------------------------------------------
def test_a_stop_then_a_start_in_front_of_a_car_is_not_praised() -> None:
    """The car with priority is 1.5 s away when the child pulls out after a perfect stop:
    giving way is judged as at a yield line, and "Perfect stop!" is not said."""
    events = watch(stop_and_yield(), _stop_then_go(), [StopSign, Yield], [_eastbound(20.0, 8.0)])
    said = [(e["rule"], e["kind"], e["message"]) for e in events]
    assert said == [("yield", "mistake", "rule.yield.after_stop")]


def test_a_stop_then_a_safe_start_is_praised() -> None:
    """The same stop with the road clear, or the car still far (over 3 s away): praise."""
    for cast in ([], [_eastbound(0.0, 3.0)]):
        events = watch(stop_and_yield(), _stop_then_go(), [StopSign, Yield], cast)
        said = [(e["rule"], e["kind"]) for e in events]
        assert said == [("stop_sign", "praise")], cast


def test_no_stop_and_no_room_is_two_mistakes() -> None:
    """Rolling through the STOP in front of a car: both what was not done are said."""
    states = poses([(58.5, 40.0), (58.5, 12.0)], 15.0)
    events = watch(stop_and_yield(), states, [StopSign, Yield], [_eastbound(20.0, 8.0)])
    assert sorted(e["rule"] for e in mistakes(events, "stop_sign") + mistakes(events, "yield")) == [
        "stop_sign",
        "yield",
    ]


# -- fair "could have stopped": a reaction time before the braking ----------------------------
@functools.cache
def traffic_lights() -> Course:
    return load_course(MAPS / "traffic_lights.tmx")


def _at_amber(d: float, kmh: float = 30.0) -> list:
    """Westbound at `kmh` towards stop line 42 (x = 63, y = 37.5), the front bumper `d`
    metres from it at the step its light turns orange (t = 29 s), then on through it."""
    onset = round(29.0 / DT)
    v = kmh / 3.6
    x_then = 63.0 + d + 1.5  # the car's centre, half its 3 m behind the bumper
    start = (x_then + v * DT * onset, 37.5)
    return poses([start, (20.0, 37.5)], kmh)


@pytest.mark.parametrize(("d", "blamed"), [(15.0, True), (10.0, False), (4.0, False)])
def test_amber_counts_only_when_a_child_could_stop(d: float, blamed: bool) -> None:
    """At 20 km/h a child needs 1.5 s to react (8.3 m) then 5.1 m of braking: 13.5 m. From
    15 m, crossing on orange is a mistake; from 10 m (enough for the brakes alone, not for
    the reaction) it is not, nor from 4 m."""
    events = watch(traffic_lights(), _at_amber(d, 20.0), [AmberLight])
    assert bool(mistakes(events, "amber_light")) is blamed
    assert stopping_distance(20.0 / 3.6) == pytest.approx(13.48, abs=0.01)
    assert stopping_distance(30.0 / 3.6) == pytest.approx(24.07, abs=0.01)


@pytest.mark.parametrize(
    ("level", "d", "blamed"),
    [("easy", 15.0, False), ("normal", 15.0, True), ("normal", 12.0, False), ("hard", 12.0, True)],
)
def test_a_younger_child_has_more_time_to_react_at_the_orange(
    level: str, d: float, blamed: bool
) -> None:
    """The reaction time follows the help the child drives with: 2 s on easy (16.3 m to stop
    from 20 km/h), 1.5 s on normal (13.5 m), 1 s on hard, an adult's (10.7 m). From 15 m the
    orange is a mistake on normal, not on easy; from 12 m on hard, not on normal."""
    events = watch(traffic_lights(), _at_amber(d, 20.0), [AmberLight], level=level)
    assert bool(mistakes(events, "amber_light")) is blamed
    v = 20.0 / 3.6
    assert stopping_distance(v, T.reaction("easy")) == pytest.approx(16.26, abs=0.01)
    assert stopping_distance(v, T.reaction("normal")) == pytest.approx(13.48, abs=0.01)
    assert stopping_distance(v, T.reaction("hard")) == pytest.approx(10.70, abs=0.01)


@pytest.mark.parametrize(
    ("level", "d", "blamed"),
    [("easy", 15.0, False), ("normal", 15.0, True), ("normal", 12.0, False), ("hard", 12.0, True)],
)
def test_a_younger_child_has_more_time_to_react_at_a_zebra(
    level: str, d: float, blamed: bool
) -> None:
    """A child waits at the kerb of the school street's zebra (x 54..57) as the car comes at
    20 km/h, its front `d` metres away: going on is a mistake only when the car could still
    stop, with the reaction time of the help it is driven with."""
    crossing = school_street().crossings[0]
    x0 = min(x for x, _ in crossing.polygon)
    y1 = max(y for _, y in crossing.polygon)
    kid = PuppetWalker(902, x=x0 + 1.5, y=y1 + 1.0, waiting=True)
    start = x0 - d - 1.5  # the car's centre, half its 3 m behind the front bumper
    states = poses([(start, 19.5), (x0 + 15.0, 19.5)], 20.0)
    events = watch(school_street(), states, [Pedestrian], (), [kid], level=level)
    assert bool(mistakes(events, "pedestrian")) is blamed


def test_the_help_level_is_seated_and_kept_in_the_replay() -> None:
    """A child on easy drives with easy's reaction time, and a replay of the drive is
    scored with it again; the autopilot drives as normal, as do replays from before levels."""
    from game.drivers.assist import Assist
    from game.drivers.base import level_of
    from game.drivers.child import ChildDriver
    from game.drivers.replay import Replay

    assert level_of(ChildDriver(Assist("easy"))) == "easy"
    assert level_of(Autopilot()) == "normal"
    result = run_drive(traffic_lights(), [ChildDriver(Assist("easy"))], 2.0, density=0.0)
    assert [p.level for p in result.world.players] == ["easy"]
    saved = result.replay().as_dict()
    assert saved["levels"] == ["easy"]
    again = Replay.from_dict(saved)
    assert [level_of(d) for d in again.drivers()] == ["easy"]
    del saved["levels"]
    assert [level_of(d) for d in Replay.from_dict(saved).drivers()] == ["normal"]
    with pytest.raises(ValueError):
        Replay.from_dict(saved | {"levels": ["expert"]})


# -- weights that match the danger ---------------------------------------------------------------
def _bump(rule: str, speed: float) -> dict:
    return {"rule": rule, "kind": "mistake", "data": {"speed": speed}}


def test_a_slow_touch_costs_less_than_a_red_light() -> None:
    """A cone touched at walking pace while parking: 1 point; a red light costs 4."""
    assert penalty(_bump("collision_object", 0.3)) == 1
    assert penalty(_bump("collision_object", 3.0)) == 3
    assert penalty(_bump("collision_object", 8.0)) == PENALTIES["collision_object"] == 5
    assert penalty(_bump("collision_object", 0.3)) < PENALTIES["red_light"]
    assert penalty(_bump("collision_vehicle", 1.0)) == 3
    assert penalty(_bump("collision_vehicle", 6.0)) == 6


def test_a_person_is_always_the_heaviest() -> None:
    slow_person = penalty(_bump("collision_pedestrian", 0.2))
    assert slow_person == 10
    heaviest_other = max(v for k, v in PENALTIES.items() if k != "collision_pedestrian")
    assert slow_person > heaviest_other


# -- no parking where it is forbidden ------------------------------------------------------------
@functools.cache
def school_street() -> Course:
    return load_course(MAPS / "school_zone.tmx")


def _stand_at(x: float, y: float, seconds: float, heading: float = 90.0) -> list:
    """Drive east along y, stand `seconds` at x, drive on."""
    states = poses([(30.0, y), (x, y), (85.0, y)], [15.0, 15.0], heading=heading)
    k = min(range(len(states)), key=lambda i: abs(states[i].x - x))
    still = [dataclasses.replace(states[k], speed=0.0)] * round(seconds / DT)
    return states[:k] + still + states[k:]


def test_standing_on_a_zebra_crossing_is_a_mistake() -> None:
    """The school street's zebra spans x 54..57: stopping 3 s with the car on it."""
    events = watch(school_street(), _stand_at(55.5, 19.5, 3.0), [NoParking])
    found = mistakes(events, "no_parking")
    assert [e["message"] for e in found] == ["rule.no_parking.crossing"]


def test_standing_on_the_pavement_is_a_mistake() -> None:
    events = watch(school_street(), _stand_at(45.0, 21.2, 3.0), [NoParking])
    assert [e["message"] for e in mistakes(events, "no_parking")] == ["rule.no_parking.pavement"]


def test_a_stop_before_the_crossing_or_a_moment_on_it_is_no_mistake() -> None:
    """Waiting with the front bumper a metre before the zebra, however long; or a second
    on it (held up for a moment)."""
    before = watch(school_street(), _stand_at(51.5, 19.5, 10.0), [NoParking])
    moment = watch(school_street(), _stand_at(55.5, 19.5, 1.0), [NoParking])
    assert mistakes(before, "no_parking") == mistakes(moment, "no_parking") == []


def _no_parking_street() -> Course:
    zone = NoParkingArea(
        98, "no parking", "no_parking", ((36.0, 18.0), (48.0, 18.0), (48.0, 21.0), (36.0, 21.0))
    )
    return dataclasses.replace(school_street(), no_parking=(zone,))


def test_parking_under_the_no_parking_sign_is_a_mistake() -> None:
    events = watch(_no_parking_street(), _stand_at(42.0, 19.5, 6.0), [NoParking])
    assert [e["message"] for e in mistakes(events, "no_parking")] == ["rule.no_parking.mistake"]


def test_waiting_behind_a_car_in_a_no_parking_stretch_is_not_parking() -> None:
    """A short stop there, or a long one behind a car that stands ahead: no mistake."""
    short = watch(_no_parking_street(), _stand_at(42.0, 19.5, 3.0), [NoParking])
    queue = Vehicle(702, "car", x=48.5, y=19.5, heading=90.0, speed=0.0, lane_id=1, s=26.75)
    held = watch(_no_parking_street(), _stand_at(42.0, 19.5, 8.0), [NoParking], [queue])
    assert mistakes(short, "no_parking") == mistakes(held, "no_parking") == []


# -- priority to the right, and roundabouts without signs -----------------------------------------
def _roundabout(control: dict[str, str], finish: str = "S") -> Course:
    """The shipped roundabout's figure of eight, with or without yield lines at the entries
    (the drive from the west entry ends past the south exit, or round to the east one)."""
    course = DslCourse("rb", 38, 26, dict.fromkeys(("ar", "fr", "en", "zgh"), "rb"), "yield", 420)
    course.node("R", 19, 13, kind="roundabout", control=control)
    for name, x, y in (("N", 19, 5), ("A", 5, 5), ("W", 5, 13), ("S", 19, 21)):
        course.node(name, x, y)
    for name, x, y in (("C", 33, 21), ("E", 33, 13)):
        course.node(name, x, y)
    course.loop("R", "N", "A", "W")
    course.loop("R", "S", "C", "E")
    course.spawn("A", "W", 2)
    course.finish("R", finish, 3)
    out = MAPS / "_test_roundabout.tmx"  # beside the tileset it names
    try:
        out.write_text(to_tmx(course, Town(course), load_tile_ids(MAPS)), encoding="utf-8")
        return load_course(out)
    finally:
        out.unlink(missing_ok=True)


def _priority_entries(course: Course) -> int:
    lanes, lines = lane_map(course), line_geometry(course)
    return sum(
        unmarked_entry(lanes, lines, before, lane_id)
        for lane_id, info in lanes.info.items()
        for before in info.lane.prev_ids
    )


def test_a_roundabout_without_signs_keeps_priority_to_the_right() -> None:
    """The ring goes first only where a yield line stands at the entry; without one each
    of the four entries is judged by the priority to the right."""
    unsigned, signed = _rings()
    assert _priority_entries(unsigned) == 4 + 4  # the entries, and the ring past each
    assert _priority_entries(signed) == 0


@functools.cache
def _rings() -> tuple[Course, Course]:
    """The figure of eight's roundabout without signs, and with a yield line at each entry."""
    return _roundabout({}), _roundabout(dict.fromkeys("nesw", "yield"))


def _on_lane(course: Course, lane_id: int, s: float, speed: float, ident: int = 711) -> Vehicle:
    lane = lane_map(course).lanes[lane_id]
    x, y = lane.line.position_at(s)
    heading = lane.line.heading_at(s)
    return Vehicle(ident, "car", x=x, y=y, heading=heading, speed=speed, lane_id=lane_id, s=s)


def _round_the_ring(course: Course) -> list:
    """At 15 km/h round the ring's north side (lanes 23, 24, then 17 and 18: westward past
    the north entry, lane 25, which joins at 17's start) and down its west side."""
    lanes = lane_map(course).lanes
    assert lanes[25].next_ids == (17,) and set(lanes[17].prev_ids) == {24, 25}
    points = [p for lid in (23, 24, 17, 18) for p in lanes[lid].line.points]
    points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    return poses(points, 15.0)


def test_on_an_unsigned_ring_the_car_coming_in_from_the_right_goes_first() -> None:
    """Going round an unsigned roundabout past its north entry while a car comes in there
    (1 m into the entry at 4 m/s, well within 3 s): the priority to the right, unsaid by any
    sign, gives it the way; going on is the yield mistake, in its own words."""
    unsigned, _signed = _rings()
    lanes, lines = lane_map(unsigned), line_geometry(unsigned)
    assert unmarked_entry(lanes, lines, 24, 17)  # going round past an entry is judged
    coming = _on_lane(unsigned, 25, 1.0, 4.0)
    events = watch(unsigned, _round_the_ring(unsigned), [Yield], [coming])
    found = mistakes(events, "yield")
    assert [e["message"] for e in found] == ["rule.yield.right"]
    assert found[0]["data"]["ring"] is True and found[0]["data"]["other"] == 711


def test_going_round_is_no_mistake_when_the_ring_has_the_way_or_nobody_comes() -> None:
    """The same drive round the ring is no mistake where a yield line stands at the entry
    (the ring goes first), nor on the unsigned ring when the car at the entry waits or is
    still far (over 3 s away), nor when the car coming in is on the left (the west entry)."""
    unsigned, signed = _rings()
    assert not unmarked_entry(lane_map(signed), line_geometry(signed), 24, 17)
    cases = [
        (signed, _on_lane(signed, 25, 1.0, 4.0)),
        (unsigned, _on_lane(unsigned, 25, 5.0, 0.0)),  # standing at the entry, waiting
        (unsigned, _on_lane(unsigned, 2, 0.0, 2.0)),  # far back on the approach
        (unsigned, _on_lane(unsigned, 27, 1.0, 4.0)),  # coming in on the left
        (unsigned, None),
    ]
    for course, car in cases:
        events = watch(course, _round_the_ring(course), [Yield], [car] if car else [])
        assert mistakes(events, "yield") == [], car


def test_the_autopilot_going_round_an_unsigned_ring_gives_way_as_judged() -> None:
    """Round from the west entry to the east exit, past the south entry, where a car comes
    in (lanes 10, 29) at 4 m/s, reaching it at about the car's time: the autopilot waits
    for it (a later finish than with the ring to itself) and the instructor finds nothing."""
    course = _roundabout({}, finish="E")
    alone = run_drive(course, [Autopilot()], 120, seed=0, density=0.0).as_dict()["time_s"]
    for delay in (10.0, 12.0, 14.0):
        coming = LaneScript(Vehicle(804, "car"), [10, 29, 21, 30, 16], speed=4.0, delay=delay)
        result = run_drive(
            course, [Autopilot()], 120, seed=0, density=0.0, prepare=scripted(lanes=[coming])
        )
        data = result.as_dict()
        assert data["finished"], delay
        assert [e for e in result.referee.events if e["kind"] == "mistake"] == [], delay
        assert data["time_s"] > alone + 0.5, delay


def test_priority_to_the_right_has_its_own_words() -> None:
    from game.i18n.messages import text

    assert text("rule.yield.right", "en") == "No sign? The car coming from your right goes first."
    assert "right" in text("rule.yield.explain", "en")
    assert "let the others go first" in text("rule.stop_sign.explain", "en")


# -- words ----------------------------------------------------------------------------------------
def test_one_word_for_the_indicator_in_every_english_line() -> None:
    """Messages and hints say "indicator", never "blinker" or "blink"."""
    from game.i18n.messages import CATALOG

    english = {k: v["en"] for k, v in CATALOG.items() if "en" in v}
    assert not [k for k, t in english.items() if "blink" in t.lower()]
    assert "indicator" in english["rule.no_indicator.mistake"]
    assert "indicator" in english["course.hint.indicator"]


def test_no_line_states_a_town_speed_limit_as_a_rule() -> None:
    """The limit is what the sign says: no message says "in town" with a number, nor that a
    town's limit is 30 or 50."""
    import re

    from game.i18n.messages import CATALOG

    for key, texts in CATALOG.items():
        for lang, line in texts.items():
            low = line.lower()
            town = any(w in low for w in ("town", "ville", "city", "agglomération", "المدينة"))
            assert not (town and re.search(r"\d", low)), (key, lang, line)


def test_waiting_on_a_crossing_to_enter_the_junction_is_not_stopping_there() -> None:
    """traffic_lights: past stop line 48 (x = 51) the car waits with its back on the zebra
    for the junction ahead: no mistake; the same stop mid-street is one (above)."""
    course = load_course(MAPS / "traffic_lights.tmx")
    states = poses([(40.0, 40.5), (52.2, 40.5), (70.0, 40.5)], [15.0, 15.0])
    k = min(range(len(states)), key=lambda i: abs(states[i].x - 52.2))
    still = [dataclasses.replace(states[k], speed=0.0)] * 180
    events = watch(course, states[:k] + still + states[k:], [NoParking])
    assert mistakes(events, "no_parking") == []
