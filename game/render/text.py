"""Fonts and text drawing; the only place that turns strings into pixels."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
FONT_FILES = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
}


@lru_cache(maxsize=64)
def font(size: int, weight: str = "bold") -> pygame.font.Font:
    if not pygame.font.get_init():
        pygame.font.init()
    path = FONTS / FONT_FILES.get(weight, FONT_FILES["bold"])
    if path.is_file():
        return pygame.font.Font(str(path), size)
    return pygame.font.Font(None, round(size * 1.3))


def outlined(
    text: str, size: int, colour=(255, 255, 255), outline=(30, 30, 40), width: int = 2
) -> pygame.Surface:
    """Text with a dark outline, readable over any part of the town."""
    f = font(size)
    inner = f.render(text, True, colour)
    edge = f.render(text, True, outline)
    surf = pygame.Surface(
        (inner.get_width() + 2 * width, inner.get_height() + 2 * width), pygame.SRCALPHA
    )
    for dx in range(-width, width + 1):
        for dy in range(-width, width + 1):
            if dx * dx + dy * dy <= width * width:
                surf.blit(edge, (dx + width, dy + width))
    surf.blit(inner, (width, width))
    return surf
