"""The window and the loop: fixed 1/60 s world steps, drawing as often as the display allows."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pygame

from game.course.loader import read_course
from game.drivers.base import Driver
from game.i18n.messages import text
from game.input.gamepad import GamepadInput
from game.input.router import PlayerInput
from game.render import text as fonts
from game.scenes.base import Scene, SceneStack
from game.scenes.drive import DriveScene
from game.scenes.message import MessageScene
from game.sim.world import DT, World

MAX_STEPS_PER_FRAME = 8  # after a stall, catch up a little, then let time slip


class NoScreenError(RuntimeError):
    """There is no screen to open a window on (e.g. over ssh, or in a container)."""


HIDDEN_DRIVERS = ("offscreen", "dummy")


def open_window(size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
    pygame.display.init()
    chosen = os.environ.get("SDL_VIDEODRIVER", "")
    if pygame.display.get_driver() in HIDDEN_DRIVERS and chosen not in HIDDEN_DRIVERS:
        # SDL found no screen and fell back to drawing nowhere: the game would run
        # invisibly for ever. Say so instead (SDL_VIDEODRIVER=offscreen forces it).
        close_display()
        raise NoScreenError(
            "no screen to open the game's window on (is DISPLAY or WAYLAND_DISPLAY set?). "
            "Without a screen, try: run_game.py drive --headless, or run_game.py screenshot"
        )
    pygame.font.init()
    pygame.display.set_caption("Traffic Park")
    flags = pygame.FULLSCREEN | pygame.SCALED if fullscreen else 0
    if os.environ.get("SDL_VIDEODRIVER") == "dummy":  # no screen to sync with
        return pygame.display.set_mode(size, flags)
    try:
        return pygame.display.set_mode(size, flags, vsync=1)
    except pygame.error:
        return pygame.display.set_mode(size, flags)


def run(
    stack: SceneStack,
    screen: pygame.Surface,
    speed: Callable[[], float] | None = None,
    tick: Callable[[float], None] | None = None,
) -> int:
    """Fixed-timestep loop with interpolation; returns when the stack empties or on close.

    `speed()` is the game's speed (a setting): the world then runs slower than real time.
    `tick(dt)` runs once a frame in real time (the sound: voices, the loops' volumes).
    """
    clock = pygame.time.Clock()
    accumulator = 0.0
    while not stack.quit and stack.top is not None:
        frame_dt = min(clock.tick(120) / 1000.0, 0.25)
        accumulator = frame(stack, screen, frame_dt, accumulator, speed() if speed else 1.0)
        if tick is not None:
            tick(frame_dt)
    close_display()
    return 0


def frame(
    stack: SceneStack,
    screen: pygame.Surface,
    frame_dt: float,
    accumulator: float = 0.0,
    speed: float = 1.0,
) -> float:
    """One frame: the waiting events, the world steps that are due, one drawing.

    Returns the time not yet stepped. Tests call this directly with posted events.
    """
    accumulator += frame_dt * speed
    for event in pygame.event.get():
        if event.type == pygame.QUIT:
            stack.quit = True
        if stack.quit or stack.top is None:
            break  # e.g. Esc popped the last scene; its KEYUP has nobody to go to
        stack.top.handle_event(event, stack)
    if stack.quit or stack.top is None:
        return accumulator
    steps = 0
    while accumulator >= DT and steps < MAX_STEPS_PER_FRAME and stack.top is not None:
        stack.top.update(DT, stack)
        accumulator -= DT
        steps += 1
    if steps == MAX_STEPS_PER_FRAME:
        accumulator = 0.0
    if stack.top is not None and not stack.quit:
        stack.top.draw(screen, accumulator / DT, frame_dt)
        pygame.display.flip()
    return accumulator


def close_display() -> None:
    """Quit pygame, and forget fonts that die with it (a later window opens new ones)."""
    fonts.forget()
    pygame.quit()


def first_scene(
    course_path: Path,
    size: tuple[int, int],
    seed: int,
    driver: Driver | None = None,
    density: float = 1.0,
) -> Scene:
    course, problems = read_course(course_path)
    errors = [p for p in problems if p.is_error]
    if course is None or errors:
        lines = [f"{p.where}: {p.what}. {p.fix[:1].upper()}{p.fix[1:]}" for p in errors]
        return MessageScene(text("error.course"), [os.fspath(course_path), *lines])
    world = World(course, seed=seed, density=density)
    if driver is not None:
        return DriveScene(world, size, drivers=[driver])
    return DriveScene(world, size, keyboard=PlayerInput(gamepad=GamepadInput()))


def play(
    course_path: Path | None,
    size: tuple[int, int],
    fullscreen: bool,
    seed: int,
    traffic: str | None = None,
    data_dir: Path | None = None,
    lang: str | None = None,
    players: int | None = None,
    assist: str | None = None,
    steering: str | None = None,
) -> int:
    """The game: the title, or straight into a drive of `course_path`."""
    from game.audio.mixer import open_mixer
    from game.course.catalog import single_course
    from game.scenes import flow
    from game.session import open_context

    screen = open_window(size, fullscreen)
    ctx = open_context(data_dir, screen.get_size(), lang)
    ctx.sound = open_mixer(lambda: ctx.settings)  # silent if the machine has no sound
    ctx.seed = seed
    if traffic is not None:  # this run only; the saved setting stays as it is
        ctx.settings = ctx.settings.but(traffic=traffic)
    ctx.players = players or 1
    if assist is not None:  # this run only, over each child's own choice
        ctx.driving_override["assist"] = assist
    if steering is not None:
        ctx.driving_override["steering"] = steering
    stack = SceneStack()
    flow.home(stack, ctx)
    if course_path is not None:
        ctx.player = ctx.player or ctx.store.last_player()
        flow.drive(stack, ctx, single_course(course_path).entries[0])
    try:
        return run(stack, screen, lambda: ctx.settings.game_speed, ctx.sound.update)
    finally:
        ctx.store.close()


def watch_drive(
    course, drivers: Driver | list[Driver], seconds: float, seed: int, density: float = 1.0
) -> int:
    """Show a scripted or autopilot drive in a window (split when two cars drive)."""
    drivers = drivers if isinstance(drivers, list) else [drivers]
    screen = open_window((1280, 720), False)
    stack = SceneStack()
    world = World(course, seed=seed, players=len(drivers), density=density)
    stack.push(DriveScene(world, screen.get_size(), drivers=drivers, seconds=seconds))
    return run(stack, screen)
