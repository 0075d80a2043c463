"""The child on foot: the walker, its look, walking courses, their map contract and rules.

The walking rules both ways (each fault caught, the careful walker clean) are in
test_rules.py with every other rule; the walking autopilot finishing every walking course
clean at several seeds is in test_autopilot.py with every other course.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from game.course.checks import WALK_RULE_IDS
from game.course.loader import load_course, read_course
from game.drivers.autopilot import Autopilot
from game.rules import WALK_RULES, rules_for
from game.rules.scorecard import PENALTIES
from game.sim.controls import Controls
from game.sim.walker import LOOK_S, WALK_SPEED, Gaze
from game.sim.world import World
from game.tools.headless import run_drive, run_replay

ROOT = Path(__file__).resolve().parent.parent
WALKS = ("walk_to_school", "walk_to_shop", "parked_cars", "country_lane")


def course(name: str):
    return load_course(ROOT / "maps" / f"{name}.tmx")


def test_the_walking_courses_are_walks_and_the_driving_ones_are_not():
    for name in WALKS:
        assert course(name).walking
    assert not course("first_drive").walking
    assert course("parked_cars").parked, "the parked-cars street has parked cars"
    listed = (ROOT / "maps" / "courses.txt").read_text(encoding="utf-8")
    assert all(f"{name}.tmx" in listed for name in WALKS)


def test_a_walking_course_is_judged_by_the_walking_rules_only():
    assert rules_for(course("walk_to_school")) is WALK_RULES
    assert {r.id for r in WALK_RULES} >= set(WALK_RULE_IDS)
    assert "seatbelt" not in {r.id for r in WALK_RULES}
    assert set(WALK_RULE_IDS) <= set(PENALTIES)


def test_the_stick_points_where_the_walker_goes_at_a_walking_pace():
    world = World(course("walk_to_school"), seed=0, traffic=False)
    start = world.players[0].state.pos
    for _ in range(120):
        world.step([Controls(throttle=-1.0)])  # down on the stick: south, whatever the facing
    s = world.players[0].state
    assert s.y > start[1] + 1.5 and abs(s.x - start[0]) < 0.3
    assert abs(s.speed - WALK_SPEED) < 1e-6 and abs(s.heading - 180.0) < 1e-6
    for _ in range(30):
        world.step([Controls()])
    assert world.players[0].state.speed == 0.0, "let go of the stick: the child stops"


def test_the_look_button_turns_the_head_left_right_left():
    gaze = Gaze()
    gaze.update(True, 0.0)
    heads = {t: gaze.head(t) for t in (0.35, 0.95, 1.45)}
    assert heads[0.35] < -60 and heads[0.95] > 60 and heads[1.45] < -60
    gaze.update(False, LOOK_S)
    assert gaze.looks == 1 and gaze.head(LOOK_S + 0.1) == 0.0 and not gaze.looking


def test_buildings_and_parked_cars_stop_the_walker():
    c = course("parked_cars")
    world = World(c, seed=0, traffic=False)
    car = c.parked[0]
    p = world.players[0]
    from dataclasses import replace

    p.state = p.previous = replace(p.state, x=car.pos[0], y=car.pos[1] - 3.0, heading=180.0)
    for _ in range(240):
        world.step([Controls(throttle=-1.0)])  # walk south, into the car's back
    assert p.state.y < car.pos[1] - 1.5 + 0.05, "the walker does not walk through a car"
    assert any(f.kind == "bump" for f in world.facts) or p.state.speed == 0.0


def test_map_property_mode_is_checked(tmp_path):
    text = (ROOT / "maps" / "template.tmx").read_text(encoding="utf-8")
    bad = text.replace(
        '<property name="lesson"',
        '<property name="mode" value="fly"/>\n  <property name="lesson"',
        1,
    )
    path = tmp_path / "fly.tmx"
    path.write_text(bad.replace('source="tilesets/', f'source="{ROOT}/maps/tilesets/'), "utf-8")
    _, problems = read_course(path)
    assert any("'mode'" in p.where and p.is_error for p in problems), problems


def test_a_parked_car_on_a_lane_is_a_warning(tmp_path):
    text = (ROOT / "maps" / "template.tmx").read_text(encoding="utf-8")
    c = course("template")
    lane = c.lanes[0].line.points[0]
    px = c.tile_px / c.tile_metres
    obj = (
        f'<object id="900" name="on the lane" type="parked" x="{lane[0] * px}" '
        f'y="{lane[1] * px}"><point/></object>'
    )
    text = text.replace("</objectgroup>", obj + "</objectgroup>", 1)
    path = tmp_path / "parked.tmx"
    path.write_text(text.replace('source="tilesets/', f'source="{ROOT}/maps/tilesets/'), "utf-8")
    loaded, problems = read_course(path)
    assert loaded is not None and len(loaded.parked) == 1
    assert any("parked" in p.where and not p.is_error for p in problems), problems


@pytest.mark.parametrize("name", WALKS)
def test_a_walk_replays_to_the_same_events(name):
    c = course(name)
    first = run_drive(c, [Autopilot()], 60.0, seed=3)
    again = run_replay(first.replay(), c)
    assert again.referee.events == first.referee.events
    assert again.world.players[0].state == first.world.players[0].state


def test_the_careful_walker_waits_at_the_kerb_and_looks_before_stepping_off():
    result = run_drive(course("walk_to_school"), [Autopilot()], 240.0, seed=0)
    praise = [e["rule"] for e in result.referee.events if e["kind"] == "praise"]
    assert {"ped_kerb", "ped_look", "ped_zebra"} <= set(praise)
    gaze = result.world.players[0].gaze
    assert gaze is not None and gaze.looks >= 2, "looked at the kerb and again half-way"
    assert not math.isinf(gaze.last_done)


class _Bus:
    """A bus standing still, as the town's vehicles look to the rules."""

    kind, speed, heading, ident = "bus", 0.0, 90.0, 77

    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y
        self.length, self.width = 8.0, 2.4

    def box(self):
        from game.sim.shapes import Box

        return Box(self.x, self.y, self.heading, self.length, self.width)


