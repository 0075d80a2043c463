"""The kiosk, headless: idle -> attract -> a touch starts a child's turn -> the minutes run out
-> results -> attract; an abandoned screen times out; a drive left alone ends in its results;
the day's board fills; an error inside a screen is logged and the game goes on at the title;
the staff's door and PIN; the settings file; the supervisor; a simulated day."""

import json
import logging
import subprocess
import sys
from dataclasses import replace

import pygame
import pytest
from conftest import ROOT

from game.drivers.autopilot import Autopilot
from game.kiosk import config as staff_config
from game.kiosk import supervise
from game.kiosk.config import KioskConfig, parse
from game.kiosk.day import Parked
from game.kiosk.door import StaffDoor
from game.kiosk.guard import KioskGuard
from game.render.snapshot import headless_display
from game.scenes.base import SceneStack
from game.session import open_context
from game.sim.world import DT

FAST = KioskConfig(
    screen_timeout=3.0, drive_idle=6.0, session_minutes=1.0, attract_seconds=5.0, traffic="calm"
)


class Kiosk:
    """A kiosk in memory, stepped and touched from the test."""

    def __init__(self, config=FAST):
        headless_display()
        self.ctx = open_context(None, (640, 360), "en", in_memory=True)
        self.guard = KioskGuard(self.ctx, config, "2468")
        self.stack = SceneStack()
        self.guard.attract(self.stack)
        self.canvas = pygame.Surface((640, 360))

    @property
    def top(self):
        return self.stack.top.name

    def run(self, seconds, touching=False):
        for i in range(round(seconds / DT)):
            if touching and i % 60 == 0:
                self.event(pygame.MOUSEMOTION, pos=(300, 200), rel=(1, 0), buttons=(0, 0, 0))
            self.guard.update(DT, self.stack)
            if i % 30 == 0:
                self.guard.draw(self.stack, self.canvas, 1.0, DT)

    def until(self, name, seconds, touching=False):
        for _ in range(round(seconds * 4)):
            if self.top == name:
                return
            self.run(0.25, touching)
        assert self.top == name

    def event(self, kind, **attrs):
        self.guard.event(pygame.event.Event(kind, attrs), self.stack)

    def tap(self, pos):
        self.event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)
        self.event(pygame.MOUSEBUTTONUP, pos=pos, button=1)

    def press(self, button):
        top = self.stack.top
        top.ensure_built()
        self.tap(top.button(button).rect.center)

    def to_drive(self):
        self.tap((320, 200))
        assert self.top == "title"
        self.press("play")
        self.press("new")
        self.press("done")
        assert self.top == "courses"
        self.stack.top.ensure_built()
        assert self.stack.top.default_button == "course_passenger.lesson", "riding in the car first"
        self.press("course_first_drive.tmx")
        assert self.top == "briefing"
        self.ctx.pilot = Autopilot
        self.press("go")
        assert self.top == "drive"


@pytest.fixture
def kiosk():
    k = Kiosk()
    yield k
    k.ctx.store.close()


def test_a_childs_turn_from_the_touch_to_the_results_and_back_to_attract(kiosk):
    kiosk.run(6)
    assert kiosk.top == "attract" and kiosk.guard.count.attract_cycles >= 2
    kiosk.to_drive()
    kiosk.until("results", 55, touching=True)  # the autopilot finishes First Drive (~41 s)
    record = kiosk.stack.top.record
    assert record.finished and not kiosk.guard.over
    kiosk.press("again")
    assert kiosk.top == "drive"
    kiosk.until("results", 55, touching=True)  # the minute runs out during this drive
    assert kiosk.guard.over and not kiosk.stack.top.record.finished
    kiosk.press("again")  # minutes up: no new drive, the next child's turn
    kiosk.run(0.1)
    assert kiosk.top == "attract"
    count = kiosk.guard.count
    assert (count.sessions, count.capped, count.abandoned, count.errors) == (1, 1, 0, 0)
    board = kiosk.stack.top.board
    assert [line.points for line in board] == [record.points], "the board has the day's best"
    assert board[0].avatar == kiosk.ctx.store.players()[0].avatar


