"""The players' faces (friendly animals, drawn in code) and car colours."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.ui.theme import INK

AVATARS = ("cat", "dog", "bear", "rabbit", "fox", "panda", "lion", "frog")
CAR_COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (225, 60, 55),
    "blue": (60, 120, 230),
    "green": (60, 180, 80),
    "yellow": (250, 205, 40),
    "orange": (250, 140, 40),
    "white": (240, 240, 245),
}
FUR = {
    "cat": (175, 178, 192),
    "dog": (190, 140, 95),
    "bear": (150, 100, 70),
    "rabbit": (235, 235, 240),
    "fox": (240, 120, 50),
    "panda": (250, 250, 250),
    "lion": (245, 190, 70),
    "frog": (110, 200, 90),
}


@lru_cache(maxsize=128)
def avatar(name: str, size: int) -> pygame.Surface:
    """A round face on a light disc, `size` pixels square."""
    surf = pygame.Surface((size, size), pygame.SRCALPHA)

    def u(v: float) -> float:
        return v * size / 100.0

    fur = FUR.get(name, FUR["cat"])
    line = max(2, round(u(3)))
    pygame.draw.circle(surf, (255, 250, 235), (u(50), u(50)), u(49))
    ears = _ears(name, fur, u)
    for shape, colour in ears:
        if isinstance(shape, pygame.Rect):
            pygame.draw.ellipse(surf, colour, shape)
            pygame.draw.ellipse(surf, INK, shape, line)
        else:
            pygame.draw.polygon(surf, colour, shape)
            pygame.draw.polygon(surf, INK, shape, line)
    if name == "lion":
        for k in range(14):
            a = math.tau * k / 14
            pygame.draw.circle(
                surf, (200, 120, 40), (u(50 + 30 * math.cos(a)), u(56 + 30 * math.sin(a))), u(13)
            )
    face = pygame.Rect(u(20), u(26), u(60), u(60))
    pygame.draw.ellipse(surf, fur, face)
    pygame.draw.ellipse(surf, INK, face, line)
    if name == "panda":
        for x in (36, 64):
            pygame.draw.ellipse(surf, INK, (u(x - 9), u(44), u(18), u(16)))
    if name in ("fox", "dog", "cat"):
        pygame.draw.ellipse(surf, (255, 245, 230), (u(34), u(58), u(32), u(24)))
    eye = (255, 255, 255) if name == "panda" else INK
    for x in (39, 61):
        y = 40 if name == "frog" else 52
        if name == "frog":
            pygame.draw.circle(surf, (255, 255, 255), (u(x), u(y)), u(10))
            pygame.draw.circle(surf, INK, (u(x), u(y)), u(10), line)
        pygame.draw.circle(surf, eye, (u(x), u(y)), u(5))
        pygame.draw.circle(surf, (255, 255, 255), (u(x + 2), u(y - 2)), u(1.6))
    nose = (230, 110, 130) if name in ("cat", "rabbit") else INK
    pygame.draw.circle(surf, nose, (u(50), u(63)), u(4.5))
    smile = pygame.Rect(u(40), u(58), u(20), u(16))
    pygame.draw.arc(surf, INK, smile, math.pi * 1.1, math.pi * 1.9, line)
    for x in (30, 70):  # rosy cheeks
        cheek = pygame.Surface((round(u(12)), round(u(8))), pygame.SRCALPHA)
        pygame.draw.ellipse(cheek, (255, 120, 120, 110), cheek.get_rect())
        surf.blit(cheek, (u(x - 6), u(64)))
    return surf


def _ears(name: str, fur, u) -> list:
    if name in ("cat", "fox"):
        return [
            ([(u(22), u(44)), (u(24), u(10)), (u(46), u(30))], fur),
            ([(u(78), u(44)), (u(76), u(10)), (u(54), u(30))], fur),
        ]
    if name == "rabbit":
        return [
            (pygame.Rect(u(28), u(0), u(16), u(44)), fur),
            (pygame.Rect(u(56), u(0), u(16), u(44)), fur),
        ]
    if name == "dog":
        return [
            (pygame.Rect(u(10), u(30), u(22), u(40)), (130, 90, 60)),
            (pygame.Rect(u(68), u(30), u(22), u(40)), (130, 90, 60)),
        ]
    if name in ("bear", "panda", "lion"):
        colour = INK if name == "panda" else fur
        return [
            (pygame.Rect(u(18), u(18), u(24), u(24)), colour),
            (pygame.Rect(u(58), u(18), u(24), u(24)), colour),
        ]
    return []


def car_colour(name: str) -> tuple[int, int, int]:
    return CAR_COLOURS.get(name, CAR_COLOURS["red"])


def car_sprite(name: str) -> str:
    """The drive's sprite for a player's colour."""
    return f"car_{name}" if name in CAR_COLOURS else "car_red"