def test_a_standing_bus_hides_a_child_except_at_lights(monkeypatch):
    from game.rules.context import Context
    from game.rules.walking import hidden_by

    world = World(course("walk_to_school"), seed=0, traffic=False)
    ctx = Context(world)
    p = (30.0, 21.0)
    monkeypatch.setattr(ctx, "vehicles", lambda: [_Bus(30.0, 23.0)])
    assert hidden_by(ctx, p) == "bus"
    assert hidden_by(ctx, p, signalled=True) is None, "the bus waits at its red light"
    monkeypatch.setattr(ctx, "vehicles", lambda: [_Bus(60.0, 23.0)])
    assert hidden_by(ctx, p) is None


def test_the_horn_button_held_runs():
    from game.sim.walker import RUN_SPEED

    world = World(course("walk_to_school"), seed=0, traffic=False)
    for _ in range(90):
        world.step([Controls(throttle=-1.0, horn=True)])
    assert abs(world.players[0].state.speed - RUN_SPEED) < 1e-6


def _mistakes(result) -> list[tuple[str, str]]:
    return [(e["rule"], e["message"]) for e in result.referee.events if e["kind"] == "mistake"]


@pytest.mark.parametrize(
    ("fault", "name"),
    [
        ("ped_zebra.run", "walk_to_school"),
        ("ped_kerb.facing", "country_lane"),
        ("ped_too_close.unseen", "country_lane"),
        # out of the parking strip, already beside the car's way: the step onto the road is
        # the step into it
        ("ped_too_close.unseen", "parked_cars"),
    ],
)
def test_a_message_of_a_rule_made_on_purpose_is_caught(fault, name):
    rule = fault.split(".")[0]
    result = run_drive(course(name), [Autopilot(fault)], 240.0, seed=0)
    assert _mistakes(result) == [(rule, f"rule.{fault}")]
    assert result.world.players[0].progress.finished
    assert result.as_dict()["fault_missed"] is None


def test_the_careful_walker_faces_the_traffic_on_the_country_lane():
    result = run_drive(course("country_lane"), [Autopilot()], 240.0, seed=0)
    assert _mistakes(result) == []
    praise = [e["message"] for e in result.referee.events if e["kind"] == "praise"]
    assert "rule.ped_kerb.facing_praise" in praise
    assert result.world.players[0].progress.finished


def test_fault_variants_are_named_rule_dot_message():
    from game.drivers.faults import VARIANTS, make_fault

    assert set(VARIANTS) == {
        "ped_kerb.facing",
        "ped_zebra.run",
        "ped_too_close.unseen",
        "red_light.officer",
    }
    assert make_fault("ped_kerb.facing").rule == "ped_kerb"
    assert make_fault("ped_kerb.facing").name == "ped_kerb.facing"
    assert make_fault("ped_kerb").name == "ped_kerb"
    with pytest.raises(ValueError):
        make_fault("ped_kerb.fly")


