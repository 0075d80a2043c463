"""Every child can drive it: the car's feel, the steering modes, easy mode and its oracle
(the scripted young child), one-switch play, on-screen controls, two players."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pygame
import pytest
from conftest import ROOT

from game.course.loader import load_course
from game.drivers.assist import EASY_TOP_KMH, Assist, Hands
from game.drivers.autopilot import Autopilot
from game.drivers.child import ChildDriver
from game.drivers.one_switch import OneSwitch
from game.input.keyboard import LEFT, RIGHT, SOLO, KeyboardInput, KeyMap
from game.input.touch import MOUSE, TouchInput
from game.sim.car import CarSpec, CarState
from game.sim.world import World
from game.store import Store
from game.store.driving import DrivingPrefs
from game.store.settings import SettingsError
from game.tools.car_feel import coast_distance, corner_speed, corners
from game.tools.headless import run_drive

MAPS = ROOT / "maps"
# the courses driven in a car (the walking lessons have their own careful walker)
COURSES = sorted(p for p in MAPS.glob("*.tmx") if load_course(p).mode != "walk")
FIRST = MAPS / "first_drive.tmx"


class Pressed:
    """pygame.key.get_pressed() for a test: these keys held, no others."""

    def __init__(self, *keys: int) -> None:
        self.keys = set(keys)

    def __getitem__(self, key: int) -> bool:
        return key in self.keys


def world_facing(heading: float) -> tuple[World, object]:
    world = World(load_course(FIRST), seed=0, traffic=False)
    player = world.players[0]
    player.state = CarState(player.state.x, player.state.y, heading, 0.0)
    return world, player


# -- the car's feel -------------------------------------------------------------------------
def test_the_car_slows_by_itself_off_the_pedal():
    spec = CarSpec()
    assert coast_distance(spec, 20.0) < 10.0  # was 31 m before the tuning
    assert coast_distance(spec, 30.0) < 20.0  # was 69 m


def test_the_first_course_corners_are_taken_at_a_child_s_speed():
    course = load_course(FIRST)
    speeds = [corner_speed(course, c, CarSpec()) for c in corners(course)]
    assert speeds and min(speeds) >= 20.0  # the old car left the road above 16 km/h


# -- steering modes -------------------------------------------------------------------------
def test_car_steering_turns_the_wheel_whatever_way_the_car_faces():
    world, player = world_facing(180.0)  # facing down the screen
    hands = KeyboardInput(SOLO).hands(Pressed(pygame.K_LEFT))
    c = Assist("normal", "car").apply(hands, world, player)
    assert c.steer == -1.0  # the car's own left: towards the screen's right


def test_direct_steering_turns_towards_where_the_arrow_points_on_screen():
    world, player = world_facing(180.0)  # facing down the screen
    hands = KeyboardInput(SOLO).hands(Pressed(pygame.K_LEFT))
    c = Assist("normal", "direct").apply(hands, world, player)
    assert c.steer > 0.5, "to go to the screen's left, a car facing down turns clockwise"
    assert c.throttle > 0.0, "pointing means drive there"
    world, player = world_facing(90.0)  # facing right
    hands = KeyboardInput(SOLO).hands(Pressed(pygame.K_UP))
    c = Assist("normal", "direct").apply(hands, world, player)
    assert c.steer < -0.5  # up the screen is to the car's left


def test_direct_steering_with_nothing_pointed_rolls_to_a_stop():
    world, player = world_facing(0.0)
    c = Assist("normal", "direct").apply(KeyboardInput(SOLO).hands(Pressed()), world, player)
    assert c.throttle == 0.0 and c.steer == 0.0


def test_pointed_behind_the_car_turns_round_by_backing_up():
    world, player = world_facing(0.0)
    hands = Hands(aim=(0.2, 1.0))  # down the screen, a little right: behind the car
    c = Assist("normal", "direct").apply(hands, world, player)
    assert c.throttle < 0.0 and c.steer != 0.0


def test_easy_mode_drives_gently_and_never_past_its_top_speed():
    world, player = world_facing(0.0)
    easy = Assist("easy")
    assert easy.steering == "direct" and Assist("hard").steering == "car"
    c = easy.apply(Hands(aim=(0.0, -1.0)), world, player)
    assert 0.0 < c.throttle <= 16.0 / 40.0  # the gentle automatic throttle
    c = easy.apply(Hands(throttle=1.0, aim=(0.0, -1.0)), world, player)
    assert c.throttle <= EASY_TOP_KMH / 40.0 + 1e-9
    assert not Assist("hard").route_arrows and Assist("easy").route_arrows


def test_unknown_help_is_refused():
    with pytest.raises(ValueError):
        Assist("medium")
    with pytest.raises(ValueError):
        Assist("easy", "wheel")


# -- the same hands from every device -------------------------------------------------------
def test_two_children_share_the_keyboard_one_half_each():
    left = KeyboardInput(LEFT).hands(Pressed(pygame.K_w, pygame.K_d))
    right = KeyboardInput(RIGHT).hands(Pressed(pygame.K_w, pygame.K_d))
    assert left.throttle == 1.0 and left.steer == 1.0
    assert right.throttle == 0.0 and right.steer == 0.0
    right = KeyboardInput(RIGHT).hands(Pressed(pygame.K_UP, pygame.K_LEFT))
    assert right.throttle == 1.0 and right.steer == -1.0 and right.aim == (-1.0, -1.0)


def test_keys_are_remapped_and_saved_by_name():
    pygame.init()
    mine = SOLO.with_key("brake", pygame.K_x)
    assert mine.brake == (pygame.K_x,)
    again = KeyMap.from_names(mine.names())
    assert again == mine
    assert KeyboardInput(again).hands(Pressed(pygame.K_x)).brake == 1.0
    assert KeyMap.from_names({"brake": ["no such key"]}).brake == SOLO.brake


def finger(kind: int, pos: tuple[float, float], size=(1280, 720), ident: int = 1):
    return pygame.event.Event(
        kind, finger_id=ident, x=pos[0] / size[0], y=pos[1] / size[1], dx=0.0, dy=0.0
    )


def test_fingers_and_the_mouse_press_the_same_on_screen_controls():
    pygame.init()
    view = pygame.Rect(0, 0, 1280, 720)
    touch = TouchInput(view, (1280, 720), "car")
    go, right = touch.layout.buttons["go"], touch.layout.buttons["right"]
    touch.handle_event(finger(pygame.FINGERDOWN, go.center, ident=1))
    touch.handle_event(finger(pygame.FINGERDOWN, right.center, ident=2))
    hands = touch.hands()
    assert hands.throttle == 1.0 and hands.steer == 1.0 and hands.go
    touch.handle_event(finger(pygame.FINGERUP, go.center, ident=1))
    assert touch.hands().throttle == 0.0 and touch.hands().steer == 1.0
    touch.handle_event(finger(pygame.FINGERUP, right.center, ident=2))
    brake = touch.layout.buttons["brake"]
    touch.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=brake.center, button=1))
    assert touch.hands().brake == 1.0 and MOUSE in touch.fingers
    touch.handle_event(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=brake.center, button=1))
    assert touch.hands().brake == 0.0
    belt = touch.layout.buttons["seatbelt"]
    touch.handle_event(finger(pygame.FINGERDOWN, belt.center, ident=3))
    assert touch.hands().seatbelt


def test_the_on_screen_stick_points_in_direct_steering():
    pygame.init()
    touch = TouchInput(pygame.Rect(0, 0, 1280, 720), (1280, 720), "direct")
    cx, cy, r = touch.layout.stick
    touch.handle_event(finger(pygame.FINGERDOWN, (cx + r * 0.8, cy)))
    aim = touch.hands().aim
    assert aim is not None and aim[0] > 0.7 and abs(aim[1]) < 0.1
    world, player = world_facing(0.0)
    assert Assist("normal", "direct").apply(touch.hands(), world, player).steer > 0.5


def _bubble_rects(players: int) -> tuple[list[pygame.Rect], list[pygame.Rect]]:
    """Where the bubbles and the on-screen buttons of a touch drive are drawn, on screen."""
    from game.course.catalog import single_course
    from game.render.snapshot import headless_display
    from game.scenes import flow
    from game.scenes.base import SceneStack
    from game.tools.sample import COURSE, sample_context

    headless_display()
    ctx = sample_context((1280, 720), "en")
    try:
        ctx.players, ctx.pilot, ctx.touch_controls = players, None, True
        stack = SceneStack()
        flow.drive(stack, ctx, single_course(COURSE).entries[0])
        scene = stack.top
        bubbles, buttons = [], []
        for pane in scene.panes:
            feedback = pane.feedback
            for rule in ("seatbelt", "stop_sign", "speeding"):
                event = {"kind": "mistake", "rule": rule, "player": pane.index + 1}
                feedback.add([{**event, "message": f"rule.{rule}.mistake"}])
            for _ in range(30):  # past the bubbles' slide
                feedback.update(1 / 60)
            area = pygame.Surface(pane.rect.size, pygame.SRCALPHA)
            feedback.draw(area)
            box = area.get_bounding_rect()
            assert box.h > 100, "three bubbles drawn"
            bubbles.append(box.move(pane.rect.topleft))
            touch = scene.drivers[pane.index].devices.touch
            buttons += list(touch.layout.buttons.values())
        return bubbles, [*buttons, scene.pause_rect()]
    finally:
        ctx.store.close()


@pytest.mark.parametrize("players", (1, 2))
def test_bubbles_stay_clear_of_the_on_screen_buttons(players: int) -> None:
    """In a half screen the buttons fill both bottom corners: the bubbles come down from
    under the HUD there, never over a button a child is pressing."""
    bubbles, buttons = _bubble_rects(players)
    for bubble in bubbles:
        hit = [b for b in buttons if bubble.colliderect(b)]
        assert not hit, f"{players} player(s): bubbles {bubble} over buttons {hit}"


# -- one switch -----------------------------------------------------------------------------
def test_one_switch_goes_while_held_and_stops_when_let_go():
    course = load_course(FIRST)
    world = World(course, seed=0, traffic=False)
    switch = OneSwitch()
    player = world.players[0]
    for _ in range(60 * 6):
        world.step([switch.apply(True, world, player)])
    assert player.state.speed > 1.0 and player.controls.seatbelt
    for _ in range(60 * 4):
        c = switch.apply(False, world, player)
        world.step([c])
    assert c.brake == 1.0 and player.state.speed == 0.0


# -- the young child, easy mode's oracle ----------------------------------------------------
def test_the_young_child_finishes_the_first_course_on_the_road():
    course = load_course(FIRST)
    data = run_drive(course, [ChildDriver()], course.time_limit or 600, seed=0).as_dict()
    assert data["finished"]
    assert data["scorecard"]["rules"]["off_road"]["mistakes"] <= 1


@pytest.mark.slow
@pytest.mark.parametrize("seed", (0, 1, 2))
@pytest.mark.parametrize("path", COURSES, ids=lambda p: p.stem)
def test_the_young_child_finishes_every_course(path: Path, seed: int) -> None:
    course = load_course(path)
    data = run_drive(course, [ChildDriver()], course.time_limit or 600, seed=seed).as_dict()
    assert data["finished"], f"{path.stem} seed {seed}"
    assert data["scorecard"]["rules"]["off_road"]["mistakes"] <= 1, f"{path.stem} seed {seed}"


# -- two players ----------------------------------------------------------------------------
def test_two_players_start_apart_and_bump_into_each_other():
    world = World(load_course(FIRST), seed=0, players=2, traffic=False)
    a, b = world.players
    assert abs(a.state.x - b.state.x) + abs(a.state.y - b.state.y) > 3.5
    assert world._other_player(a, [b.state.pos]) is not None


def test_two_autopilot_players_finish_with_two_clean_scorecards():
    course = load_course(FIRST)
    data = run_drive(course, [Autopilot(), Autopilot()], 600, seed=0).as_dict()
    cards = data["scorecards"]
    assert len(cards) == 2
    for card in cards:
        assert card["finished"] and card["mistakes"] == 0 and card["stars"] == 3


def test_drive_two_players_and_the_child_from_the_command_line():
    out = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "drive", "--driver", "child", "--players",
         "2", "--headless", "--json", "--no-traffic"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data["scorecards"]) == 2 and data["finished"]
    bad = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "drive", "--assist", "medium"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert bad.returncode == 2 and "medium" in bad.stderr
    walk = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "drive", "--driver", "child", "--course",
         str(ROOT / "maps" / "walk_to_school.tmx"), "--headless", "--json"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert walk.returncode == 2 and "walking lesson" in walk.stderr and not walk.stdout


# -- saved per child ------------------------------------------------------------------------
def test_driving_settings_are_kept_per_child_and_a_bad_row_loses_nothing(tmp_path):
    with Store.open(tmp_path) as store:
        prefs = DrivingPrefs(assist="easy", keys={"brake": ["x"]})
        store.save_driving(7, prefs)
        assert store.driving(7) == prefs
        assert store.driving(8) == DrivingPrefs()
        assert store.driving(None, seat=2) == DrivingPrefs()
        assert prefs.steering_mode == "direct" and DrivingPrefs().steering_mode == "car"
    with pytest.raises(SettingsError):
        DrivingPrefs(assist="turbo")
    with pytest.raises(SettingsError):
        DrivingPrefs.from_dict({"assist": "easy", "colour": "red"})


def test_a_child_sets_their_own_brake_key_on_the_keys_screen(tmp_path):
    from game.scenes.base import SceneStack
    from game.scenes.keys import KeysScene
    from game.tools.sample import sample_context

    pygame.init()
    ctx = sample_context((1280, 720), "en")
    try:
        stack = SceneStack()
        scene = KeysScene(ctx)
        stack.push(scene)
        scene.ensure_built()
        scene.activate(scene.button("key_brake"), stack)
        key = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_x, mod=0, unicode="x", scancode=0)
        scene.handle_event(key, stack)
        assert ctx.driving_for(1).keys["brake"] == ["x"]
        ctx.players = 1
        from game.scenes.drive import human_driver

        human = human_driver(ctx, 1, 1)
        assert human.devices.keyboard.keys.brake == (pygame.K_x,)
    finally:
        ctx.store.close()