def test_an_abandoned_player_screen_times_out_to_attract(kiosk):
    kiosk.tap((320, 200))
    kiosk.press("play")
    assert kiosk.top == "player"
    kiosk.run(2.9)
    assert kiosk.top == "player"
    kiosk.run(0.2)
    assert kiosk.top == "attract"
    assert kiosk.guard.count.abandoned == 1 and kiosk.ctx.store.players() == []


def test_a_drive_left_alone_ends_in_its_results_then_attract(kiosk):
    kiosk.to_drive()
    kiosk.stack.top.drivers = [Parked()]  # nobody at the wheel, nobody touching
    kiosk.run(6.2)
    assert kiosk.top == "results"
    assert kiosk.stack.top.record.scorecard["gave_up"]
    kiosk.run(3.1)
    assert kiosk.top == "attract"
    assert len(kiosk.ctx.store.drives()) == 1


def test_a_car_driven_with_a_held_pedal_is_not_a_drive_left_alone(kiosk):
    kiosk.to_drive()  # the autopilot's steady pedal sends no events, like a held key
    kiosk.run(9)
    assert kiosk.top == "drive"


def test_the_pause_screen_times_out_to_the_results(kiosk):
    kiosk.to_drive()
    kiosk.run(1, touching=True)
    kiosk.stack.top.pause(kiosk.stack)
    assert kiosk.top == "pause"
    kiosk.run(3.1)
    assert kiosk.top == "results"


def test_an_error_inside_a_screen_is_logged_and_the_game_goes_on_at_the_title(kiosk, caplog):
    kiosk.tap((320, 200))
    kiosk.press("play")
    assert kiosk.top == "player"

    def broken(dt, stack):
        raise RuntimeError("a bug in a screen")

    kiosk.stack.top.update = broken
    with caplog.at_level(logging.ERROR, logger="traffic_park.kiosk"):
        kiosk.run(0.1)
    assert kiosk.top == "title"
    assert kiosk.guard.count.errors == 1
    assert "error in the player screen" in caplog.text and "a bug in a screen" in caplog.text
    kiosk.run(3.1)
    assert kiosk.top == "attract", "and the title still times out to the demo"


def test_errors_that_keep_coming_end_the_process_for_the_supervisor(kiosk):
    def broken(*args):
        raise RuntimeError("the demo itself is broken")

    with pytest.raises(RuntimeError):
        for _ in range(20):
            kiosk.stack.top.update = broken
            kiosk.run(DT)


def test_the_staff_keys_and_pin_open_the_staff_screen_and_leave_with_status_0(kiosk):
    kiosk.event(pygame.KEYDOWN, key=pygame.K_k, mod=pygame.KMOD_CTRL | pygame.KMOD_SHIFT)
    assert kiosk.top == "title", "without alt it is just a key (the demo starts)"
    mods = pygame.KMOD_LCTRL | pygame.KMOD_LALT | pygame.KMOD_LSHIFT
    kiosk.event(pygame.KEYDOWN, key=pygame.K_k, mod=mods, unicode="k")
    assert kiosk.top == "pin"
    for digit in "2468":
        kiosk.press(f"digit_{digit}")
    kiosk.press("ok")
    assert kiosk.top == "staff"
    kiosk.run(10)
    assert kiosk.top == "staff", "staff screens take their time"
    kiosk.press("leave")
    assert kiosk.stack.quit and kiosk.guard.exit_code == 0


def test_five_taps_in_the_corner_open_the_pin_and_three_wrong_codes_close_it(kiosk):
    for _ in range(5):
        kiosk.tap((635, 5))
        kiosk.run(0.2)
    assert kiosk.top == "pin"
    for _ in range(3):
        kiosk.press("digit_1")
        kiosk.press("ok")
    assert kiosk.top == "title"


