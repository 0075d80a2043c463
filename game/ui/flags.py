"""The four languages, chosen by flag as well as by their own names (PLAY.md): Morocco for
Arabic, France for French, the United Kingdom for English, the Amazigh flag for Tamazight."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.render.text import render
from game.ui.icons import star_points

NATIVE_NAMES = {"ar": "العربية", "fr": "Français", "en": "English", "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ"}


@lru_cache(maxsize=32)
def flag(lang: str, w: int, h: int) -> pygame.Surface:
    surf = pygame.Surface((w, h))
    if lang == "ar":
        surf.fill((193, 39, 45))
        pts = star_points(w / 2, h / 2, h * 0.32)
        outer = [pts[i] for i in range(0, 10, 2)]
        pentagram = [outer[i % 5] for i in (0, 2, 4, 1, 3, 0)]
        pygame.draw.lines(surf, (0, 98, 51), True, pentagram, max(2, h // 14))
    elif lang == "fr":
        for i, colour in enumerate(((0, 85, 164), (255, 255, 255), (239, 65, 53))):
            pygame.draw.rect(surf, colour, (i * w / 3, 0, w / 3 + 1, h))
    elif lang == "en":
        surf.fill((1, 33, 105))
        white, red = (255, 255, 255), (200, 16, 46)
        pygame.draw.line(surf, white, (0, 0), (w, h), max(3, h // 5))
        pygame.draw.line(surf, white, (w, 0), (0, h), max(3, h // 5))
        pygame.draw.line(surf, red, (0, 0), (w, h), max(1, h // 15))
        pygame.draw.line(surf, red, (w, 0), (0, h), max(1, h // 15))
        pygame.draw.rect(surf, white, (w / 2 - h / 6, 0, h / 3, h))
        pygame.draw.rect(surf, white, (0, h / 2 - h / 6, w, h / 3))
        pygame.draw.rect(surf, red, (w / 2 - h / 10, 0, h / 5, h))
        pygame.draw.rect(surf, red, (0, h / 2 - h / 10, w, h / 5))
    else:  # Amazigh: blue, green, yellow bands and a red yaz
        for i, colour in enumerate(((0, 114, 198), (60, 178, 72), (254, 241, 0))):
            pygame.draw.rect(surf, colour, (0, i * h / 3, w, h / 3 + 1))
        yaz = render("ⵣ", round(h * 0.7), (228, 30, 38))
        surf.blit(yaz, yaz.get_rect(center=(w / 2, h / 2)))
    pygame.draw.rect(surf, (30, 30, 40), surf.get_rect(), max(2, h // 20))
    return surf
