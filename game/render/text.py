"""Fonts and text drawing; the only place that turns strings into pixels.

Arabic is reshaped (joined letter forms) and reordered for display with
arabic-reshaper and python-bidi; each script gets a Noto font that has its glyphs.
"""

from __future__ import annotations

from functools import lru_cache

import arabic_reshaper
import pygame
from bidi import get_display

from game import resources

FONT_FILES = {
    ("latin", "regular"): "NotoSans-Regular.ttf",
    ("latin", "bold"): "NotoSans-Bold.ttf",
    ("arabic", "regular"): "NotoSansArabic-Regular.ttf",
    ("arabic", "bold"): "NotoSansArabic-Bold.ttf",
    ("tifinagh", "regular"): "NotoSansTifinagh-Regular.ttf",
    ("tifinagh", "bold"): "NotoSansTifinagh-Regular.ttf",
}


def font_files() -> list[tuple[str, ...]]:
    """Every font file, for the start-up check (resources.require)."""
    return [("fonts", name) for name in sorted(set(FONT_FILES.values()))]


def script_of(text: str) -> str:
    """The script a string needs a font for: arabic, tifinagh or latin."""
    for ch in text:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFEFF:
            return "arabic"
        if 0x2D30 <= code <= 0x2D7F:
            return "tifinagh"
    return "latin"


def for_display(text: str) -> str:
    """Visual order with joined Arabic letters; other text is left as it is."""
    if script_of(text) != "arabic":
        return text
    return get_display(arabic_reshaper.reshape(text))


@lru_cache(maxsize=64)
def font(size: int, weight: str = "bold", script: str = "latin") -> pygame.font.Font:
    if not pygame.font.get_init():
        pygame.font.init()
    name = FONT_FILES.get((script, weight), FONT_FILES[("latin", weight)])
    return pygame.font.Font(str(resources.asset("fonts", name)), size)


def render(text: str, size: int, colour, weight: str = "bold") -> pygame.Surface:
    """One line of text in any of the game's languages."""
    return font(size, weight, script_of(text)).render(for_display(text), True, colour)


def outlined(
    text: str, size: int, colour=(255, 255, 255), outline=(30, 30, 40), width: int = 2
) -> pygame.Surface:
    """Text with a dark outline, readable over any part of the town."""
    inner = render(text, size, colour)
    edge = render(text, size, outline)
    surf = pygame.Surface(
        (inner.get_width() + 2 * width, inner.get_height() + 2 * width), pygame.SRCALPHA
    )
    for dx in range(-width, width + 1):
        for dy in range(-width, width + 1):
            if dx * dx + dy * dy <= width * width:
                surf.blit(edge, (dx + width, dy + width))
    surf.blit(inner, (width, width))
    return surf
