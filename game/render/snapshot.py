"""Render frames without a window, for the screenshot command, docs and tests."""

from __future__ import annotations

import os
import signal
import threading
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.course.geometry import Point
from game.course.model import Course
from game.files import atomic_file
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
    # no window, so no event loop to hear SDL's quit: let Ctrl+C and `kill` end us at once
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
    pygame.display.init()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
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
    save_picture(render_frame(course, shot), out)


def save_picture(frame: pygame.Surface, out: Path) -> None:
    """Write the frame whole (game.files): a kill mid-write keeps the old file."""
    hint = out.name if out.suffix.lower() in (".png", ".jpg", ".jpeg", ".bmp", ".tga") else "x.png"
    with atomic_file(out) as fh:
        pygame.image.save(frame, fh, hint)