class _Car:
    """A town car as the rules see it, driving east along y = 23."""

    kind, heading, ident, length, width = "car", 90.0, 5, 4.0, 1.8

    def __init__(self, x: float, speed: float, accel: float = 0.0, red: bool = False) -> None:
        self.x, self.y, self.speed, self.accel = x, 23.0, speed, accel
        self.braking, self.red_light = accel < -0.4, red


def test_stepping_in_front_of_a_car_that_has_not_slowed(monkeypatch):
    from game.rules.context import Context
    from game.rules.walking import unseen_cars

    ctx = Context(World(course("walk_to_school"), seed=0, traffic=False))
    inside, before = (40.0, 22.0), (40.0, 20.0)  # into the lane at y = 23, from the kerb

    def cars(*vs):
        monkeypatch.setattr(ctx, "vehicles", lambda: list(vs))
        return unseen_cars(ctx, inside, before)

    assert cars(_Car(17.0, 8.0)), "8 m/s and 21 m off: 2.6 s away, not slowing"
    assert not cars(_Car(17.0, 8.0, accel=-2.0)), "it has begun to stop: it saw the child"
    assert not cars(_Car(17.0, 8.0, red=True)), "its light is red: it stops anyway"
    assert not cars(_Car(-10.0, 8.0)), "more than 4 s away"
    assert not cars(_Car(45.0, 8.0)), "already gone past"
    assert not cars(_Car(30.0, 4.0)), "slow (round a corner, pulling away): its driver looks"
    monkeypatch.setattr(ctx, "vehicles", lambda: [_Car(17.0, 8.0)])
    assert not unseen_cars(ctx, inside, (40.0, 22.5)), "already in its way a step ago"
    assert unseen_cars(ctx, inside, None), "just onto the road from beside its way"


def test_walking_with_the_traffic_on_a_pavement_is_not_judged():
    """Only a road without a pavement asks for the side facing the cars: the careful
    walker on the pavements of the town walks either way unjudged."""
    result = run_drive(course("walk_to_school"), [Autopilot()], 240.0, seed=1)
    assert not [m for m in _mistakes(result) if m[1] == "rule.ped_kerb.facing"]


@pytest.mark.parametrize("level", ["normal", "busy"])
def test_the_too_close_fault_steps_out_in_front_of_a_car_on_the_way_to_school(level):
    """At the zebra the town's drivers stop for a child at the stripes and slow for the
    people waiting there, so the fault steps out away from it, in front of a car coming at
    speed; the car brakes hard and stops short (no bump), and the walk goes on."""
    from game.sim.levels import TRAFFIC_LEVELS

    density = TRAFFIC_LEVELS[level]
    result = run_drive(course("walk_to_school"), [Autopilot("ped_too_close")], 240.0, 0, density)
    assert sorted(_mistakes(result)) == [
        ("ped_too_close", "rule.ped_too_close.mistake"),
        ("ped_zebra", "rule.ped_zebra.mistake"),  # its companion: off the zebra
    ]
    data = result.as_dict()
    assert data["fault_missed"] is None and data["finished"]
    close = [e for e in result.referee.events if e["rule"] == "ped_too_close"]
    assert "bump" not in close[0]["data"] and close[0]["data"]["speed"] > 3.0
    assert data["town"]["incidents"] == []


def test_a_too_close_fault_without_its_car_crosses_with_care_and_says_why(monkeypatch):
    import game.drivers.walker_pilot as pilot

    monkeypatch.setattr(pilot, "FAULT_WAIT_S", 5.0)
    monkeypatch.setattr(pilot, "car_coming_close", lambda *a: False)
    result = run_drive(course("walk_to_school"), [Autopilot("ped_too_close")], 240.0, seed=0)
    data = result.as_dict()
    # planned away from the zebra, it still crosses there, with care: only its companion
    assert _mistakes(result) == [("ped_zebra", "rule.ped_zebra.mistake")]
    assert data["finished"]
    assert data["fault_missed"].startswith("no car came at speed")


