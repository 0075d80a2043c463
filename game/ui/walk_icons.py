"""Pictures of the walking rules, and the walking lesson's own badge.

Drawn with plain shapes so they read at any size: the kerb's edge, eyes looking both
ways, the zebra's stripes, the walking figure, a child between two parked cars, a car
too close. `walker_badge` marks a walking course on its card.
"""

from __future__ import annotations

import pygame

from game.ui.icons import icon
from game.ui.theme import INK, WHITE

ROAD = (90, 94, 104)
PAVEMENT = (226, 214, 190)
GREEN = (52, 190, 90)
RED = (225, 60, 55)
CHILD = (230, 120, 60)


def figure(surf: pygame.Surface, cx: float, cy: float, h: float, colour, walking=True) -> None:
    """A walking (or standing) person, `h` pixels tall, centred on (cx, cy)."""
    w = max(2, round(h * 0.12))
    head = (cx, cy - h * 0.38)
    pygame.draw.circle(surf, colour, head, h * 0.12)
    hip = (cx, cy + h * 0.08)
    pygame.draw.line(surf, colour, (cx, cy - h * 0.24), hip, w)
    spread = 0.2 if walking else 0.08
    for side in (-1, 1):
        pygame.draw.line(surf, colour, hip, (cx + side * h * spread, cy + h * 0.46), w)
        pygame.draw.line(
            surf, colour, (cx, cy - h * 0.18), (cx + side * h * spread, cy + h * 0.04), w
        )


def _kerb(surf: pygame.Surface) -> None:
    n = surf.get_width()
    pygame.draw.rect(surf, PAVEMENT, (0, 0, n * 0.55, n), border_radius=round(n * 0.1))
    pygame.draw.rect(surf, ROAD, (n * 0.55, 0, n * 0.45, n))
    pygame.draw.rect(surf, WHITE, (n * 0.52, 0, n * 0.06, n))
    figure(surf, n * 0.3, n * 0.5, n * 0.7, CHILD, walking=False)
    # a hand: stop here
    pygame.draw.circle(surf, RED, (n * 0.76, n * 0.28), n * 0.16)
    pygame.draw.rect(surf, WHITE, (n * 0.66, n * 0.25, n * 0.2, n * 0.06))


def _look(surf: pygame.Surface) -> None:
    n = surf.get_width()
    c = n / 2
    pygame.draw.circle(surf, (255, 225, 120), (c, c), c * 0.95)
    for dx in (-0.17, 0.17):
        eye = (c + dx * n, c * 0.9)
        pygame.draw.ellipse(surf, WHITE, (eye[0] - n * 0.12, eye[1] - n * 0.09, n * 0.24, n * 0.18))
        pygame.draw.circle(surf, INK, (eye[0] - n * 0.05, eye[1]), n * 0.05)
    y = n * 0.74
    lw = max(2, n // 18)
    pygame.draw.line(surf, INK, (n * 0.22, y), (n * 0.78, y), lw)
    for x, d in ((n * 0.22, 1), (n * 0.78, -1)):
        pygame.draw.polygon(
            surf, INK, [(x, y), (x + d * n * 0.1, y - n * 0.07), (x + d * n * 0.1, y + n * 0.07)]
        )


def _zebra(surf: pygame.Surface) -> None:
    n = surf.get_width()
    pygame.draw.rect(surf, ROAD, (0, 0, n, n), border_radius=round(n * 0.12))
    for k in range(5):
        pygame.draw.rect(surf, WHITE, (n * 0.08, n * (0.08 + k * 0.18), n * 0.84, n * 0.1))
    figure(surf, n * 0.5, n * 0.5, n * 0.62, CHILD)


def _signal(surf: pygame.Surface) -> None:
    n = surf.get_width()
    body = pygame.Rect(n * 0.22, n * 0.02, n * 0.56, n * 0.96)
    pygame.draw.rect(surf, (30, 32, 38), body, border_radius=round(n * 0.1))
    figure(surf, n * 0.5, n * 0.27, n * 0.36, (90, 40, 40), walking=False)
    figure(surf, n * 0.5, n * 0.73, n * 0.36, GREEN)


def _hidden(surf: pygame.Surface) -> None:
    n = surf.get_width()
    car = round(n * 0.5)
    for x in (-n * 0.08, n * 0.58):
        pic = pygame.transform.rotate(icon("car", car, (60, 120, 230)), 90)
        surf.blit(pic, pic.get_rect(center=(x + n * 0.25, n * 0.5)))
    figure(surf, n * 0.5, n * 0.5, n * 0.5, CHILD)
    pygame.draw.line(surf, RED, (n * 0.15, n * 0.15), (n * 0.85, n * 0.85), max(3, n // 12))


def _too_close(surf: pygame.Surface) -> None:
    n = surf.get_width()
    pygame.draw.rect(surf, ROAD, (0, n * 0.2, n, n * 0.6), border_radius=round(n * 0.1))
    surf.blit(icon("car", round(n * 0.5), RED), (0, n * 0.25))
    figure(surf, n * 0.72, n * 0.5, n * 0.5, CHILD)
    # a jolt: the car must brake hard
    for k in range(3):
        x = n * (0.52 + 0.04 * k)
        pygame.draw.line(surf, WHITE, (x, n * 0.36), (x, n * 0.64), max(2, n // 24))


PAINTERS = {
    "ped_kerb": _kerb,
    "ped_look": _look,
    "ped_zebra": _zebra,
    "ped_signal": _signal,
    "ped_hidden": _hidden,
    "ped_too_close": _too_close,
}


def walker_badge(size: int) -> pygame.Surface:
    """The walking lesson's badge: a green disc with a walking child."""
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    c = size / 2
    pygame.draw.circle(surf, INK, (c, c), c)
    pygame.draw.circle(surf, GREEN, (c, c), c - max(2, size // 16))
    figure(surf, c, c * 1.02, size * 0.66, WHITE)
    return surf
