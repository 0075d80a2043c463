"""A kiosk day at full speed, without a window: the real screens and the real guard, fed by
simulated children who press the buttons a finger would press (through the same input
events), let the autopilot drive for them (some making a mistake), and walk away at any
moment. Idle spells between them let the demo cycle. What the day did is counted, with the
process's memory at the start and the end (a leak shows as growth). Memory is read at the
same moment of the kiosk's cycle each time: when the demo is on again (the first time after
each half hour), so a sample never falls in the middle of one child's drive and not another's.

    python run_game.py kiosk --headless --minutes 240 --seed 1 --json
"""

from __future__ import annotations

import os
import random
import resource
import signal
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pygame

from game.course.checks import ALL_RULE_IDS
from game.drivers.autopilot import Autopilot
from game.kiosk import config as staff_config
from game.kiosk.config import KioskConfig
from game.kiosk.guard import KioskGuard
from game.scenes.base import SceneStack
from game.sim.controls import Controls
from game.sim.world import DT
from game.ui.avatars import AVATARS

DAY_START = datetime(2026, 6, 1, 9, 0, 0)
DRAW_EVERY = 120  # steps between drawings (every 2 simulated seconds)
SAMPLE_EVERY = 30 * 60 * 60  # steps between memory samples (every 30 simulated minutes)
FAULTS = ("seatbelt", "red_light", "speeding", "stop_sign", "no_indicator")


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


class Parked:
    """The driver of a car whose child walked away: hands off, foot off."""

    def controls(self, world, player) -> Controls:
        return Controls()


@dataclass
class Child:
    """One visitor: how long they think before each press, and when they walk away."""

    think: float  # seconds between presses
    leaves_at: str  # the screen they walk away from ("" = they stay to the end)
    drives: int  # how many drives they want
    fault: str | None  # the mistake their autopilot makes, if any
    next_press: float = 0.0
    driven: int = 0
    gone: bool = False


class Day:
    """The simulated visitors around one guard; step() is one 1/60 s of the kiosk."""

    def __init__(self, guard: KioskGuard, stack: SceneStack, rng: random.Random) -> None:
        self.guard = guard
        self.stack = stack
        self.rng = rng
        self.child: Child | None = None
        self.arrives_at = self._idle_spell()

    def _idle_spell(self) -> float:
        return self.guard.t + self.rng.uniform(20.0, 150.0)

    def _new_child(self) -> Child:
        r = self.rng
        leaves = r.choices(
            ["", "title", "player", "courses", "briefing", "drive", "results"],
            [10, 1, 1, 1, 1, 1, 2],
        )[0]
        fault = r.choice(FAULTS) if r.random() < 0.4 else None
        return Child(r.uniform(1.0, 4.0), leaves, r.randint(1, 3), fault)

    def step(self) -> None:
        g = self.guard
        top = self.stack.top
        name = getattr(top, "name", "")
        if name == "attract":
            if self.child is not None:  # the last child's turn is over
                self.child = None
                self.arrives_at = self._idle_spell()
            if g.t >= self.arrives_at:
                self.child = self._new_child()
                self._press_at((640, 400))
            return
        child = self.child
        if child is None or child.gone:
            return
        if name == child.leaves_at and (name != "drive" or g.t - g.last_input > 8):
            child.gone = True
            if name == "drive":
                top.drivers = [Parked()]  # type: ignore[union-attr]
            return
        if name == "drive":
            if g.t >= child.next_press:  # a hand on the wheel now and then
                self._event(pygame.MOUSEMOTION, pos=(600, 300), rel=(1, 0), buttons=(0, 0, 0))
                child.next_press = g.t + 5.0
            return
        if g.t < child.next_press:
            return
        child.next_press = g.t + child.think
        self._choose(name, child)

    def _choose(self, name: str, child: Child) -> None:
        pick = {
            "title": "play",
            "player": "new",
            "player_edit": "done",
            "briefing": "go",
            "pause": "resume",
            "notice": "ok",
        }.get(name)
        top = self.stack.top
        if name == "player_edit":
            self._press(f"avatar_{self.rng.choice(AVATARS)}")
        if name == "briefing":
            self.guard.ctx.pilot = lambda: Autopilot(fault=child.fault)
        if name == "courses":
            top.ensure_built()  # type: ignore[union-attr]
            pick = getattr(top, "default_button", "") or None
            # a new child starts with riding in the car, which plays itself by this pilot
            self.guard.ctx.pilot = lambda: Autopilot(fault=child.fault)
        if name == "results" and getattr(top, "entry", None) is not None and top.entry.lesson:
            pick = "next"  # after riding in the car: on to the first drive
            top.ensure_built()  # type: ignore[union-attr]
            if top.button("next") is not None:  # type: ignore[union-attr]
                self._press(pick)
                return
        if name == "results":
            child.driven += 1
            pick = "again" if child.driven < child.drives else "home"
            if pick == "home":
                child.gone = True  # off they go: the kiosk finds its own way back
                return
        if pick is not None:
            self._press(pick)

    def _press(self, button: str) -> None:
        top = self.stack.top
        find = getattr(top, "button", None)
        if find is None:
            return
        top.ensure_built()  # type: ignore[union-attr]
        target = find(button)
        if target is not None:
            self._press_at(target.rect.center)

    def _press_at(self, pos: tuple[int, int]) -> None:
        self._event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)
        self._event(pygame.MOUSEBUTTONUP, pos=pos, button=1)

    def _event(self, kind: int, **attrs) -> None:
        self.guard.event(pygame.event.Event(kind, attrs), self.stack)