def test_a_car_braking_hard_for_the_child_was_too_close():
    """A town driver brakes as the child walks off the kerb: by the time the child is on
    the road the car is slow, yet it had to brake hard."""
    from game.rules.context import Context
    from game.rules.walking import cars_too_close

    ctx = Context(World(course("walk_to_school"), seed=0, traffic=False))
    here = (40.0, 22.0)

    def close(car):
        ctx.vehicles = lambda: [car]  # type: ignore[method-assign]
        return bool(cars_too_close(ctx, here))

    assert close(_Car(30.0, 2.0, accel=-6.0)), "8 m off, braking hard"
    assert not close(_Car(30.0, 2.0, accel=-2.0)), "8 m off, slowing gently: it had room"
    assert not close(_Car(10.0, 2.0, accel=-6.0)), "braking hard, but 28 m off"
    assert close(_Car(30.0, 7.0)), "8 m off at 7 m/s: inside its stopping distance"


def _touch_walk(name: str):
    """A touch-screen drive of a course, as a child at a kiosk starts it."""
    from game.course.catalog import single_course
    from game.render.snapshot import headless_display
    from game.scenes import flow
    from game.scenes.base import SceneStack
    from game.tools.sample import sample_context

    headless_display()
    ctx = sample_context((1280, 720), "en")
    ctx.players, ctx.pilot, ctx.touch_controls = 1, None, True
    ctx.driving_override = {"steering": "direct"}
    stack = SceneStack()
    flow.drive(stack, ctx, single_course(ROOT / "maps" / f"{name}.tmx").entries[0])
    return ctx, stack


def test_the_touch_screen_has_a_run_button_on_foot_only():
    """Held, the run button runs (as the horn button does on a keyboard or pad); a walk has
    no belt or indicator buttons, a drive no run button."""
    import pygame

    from game.sim.walker import RUN_SPEED

    ctx, stack = _touch_walk("walk_to_school")
    try:
        scene = stack.top
        touch = scene.drivers[0].devices.touch
        assert "run" in touch.layout.buttons and "seatbelt" not in touch.layout.buttons
        assert "indicator_left" not in touch.layout.buttons
        cx, cy, r = touch.layout.stick
        run = touch.layout.buttons["run"]

        def post(kind, pos, ident):
            pygame.event.post(
                pygame.event.Event(kind, finger_id=ident, x=pos[0] / 1280, y=pos[1] / 720,
                                   dx=0.0, dy=0.0, touch_id=0, pressure=1.0)
            )  # fmt: skip

        def play(seconds):
            for event in pygame.event.get():
                scene.handle_event(event, stack)
            for _ in range(round(seconds * 60)):
                scene.update(1 / 60, stack)

        pygame.event.clear()
        post(pygame.FINGERDOWN, (cx + r * 1.1, cy), 1)  # the stick, right over: east
        play(1.0)
        player = scene.world.players[0]
        assert abs(player.state.speed - WALK_SPEED) < 1e-6
        post(pygame.FINGERDOWN, run.center, 2)
        play(1.0)
        assert abs(player.state.speed - RUN_SPEED) < 1e-6 and "run" in touch.pressed()
        post(pygame.FINGERUP, run.center, 2)
        play(1.0)
        assert abs(player.state.speed - WALK_SPEED) < 1e-6
    finally:
        ctx.store.close()
    ctx, stack = _touch_walk("first_drive")
    try:
        buttons = stack.top.drivers[0].devices.touch.layout.buttons
        assert "run" not in buttons and "seatbelt" in buttons
    finally:
        ctx.store.close()


def test_on_foot_the_look_button_shows_eyes_not_a_stop_sign():
    """The brake button looks both ways on foot: a child who cannot read sees eyes glancing
    sideways (white and ink), never the car's red stop sign."""
    import pygame

    from game.input.touch import TouchInput
    from game.render.snapshot import headless_display
    from game.render.touch_pad import draw_touch

    headless_display()

    def colours(walking: bool) -> tuple[int, int]:
        touch = TouchInput(pygame.Rect(0, 0, 1280, 720), (1280, 720), "direct", walking)
        surf = pygame.Surface((1280, 720))
        surf.fill((90, 94, 104))
        draw_touch(surf, touch)
        rect = touch.layout.buttons["brake"]
        red = white = 0
        for x in range(rect.left, rect.right, 2):
            for y in range(rect.top, rect.bottom, 2):
                r, g, b, _ = surf.get_at((x, y))
                red += r > 180 and g < 100 and b < 100
                white += min(r, g, b) > 240
        return red, white

    red, white = colours(walking=True)
    assert red == 0 and white > 40  # the whites of the eyes
    red, _ = colours(walking=False)
    assert red > 100  # in a car: the stop sign


