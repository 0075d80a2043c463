"""`run_game.py --kiosk`: the game as an exhibition kiosk, full screen, all day.

The loop is the game's own (fixed 1/60 s steps, drawing as often as the screen allows), with
the guard between it and the screens; a close request from the window is ignored (a child's
Alt+F4), while the system's stop signals still end the process as usual.
"""

from __future__ import annotations

import logging
import logging.handlers
import signal
import sys
from pathlib import Path

import pygame

from game.kiosk import config as staff_config
from game.kiosk.guard import LOG, KioskGuard
from game.scenes.base import SceneStack
from game.sim.world import DT

LOG_NAME = "kiosk.log"
MAX_STEPS_PER_FRAME = 8


def start_log(folder: Path, echo: bool = True) -> None:
    """The kiosk's log: kiosk.log beside the saved games (1 MB, three old copies kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOG.addHandler(handler)
    if echo:
        LOG.addHandler(logging.StreamHandler(sys.stderr))
    LOG.setLevel(logging.INFO)


def run_kiosk(
    data: Path | None, size: tuple[int, int], lang: str | None, fullscreen: bool | None
) -> int:
    from game.app import close_display, open_window
    from game.session import open_context
    from game.store import data_dir

    folder = data_dir(data)
    start_log(folder)
    staff, problems = staff_config.read(folder)
    for problem in problems:
        LOG.warning("%s", problem)
    config = staff.kiosk
    screen = open_window(size, config.fullscreen if fullscreen is None else fullscreen)
    # SDL turns SIGTERM into a window-close request, which a kiosk ignores; a stop from the
    # system (systemd, the supervisor) must still end the game, so it gets its own handler.
    signal.signal(signal.SIGTERM, _stop)
    if config.hide_cursor:
        pygame.mouse.set_visible(False)
    if config.fullscreen:
        _grab_keyboard()
    ctx = open_context(folder, screen.get_size(), lang)
    for notice in ctx.notices:
        LOG.warning("%s", ctx.t(notice))
    ctx.notices.clear()  # for the staff's log, not for the children
    ctx.settings = ctx.settings.but(traffic=config.traffic)
    guard = KioskGuard(ctx, config, staff.pin)
    stack = SceneStack()
    guard.attract(stack)
    LOG.info("kiosk started (%s)", folder)
    clock = pygame.time.Clock()
    accumulator = 0.0
    try:
        while not stack.quit and stack.top is not None:
            frame_dt = min(clock.tick(120) / 1000.0, 0.25)
            accumulator = frame(stack, screen, guard, frame_dt, accumulator)
    finally:
        ctx.store.close()
        close_display()
    LOG.info("kiosk closed by staff")
    return guard.exit_code


def _stop(signum: int, frame: object) -> None:
    LOG.info("kiosk stopped by the system (signal %d)", signum)
    raise SystemExit(128 + signum)


def _grab_keyboard() -> None:
    """Ask the system to send every key to the game (Alt+Tab too, where it agrees)."""
    try:
        pygame.Window.from_display_module().grab_keyboard = True
    except (AttributeError, pygame.error):
        pass  # an older pygame or a system that refuses: docs/kiosk.md locks the system


def frame(
    stack: SceneStack, screen: pygame.Surface, guard: KioskGuard, frame_dt: float, acc: float
) -> float:
    """One frame: events through the guard, the due steps, one drawing."""
    acc += frame_dt
    for event in pygame.event.get():
        if event.type == pygame.QUIT:
            continue  # the window's close button or Alt+F4: not for children
        guard.event(event, stack)
        if stack.quit:
            return acc
    steps = 0
    while acc >= DT and steps < MAX_STEPS_PER_FRAME and not stack.quit:
        guard.update(DT, stack)
        acc -= DT
        steps += 1
    if steps == MAX_STEPS_PER_FRAME:
        acc = 0.0
    if not stack.quit and stack.top is not None:
        guard.draw(stack, screen, acc / DT, frame_dt)
        pygame.display.flip()
    return acc