def simulate_day(
    minutes: float,
    seed: int = 0,
    folder: str | os.PathLike[str] | None = None,
    size: tuple[int, int] = (1280, 720),
    config: KioskConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Run `minutes` of a kiosk day; returns its figures (see module docstring)."""
    from game.render.snapshot import headless_display
    from game.session import open_context

    headless_display()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # SDL would swallow a stop request
    with tempfile.TemporaryDirectory(prefix="kiosk-day-") as tmp:
        where = Path(folder) if folder is not None else Path(tmp)
        ctx = open_context(where, size)
        clock = {"t": 0.0}
        ctx.store.now = lambda: DAY_START + timedelta(seconds=clock["t"])
        ctx.today = lambda: ctx.store.now().date()
        if config is None:  # the folder's staff.toml, as the kiosk itself would read it
            config = staff_config.read(where)[0].kiosk if folder is not None else KioskConfig()
        guard = KioskGuard(ctx, config, "2468")
        stack = SceneStack()
        guard.attract(stack)
        day = Day(guard, stack, random.Random(seed))
        canvas = pygame.Surface(size)
        steps = round(minutes * 60 / DT)
        rss_start = None
        samples: list[float] = []  # each half hour, at the demo
        due = False
        cpu = time.process_time()
        try:
            for i in range(steps):
                clock["t"] = guard.t
                day.step()
                guard.update(DT, stack)
                if i % DRAW_EVERY == 0:
                    guard.draw(stack, canvas, 1.0, DT)
                if rss_start is None and guard.count.sessions >= 1 and stack.top.name == "attract":
                    rss_start = rss_mb()  # warm: the demo, a child's whole turn and caches seen
                if i % SAMPLE_EVERY == SAMPLE_EVERY - 1:
                    due = True
                if due and stack.top.name == "attract":
                    due = False
                    samples.append(round(rss_mb(), 1))
                    if progress is not None:
                        progress(f"{(i + 1) * DT / 60:.0f} min: {samples[-1]} MB, {guard.count}")
            guard.attract(stack)  # the day ends on the demo, as each sample was read
            rss_end = rss_mb()  # before the report reads back every drive kept
            board = ctx.store.day_best(ctx.today())
            kept = ctx.store.drives(limit=1_000_000)
            drives = len(kept)
            faults = _faults(kept)
        finally:
            ctx.store.close()
    return {
        "simulated_minutes": minutes,
        "seed": seed,
        **asdict(guard.count),
        "drives": drives,
        "mistakes_by_rule": faults,
        "board": [line.nickname or line.avatar for line in board],
        "cpu_s": round(time.process_time() - cpu, 1),
        "rss_mb_start": round(rss_start if rss_start is not None else rss_end, 1),
        "rss_mb_end": round(rss_end, 1),
        "rss_mb_every_30_min": samples,
    }


def _faults(drives) -> dict[str, int]:
    total: dict[str, int] = {}
    for d in drives:
        for rule, part in d.scorecard.get("rules", {}).items():
            if rule in ALL_RULE_IDS and part.get("mistakes"):
                total[rule] = total.get(rule, 0) + int(part["mistakes"])
    return dict(sorted(total.items()))
