"""The child's own keys: one button per action (its picture and the key now on it); choose
one, then press the key wanted. Saved at once with the child's driving settings (or the
guest seat's). The reset button puts the usual keys back."""

from __future__ import annotations

import math

import pygame

from game.input.keyboard import ACTIONS, SOLO, KeyMap
from game.render.text import render
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import icons
from game.ui.theme import BLUE, GREY, INK, NEXT, WHITE
from game.ui.widgets import Button, centred

COLUMNS = 3


class KeysScene(MenuScene):
    name = "keys"
    default_button = "back"
    initial_focus = "back"

    def __init__(self, ctx, seat: int = 1) -> None:
        super().__init__(ctx)
        self.seat = seat
        self.waiting: str | None = None  # the action whose new key is awaited

    def keymap(self) -> KeyMap:
        prefs = self.ctx.driving_for(self.seat)
        return KeyMap.from_names(prefs.keys, SOLO) if prefs.keys else SOLO

    def state_key(self) -> tuple:
        return (*super().state_key(), self.keymap(), self.waiting)

    def build(self) -> None:
        L = self.layout
        self.add_back()
        keys = self.keymap()
        for i, action in enumerate(ACTIONS):
            row, col = divmod(i, COLUMNS)
            self.add(
                Button(
                    f"key_{action}",
                    L.rect(170 + col * 330, 140 + row * 180, 300, 160),
                    lambda stack, a=action: self._wait_for(a),
                    lambda t, r, a=action: self._paint(t, r, a, keys),
                    NEXT if self.waiting == action else BLUE,
                )
            )
        self.add(
            Button(
                "reset",
                L.rect(1160, 20, 96, 96),
                lambda stack: self._save(SOLO),
                lambda t, r: centred(icons.icon("retry", r.h), r, t),
                GREY,
            )
        )

    def _wait_for(self, action: str) -> None:
        self.waiting = action
        self.refresh()

    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        if self.waiting is not None and event.type == pygame.KEYDOWN:
            if event.key != pygame.K_ESCAPE:  # Esc keeps the key as it was
                self._save(self.keymap().with_key(self.waiting, event.key))
            self.waiting = None
            self.refresh()
            return
        super().handle_event(event, stack)

    def _save(self, keys: KeyMap) -> None:
        self.ctx.save_driving(self.ctx.driving_for(self.seat).but(keys=keys.names()), self.seat)
        self.refresh()

    def _paint(self, target: pygame.Surface, r: pygame.Rect, action: str, keys: KeyMap) -> None:
        pic = pygame.Rect(r.left, r.top, r.w, round(r.h * 0.6))
        action_picture(target, pic, action)
        if self.waiting == action:
            words = "?"
        else:
            words = " / ".join(pygame.key.name(k) for k in getattr(keys, action)) or "-"
        label = render(words, max(14, round(r.h * 0.2)), WHITE)
        if label.get_width() > r.w:
            label = pygame.transform.smoothscale_by(label, r.w / label.get_width())
        target.blit(label, label.get_rect(midbottom=(r.centerx, r.bottom)))


def action_picture(target: pygame.Surface, r: pygame.Rect, action: str) -> None:
    """What the action does, drawn: arrows, a stop sign, blinkers, the belt, a horn."""
    size = round(min(r.w, r.h) * 0.9)
    c = r.center
    if action in ("up", "down", "left", "right"):
        angle = {"up": 0, "right": 90, "down": 180, "left": 270}[action]
        a = math.radians(angle)
        fx, fy = math.sin(a), -math.cos(a)
        rx, ry = -fy, fx
        s = size * 0.4
        tip = (c[0] + fx * s, c[1] + fy * s)
        base = (c[0] - fx * s * 0.2, c[1] - fy * s * 0.2)
        pts = [tip, (base[0] + rx * s, base[1] + ry * s), (base[0] - rx * s, base[1] - ry * s)]
        pygame.draw.polygon(target, WHITE, pts)
        tail = (c[0] - fx * s, c[1] - fy * s)
        pygame.draw.line(target, WHITE, base, tail, max(4, round(s / 3)))
    elif action == "brake":
        s = size * 0.42
        pts = [
            (
                c[0] + s * math.cos(math.radians(22.5 + 45 * k)),
                c[1] + s * math.sin(math.radians(22.5 + 45 * k)),
            )
            for k in range(8)
        ]
        pygame.draw.polygon(target, (220, 50, 45), pts)
        pygame.draw.polygon(target, WHITE, pts, 3)
    elif action.startswith("indicator"):
        s = size * 0.35
        d = -1 if action.endswith("left") else 1
        pts = [(c[0] + d * s, c[1]), (c[0] - d * s * 0.3, c[1] - s), (c[0] - d * s * 0.3, c[1] + s)]
        pygame.draw.polygon(target, (255, 170, 0), pts)
    elif action == "seatbelt":
        centred(icons.icon("person", size, WHITE), r, target)
        pygame.draw.line(
            target,
            INK,
            (c[0] - size * 0.2, c[1] - size * 0.1),
            (c[0] + size * 0.2, c[1] + size * 0.3),
            5,
        )
    else:  # the horn
        centred(icons.icon("speaker", size, WHITE), r, target)
