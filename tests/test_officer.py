"""The police officer overrides the lights (Vienna convention art. 6(4)): everyone obeys the
officer's arms, the light heads go on showing their own colours, and the instructor judges
the child by the officer, in the officer's words. traffic_park.tmx's officer at X runs
NS=20,3;EW=8,3 against the lights' NS=14,3;EW=14,3 (one 36 s cycle)."""

from __future__ import annotations

import dataclasses
import functools

from rule_maps.cases import MAPS
from rule_maps.puppet import poses, watch

from game.course.loader import load_course, read_course
from game.course.model import Course
from game.drivers.autopilot import Autopilot
from game.drivers.faults.red_light import AgainstOfficer
from game.rules.amber_light import AmberLight
from game.rules.red_light import RedLight
from game.sim.car import CarState
from game.sim.world import DT, World
from game.tools.headless import run_drive


@functools.cache
def town() -> Course:
    return load_course(MAPS / "traffic_park.tmx")


def _through(
    line_x: float | None, line_y: float | None, heading: float, t: float, kmh: float = 20.0
) -> list:
    """Stand 15 m before a stop line, then at `kmh` cross it (front bumper) at time t."""
    v = kmh / 3.6
    back = 15.0 + 1.5
    if heading == 270.0:  # westbound: the line at x = line_x
        start, end = (line_x + back, 46.5), (line_x - 30.0, 46.5)
    else:  # southbound: the line at y = line_y
        start, end = (52.5, line_y - back), (52.5, line_y + 30.0)
    moving = poses([start, end], kmh)
    wait = round((t - 15.0 / v) / DT)
    still = [CarState(start[0], start[1], heading, 0.0)] * wait
    return still + moving


def _said(events: list, rule: str = "red_light") -> list[tuple[str, str]]:
    return [(e["kind"], e["message"]) for e in events if e["rule"] == rule]


def test_the_officer_overrides_the_lights_for_everyone_but_the_heads() -> None:
    world = World(town(), density=0.0)
    lights = world.town
    assert lights.overridden("signal_X")
    # 19 s into the cycle: the north-south light is red but the officer waves it on; the
    # east-west light is green but the officer holds it
    assert (lights.lamp("signal_X", "NS", 19.0), lights.light("signal_X", "NS", 19.0)) == (
        "red",
        "green",
    )
    assert (lights.lamp("signal_X", "EW", 19.0), lights.light("signal_X", "EW", 19.0)) == (
        "green",
        "red",
    )


def test_going_at_a_green_light_the_officer_holds_is_the_officers_stop() -> None:
    """Westbound (from the roundabout) over line 108 at 20 s: light green, arm raised."""
    events = watch(town(), _through(60.0, None, 270.0, 20.0), [RedLight])
    assert _said(events) == [("mistake", "rule.red_light.officer")]
    assert events[0]["data"]["officer"] is True


def test_going_on_the_officers_wave_through_a_red_is_praised() -> None:
    """Southbound over line 110 at 19 s: the light is red, the officer's arms say go."""
    events = watch(town(), _through(None, 42.0, 180.0, 19.0), [RedLight])
    assert _said(events) == [("praise", "rule.red_light.waved")]


def test_going_when_both_say_go_is_no_mistake() -> None:
    events = watch(town(), _through(60.0, None, 270.0, 27.0), [RedLight])
    assert [k for k, _ in _said(events)] == []


def test_an_officer_without_light_heads_is_never_called_a_light() -> None:
    """A junction directed by an officer alone: running the raised arm says "officer"."""
    no_heads = dataclasses.replace(town(), traffic_lights=())
    events = watch(no_heads, _through(60.0, None, 270.0, 12.0), [RedLight])
    assert _said(events) == [("mistake", "rule.red_light.officer")]


def test_lights_without_an_officer_still_speak_of_the_light() -> None:
    plain = dataclasses.replace(town(), officers=())
    events = watch(plain, _through(60.0, None, 270.0, 12.0), [RedLight])
    assert _said(events) == [("mistake", "rule.red_light.mistake")]


def test_the_raised_arm_is_steady_through_the_amber_and_the_all_red() -> None:
    """No flicker between gestures: "stop" at every step of the orange and the all-red,
    "go" (arms out along the moving traffic) only while that traffic has green."""
    world = World(town(), density=0.0)
    officer = world.town.officers[0]
    seen = []
    for _ in range(round(36.0 / DT)):
        world.step()
        seen.append((officer.stage, officer.gesture))
    assert {g for stage, g in seen if stage in ("yellow", "clearance")} == {"stop"}
    assert {g for stage, g in seen if stage == "green"} == {"go"}
    changes = sum(1 for a, b in zip(seen, seen[1:]) if a[1] != b[1])
    assert changes == 3  # go, stop, go, stop over one cycle of two phases


def test_the_officers_raised_arm_at_orange_speaks_of_the_officer() -> None:
    """North-south at 5 km/h: the officer's orange (arm raised) begins at 20 s with the
    front 3 m from line 110, room to stop (2.4 m); crossing anyway at 22.2 s."""
    events = watch(town(), _through(None, 42.0, 180.0, 22.2, kmh=5.0), [AmberLight])
    assert _said(events, "amber_light") == [("mistake", "rule.amber_light.officer")]


def test_check_map_names_an_officer_whose_phases_are_not_the_signals() -> None:
    text = (MAPS / "traffic_park.tmx").read_text("utf-8")
    assert 'value="NS=20,3;EW=8,3"' in text
    out = MAPS / "_test_officer_phases.tmx"  # beside the tileset it names
    try:
        out.write_text(text.replace('value="NS=20,3;EW=8,3"', 'value="NS=20,3;WE=8,3"'), "utf-8")
        _course, problems = read_course(out)
    finally:
        out.unlink(missing_ok=True)
    said = [str(p) for p in problems]
    assert any(
        "error" in p and "police officer" in p and "WE" in p and "signal_X" in p for p in said
    ), said


# -- the officer's mistake on demand: --fault red_light.officer ---------------------------------
def test_the_officer_fault_drives_on_against_the_raised_arm() -> None:
    """The careful autopilot with the officer's fault: one mistake, at the officer's junction,
    in the officer's words; every other light on the way is obeyed."""
    result = run_drive(town(), [Autopilot(fault="red_light.officer")], 300, seed=0, density=0.0)
    found = [e for e in result.referee.events if e["kind"] == "mistake"]
    assert [(e["rule"], e["message"]) for e in found] == [("red_light", "rule.red_light.officer")]
    assert found[0]["data"]["officer"] is True
    data = result.as_dict()
    assert data["fault"] == "red_light.officer" and data["fault_missed"] is None


def test_the_officer_fault_runs_no_light_where_no_officer_stands() -> None:
    """On a course of lights alone the officer's fault drives as a careful driver, and says
    why no mistake came."""
    course = load_course(MAPS / "traffic_lights.tmx")
    result = run_drive(course, [Autopilot(fault="red_light.officer")], 300, seed=0, density=0.0)
    assert [e for e in result.referee.events if e["kind"] == "mistake"] == []
    assert result.as_dict()["fault_missed"] == AgainstOfficer.missing