def test_the_door_counts_taps_in_its_corner_within_the_window():
    door = StaffDoor(KioskConfig())
    size = (1280, 720)
    assert not any(door.tap((1275, 4), size, t * 0.45) for t in range(4))
    assert door.tap((1275, 4), size, 1.9)
    slow = [door.tap((1275, 4), size, t * 0.6) for t in range(5)]
    assert not any(slow), "five taps over 2.4 s are not enough"
    door.tap((1275, 4), size, 10.0)
    door.tap((600, 300), size, 10.1)  # a tap elsewhere starts the count again
    assert not any(door.tap((1275, 4), size, 10.2 + t * 0.1) for t in range(4))
    assert door.keys({"ctrl", "alt", "shift"}, "K") and not door.keys({"ctrl"}, "k")


def test_the_settings_file_names_each_wrong_value_and_uses_its_default():
    config, problems = parse(
        'pin = "12"\ncolour = 3\n[kiosk]\nsession_minutes = "ten"\nfullscreen = "yes"\n'
        'staff_corner = "middle"\nlanguages = ["en", "xx"]\nstaff_keys = "k"\n'
        "board_size = 3\nwho = 1\n"
    )
    text = "\n".join(problems)
    for words in (
        "pin: '12' is not 4 to 8 digits",
        "colour: unknown setting",
        "kiosk.session_minutes: 'ten' is not a number; using 5.0",
        "kiosk.fullscreen: 'yes' is not true or false; using True",
        "kiosk.staff_corner: 'middle' is not one of",
        "kiosk.languages: ['en', 'xx']",
        "kiosk.staff_keys: 'k'",
        "kiosk.who: unknown setting",
    ):
        assert words in text, words
    assert config.pin == "2468" and config.kiosk == replace(KioskConfig(), board_size=3)
    broken, why = parse("[kiosk\n")
    assert broken == staff_config.StaffConfig() and "cannot be read" in why[0]


def test_the_settings_file_is_written_with_its_defaults_when_missing(tmp_path):
    config, problems = staff_config.read(tmp_path)
    assert problems == [] and (tmp_path / "staff.toml").exists()
    again, problems = staff_config.read(tmp_path)
    assert again == config == staff_config.StaffConfig() and problems == []


def test_the_supervisor_restarts_until_the_staff_leave():
    statuses = iter([1, -11, 0])
    runs, pauses = [], []
    result = supervise.supervise(
        ["game"],
        run=lambda cmd, env: runs.append(env[supervise.SUPERVISED]) or next(statuses),
        sleep=pauses.append,
        say=lambda line: None,
    )
    assert result == 0 and runs == ["1", "1", "1"] and pauses == [1.0, 2.0]


def test_a_simulated_kiosk_day_on_the_command_line(tmp_path):
    (tmp_path / "staff.toml").write_text('[kiosk]\ntraffic = "calm"\nattract_seconds = 20.0\n')
    out = subprocess.run(
        [sys.executable, "run_game.py", "kiosk", "--headless", "--minutes", "3", "--seed", "2"]
        + ["--json", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,  # about 15 s of CPU; a busy machine stretches it
    )
    assert out.returncode == 0, out.stderr
    day = json.loads(out.stdout)
    for key in ("attract_cycles", "sessions", "abandoned", "errors", "rss_mb_start", "rss_mb_end"):
        assert key in day
    assert day["errors"] == 0 and day["attract_cycles"] >= 1 and day["sessions"] >= 1


def test_the_kiosk_hands_freed_memory_back_when_the_demo_starts_again(monkeypatch):
    """A day of turns must not pile up freed heap pages (glibc keeps them otherwise)."""
    import sys

    from game.kiosk import guard as guard_module
    from game.kiosk import memory

    calls = []
    monkeypatch.setattr(guard_module, "give_back", lambda: calls.append(1) or True)
    kiosk = Kiosk()
    kiosk.tap((320, 200))
    assert kiosk.top == "title"
    kiosk.guard.attract(kiosk.stack, abandoned=True)
    assert kiosk.top == "attract"
    assert calls, "going back to the demo gives memory back"
    assert isinstance(memory.give_back(), bool)
    if sys.platform.startswith("linux"):
        assert memory._trim() is not None  # glibc's malloc_trim was found
