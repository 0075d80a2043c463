"""One picture per rule, as the child meets it on the road: the sign, the light, the car,
the person. Used by the briefing, the results cards and the licence."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game import resources
from game.render.sprites import has_sprite
from game.ui.icons import icon
from game.ui.passenger_art import PAINTERS as PASSENGER_PAINTERS
from game.ui.theme import INK, WHITE
from game.ui.walk_icons import PAINTERS as WALK_PAINTERS

SIGNS = {
    "stop_sign": "sign_stop",
    "yield": "sign_yield",
    "pedestrian": "sign_crossing",
    "speeding": "sign_speed_limit_30",
    "wrong_way": "sign_no_entry",
    "parking": "sign_parking",
    "no_parking": "sign_no_parking",
}
SEEN_FROM_ABOVE = {
    "emergency": "ambulance",
    "collision_vehicle": "car_white",
    "collision_pedestrian": "ped_child",
    "bus_stop": "bus",
}


@lru_cache(maxsize=256)
def rule_icon(rule: str, size: int) -> pygame.Surface:
    """`size` pixels square; a plain "!" for a rule without a picture of its own."""
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    if rule in SIGNS:
        _fit(surf, SIGNS[rule], 1.0)
    elif rule in SEEN_FROM_ABOVE:
        _fit(surf, SEEN_FROM_ABOVE[rule], 0.9, turn=-90 if rule != "collision_pedestrian" else 0)
    elif rule == "finish":
        surf.blit(icon("chequered", size), (0, 0))
    elif rule in ("red_light", "amber_light"):
        _light(surf, 0 if rule == "red_light" else 1)
    elif rule in WALK_PAINTERS:
        WALK_PAINTERS[rule](surf)
    elif rule in PASSENGER_PAINTERS:
        PASSENGER_PAINTERS[rule](surf)
    else:
        painter = {
            "seatbelt": _belt,
            "off_road": _road,
            "collision_object": _wall,
            "tailgating": _gap,
            "no_indicator": _blinker,
            "checkpoint": _ring,
        }.get(rule, _bang)
        painter(surf)
    return surf


def _fit(surf: pygame.Surface, sprite: str, share: float, turn: float = 0) -> None:
    if not has_sprite(sprite):
        _bang(surf)
        return
    image = pygame.image.load(str(resources.asset("sprites", f"{sprite}.png")))
    if turn:
        image = pygame.transform.rotate(image, turn)
    size = surf.get_width() * share
    k = size / max(image.get_size())
    image = pygame.transform.smoothscale(
        image, (max(1, round(image.get_width() * k)), max(1, round(image.get_height() * k)))
    )
    surf.blit(image, image.get_rect(center=surf.get_rect().center))


def _light(surf: pygame.Surface, lit: int) -> None:
    n = surf.get_width()
    body = pygame.Rect(n * 0.3, n * 0.02, n * 0.4, n * 0.96)
    pygame.draw.rect(surf, (30, 32, 38), body, border_radius=round(n * 0.1))
    for i, lamp in enumerate(((235, 45, 40), (255, 196, 0), (40, 200, 90))):
        centre = (n / 2, n * (0.18 + 0.32 * i))
        pygame.draw.circle(surf, lamp if i == lit else (70, 70, 76), centre, n * 0.13)
        if i == lit == 0:  # a bar in the red lamp: "stop" without colour
            pygame.draw.rect(surf, WHITE, (n * 0.42, centre[1] - n * 0.03, n * 0.16, n * 0.06))


def _belt(surf: pygame.Surface) -> None:
    n = surf.get_width()
    c = n / 2
    pygame.draw.circle(surf, (52, 190, 90), (c, c), c)
    pygame.draw.circle(surf, INK, (c, c * 0.62), n * 0.12)
    pygame.draw.rect(
        surf, INK, (c - n * 0.2, c * 0.85, n * 0.4, n * 0.4), border_radius=round(n * 0.1)
    )
    pygame.draw.line(
        surf, WHITE, (c - n * 0.2, c * 0.85), (c + n * 0.2, c + n * 0.3), max(2, n // 14)
    )


def _road(surf: pygame.Surface) -> None:
    n = surf.get_width()
    pygame.draw.rect(surf, (110, 196, 96), (0, 0, n, n), border_radius=round(n * 0.15))
    pygame.draw.rect(surf, (90, 94, 104), (n * 0.25, 0, n * 0.5, n))
    for y in range(0, n, max(4, n // 5)):
        pygame.draw.rect(surf, WHITE, (n * 0.47, y, n * 0.06, n * 0.1))
    surf.blit(icon("car", round(n * 0.5), (225, 60, 55)), (n * 0.25, n * 0.25))


def _wall(surf: pygame.Surface) -> None:
    n = surf.get_width()
    rows = 4
    h = n * 0.8 / rows
    for r in range(rows):
        off = (r % 2) * n * 0.15
        for k in range(-1, 4):
            brick = pygame.Rect(off + k * n * 0.3, n * 0.1 + r * h, n * 0.28, h * 0.85)
            brick = brick.clip(surf.get_rect())
            if brick.w > 0:
                pygame.draw.rect(surf, (200, 90, 60), brick, border_radius=2)


def _gap(surf: pygame.Surface) -> None:
    n = surf.get_width()
    surf.blit(icon("car", round(n * 0.48), (60, 120, 230)), (0, n * 0.3))
    surf.blit(icon("car", round(n * 0.48), (250, 205, 40)), (n * 0.52, n * 0.3))
    y = n * 0.22
    pygame.draw.line(surf, INK, (n * 0.36, y), (n * 0.64, y), max(2, n // 20))
    for x, d in ((n * 0.36, 1), (n * 0.64, -1)):
        pygame.draw.polygon(
            surf, INK, [(x, y), (x + d * n * 0.08, y - n * 0.06), (x + d * n * 0.08, y + n * 0.06)]
        )


def _blinker(surf: pygame.Surface) -> None:
    n = surf.get_width()
    c = n / 2
    pts = [
        (n * 0.05, c),
        (c, n * 0.1),
        (c, n * 0.32),
        (n * 0.95, n * 0.32),
        (n * 0.95, n * 0.68),
        (c, n * 0.68),
        (c, n * 0.9),
    ]
    pygame.draw.polygon(surf, (255, 180, 0), pts)
    pygame.draw.polygon(surf, INK, pts, max(2, n // 24))


def _ring(surf: pygame.Surface) -> None:
    n = surf.get_width()
    pygame.draw.rect(surf, (90, 94, 104), (0, n * 0.2, n, n * 0.6), border_radius=round(n * 0.1))
    pygame.draw.rect(
        surf, (255, 220, 40), (n * 0.12, n * 0.28, n * 0.76, n * 0.44), max(3, n // 10)
    )


def _bang(surf: pygame.Surface) -> None:
    n = surf.get_width()
    c = n / 2
    pts = [
        (c + c * 0.95 * math.cos(a), c + c * 0.95 * math.sin(a))
        for a in (-math.pi / 2, math.pi / 6, 5 * math.pi / 6)
    ]
    pygame.draw.polygon(surf, (255, 200, 40), pts)
    pygame.draw.polygon(surf, INK, pts, max(2, n // 20))
    pygame.draw.rect(surf, INK, (c - n * 0.04, c * 0.55, n * 0.08, n * 0.3))
    pygame.draw.circle(surf, INK, (c, c * 1.5), n * 0.05)
