"""Pictures of the passenger lesson, drawn with plain shapes so they read at any size: the
family car seen from above (seats, the baby's child seat, the dashboard with its glovebox
and the driver at the wheel), the three passengers (a baby, a six-year-old, a grown-up:
their age shown by their size), belts, the ringing phone; the rules' icons and the card on
the course screen. The car is never mirrored for right-to-left: the driver sits on the left
in Morocco, whatever the language."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.ui.theme import INK, WHITE

BODY = (232, 72, 64)  # the family car's paint
GLASS = (170, 215, 240)
DASH = (70, 74, 90)
SEAT = (84, 112, 168)
SEAT_EDGE = (56, 76, 120)
CHILD_SEAT = (250, 150, 40)
BELT = (40, 44, 56)
BUCKLE = (255, 70, 60)
SKIN = ((250, 214, 180), (214, 160, 112), (150, 100, 70))
CLOTHES = {"baby": (255, 214, 60), "child": (70, 190, 100), "adult": (150, 100, 220)}
DRIVER = (230, 120, 60)  # the driver's clothes
HAIR = {"baby": (200, 150, 90), "child": (60, 40, 30), "adult": (40, 30, 24)}
# how big each passenger is, against the grown-up: their age at a glance
SIZE = {"baby": 0.62, "child": 0.8, "adult": 1.0, "driver": 1.0}
ROAD = (96, 100, 110)
PAVEMENT = (226, 214, 190)
PHONE = (30, 32, 40)


def person(
    surf: pygame.Surface, centre: tuple[float, float], height: float, who: str, skin: int = 0
) -> None:
    """A friendly passenger seen from the front, `height` pixels from head to seat."""
    cx, cy = centre
    colour = CLOTHES.get(who, DRIVER)
    face = SKIN[skin % len(SKIN)]
    head_r = height * (0.26 if who == "baby" else 0.2)
    body = pygame.Rect(0, 0, height * 0.62, height * 0.5)
    body.midbottom = (round(cx), round(cy + height / 2))
    pygame.draw.rect(surf, colour, body, border_radius=round(height * 0.16))
    pygame.draw.rect(
        surf, INK, body, max(1, round(height / 40)), border_radius=round(height * 0.16)
    )
    head = (cx, body.top - head_r * 0.7)
    if who == "adult" or who == "driver":  # hair behind the head
        pygame.draw.circle(surf, HAIR["adult"], (head[0], head[1] - head_r * 0.15), head_r * 1.08)
    pygame.draw.circle(surf, face, head, head_r)
    pygame.draw.circle(surf, INK, head, head_r, max(1, round(height / 40)))
    if who == "child":  # two bunches of hair
        for side in (-1, 1):
            pygame.draw.circle(
                surf,
                HAIR["child"],
                (head[0] + side * head_r * 1.0, head[1] - head_r * 0.5),
                head_r * 0.38,
            )
        pygame.draw.arc(
            surf,
            HAIR["child"],
            pygame.Rect(head[0] - head_r, head[1] - head_r, 2 * head_r, 2 * head_r),
            0.3,
            math.pi - 0.3,
            max(2, round(head_r * 0.35)),
        )
    if who == "baby":  # a little curl and a dummy
        pygame.draw.circle(surf, HAIR["baby"], (head[0], head[1] - head_r * 0.95), head_r * 0.2)
        pygame.draw.circle(surf, (120, 200, 255), (head[0], head[1] + head_r * 0.45), head_r * 0.22)
    eye = max(1.5, head_r * 0.13)
    for side in (-1, 1):
        pygame.draw.circle(
            surf, INK, (head[0] + side * head_r * 0.38, head[1] - head_r * 0.08), eye
        )
    if who != "baby":
        mouth = pygame.Rect(0, 0, head_r * 0.9, head_r * 0.6)
        mouth.center = (round(head[0]), round(head[1] + head_r * 0.25))
        pygame.draw.arc(
            surf, INK, mouth, math.pi + 0.4, 2 * math.pi - 0.4, max(1, round(eye * 0.8))
        )
    for side in (-1, 1):  # arms
        hand = (cx + side * body.w * 0.62, body.top + body.h * 0.75)
        pygame.draw.line(
            surf,
            colour,
            (cx + side * body.w * 0.4, body.top + body.h * 0.2),
            hand,
            max(2, round(height * 0.11)),
        )
        pygame.draw.circle(surf, face, hand, max(2, height * 0.065))


def belt(surf: pygame.Surface, centre: tuple[float, float], height: float, buckled: bool) -> None:
    """The seat belt across a passenger: a strap from the shoulder and a red buckle; not
    buckled, it hangs at the side of the seat."""
    cx, cy = centre
    w = max(3, round(height * 0.1))
    if buckled:
        top = (cx - height * 0.3, cy - height * 0.05)
        low = (cx + height * 0.26, cy + height * 0.42)
        pygame.draw.line(surf, BELT, top, low, w)
        pygame.draw.line(surf, BELT, (cx - height * 0.3, cy + height * 0.36), low, w)
        pygame.draw.circle(surf, BUCKLE, low, w * 1.1)
        pygame.draw.circle(surf, WHITE, low, w * 1.1, max(1, w // 3))
    else:
        x = cx + height * 0.45
        pygame.draw.line(surf, BELT, (x, cy - height * 0.3), (x, cy + height * 0.3), w)
        pygame.draw.circle(surf, BUCKLE, (x, cy + height * 0.3), w * 1.1)


def seat(surf: pygame.Surface, r: pygame.Rect, child_seat: bool = False) -> None:
    """A car seat from above and in front: the back with its headrest, or the baby's shell."""
    if child_seat:
        shell = r.inflate(-r.w * 0.08, -r.h * 0.06)
        pygame.draw.rect(surf, CHILD_SEAT, shell, border_radius=round(shell.w * 0.4))
        pygame.draw.rect(surf, INK, shell, max(2, r.w // 40), border_radius=round(shell.w * 0.4))
        inner = shell.inflate(-shell.w * 0.3, -shell.h * 0.25)
        pygame.draw.rect(surf, (255, 200, 120), inner, border_radius=round(inner.w * 0.4))
        return
    back = r.inflate(-r.w * 0.1, -r.h * 0.08)
    pygame.draw.rect(surf, SEAT, back, border_radius=round(back.w * 0.22))
    pygame.draw.rect(surf, SEAT_EDGE, back, max(2, r.w // 40), border_radius=round(back.w * 0.22))
    rest = pygame.Rect(0, 0, back.w * 0.5, back.h * 0.18)
    rest.midtop = (back.centerx, back.top + back.h * 0.04)
    pygame.draw.rect(surf, SEAT_EDGE, rest, border_radius=round(rest.h * 0.4))


def wheel(surf: pygame.Surface, centre: tuple[float, float], radius: float) -> None:
    pygame.draw.circle(surf, INK, centre, radius, max(3, round(radius * 0.22)))
    pygame.draw.line(
        surf,
        INK,
        (centre[0] - radius, centre[1]),
        (centre[0] + radius, centre[1]),
        max(2, round(radius * 0.16)),
    )
    pygame.draw.circle(surf, INK, centre, radius * 0.25)


def phone(surf: pygame.Surface, r: pygame.Rect, ringing: float = 0.0) -> None:
    """A phone; `ringing` > 0 (seconds rung) shakes it gently and draws its waves."""
    shake = math.sin(ringing * 18) * r.w * 0.06 if ringing > 0 else 0.0
    body = r.move(round(shake), 0)
    pygame.draw.rect(surf, PHONE, body, border_radius=round(r.w * 0.2))
    screen = body.inflate(-r.w * 0.22, -r.h * 0.3)
    pygame.draw.rect(
        surf,
        (90, 200, 255) if ringing > 0 else (60, 70, 90),
        screen,
        border_radius=round(r.w * 0.08),
    )
    if ringing > 0:
        # a green handset on the screen and waves on both sides (two beats a second)
        pygame.draw.circle(surf, (60, 200, 90), screen.center, screen.w * 0.28)
        beat = (ringing * 2) % 1.0
        for k in range(2):
            grow = (k + beat) * r.w * 0.22
            for side in (-1, 1):
                arc = pygame.Rect(0, 0, r.w * 0.6 + 2 * grow, r.h * 0.7 + grow)
                arc.center = (body.centerx + side * (r.w * 0.45 + grow * 0.3), body.centery)
                start = -0.7 if side > 0 else math.pi - 0.7
                pygame.draw.arc(
                    surf, (255, 90, 60), arc, start, start + 1.4, max(2, round(r.w * 0.07))
                )


def glovebox(surf: pygame.Surface, r: pygame.Rect, open_: bool, holds_phone: bool) -> None:
    pygame.draw.rect(surf, (110, 116, 136), r, border_radius=round(r.h * 0.2))
    pygame.draw.rect(surf, INK, r, max(2, r.h // 14), border_radius=round(r.h * 0.2))
    if open_:
        inside = r.inflate(-r.w * 0.12, -r.h * 0.25)
        pygame.draw.rect(surf, (30, 30, 36), inside, border_radius=round(r.h * 0.12))
        if holds_phone:
            ph = pygame.Rect(0, 0, inside.h * 0.55, inside.h * 0.8)
            ph.center = inside.center
            phone(surf, ph)
    else:
        handle = pygame.Rect(0, 0, r.w * 0.3, r.h * 0.16)
        handle.center = r.center
        pygame.draw.rect(surf, INK, handle, border_radius=round(handle.h / 2))


def car(surf: pygame.Surface, r: pygame.Rect) -> None:
    """The family car from above, its front up: body, wheels, windows, mirrors, dashboard."""
    unit = r.w / 100
    for fx, fy in ((0.0, 0.17), (1.0, 0.17), (0.0, 0.8), (1.0, 0.8)):
        tyre = pygame.Rect(0, 0, unit * 10, r.h * 0.14)
        tyre.center = (round(r.left + fx * r.w), round(r.top + fy * r.h))
        pygame.draw.rect(surf, INK, tyre, border_radius=round(unit * 3))
    for side in (-1, 1):
        mirror = pygame.Rect(0, 0, unit * 10, unit * 6)
        mirror.center = (round(r.centerx + side * (r.w / 2 + unit * 3)), round(r.top + r.h * 0.3))
        pygame.draw.rect(surf, BODY, mirror, border_radius=round(unit * 2))
    pygame.draw.rect(surf, BODY, r, border_radius=round(unit * 22))
    pygame.draw.rect(surf, INK, r, max(3, round(unit * 0.9)), border_radius=round(unit * 22))
    # headlights
    for side in (-1, 1):
        lamp = pygame.Rect(0, 0, unit * 16, unit * 6)
        lamp.center = (round(r.centerx + side * r.w * 0.3), round(r.top + unit * 5))
        pygame.draw.rect(surf, (255, 240, 160), lamp, border_radius=round(unit * 3))
    # the cabin: windscreen, then the floor where the seats stand
    cabin = pygame.Rect(r.left + unit * 6, r.top + r.h * 0.14, r.w - unit * 12, r.h * 0.8)
    glass = pygame.Rect(cabin.left, cabin.top, cabin.w, r.h * 0.07)
    pygame.draw.rect(surf, GLASS, glass, border_radius=round(unit * 6))
    floor = pygame.Rect(cabin.left, glass.bottom, cabin.w, cabin.bottom - glass.bottom)
    pygame.draw.rect(surf, (236, 228, 214), floor, border_radius=round(unit * 8))
    back_glass = pygame.Rect(
        cabin.left + unit * 6, cabin.bottom + unit, cabin.w - unit * 12, r.h * 0.035
    )
    pygame.draw.rect(surf, GLASS, back_glass, border_radius=round(unit * 3))


def dashboard(surf: pygame.Surface, r: pygame.Rect) -> None:
    pygame.draw.rect(surf, DASH, r, border_radius=round(r.h * 0.3))
    pygame.draw.rect(surf, INK, r, max(2, r.h // 16), border_radius=round(r.h * 0.3))


# -- the rules' pictures (results cards, licence, briefing) ------------------------------
def _pass_seat(surf: pygame.Surface) -> None:
    """A car from above with a child in the back seat and an empty front seat."""
    n = surf.get_width()
    body = pygame.Rect(n * 0.2, n * 0.04, n * 0.6, n * 0.92)
    pygame.draw.rect(surf, BODY, body, border_radius=round(n * 0.14))
    pygame.draw.rect(surf, INK, body, max(2, n // 30), border_radius=round(n * 0.14))
    pygame.draw.rect(
        surf,
        GLASS,
        (body.left + n * 0.05, n * 0.12, body.w - n * 0.1, n * 0.1),
        border_radius=round(n * 0.03),
    )
    for x in (0.27, 0.52):
        seat(surf, pygame.Rect(n * x, n * 0.27, n * 0.21, n * 0.24))
        seat(surf, pygame.Rect(n * x, n * 0.6, n * 0.21, n * 0.26))
    person(surf, (n * 0.625, n * 0.73), n * 0.26, "child")
    # an arrow from the front seat to the back
    pygame.draw.line(surf, WHITE, (n * 0.625, n * 0.33), (n * 0.625, n * 0.5), max(3, n // 16))
    pygame.draw.polygon(
        surf, WHITE, [(n * 0.56, n * 0.47), (n * 0.69, n * 0.47), (n * 0.625, n * 0.57)]
    )


def _pass_belt(surf: pygame.Surface) -> None:
    n = surf.get_width()
    pygame.draw.circle(surf, (52, 190, 90), (n / 2, n / 2), n / 2)
    seat(surf, pygame.Rect(n * 0.2, n * 0.14, n * 0.6, n * 0.76))
    person(surf, (n / 2, n * 0.58), n * 0.56, "child")
    belt(surf, (n / 2, n * 0.58), n * 0.56, True)


def _pass_phone(surf: pygame.Surface) -> None:
    n = surf.get_width()
    pygame.draw.circle(surf, WHITE, (n / 2, n / 2), n * 0.48)
    wheel(surf, (n * 0.36, n * 0.6), n * 0.22)
    phone(surf, pygame.Rect(n * 0.56, n * 0.18, n * 0.24, n * 0.4), ringing=0.1)
    red = (225, 50, 45)
    pygame.draw.circle(surf, red, (n / 2, n / 2), n * 0.47, max(3, n // 11))
    d = n * 0.47 * math.cos(math.pi / 4)
    pygame.draw.line(surf, red, (n / 2 - d, n / 2 - d), (n / 2 + d, n / 2 + d), max(3, n // 11))


PAINTERS = {"pass_seat": _pass_seat, "pass_belt": _pass_belt, "pass_phone": _pass_phone}


@lru_cache(maxsize=32)
def card_picture(w: int, h: int) -> pygame.Surface:
    """The lesson's picture on the course screen: the car at the kerb, the family inside."""
    surf = pygame.Surface((w, h))
    surf.fill(ROAD)
    pygame.draw.rect(surf, PAVEMENT, (w * 0.72, 0, w * 0.28, h))
    pygame.draw.rect(surf, WHITE, (w * 0.71, 0, w * 0.02, h))
    body = pygame.Rect(0, 0, w * 0.5, w * 0.62)
    body.midtop = (round(w * 0.4), round(-h * 0.1))
    car(surf, body)
    unit = body.w / 100
    cabin_top = body.top + body.h * 0.21
    for k, x in enumerate((0.3, 0.7)):
        r = pygame.Rect(0, 0, unit * 36, body.h * 0.2)
        r.center = (round(body.left + body.w * x), round(cabin_top + body.h * 0.12))
        seat(surf, r)
        person(surf, r.center, r.h * 0.9, "adult", skin=k)
    for who, x in (("child", 0.27), ("baby", 0.73)):
        r = pygame.Rect(0, 0, unit * 32, body.h * 0.2)
        r.center = (round(body.left + body.w * x), round(cabin_top + body.h * 0.4))
        seat(surf, r, child_seat=who == "baby")
        person(surf, r.center, r.h * 0.9 * SIZE[who] / 0.8, who, skin=2 if who == "child" else 1)
        belt(surf, r.center, r.h * 0.9 * SIZE[who] / 0.8, True)
    return surf
