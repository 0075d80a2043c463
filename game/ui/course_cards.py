"""What a course looks like on a menu: its title and tip in the player's language, its
lesson, and a picture of the whole map. Loaded once per run and kept."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

from game.course.loader import read_course
from game.course.model import Course
from game.render.tiles import TileAtlas, render_course_layers


@lru_cache(maxsize=64)
def load(path: Path) -> Course | None:
    """The course, or None when it has errors (the card then shows a warning picture)."""
    course, problems = read_course(path)
    if course is None or any(p.is_error for p in problems):
        return None
    return course


def title(path: Path, lang: str) -> str:
    course = load(path)
    return (course.title(lang) if course else "") or path.stem.replace("_", " ")


@lru_cache(maxsize=64)
def _full_picture(path: Path) -> pygame.Surface | None:
    course = load(path)
    if course is None:
        return None
    px = max(4, min(16, round(1400 / max(course.width, course.height))))
    return render_course_layers(course, px, TileAtlas())


@lru_cache(maxsize=128)
def picture(path: Path, w: int, h: int) -> pygame.Surface:
    """The whole map scaled to cover w x h (cropped in the middle), or a grey card."""
    surf = pygame.Surface((w, h))
    surf.fill((160, 170, 180))
    full = _full_picture(path)
    if full is None:
        return surf
    k = max(w / full.get_width(), h / full.get_height())
    scaled = pygame.transform.smoothscale(
        full, (max(1, round(full.get_width() * k)), max(1, round(full.get_height() * k)))
    )
    surf.blit(scaled, scaled.get_rect(center=(w / 2, h / 2)))
    return surf
