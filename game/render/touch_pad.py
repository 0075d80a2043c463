"""Draws the on-screen driving controls (game.input.touch): big rounded buttons, each with
a picture, pressed ones lit. Reads the touch state; changes nothing.

On foot the brake button looks left, right and left again: it shows two eyes glancing
sideways over a two-way arrow (a child who cannot read a word knows it means "look"),
not the stop sign of the car."""

from __future__ import annotations

import math

import pygame

from game.input.touch import TouchInput

FACE = (255, 255, 255, 150)
PRESSED = (255, 210, 60, 230)
INK = (40, 44, 60)
COLOURS = {"go": (60, 190, 90), "brake": (220, 60, 50), "back": (120, 130, 150)}


def draw_touch(target: pygame.Surface, touch: TouchInput) -> None:
    on = touch.pressed()
    layer = pygame.Surface(target.get_size(), pygame.SRCALPHA)
    for name, rect in touch.layout.buttons.items():
        lit = name in on or _toggled(touch, name)
        face = PRESSED if lit else FACE
        radius = min(rect.w, rect.h) // 4
        pygame.draw.rect(layer, face, rect, border_radius=radius)
        pygame.draw.rect(layer, (*INK, 200), rect, max(2, rect.w // 24), border_radius=radius)
        _picture(layer, "look" if name == "brake" and touch.walking else name, rect)
    stick = touch.layout.stick
    if stick is not None:
        cx, cy, r = stick
        pygame.draw.circle(layer, FACE, (cx, cy), r)
        pygame.draw.circle(layer, (*INK, 200), (cx, cy), r, max(2, round(r / 18)))
        for k in range(4):  # the four ways, as arrows round the rim
            a = math.radians(90 * k)
            tip = (cx + math.sin(a) * r * 0.85, cy - math.cos(a) * r * 0.85)
            _triangle(layer, tip, a, r * 0.16, (*INK, 200))
        aim = touch.stick_vector()
        kx, ky = (cx, cy) if aim is None else (cx + aim[0] * r * 0.6, cy + aim[1] * r * 0.6)
        pygame.draw.circle(layer, PRESSED if aim is not None else (*INK, 120), (kx, ky), r * 0.38)
    target.blit(layer, (0, 0))


def _toggled(touch: TouchInput, name: str) -> bool:
    return (
        (name == "seatbelt" and touch.seatbelt)
        or (name == "indicator_left" and touch.indicator < 0)
        or (name == "indicator_right" and touch.indicator > 0)
    )


def _triangle(surf, tip, angle: float, size: float, colour) -> None:
    """A solid arrow head pointing along `angle` (0 = up, clockwise)."""
    fx, fy = math.sin(angle), -math.cos(angle)
    rx, ry = -fy, fx
    base = (tip[0] - fx * size * 1.4, tip[1] - fy * size * 1.4)
    pts = [
        tip,
        (base[0] + rx * size, base[1] + ry * size),
        (base[0] - rx * size, base[1] - ry * size),
    ]
    pygame.draw.polygon(surf, colour, pts)


def _picture(surf: pygame.Surface, name: str, rect: pygame.Rect) -> None:
    cx, cy = rect.center
    s = min(rect.w, rect.h) * 0.32
    ink = (*INK, 230)
    if name in ("left", "right", "indicator_left", "indicator_right"):
        angle = math.radians(270 if name.endswith("left") else 90)
        colour = (255, 150, 0, 240) if name.startswith("indicator") else ink
        _triangle(surf, (cx + math.sin(angle) * s, cy), angle, s * 0.8, colour)
    elif name in ("go", "back"):
        angle = 0.0 if name == "go" else math.pi
        _triangle(
            surf, (cx, cy - s * (1 if name == "go" else -1)), angle, s * 0.9, (*COLOURS[name], 255)
        )
    elif name == "brake":
        pts = [
            (
                cx + s * math.cos(math.radians(22.5 + 45 * k)),
                cy + s * math.sin(math.radians(22.5 + 45 * k)),
            )
            for k in range(8)
        ]
        pygame.draw.polygon(surf, (*COLOURS["brake"], 255), pts)
        pygame.draw.rect(
            surf, (255, 255, 255, 255), (cx - s * 0.6, cy - s * 0.15, s * 1.2, s * 0.3)
        )
    elif name == "run":
        _runner(surf, cx, cy, s * 1.25, ink)
    elif name == "look":
        _eyes(surf, cx, cy, s * 1.25, ink)
    elif name == "seatbelt":  # the HUD's little person with a diagonal strap
        r = s * 1.2
        pygame.draw.circle(surf, ink, (cx, cy - r * 0.45), r * 0.2)
        body = pygame.Rect(cx - r * 0.35, cy - r * 0.2, r * 0.7, r * 0.75)
        pygame.draw.rect(surf, ink, body, border_radius=int(r * 0.25))
        start, end = (cx - r * 0.35, cy - r * 0.2), (cx + r * 0.35, cy + r * 0.5)
        pygame.draw.line(surf, (255, 255, 255, 255), start, end, max(2, round(r / 7)))


def _runner(surf: pygame.Surface, cx: float, cy: float, r: float, ink) -> None:
    """A running child, leaning forward mid-stride, with speed lines behind: "run"."""
    w = max(3, round(r / 5))

    def at(x: float, y: float) -> tuple[float, float]:
        return (cx + x * r, cy + y * r)

    hip, neck = at(-0.05, 0.2), at(0.15, -0.35)
    pygame.draw.circle(surf, ink, at(0.27, -0.62), r * 0.17)  # the head
    limbs = [
        (neck, hip),  # the body, leaning into the run
        (neck, at(0.45, -0.2)),  # the front arm, bent forward
        (at(0.45, -0.2), at(0.55, -0.45)),
        (neck, at(-0.15, -0.1)),  # the back arm, swung back
        (at(-0.15, -0.1), at(-0.4, -0.2)),
        (hip, at(0.3, 0.45)),  # the front leg, knee up
        (at(0.3, 0.45), at(0.2, 0.8)),
        (hip, at(-0.3, 0.5)),  # the back leg, pushing off
        (at(-0.3, 0.5), at(-0.6, 0.6)),
    ]
    for a, b in limbs:
        pygame.draw.line(surf, ink, a, b, w)
        pygame.draw.circle(surf, ink, b, w / 2)
    for k, y in enumerate((-0.35, -0.05, 0.25)):  # speed lines behind
        pygame.draw.line(
            surf, (*ink[:3], 150), at(-0.95 + 0.1 * k, y), at(-0.6 + 0.1 * k, y), w // 2 + 1
        )


def _eyes(surf: pygame.Surface, cx: float, cy: float, r: float, ink) -> None:
    """Two wide eyes glancing to the side over a left-right arrow: "look both ways"."""
    w = max(2, round(r / 9))
    for dx in (-0.42, 0.42):
        eye = pygame.Rect(0, 0, r * 0.78, r * 0.62)
        eye.center = (round(cx + dx * r), round(cy - r * 0.25))
        pygame.draw.ellipse(surf, (255, 255, 255, 255), eye)
        pygame.draw.ellipse(surf, ink, eye, w)
        pygame.draw.circle(surf, ink, (eye.centerx - r * 0.16, eye.centery), r * 0.12)
    y = cy + r * 0.55
    pygame.draw.line(surf, ink, (cx - r * 0.6, y), (cx + r * 0.6, y), w)
    for angle in (270, 90):
        a = math.radians(angle)
        _triangle(surf, (cx + math.sin(a) * r * 0.85, y), a, r * 0.16, ink)
