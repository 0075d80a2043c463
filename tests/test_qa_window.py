"""QA: the window loop as a player meets it (Escape, the close button, no screen)."""

import pygame
from conftest import TEST_MAPS

from game.app import first_scene, open_window, run
from game.scenes.base import SceneStack


def _post_key_press(key: int) -> None:
    """What a real key press (or `xdotool key`) gives: KEYDOWN then KEYUP in one batch."""
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=""))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode=""))


def test_escape_press_on_the_drive_quits_with_status_0():
    screen = open_window((320, 240), False)
    stack = SceneStack()
    stack.push(first_scene(TEST_MAPS / "mini_type.tmx", screen.get_size(), 0))
    pygame.event.clear()
    _post_key_press(pygame.K_ESCAPE)
    assert run(stack, screen) == 0
    assert stack.quit


def test_escape_press_on_a_broken_map_message_quits_with_status_0(tmp_path):
    broken = tmp_path / "broken.tmx"
    broken.write_text("<map><oops")
    screen = open_window((320, 240), False)
    stack = SceneStack()
    stack.push(first_scene(broken, screen.get_size(), 0))
    pygame.event.clear()
    _post_key_press(pygame.K_ESCAPE)
    assert run(stack, screen) == 0


def test_without_a_screen_the_game_says_so_instead_of_running_invisibly():
    import os
    import subprocess
    import sys

    import pytest
    from conftest import ROOT

    env = {k: v for k, v in os.environ.items() if k not in ("SDL_VIDEODRIVER",)}
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        pytest.skip("this machine has a screen")
    out = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert out.returncode == 1
    assert "no screen" in out.stderr and "Traceback" not in out.stderr


def test_a_watched_drive_ends_after_its_seconds(tmp_path):
    """`drive` with a window (here the dummy one) stops after --seconds, like --headless."""
    from conftest import ROOT

    from game.app import watch_drive
    from game.course.loader import load_course
    from game.drivers.autopilot import Autopilot
    from game.scenes.drive import DriveScene

    course = load_course(ROOT / "maps" / "first_drive.tmx")
    seen: list[float] = []
    original = DriveScene.update

    def spy(self, dt, stack):
        original(self, dt, stack)
        seen.append(self.world.t)

    DriveScene.update = spy
    try:
        assert watch_drive(course, Autopilot(), 0.5, 0) == 0
    finally:
        DriveScene.update = original
    assert seen and max(seen) <= 0.5 + 1e-9


def test_fonts_work_again_after_the_window_closed():
    from game.render.text import font

    screen = open_window((320, 240), False)
    assert font(20).render("ok", True, (0, 0, 0)).get_width() > 0  # now in the cache
    stack = SceneStack()
    stack.push(first_scene(TEST_MAPS / "mini_type.tmx", screen.get_size(), 0))
    pygame.event.clear()
    _post_key_press(pygame.K_ESCAPE)
    run(stack, screen)  # quits pygame: that cached font is dead
    pygame.font.init()
    assert font(20).render("ok", True, (0, 0, 0)).get_width() > 0
