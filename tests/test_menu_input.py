"""Menus: every device gives the same intents, and one direction reaches every target."""

import pygame
from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from game.input.menu import Intent, MenuInput, Pointer
from game.ui import nav

SIZE = (1280, 720)


def _acts(event):
    return MenuInput().actions(event, SIZE)


def test_keyboard_gamepad_mouse_and_fingers_give_the_same_intents():
    key = pygame.event.Event
    assert _acts(key(pygame.KEYDOWN, key=pygame.K_RIGHT)) == [Intent.RIGHT]
    assert _acts(key(pygame.KEYDOWN, key=pygame.K_w)) == [Intent.UP]
    assert _acts(key(pygame.KEYDOWN, key=pygame.K_RETURN)) == [Intent.CHOOSE]
    assert _acts(key(pygame.KEYDOWN, key=pygame.K_ESCAPE)) == [Intent.BACK]
    pad = pygame.CONTROLLERBUTTONDOWN
    assert _acts(key(pad, button=pygame.CONTROLLER_BUTTON_A)) == [Intent.CHOOSE]
    assert _acts(key(pad, button=pygame.CONTROLLER_BUTTON_B)) == [Intent.BACK]
    assert _acts(key(pad, button=pygame.CONTROLLER_BUTTON_START)) == [Intent.PAUSE]
    assert _acts(key(pad, button=pygame.CONTROLLER_BUTTON_DPAD_DOWN)) == [Intent.DOWN]
    assert _acts(key(pygame.MOUSEBUTTONDOWN, pos=(10, 20), button=1)) == [Pointer("down", (10, 20))]
    assert _acts(key(pygame.MOUSEBUTTONUP, pos=(10, 20), button=3)) == [], "right button: nothing"
    finger = key(pygame.FINGERDOWN, x=0.5, y=0.25, finger_id=1, touch_id=1)
    assert _acts(finger) == [Pointer("down", (640.0, 180.0))]
    copy = key(pygame.MOUSEBUTTONDOWN, pos=(640, 180), button=1, touch=True)
    assert _acts(copy) == [], "SDL's mouse copy of a finger is not counted twice"


def test_the_stick_moves_the_focus_once_per_push():
    menu = MenuInput()
    axis = pygame.CONTROLLER_AXIS_LEFTX

    def push(value):
        return menu.actions(
            pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=axis, value=value), SIZE
        )

    assert push(5000) == [], "inside the dead zone"
    assert push(30000) == [Intent.RIGHT]
    assert push(32000) == [], "held: no repeat"
    assert push(1000) == []
    assert push(-30000) == [Intent.LEFT]


boxes = st.lists(
    st.tuples(
        st.integers(0, 1200), st.integers(0, 640), st.integers(64, 300), st.integers(64, 200)
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=examples(100))
@given(boxes, st.sampled_from(["up", "down", "left", "right"]))
def test_any_one_direction_pressed_again_and_again_visits_every_target(rects, direction):
    seen, focus = set(), 0
    for _ in range(len(rects)):
        seen.add(focus)
        focus = nav.move(rects, focus, direction)
    assert seen == set(range(len(rects)))
    assert focus == 0, "and comes back round to where it started"


def test_focus_moves_like_the_eye_expects_on_a_grid():
    grid = [(x * 200, y * 150, 150, 100) for y in range(2) for x in range(3)]  # 0 1 2 / 3 4 5
    assert nav.move(grid, 0, "right") == 1
    assert nav.move(grid, 2, "right") == 3, "the end of a row wraps to the next row"
    assert nav.move(grid, 0, "down") == 3
    assert nav.move(grid, 4, "up") == 1
    assert nav.move(grid, 0, "left") == 5
