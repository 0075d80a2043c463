"""The few words on a menu, drawn through game.render.text and fitted to their place."""

from __future__ import annotations

import pygame

from game.render.text import outlined, render
from game.ui.theme import INK


def fitted(
    words: str, size: int, max_width: int, colour=INK, weight: str = "bold", min_size: int = 12
) -> pygame.Surface:
    """One line, shrunk until it fits `max_width` (never below `min_size`)."""
    while True:
        surf = render(words, size, colour, weight)
        if surf.get_width() <= max_width or size <= min_size:
            return surf
        size = max(min_size, int(size * 0.9))


def wrapped(
    words: str, size: int, max_width: int, colour=INK, weight: str = "bold", max_lines: int = 3
) -> list[pygame.Surface]:
    """Lines in reading order (split before display, so each line is shaped on its own)."""
    lines: list[str] = []
    current = ""
    for word in words.split():
        trial = f"{current} {word}".strip()
        if current and render(trial, size, colour, weight).get_width() > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        return wrapped(words, max(10, int(size * 0.88)), max_width, colour, weight, max_lines)
    return [fitted(line, size, max_width, colour, weight) for line in lines]


def title(words: str, size: int, max_width: int, colour=(255, 255, 255), outline=INK):
    """A big outlined heading, shrunk to fit."""
    while True:
        surf = outlined(words, size, colour, outline, max(2, size // 14))
        if surf.get_width() <= max_width or size <= 14:
            return surf
        size = int(size * 0.9)
