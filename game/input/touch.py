"""On-screen driving controls for touch screens (kiosks), worked the same with a mouse.

Large buttons fixed at the bottom of the player's view: on the left the wheel (left and
right) or, in direct steering, a stick to point where to go; on the right the go pedal, the
brake and the reverse; above them the indicators and the seatbelt. On foot (a walking
course) the same stick or arrows walk and the brake looks both ways, but there is no belt
and no indicator: a run button (held, as the horn button on a keyboard or pad) sits where
the belt was. Several fingers at once (steer and press the pedal). The layout is plain
rectangles, so the renderer (game.render.touch_pad) draws exactly what is pressed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.drivers.assist import Hands

MOUSE = -1  # the mouse is one more finger
STICK_DEAD = 0.15  # of the stick's radius


@dataclass(frozen=True)
class TouchLayout:
    """Where each button is, in the window's pixels, for one player's view."""

    buttons: dict[str, pygame.Rect]
    stick: tuple[float, float, float] | None  # centre x, y and radius; None: wheel buttons


def layout(view: pygame.Rect, steering: str, walking: bool = False) -> TouchLayout:
    """Buttons sized to the view's height, so a child's finger always fits one."""
    u = max(56, round(min(view.h * 0.16, view.w * 0.13)))
    gap = u // 5
    bottom = view.bottom - gap
    low = bottom - round(u * 0.6)  # the wheel side sits above the HUD's seatbelt prompt
    left, right = view.left + gap, view.right - gap
    small = u * 2 // 3
    b = {
        "go": pygame.Rect(right - u, bottom - round(u * 1.6), u, round(u * 1.6)),
        "brake": pygame.Rect(right - 2 * u - gap, bottom - u, u, u),
        "back": pygame.Rect(right - 2 * u - gap, bottom - 2 * u - gap, u, u),
        "seatbelt": pygame.Rect(right - u, bottom - round(u * 1.6) - gap - small, u, small),
    }
    stick = None
    if steering == "direct":
        r = u * 0.95
        stick = (left + r, low - r, r)
        top = low - 2 * r - gap
    else:
        b["left"] = pygame.Rect(left, low - u, u, u)
        b["right"] = pygame.Rect(left + u + gap, low - u, u, u)
        top = low - u - gap
    if walking:  # on foot: no belt, no indicators; run (held) above the walk button
        del b["seatbelt"]
        b["run"] = pygame.Rect(right - u, bottom - round(u * 1.6) - gap - u, u, u)
        return TouchLayout(b, stick)
    b["indicator_left"] = pygame.Rect(left, top - small, u, small)
    b["indicator_right"] = pygame.Rect(left + u + gap, top - small, u, small)
    return TouchLayout(b, stick)


class TouchInput:
    """Fingers and the mouse on the on-screen controls of one player's view."""

    def __init__(
        self, view: pygame.Rect, size: tuple[int, int], steering: str = "car", walking: bool = False
    ) -> None:
        self.size = size
        self.walking = walking
        self.layout = layout(view, steering, walking)
        self.seatbelt = False
        self.indicator = 0
        self.fingers: dict[int, tuple[float, float]] = {}  # finger id -> where it is
        self.used = False  # touched at least once: the HUD may keep the buttons bright

    # -- events ------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> None:
        kind = event.type
        if kind in (pygame.FINGERDOWN, pygame.FINGERMOTION, pygame.FINGERUP):
            finger = int(event.finger_id)
            pos = (event.x * self.size[0], event.y * self.size[1])
            self._finger(finger, pos, kind == pygame.FINGERDOWN, kind == pygame.FINGERUP)
        elif kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
            if getattr(event, "touch", False):
                return  # SDL's copy of a finger: the finger event itself is handled
            if kind != pygame.MOUSEMOTION and getattr(event, "button", 1) != 1:
                return
            if kind == pygame.MOUSEMOTION and MOUSE not in self.fingers:
                return
            self._finger(
                MOUSE, event.pos, kind == pygame.MOUSEBUTTONDOWN, kind == pygame.MOUSEBUTTONUP
            )

    def _finger(self, finger: int, pos, down: bool, up: bool) -> None:
        if up:
            self.fingers.pop(finger, None)
            return
        if not down and finger not in self.fingers:
            return
        if down:
            name = self.at(pos)
            if name is None:
                return
            self.used = True
            if name == "seatbelt":
                self.seatbelt = not self.seatbelt
            elif name == "indicator_left":
                self.indicator = 0 if self.indicator == -1 else -1
            elif name == "indicator_right":
                self.indicator = 0 if self.indicator == 1 else 1
        self.fingers[finger] = (float(pos[0]), float(pos[1]))

    def at(self, pos) -> str | None:
        """The control under a point, or None."""
        stick = self.layout.stick
        if stick is not None and math.hypot(pos[0] - stick[0], pos[1] - stick[1]) <= stick[2] * 1.2:
            return "stick"
        for name, rect in self.layout.buttons.items():
            if rect.inflate(rect.w // 6, rect.h // 6).collidepoint(pos):
                return name
        return None

    # -- state -------------------------------------------------------------------
    def pressed(self) -> set[str]:
        return {name for pos in self.fingers.values() if (name := self.at(pos)) is not None}

    def stick_vector(self) -> tuple[float, float] | None:
        stick = self.layout.stick
        if stick is None:
            return None
        for pos in self.fingers.values():
            dx, dy = (pos[0] - stick[0]) / stick[2], (pos[1] - stick[1]) / stick[2]
            d = math.hypot(dx, dy)
            if d <= 1.6 and d >= STICK_DEAD:
                k = min(1.0, d) / d
                return (dx * k, dy * k)
        return None

    def hands(self) -> Hands:
        on = self.pressed()
        aim = self.stick_vector()
        steer = (1.0 if "right" in on else 0.0) - (1.0 if "left" in on else 0.0)
        if aim is not None:
            steer = aim[0]
        return Hands(
            throttle=(1.0 if "go" in on else 0.0) - (1.0 if "back" in on else 0.0),
            brake=1.0 if "brake" in on else 0.0,
            steer=steer,
            aim=aim,
            indicator=self.indicator,
            seatbelt=self.seatbelt,
            horn="run" in on,
            go=bool(self.fingers),
        )
