"""The menus' backdrop: a sunny sky, soft hills and a road, drawn once per size."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.ui.theme import GRASS, SKY, SKY_LOW


@lru_cache(maxsize=8)
def backdrop(size: tuple[int, int]) -> pygame.Surface:
    w, h = size
    surf = pygame.Surface(size)
    for y in range(h):
        k = y / max(1, h - 1)
        colour = [round(a + (b - a) * k) for a, b in zip(SKY, SKY_LOW)]
        pygame.draw.line(surf, colour, (0, y), (w, y))
    s = min(w / 1280, h / 720)
    pygame.draw.circle(surf, (255, 236, 120), (round(w * 0.9), round(h * 0.12)), round(60 * s))
    for cx, cy, r in ((0.12, 0.14, 40), (0.3, 0.08, 30), (0.62, 0.15, 36)):
        for dx, k in ((-1.1, 0.8), (0, 1.0), (1.1, 0.75)):
            pygame.draw.circle(
                surf, (255, 255, 255), (w * cx + dx * r * s, h * cy), round(r * k * s)
            )
    hill = [(0, h)]
    for i in range(41):
        x = w * i / 40
        hill.append((x, h * 0.78 - math.sin(i / 40 * math.pi * 3) * 26 * s))
    hill.append((w, h))
    pygame.draw.polygon(surf, (150, 214, 120), [(x, y - 30 * s) for x, y in hill])
    pygame.draw.polygon(surf, GRASS, hill)
    road = pygame.Rect(0, round(h * 0.9), w, round(h * 0.1))
    pygame.draw.rect(surf, (90, 94, 104), road)
    dash = round(60 * s)
    for x in range(0, w, dash * 2):
        pygame.draw.rect(surf, (255, 255, 255), (x, road.centery - 3 * s, dash, 6 * s))
    return surf
