"""What a course looks like on a menu: its title and tip in the player's language, its
lesson, and a picture of the whole map. Loaded once per run and kept. A lesson without a map
(a `.lesson` file: riding as a passenger) has its title in the catalogs and its own picture."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

from game.course.catalog import LESSON_SUFFIX
from game.course.checks import PASSENGER_RULE_IDS
from game.course.loader import read_course
from game.course.model import Course
from game.i18n.messages import LANGS, text
from game.render.tiles import TileAtlas, render_course_layers


def is_lesson(path: Path) -> bool:
    return path.suffix == LESSON_SUFFIX


@lru_cache(maxsize=64)
def load(path: Path) -> Course | None:
    """The course, or None when it has errors (the card then shows a warning picture) or
    is a lesson without a map."""
    if is_lesson(path):
        return None
    course, problems = read_course(path)
    if course is None or any(p.is_error for p in problems):
        return None
    return course


def title(path: Path, lang: str) -> str:
    if is_lesson(path):
        return text(f"course.title.{path.stem}", lang)
    course = load(path)
    return (course.title(lang) if course else "") or path.stem.replace("_", " ")


def titles(path: Path) -> dict[str, str]:
    """Every language's title ("" = the fallback), for the licence."""
    if is_lesson(path):
        return {lang: title(path, lang) for lang in LANGS} | {"": title(path, "en")}
    course = load(path)
    return dict(course.titles) if course else {"": path.stem}


def lesson(path: Path) -> tuple[str, ...]:
    """The rules a course (or a lesson without a map) teaches."""
    if is_lesson(path):
        return PASSENGER_RULE_IDS
    course = load(path)
    return course.lesson if course else ()


@lru_cache(maxsize=2)  # a few megabytes each; the scaled cards below are what is kept
def _full_picture(path: Path) -> pygame.Surface | None:
    course = load(path)
    if course is None:
        return None
    px = max(4, min(16, round(1400 / max(course.width, course.height))))
    return render_course_layers(course, px, TileAtlas())


@lru_cache(maxsize=128)
def picture(path: Path, w: int, h: int) -> pygame.Surface:
    """The whole map scaled to cover w x h (cropped in the middle), or a grey card."""
    if is_lesson(path):
        from game.ui.passenger_art import card_picture

        return card_picture(w, h)
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