@pytest.mark.parametrize(
    ("level", "steering"), [("easy", "direct"), ("normal", "direct"), ("easy", "car")]
)
def test_on_foot_the_stick_points_where_to_walk_whatever_the_help(level, steering):
    """The car's help (keeping a lane, turning the wheel towards the stick) is not for a
    child on foot: pointing east walks east at a full walk."""
    from game.drivers.assist import Assist, Hands

    for hands in (Hands(aim=(1.0, 0.0)), Hands(steer=1.0)):
        world = World(course("walk_to_school"), seed=0, traffic=False)
        helper = Assist(level, steering)
        for _ in range(60):
            world.step([helper.apply(hands, world, world.players[0])])
        state = world.players[0].state
        assert abs(state.heading - 90.0) < 1e-6 and abs(state.speed - WALK_SPEED) < 1e-6


def test_town_drivers_see_a_child_walking_into_a_crossing():
    """A child on foot counts as on a crossing for every driver within a step of its
    stripes when walking towards them (as a town walker who has stepped off the kerb),
    and anywhere on the road's asphalt just before them (a signalled junction's corner);
    not when standing back on the pavement, or walking along or away."""
    from game.sim.car import CarState

    world = World(course("walk_to_school"), seed=0, traffic=False)
    child = world.players[0]

    def on(x: float, y: float, heading: float, speed: float, w: World = world) -> bool:
        w.players[0].state = CarState(x, y, heading, speed, 0.0)
        return bool(w.town._crossings_on(w.players).get(zebra))

    zebra = 19  # its stripes begin at y = 21 below x = 58.5
    assert child.gaze is not None
    assert on(58.5, 19.6, 180.0, WALK_SPEED)  # walking to the stripes
    assert not on(58.5, 19.6, 180.0, 0.0)  # standing at the kerb
    assert not on(58.5, 19.6, 90.0, WALK_SPEED)  # walking along the pavement
    assert not on(58.5, 19.6, 0.0, WALK_SPEED)  # walking away
    assert not on(58.5, 18.0, 180.0, WALK_SPEED)  # still far back
    assert on(58.5, 20.9, 0.0, 0.0)  # at the stripes
    shop = World(course("walk_to_shop"), seed=0, traffic=False)
    zebra = 53  # its stripes begin a few metres into the junction's rounded corner
    assert on(51.0, 34.5, 90.0, 0.0, shop)  # on the corner's asphalt
    assert not on(49.8, 34.5, 90.0, 0.0, shop)  # on the pavement before it


def test_the_careful_walker_follows_a_turning_car_along_its_route():
    """A car coming round the corner into the road points past the way across; its route
    says when it is on it. One behind a car standing before the way cannot reach it."""
    from game.drivers.car_way import WayAcross
    from game.drivers.walk_kerb import Kerb
    from game.drivers.walker_pilot import _queued
    from game.sim.idm import spec_for
    from game.sim.roadnet import road_net
    from game.sim.vehicle import Vehicle, place

    c = course("walk_to_school")
    net = road_net(c)
    kerb = Kerb(index=6, stand=(43.5, 19.8), far=(43.5, 28.05), heading=180.0, signal_crossing=None)
    way = WayAcross(net, kerb)
    turning = Vehicle(1, "car", spec_for("car"), route=[7, 10, 1], idx=1, s=2.0)
    place(net, turning)
    assert abs(turning.heading - 90.0) > 20.0  # still turning: its bonnet points past us
    gap, out_of_way = way.gap(turning)
    # the corner's end is at x = 21.75; the way across the far lane (y = 25.5) at x = 43.5
    assert 21.0 < gap < 26.0 and 7.0 < out_of_way < 10.0
    gone = Vehicle(2, "car", spec_for("car"), route=[1], idx=0, s=30.0)  # past the way
    place(net, gone)
    assert way.gap(gone) is None
    behind = Vehicle(3, "car", spec_for("car"), route=[1], idx=0, s=2.0)
    standing = Vehicle(4, "car", spec_for("car"), route=[1], idx=0, s=12.0)
    for v in (behind, standing):
        place(net, v)
    assert _queued(behind, (43.5, 25.5), [standing])
    assert not _queued(standing, (43.5, 25.5), [behind])
