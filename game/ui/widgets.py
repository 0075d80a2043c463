"""Buttons: a big coloured face with a picture, a few words at most, and a focus ring that
reads without colour (a thick dark outline inside a white one)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pygame

from game.ui.theme import FOCUS_DARK, FOCUS_LIGHT, INK, SHADOW, WHITE
from game.ui.words import fitted

Paint = Callable[[pygame.Surface, pygame.Rect], None]


@dataclass
class Button:
    """A target that the focus, a click or a tap can choose. Its rect never moves."""

    name: str  # stable id (tests and the kiosk find buttons by it)
    rect: pygame.Rect
    action: Callable[[Any], None]  # called with the scene stack
    paint: Paint | None = None  # the picture on the face
    colour: tuple[int, int, int] = (60, 140, 235)
    label: str = ""  # a few words on the face, under the picture
    enabled: bool = True
    data: dict = field(default_factory=dict)


def draw_button(
    target: pygame.Surface, button: Button, focused: bool, pressed: bool, scale: float, t: float
) -> None:
    r = button.rect
    radius = max(6, round(min(r.w, r.h) * 0.18))
    sink = round(5 * scale) if pressed else 0
    shadow = pygame.Surface(r.size, pygame.SRCALPHA)
    pygame.draw.rect(shadow, SHADOW, shadow.get_rect(), border_radius=radius)
    target.blit(shadow, r.move(0, round(6 * scale)))
    face = r.move(0, sink)
    colour = button.colour if button.enabled else _faded(button.colour)
    pygame.draw.rect(target, colour, face, border_radius=radius)
    pygame.draw.rect(target, WHITE, face, max(2, round(3 * scale)), border_radius=radius)
    inner = face.inflate(-round(14 * scale), -round(14 * scale))
    if button.label:
        label = fitted(button.label, max(14, round(24 * scale)), inner.w, WHITE)
        outline = fitted(button.label, max(14, round(24 * scale)), inner.w, INK)
        spot = label.get_rect(midbottom=(inner.centerx, inner.bottom))
        for dx, dy in ((-2, 0), (2, 0), (0, -2), (0, 2)):
            target.blit(outline, spot.move(dx, dy))
        target.blit(label, spot)
        inner.h -= label.get_height() + round(4 * scale)
    if button.paint is not None and inner.h > 4:
        button.paint(target, inner)
    if focused:
        draw_focus(target, face, radius, scale, t)


def draw_focus(target: pygame.Surface, rect: pygame.Rect, radius: int, scale: float, t: float):
    """Dark ring hugging the button, white ring outside it, gently breathing (< 1 Hz)."""
    grow = round((3 + 2 * math.sin(t * math.tau * 0.8)) * scale)
    dark = rect.inflate(2 * grow + round(10 * scale), 2 * grow + round(10 * scale))
    light = dark.inflate(round(10 * scale), round(10 * scale))
    pygame.draw.rect(
        target, FOCUS_LIGHT, light, max(3, round(6 * scale)), border_radius=radius + 10
    )
    pygame.draw.rect(target, FOCUS_DARK, dark, max(3, round(7 * scale)), border_radius=radius + 6)


def centred(picture: pygame.Surface, rect: pygame.Rect, target: pygame.Surface) -> None:
    target.blit(picture, picture.get_rect(center=rect.center))


def _faded(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    grey = sum(colour) // 3
    return tuple((c + 2 * grey + 2 * 215) // 5 for c in colour)  # type: ignore[return-value]
