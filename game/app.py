"""The window and the loop: fixed 1/60 s world steps, drawing as often as the display allows."""

from __future__ import annotations

import os
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


def run(stack: SceneStack, screen: pygame.Surface) -> int:
    """Fixed-timestep loop with interpolation; returns when the stack empties or on close."""
    clock = pygame.time.Clock()
    accumulator = 0.0
    while not stack.quit and stack.top is not None:
        frame_dt = min(clock.tick(120) / 1000.0, 0.25)
        accumulator += frame_dt
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                stack.quit = True
            if stack.quit or stack.top is None:
                break  # e.g. Esc popped the last scene; its KEYUP has nobody to go to
            stack.top.handle_event(event, stack)
        if stack.quit or stack.top is None:
            break
        steps = 0
        while accumulator >= DT and steps < MAX_STEPS_PER_FRAME:
            stack.top.update(DT, stack)
            accumulator -= DT
            steps += 1
        if steps == MAX_STEPS_PER_FRAME:
            accumulator = 0.0
        if stack.top is not None:
            stack.top.draw(screen, accumulator / DT, frame_dt)
            pygame.display.flip()
    close_display()
    return 0


def close_display() -> None:
    """Quit pygame, and forget fonts that die with it (a later window opens new ones)."""
    fonts.font.cache_clear()
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
    course_path: Path, size: tuple[int, int], fullscreen: bool, seed: int, density: float = 1.0
) -> int:
    screen = open_window(size, fullscreen)
    stack = SceneStack()
    stack.push(first_scene(course_path, screen.get_size(), seed, density=density))
    return run(stack, screen)


def watch_drive(course, driver: Driver, seconds: float, seed: int, density: float = 1.0) -> int:
    """Show a scripted or autopilot drive in a window."""
    screen = open_window((1280, 720), False)
    stack = SceneStack()
    world = World(course, seed=seed, density=density)
    stack.push(DriveScene(world, screen.get_size(), drivers=[driver], seconds=seconds))
    return run(stack, screen)
