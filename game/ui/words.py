"""The few words on a menu, drawn through game.render.text and fitted to their place.

Sizes and line breaks are tried by measuring (text.size_of), and only the line that fits is
drawn: drawing every trial would fill the text caches with pictures nobody sees (a kiosk's
memory grew with them)."""

from __future__ import annotations

import pygame

from game.render.text import outlined, render, size_of
from game.ui.theme import INK


def fitted(
    words: str, size: int, max_width: int, colour=INK, weight: str = "bold", min_size: int = 12
) -> pygame.Surface:
    """One line, shrunk until it fits `max_width` (never below `min_size`)."""
    while max(1, size_of(words, size, weight)[0]) > max_width and size > min_size:
        size = max(min_size, int(size * 0.9))
    return render(words, size, colour, weight)


def wrapped(
    words: str, size: int, max_width: int, colour=INK, weight: str = "bold", max_lines: int = 3
) -> list[pygame.Surface]:
    """Lines in reading order (split before display, so each line is shaped on its own)."""
    lines: list[str] = []
    current = ""
    for word in words.split():
        trial = f"{current} {word}".strip()
        if current and size_of(trial, size, weight)[0] > max_width:
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
    while max(1, size_of(words, size)[0]) + 2 * max(2, size // 14) > max_width and size > 14:
        size = int(size * 0.9)
    return outlined(words, size, colour, outline, max(2, size // 14))
