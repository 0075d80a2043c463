"""Render frames without a window, for the screenshot command, docs and tests."""

from __future__ import annotations

import os
from pathlib import Path

import pygame

from game.course.model import Course
from game.render.course_overlay import draw_course_objects
from game.render.world_view import WorldView
from game.rules.referee import Referee
from game.sim.world import STEP_HZ, World


def headless_display() -> None:
    """A hidden 1x1 display, so images can be converted to the fast pixel format."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    pygame.display.init()
    pygame.font.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))


def render_frame(
    course: Course,
    size: tuple[int, int],
    seconds: float = 0.0,
    seed: int = 0,
    overview: bool = False,
    objects: bool = False,
) -> pygame.Surface:
    headless_display()
    world = World(course, seed=seed)
    referee = Referee(world)
    for _ in range(round(seconds * STEP_HZ)):
        world.step()
        referee.observe()
    zoom = 1.0
    if overview:
        zoom = min(
            size[0] / (course.width * course.tile_px), size[1] / (course.height * course.tile_px)
        )
    view = WorldView(world, size, zoom=zoom)
    frame = pygame.Surface(size)
    view.draw(frame, 1.0, 0.0, hud=not overview)
    if objects:
        draw_course_objects(frame, course, view.camera)
    return frame


def save_screenshot(
    course: Course,
    out: Path,
    size: tuple[int, int],
    seconds: float = 0.0,
    seed: int = 0,
    overview: bool = False,
    objects: bool = False,
) -> None:
    frame = render_frame(course, size, seconds, seed, overview, objects)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(frame, os.fspath(out))
