"""Sprites: vehicles, pedestrians, light overlays and road signs.

Vehicles and people are seen from above, facing NORTH (up), drawn at 128 px per 3 m
(2x the tile resolution); the image is exactly the object's footprint. Signs are front views.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pygame

from game.tools import art_common as ac
from game.tools.art_common import Pen

PX_PER_M = 128 / 3
GLASS = (74, 118, 160)
GLASS_HI = (170, 206, 236)
DARK = (52, 52, 62)


def px(m: float) -> int:
    """Metres to sprite pixels."""
    return int(round(m * PX_PER_M))


@dataclass(frozen=True)
class Sprite:
    """A sprite to write: file stem, kind, footprint in metres (w, l) and its painter."""

    name: str
    kind: str
    size_m: tuple[float, float] | None
    paint: Callable[[], pygame.Surface]


# ---- cars -------------------------------------------------------------------------------------
CAR_M = (1.6, 3.0)
CAR_COLOURS = {
    "red": (232, 62, 58),
    "blue": (54, 124, 226),
    "green": (70, 180, 90),
    "yellow": (250, 204, 50),
    "white": (240, 242, 246),
    "orange": (250, 140, 40),
}


def _glass(pen: Pen, pts: list[tuple[float, float]]) -> None:
    pen.poly(GLASS, pts)
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, y0 = min(xs), min(ys)
    pen.line(
        GLASS_HI,
        (x0 + (max(xs) - x0) * 0.2, max(ys) - 2),
        (x0 + (max(xs) - x0) * 0.35, y0 + 2),
        2.2,
    )


@cache
def car(colour: str) -> pygame.Surface:
    """A small friendly hatchback from above."""
    c = CAR_COLOURS[colour]
    w, h = px(CAR_M[0]), px(CAR_M[1])
    pen = Pen(w, h)
    # mirrors
    for mx in (1, w - 8):
        pen.orect(ac.shade(c, -0.15), mx, 38, 7, 6, 2.5, 1.2)
    x0, x1 = 5, w - 5
    pen.orect(c, x0, 1, x1 - x0, h - 2, 15, 2.2)
    bw = x1 - x0
    # bonnet crease / highlight
    pen.ellipse(ac.shade(c, 0.22), x0 + 8, 6, bw - 16, 22)
    pen.ellipse(c, x0 + 10, 10, bw - 20, 22)
    # windscreen
    _glass(pen, [(x0 + 6, 50), (x1 - 6, 50), (x1 - 9, 34), (x0 + 9, 34)])
    # roof
    pen.orect(ac.shade(c, 0.12), x0 + 7, 52, bw - 14, 40, 7, 1.2, ac.shade(c, -0.35))
    pen.rect(ac.shade(c, 0.3), x0 + 11, 56, 5, 30, 2.5)
    # side windows
    for sx in (x0 + 2.5, x1 - 6):
        pen.rect(GLASS, sx, 52, 3.5, 38, 1.5)
    # rear window
    _glass(pen, [(x0 + 8, 94), (x1 - 8, 94), (x1 - 10, 106), (x0 + 10, 106)])
    # head lights and tail lights
    for lx in (x0 + 4, x1 - 16):
        pen.orect((255, 246, 200), lx, 3, 12, 6, 3, 1.0)
        pen.orect((170, 40, 44), lx, h - 8, 12, 5, 2.5, 1.0)
    # number plate
    pen.orect((255, 255, 255), w / 2 - 8, h - 6.5, 16, 4, 1, 0.8)
    return pen.out()


def _glow(pen: Pen, x: float, y: float, r: float, c: tuple[int, ...]) -> None:
    lay = pen.new_layer()
    lay.circle(c, x, y, r)
    pen.surf.blit(ac.soft_shadow_colour(lay.surf, pen.p(r * 0.3), c), (0, 0))


def car_lights(which: str, size_m: tuple[float, float] = CAR_M) -> pygame.Surface:
    """Brake or indicator glows for a vehicle footprint (overlay, same size as the car)."""
    w, h = px(size_m[0]), px(size_m[1])
    pen = Pen(w, h)
    x0, x1 = 5, w - 5
    if which == "brake":
        for lx in (x0 + 10, x1 - 10):
            _glow(pen, lx, h - 9, 6, (255, 40, 30))
            pen.orect((255, 70, 60), lx - 6, h - 8, 12, 5, 2.5, 1.0, (150, 20, 20))
    else:
        left = which == "left"
        lx = x0 + 4 if left else x1 - 4
        for ly in (7, h - 7):
            _glow(pen, lx, ly, 5, (255, 170, 20))
            pen.circle((120, 70, 0), lx, ly, 3.6)
            pen.circle((255, 200, 60), lx, ly, 2.8)
        mx = 4.5 if left else w - 4.5
        pen.circle((255, 190, 40), mx, 41, 2.6)
    return pen.out()


# ---- bus, ambulance, bike --------------------------------------------------------------------
BUS_M = (2.5, 9.0)
AMB_M = (1.9, 4.6)
BIKE_M = (0.6, 1.8)


@cache
def bus() -> pygame.Surface:
    """A yellow and green city bus from above: roof with AC units and hatches."""
    w, h = px(BUS_M[0]), px(BUS_M[1])
    pen = Pen(w, h)
    yel, grn = (250, 200, 46), (40, 150, 90)
    for mx in (0, w - 7):
        pen.orect(DARK, mx, 22, 7, 10, 2, 1)
    pen.orect(yel, 4, 1, w - 8, h - 2, 12, 2.4)
    pen.rect(grn, 6.5, 40, 6, h - 60)
    pen.rect(grn, w - 12.5, 40, 6, h - 60)
    _glass(pen, [(8, 16), (w - 8, 16), (w - 10, 4), (10, 4)])
    pen.orect((246, 246, 240), 13, 26, w - 26, h - 44, 6, 1.5, (190, 170, 90))
    # roof details: AC units, hatches, ridges
    pen.orect((210, 214, 222), 22, 60, w - 44, 60, 5, 1.5)
    for i in range(4):
        pen.rect((170, 176, 188), 28, 68 + i * 13, w - 56, 6, 2)
    for y in (160, 250):
        pen.orect((150, 190, 225), w / 2 - 16, y, 32, 26, 4, 1.5)
        pen.line((220, 236, 250), (w / 2 - 10, y + 20), (w / 2 + 2, y + 6), 2)
    pen.orect((210, 214, 222), 22, 300, w - 44, 40, 5, 1.5)
    pen.circle((170, 176, 188), w / 2, 320, 12)
    # route number board at the front and the rear lights
    pen.orect(DARK, w / 2 - 20, 18, 40, 7, 2, 1)
    pen.text("12", ac.font("NotoSans-Bold", 7 * pen.k), (255, 190, 40), w / 2, 21.5)
    for lx in (8, w - 22):
        pen.orect((255, 246, 200), lx, 2.5, 14, 5, 2, 1)
        pen.orect((170, 40, 44), lx, h - 7, 14, 5, 2, 1)
    return pen.out()


def _crescent(
    pen: Pen, cx: float, cy: float, r: float, c: tuple[int, ...], bg: tuple[int, ...]
) -> None:
    pen.circle(c, cx, cy, r)
    pen.circle(bg, cx + r * 0.42, cy - r * 0.05, r * 0.82)


@cache
def ambulance() -> pygame.Surface:
    """A white Moroccan ambulance van with a red crescent, stripes and a light bar."""
    w, h = px(AMB_M[0]), px(AMB_M[1])
    pen = Pen(w, h)
    white = (250, 250, 252)
    red = (226, 40, 44)
    for mx in (0, w - 7):
        pen.orect(white, mx, 46, 7, 8, 2, 1.2)
    pen.orect(white, 4, 1, w - 8, h - 2, 12, 2.2)
    pen.ellipse((232, 234, 240), 12, 5, w - 24, 26)
    _glass(pen, [(9, 50), (w - 9, 50), (w - 12, 32), (12, 32)])
    # box body roof
    pen.orect((244, 244, 248), 8, 56, w - 16, h - 64, 5, 1.2, (200, 200, 210))
    # side stripes: red / orange checks
    for i in range(12):
        col = red if i % 2 == 0 else (255, 170, 30)
        y = 60 + i * 11
        pen.rect(col, 5, y, 3.5, 11)
        pen.rect(col, w - 8.5, y, 3.5, 11)
    # light bar base (the lit lamps are overlay frames)
    pen.orect((220, 222, 228), 10, 58, w - 20, 12, 4, 1.2)
    pen.orect((120, 40, 50), 13, 60, (w - 26) / 2 - 2, 8, 3, 0.8)
    pen.orect((40, 60, 130), w / 2 + 2, 60, (w - 26) / 2 - 2, 8, 3, 0.8)
    _crescent(pen, w / 2 - 3, 118, 17, red, (244, 244, 248))
    pen.orect((210, 214, 222), w / 2 - 12, 154, 24, 18, 3, 1.2)
    for lx in (8, w - 20):
        pen.orect((255, 246, 200), lx, 3, 12, 5, 2, 1)
        pen.orect((170, 40, 44), lx, h - 7, 12, 5, 2, 1)
    return pen.out()


def ambulance_lights(frame: str) -> pygame.Surface:
    """Flashing light frame ``a`` (red lit) or ``b`` (blue lit) for the ambulance."""
    w, h = px(AMB_M[0]), px(AMB_M[1])
    pen = Pen(w, h)
    half = (w - 26) / 2 - 2
    if frame == "a":
        x, c, core = 13, (255, 40, 40), (255, 170, 160)
        rear = (w - 16, h - 4)
    else:
        x, c, core = w / 2 + 2, (40, 110, 255), (170, 210, 255)
        rear = (16, h - 4)
    _glow(pen, x + half / 2, 64, 11, c)
    pen.orect(c, x, 60, half, 8, 3, 0.8, (255, 255, 255))
    pen.rect(core, x + 3, 62, half - 6, 3, 1.5)
    _glow(pen, rear[0], rear[1] - 3, 4, c)
    return pen.out()


@cache
def bike() -> pygame.Surface:
    """A bicycle with its rider (helmet, backpack) from above."""
    w, h = px(BIKE_M[0]), px(BIKE_M[1])
    pen = Pen(w, h)
    cx = w / 2
    for y0 in (1, h - 23):
        pen.rect(DARK, cx - 2, y0, 4, 22, 2)
    pen.line((230, 60, 60), (cx, 12), (cx, h - 12), 2.4)
    pen.line(DARK, (cx - 10, 17), (cx + 10, 17), 2.4)
    shirt = (60, 170, 230)
    pen.ellipse(ac.OUTLINE, cx - 10.5, 30.5, 21, 19)
    pen.ellipse(shirt, cx - 9.5, 31.5, 19, 17)
    pen.orect((250, 150, 40), cx - 6, 40, 12, 10, 3, 1)  # backpack
    for sx in (-1, 1):
        pen.line(ac.OUTLINE, (cx + sx * 7, 36), (cx + sx * 10, 18), 4)
        pen.line((244, 200, 160), (cx + sx * 7, 36), (cx + sx * 10, 18), 2.6)
    pen.ocircle((250, 210, 40), cx, 32, 6.5, 1.2)
    pen.line((255, 240, 170), (cx - 2, 28), (cx - 2, 35), 1.2)
    pen.line((255, 240, 170), (cx + 2, 28), (cx + 2, 35), 1.2)
    return pen.out()


# ---- people ----------------------------------------------------------------------------------
SKIN = (238, 190, 150)


def _person(
    pen: Pen,
    cx: float,
    cy: float,
    s: float,
    shirt: tuple[int, ...],
    hair: tuple[int, ...],
    arms: str = "down",
    gloves: tuple[int, ...] | None = None,
    cap: tuple[int, ...] | None = None,
    backpack: tuple[int, ...] | None = None,
) -> None:
    """A person from above centred at (cx, cy); ``s`` is the shoulder width in px."""
    hand = gloves or SKIN
    if arms == "out":
        for sx in (-1, 1):
            pen.line(ac.OUTLINE, (cx + sx * s * 0.3, cy), (cx + sx * s * 0.98, cy), s * 0.26)
            pen.line(shirt, (cx + sx * s * 0.3, cy), (cx + sx * s * 0.95, cy), s * 0.18)
            pen.ocircle(hand, cx + sx * s * 0.95, cy, s * 0.13, 0.8)
    if arms == "up":
        pen.line(ac.OUTLINE, (cx + s * 0.3, cy), (cx + s * 0.3, cy - s * 0.95), s * 0.26)
        pen.line(shirt, (cx + s * 0.3, cy), (cx + s * 0.3, cy - s * 0.92), s * 0.18)
        pen.ocircle(hand, cx + s * 0.3, cy - s * 0.92, s * 0.13, 0.8)
    pen.ellipse(ac.OUTLINE, cx - s / 2, cy - s * 0.24, s, s * 0.48)
    pen.ellipse(shirt, cx - s / 2 + 0.9, cy - s * 0.24 + 0.9, s - 1.8, s * 0.48 - 1.8)
    if arms == "down" or arms == "up":
        sides = (-1,) if arms == "up" else (-1, 1)
        for sx in sides:
            pen.ocircle(hand, cx + sx * s * 0.43, cy + s * 0.04, s * 0.12, 0.8)
    if backpack:
        pen.orect(backpack, cx - s * 0.24, cy + s * 0.02, s * 0.48, s * 0.36, 1.5, 0.7)
    pen.ocircle(hair, cx, cy - (s * 0.06 if backpack else 0), s * 0.26, 0.9)
    if cap:
        pen.ocircle(cap, cx, cy, s * 0.27, 0.9)
        pen.ellipse(DARK, cx - s * 0.18, cy - s * 0.4, s * 0.36, s * 0.16)
        pen.circle((250, 200, 40), cx, cy - s * 0.05, s * 0.06)
    else:
        pen.circle(ac.shade(hair, 0.25), cx - s * 0.08, cy - s * 0.08, s * 0.09)


@cache
def ped_child() -> pygame.Surface:
    s = px(0.5)
    pen = Pen(s, s)
    _person(pen, s / 2, s / 2 - 1, s * 0.9, (250, 90, 120), (90, 60, 40), backpack=(60, 170, 230))
    return pen.out()


@cache
def ped_adult() -> pygame.Surface:
    s = px(0.6)
    pen = Pen(s, s)
    _person(pen, s / 2, s / 2, s * 0.92, (90, 170, 110), (40, 36, 40))
    return pen.out()


@cache
def ped_stroller() -> pygame.Surface:
    w, h = px(0.6), px(1.4)
    pen = Pen(w, h)
    cx = w / 2
    pen.orect((240, 240, 246), cx - 9, 4, 18, 30, 5, 1.2)
    pen.orect((150, 110, 230), cx - 9, 4, 18, 14, 5, 1.2)  # hood
    for i in range(3):
        pen.line(ac.shade((150, 110, 230), -0.25), (cx - 8, 8 + i * 4), (cx + 8, 8 + i * 4), 0.8)
    pen.circle((255, 200, 170), cx, 23, 3.5)
    for wx in (cx - 10, cx + 10):
        for wy in (8, 30):
            pen.rect(DARK, wx - 1.5, wy - 3, 3, 6, 1)
    pen.line(DARK, (cx - 8, 36), (cx + 8, 36), 1.8)
    pen.line(DARK, (cx - 8, 36), (cx - 8, 32), 1.4)
    pen.line(DARK, (cx + 8, 36), (cx + 8, 32), 1.4)
    _person(pen, cx, h - 12, w * 0.92, (240, 150, 60), (60, 40, 30), arms="none")
    for sx in (-1, 1):
        pen.line(ac.OUTLINE, (cx + sx * 8, h - 14), (cx + sx * 7, 37), 3.6)
        pen.line((240, 150, 60), (cx + sx * 8, h - 14), (cx + sx * 7, 38), 2.4)
        pen.ocircle(SKIN, cx + sx * 7, 37, 2, 0.7)
    return pen.out()


@cache
def ped_dog() -> pygame.Surface:
    w, h = px(0.6), px(1.4)
    pen = Pen(w, h)
    cx = w / 2
    brown = (196, 140, 80)
    pen.line(ac.OUTLINE, (cx + 2, 32), (cx + 3, 38), 2.6)
    pen.line(brown, (cx + 2, 32), (cx + 3, 38), 1.4)  # tail
    pen.ellipse(ac.OUTLINE, cx - 5.5, 9, 11, 24)
    pen.ellipse(brown, cx - 4.5, 10, 9, 22)
    pen.ellipse(ac.shade(brown, -0.3), cx - 2, 16, 5, 8)
    pen.ocircle(brown, cx, 8, 4.5, 0.9)
    pen.ellipse(ac.shade(brown, -0.4), cx - 6, 6, 3.5, 6)
    pen.ellipse(ac.shade(brown, -0.4), cx + 2.5, 6, 3.5, 6)
    pen.circle(DARK, cx, 3.6, 1.3)
    pen.rect((220, 40, 40), cx - 4, 11, 8, 1.6)
    # lead from the collar to the walker's hand
    pen.polyline((220, 40, 40), [(cx + 3, 12), (cx + 9, 22), (cx + 10, h - 14)], 1.0)
    _person(pen, cx, h - 12, w * 0.92, (80, 120, 210), (150, 90, 50))
    return pen.out()


def officer(arms: str = "down") -> pygame.Surface:
    """A Moroccan traffic officer: navy uniform, white cap and white gloves."""
    s = px(0.6)
    span = 2 if arms == "out" else 1
    w = s * span if arms == "out" else s
    h = s * 2 if arms == "up" else s
    pen = Pen(w, h)
    cy = h - s / 2
    _person(
        pen,
        w / 2,
        cy,
        s * 0.92,
        (34, 52, 110),
        (30, 30, 30),
        arms=arms,
        gloves=(255, 255, 255),
        cap=(250, 250, 250),
    )
    return pen.out()


@cache
def shadow() -> pygame.Surface:
    """A soft round shadow blob (scale it to an object's footprint)."""
    pen = Pen(64, 64)
    lay = pen.new_layer()
    lay.ellipse((0, 0, 0), 10, 10, 44, 44)
    pen.surf.blit(ac.soft_shadow(lay.surf, pen.p(6), 140), (0, 0))
    return pen.out()


# ---- signs (front view, on a small pole) -----------------------------------------------------
SIGN_W, SIGN_H = 96, 136
SC = (48.0, 46.0)  # centre of the face
SIGN_RED = (218, 36, 42)
SIGN_BLUE = (28, 92, 190)


def _sign_base(face: Callable[[Pen], None]) -> pygame.Surface:
    pen = Pen(SIGN_W, SIGN_H)
    pen.ellipse((0, 0, 0, 50), 30, SIGN_H - 9, 36, 8)
    pen.orect((150, 156, 166), 44, 70, 8, SIGN_H - 75, 2, 1.2)
    pen.rect((200, 206, 214), 46, 72, 2, SIGN_H - 79)
    body = pen.new_layer()
    face(body)
    pen.shadow_under(body, 1.5, 2, 1.5, 80)
    pen.blit(body)
    return pen.out()


def _octagon(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    return [
        (
            cx + r * math.cos(math.radians(22.5 + 45 * i)),
            cy + r * math.sin(math.radians(22.5 + 45 * i)),
        )
        for i in range(8)
    ]


def face_stop(p: Pen) -> None:
    cx, cy = SC
    p.poly(ac.OUTLINE, _octagon(cx, cy, 44))
    p.poly((255, 255, 255), _octagon(cx, cy, 42.5))
    p.poly(SIGN_RED, _octagon(cx, cy, 39))
    p.text("STOP", ac.font("NotoSans-Bold", 26 * p.k), (255, 255, 255), cx, cy - 10, 66)
    p.text(
        ac.arabic("قف"), ac.font("NotoSansArabic-Bold", 24 * p.k), (255, 255, 255), cx, cy + 16, 50
    )


def _tri(cx: float, cy: float, r: float, up: bool) -> list[tuple[float, float]]:
    s = 1 if up else -1
    return [
        (cx, cy - s * r),
        (cx + r * 0.866 * 1.0 * 1.15, cy + s * r * 0.55),
        (cx - r * 0.866 * 1.15, cy + s * r * 0.55),
    ]


def face_yield(p: Pen) -> None:
    cx, cy = SC[0], SC[1] - 4
    p.poly(ac.OUTLINE, _tri(cx, cy, 50, False))
    p.poly(SIGN_RED, _tri(cx, cy, 48, False))
    p.poly((255, 255, 255), _tri(cx, cy, 31, False))


def _warning(p: Pen) -> tuple[float, float]:
    cx, cy = SC[0], SC[1] + 4
    p.poly(ac.OUTLINE, _tri(cx, cy, 50, True))
    p.poly(SIGN_RED, _tri(cx, cy, 48, True))
    p.poly((255, 255, 255), _tri(cx, cy, 34, True))
    return cx, cy + 6


def face_no_entry(p: Pen) -> None:
    cx, cy = SC
    p.ocircle(SIGN_RED, cx, cy, 42, 1.5)
    p.orect((255, 255, 255), cx - 30, cy - 7, 60, 14, 2, 0.8, (180, 20, 20))


def face_one_way(p: Pen) -> None:
    cx, cy = SC
    p.orect(SIGN_BLUE, cx - 40, cy - 40, 80, 80, 8, 1.5)
    p.rect((255, 255, 255), cx - 37, cy - 37, 74, 74, 6, width=1.6)
    p.line((255, 255, 255), (cx, cy + 28), (cx, cy - 6), 12, False)
    p.poly((255, 255, 255), [(cx, cy - 30), (cx + 17, cy - 6), (cx - 17, cy - 6)])


def _kid(p: Pen, x: float, y: float, s: float) -> None:
    """A small black walking child figure for signs (feet at y)."""
    c = (20, 20, 24)
    p.circle(c, x, y - 30 * s, 5 * s)
    p.line(c, (x, y - 24 * s), (x - 1 * s, y - 12 * s), 5 * s)
    p.line(c, (x - 1 * s, y - 12 * s), (x - 6 * s, y), 3.5 * s)
    p.line(c, (x - 1 * s, y - 12 * s), (x + 5 * s, y - 1 * s), 3.5 * s)
    p.line(c, (x, y - 22 * s), (x - 7 * s, y - 15 * s), 3 * s)
    p.line(c, (x, y - 22 * s), (x + 7 * s, y - 16 * s), 3 * s)


def face_school(p: Pen) -> None:
    cx, cy = _warning(p)
    _kid(p, cx - 8, cy + 12, 0.85)
    _kid(p, cx + 9, cy + 12, 0.65)
    p.orect((20, 20, 24), cx - 17, cy - 13, 7, 9, 1.5, 0.1)


def face_crossing(p: Pen) -> None:
    cx, cy = SC
    p.orect(SIGN_BLUE, cx - 40, cy - 40, 80, 80, 8, 1.5)
    p.poly((255, 255, 255), [(cx, cy - 34), (cx + 34, cy + 28), (cx - 34, cy + 28)])
    for i in range(4):
        x = cx - 26 + i * 13
        p.rect((20, 20, 24), x, cy + 21, 8, 4)
    _kid(p, cx + 1, cy + 18, 1.0)


def face_roundabout(p: Pen) -> None:
    cx, cy = SC
    p.ocircle(SIGN_BLUE, cx, cy, 42, 1.5)
    white = (255, 255, 255)
    r = 21
    for k in range(3):
        a0 = 90 + 120 * k + 18
        a1 = a0 + 80
        p.arc(white, cx, cy, r, a0, a1, 7, 12)
        a = math.radians(a1 + 12)
        tx, ty = cx + r * math.cos(a), cy - r * math.sin(a)
        ta = math.radians(a1 + 90)  # tangent, counter-clockwise travel
        nx, ny = math.cos(ta), -math.sin(ta)
        bx, by = tx - nx * 12, ty - ny * 12
        ox, oy = -ny * 8, nx * 8
        p.poly(white, [(tx + nx * 2, ty + ny * 2), (bx + ox, by + oy), (bx - ox, by - oy)])


def face_parking(p: Pen) -> None:
    cx, cy = SC
    p.orect(SIGN_BLUE, cx - 40, cy - 40, 80, 80, 8, 1.5)
    p.rect((255, 255, 255), cx - 37, cy - 37, 74, 74, 6, width=1.6)
    p.text("P", ac.font("NotoSans-Bold", 66 * p.k), (255, 255, 255), cx, cy + 1)


def face_bus_stop(p: Pen) -> None:
    """The bus stop: a blue square with a white bus seen from the side (windows, wheels)."""
    cx, cy = SC
    white, blue = (255, 255, 255), SIGN_BLUE
    p.orect(blue, cx - 40, cy - 40, 80, 80, 8, 1.5)
    p.rect(white, cx - 37, cy - 37, 74, 74, 6, width=1.6)
    p.rect(white, cx - 27, cy - 20, 54, 34, 6)  # the body
    for k in range(4):  # a row of windows
        p.rect(blue, cx - 23 + k * 12, cy - 15, 9, 11, 2)
    p.rect(blue, cx + 13, cy + 1, 9, 10, 1)  # the door
    for wx in (cx - 15, cx + 15):
        p.circle(blue, wx, cy + 15, 7)
        p.circle(white, wx, cy + 15, 5)
        p.circle(blue, wx, cy + 15, 2)


def face_no_parking(p: Pen) -> None:
    cx, cy = SC
    p.ocircle(SIGN_RED, cx, cy, 42, 1.5)
    p.circle(SIGN_BLUE, cx, cy, 30)
    d = 30 * 0.707
    p.line(SIGN_RED, (cx - d, cy - d), (cx + d, cy + d), 9, False)


def face_speed(v: int) -> Callable[[Pen], None]:
    def f(p: Pen) -> None:
        cx, cy = SC
        p.ocircle(SIGN_RED, cx, cy, 42, 1.5)
        p.circle((255, 255, 255), cx, cy, 31)
        p.text(str(v), ac.font("NotoSans-Bold", 38 * p.k), (20, 20, 24), cx, cy - 1, 52)

    return f


def face_speed_blank(p: Pen) -> None:
    """A speed limit without its number: the game writes any course's number on it."""
    cx, cy = SC
    p.ocircle(SIGN_RED, cx, cy, 42, 1.5)
    p.circle((255, 255, 255), cx, cy, 31)


def cone() -> pygame.Surface:
    """A traffic cone, front view: the picture for bumping into an obstacle."""
    pen = Pen(SIGN_W, SIGN_H)
    cx = SIGN_W / 2
    orange, white = (250, 120, 30), (250, 250, 250)
    pen.ellipse((0, 0, 0, 50), cx - 42, SIGN_H - 16, 84, 12)
    body = pen.new_layer()
    body.orect((220, 96, 24), cx - 40, SIGN_H - 26, 80, 14, 3, 1.5)
    body.poly(
        ac.OUTLINE, [(cx - 9, 14), (cx + 9, 14), (cx + 32, SIGN_H - 24), (cx - 32, SIGN_H - 24)]
    )
    body.poly(
        orange,
        [
            (cx - 7.5, 15.5),
            (cx + 7.5, 15.5),
            (cx + 30.5, SIGN_H - 25.5),
            (cx - 30.5, SIGN_H - 25.5),
        ],
    )
    for top, bottom in ((44, 60), (78, 94)):
        half_top, half_bottom = 7.5 + 23 * (top - 15.5) / 95, 7.5 + 23 * (bottom - 15.5) / 95
        body.poly(
            white,
            [
                (cx - half_top, top),
                (cx + half_top, top),
                (cx + half_bottom, bottom),
                (cx - half_bottom, bottom),
            ],
        )
    pen.shadow_under(body, 1.5, 2, 1.5, 80)
    pen.blit(body)
    return pen.out()


SIGN_FACES: dict[str, Callable[[Pen], None]] = {
    "stop": face_stop,
    "yield": face_yield,
    "no_entry": face_no_entry,
    "one_way": face_one_way,
    "school": face_school,
    "crossing": face_crossing,
    "roundabout": face_roundabout,
    "parking": face_parking,
    "no_parking": face_no_parking,
    "bus_stop": face_bus_stop,
}
SPEEDS = (10, 20, 30, 40, 50)


def _build() -> list[Sprite]:
    s: list[Sprite] = []
    for c in CAR_COLOURS:
        s.append(Sprite(f"car_{c}", "vehicle", CAR_M, lambda c=c: car(c)))
    s += [
        Sprite("bus", "vehicle", BUS_M, bus),
        Sprite("bike", "vehicle", BIKE_M, bike),
        Sprite("ambulance", "vehicle", AMB_M, ambulance),
        Sprite("ambulance_lights_a", "overlay", AMB_M, lambda: ambulance_lights("a")),
        Sprite("ambulance_lights_b", "overlay", AMB_M, lambda: ambulance_lights("b")),
        Sprite("lights_brake", "overlay", CAR_M, lambda: car_lights("brake")),
        Sprite("lights_indicator_left", "overlay", CAR_M, lambda: car_lights("left")),
        Sprite("lights_indicator_right", "overlay", CAR_M, lambda: car_lights("right")),
        Sprite("ped_child", "person", (0.5, 0.5), ped_child),
        Sprite("ped_adult", "person", (0.6, 0.6), ped_adult),
        Sprite("ped_stroller", "person", (0.6, 1.4), ped_stroller),
        Sprite("ped_dog", "person", (0.6, 1.4), ped_dog),
        Sprite("officer", "person", (0.6, 0.6), officer),
        Sprite("officer_arms_out", "person", (1.2, 0.6), lambda: officer("out")),
        Sprite("officer_arm_up", "person", (0.6, 1.2), lambda: officer("up")),
        Sprite("shadow", "helper", None, shadow),
    ]
    for kind, f in SIGN_FACES.items():
        s.append(Sprite(f"sign_{kind}", "sign", None, lambda f=f: _sign_base(f)))
    s.append(Sprite("sign_speed_limit", "sign", None, lambda: _sign_base(face_speed_blank)))
    s.append(Sprite("cone", "object", None, cone))
    for v in SPEEDS:
        s.append(
            Sprite(f"sign_speed_limit_{v}", "sign", None, lambda v=v: _sign_base(face_speed(v)))
        )
    return s


SPRITES: list[Sprite] = _build()
