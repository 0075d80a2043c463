"""Render frames without a window, for the screenshot command, docs and tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.course.geometry import Point
from game.course.model import Course
from game.render.course_overlay import draw_course_objects
from game.render.world_view import WorldView
from game.rules.referee import Referee
from game.sim.world import STEP_HZ, World


@dataclass(frozen=True)
class Shot:
    """What to photograph: after how long, from where, and what to draw on top."""

    size: tuple[int, int] = (1280, 720)
    seconds: float = 0.0
    seed: int = 0
    overview: bool = False  # the whole course, scaled to fit, without the HUD
    objects: bool = False  # the map's objects as the game reads them
    at: Point | None = None  # centre of the picture in metres, instead of the car
    zoom: float = 1.0
    density: float = 1.0  # how busy the town is (game.sim.levels)


def headless_display() -> None:
    """A hidden 1x1 display, so images can be converted to the fast pixel format."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    pygame.display.init()
    pygame.font.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))


def render_frame(course: Course, shot: Shot = Shot()) -> pygame.Surface:
    headless_display()
    world = World(course, seed=shot.seed, density=shot.density)
    referee = Referee(world)
    for _ in range(round(shot.seconds * STEP_HZ)):
        world.step()
        referee.observe()
    zoom = shot.zoom
    if shot.overview:
        zoom = min(
            shot.size[0] / (course.width * course.tile_px),
            shot.size[1] / (course.height * course.tile_px),
        )
    view = WorldView(world, shot.size, zoom=zoom)
    if shot.at is not None:
        view.camera.centre_on(shot.at)
        view.follow_player = False
    frame = pygame.Surface(shot.size)
    view.draw(frame, 1.0, 0.0, hud=not (shot.overview or shot.at))
    if shot.objects:
        draw_course_objects(frame, course, view.camera)
    return frame


def save_screenshot(course: Course, out: Path, shot: Shot) -> None:
    frame = render_frame(course, shot)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(frame, os.fspath(out))
