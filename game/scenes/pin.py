"""The grown-ups' code: a number pad in front of the teacher's and staff's screens. A wrong
code empties the dots; after three wrong codes the pad closes (a child guessing gets nowhere)."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.render.text import render
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import icons
from game.ui.theme import BLUE, CARD, INK, PLAY, RED, WHITE
from game.ui.widgets import Button, centred

TRIES = 3
PAD = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok")


class PinScene(MenuScene):
    name = "pin"
    heading_key = "staff.pin"
    default_button = "back"
    initial_focus = "digit_1"

    def __init__(self, ctx, pin: str, opened: Callable[[SceneStack], None]) -> None:
        super().__init__(ctx)
        self.pin = pin
        self.opened = opened
        self.typed = ""
        self.wrong = 0
        self.shake = 0.0

    def state_key(self) -> tuple:
        return (*super().state_key(), len(self.typed))

    def build(self) -> None:
        L = self.layout
        self.add_back()
        for i, key in enumerate(PAD):
            row, col = divmod(i, 3)
            rect = L.rect(470 + col * 116, 250 + row * 112, 104, 100)
            if key == "erase":
                paint = lambda t, r: centred(  # noqa: E731
                    icons.icon("backspace", round(r.h * 0.8), direction=L.forward), r, t
                )
                self.add(Button("erase", rect, lambda s: self._erase(), paint, RED))
            elif key == "ok":
                paint = lambda t, r: centred(icons.icon("check", round(r.h * 0.8)), r, t)  # noqa: E731
                self.add(Button("ok", rect, self._ok, paint, PLAY))
            else:
                self.add(
                    Button(
                        f"digit_{key}",
                        rect,
                        lambda s, k=key: self._type(k),
                        lambda t, r, k=key: centred(render(k, round(r.h * 0.6), INK), r, t),
                        CARD,
                    )
                )

    def _type(self, digit: str) -> None:
        if len(self.typed) < 8:
            self.typed += digit

    def _erase(self) -> None:
        self.typed = self.typed[:-1]

    def _ok(self, stack: SceneStack) -> None:
        if self.typed == self.pin:
            self.opened(stack)
            return
        self.typed = ""
        self.wrong += 1
        self.shake = 0.4
        self.ctx.sound.cue("error")
        if self.wrong >= TRIES:
            stack.pop()

    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        if event.type == pygame.KEYDOWN and event.unicode.isdigit() and event.unicode.isascii():
            self._type(event.unicode)  # a keyboard's digits work too
            return
        super().handle_event(event, stack)

    def update(self, dt: float, stack: SceneStack) -> None:
        super().update(dt, stack)
        self.shake = max(0.0, self.shake - dt)

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        box = L.rect(440, 140, 400, 90)
        dx = round(L.px(12) * pygame.math.Vector2(1, 0).rotate(self.shake * 2000).x)
        box.move_ip(dx if self.shake else 0, 0)
        pygame.draw.rect(target, CARD, box, border_radius=L.px(18))
        pygame.draw.rect(target, RED if self.shake else BLUE, box, L.px(5), border_radius=L.px(18))
        lock = icons.icon("lock", L.px(60), INK)
        target.blit(lock, lock.get_rect(midright=(box.left - L.px(14), box.centery)))
        for k in range(max(4, len(self.pin))):
            cx = box.centerx + (k - (max(4, len(self.pin)) - 1) / 2) * L.px(44)
            filled = k < len(self.typed)
            pygame.draw.circle(target, INK, (cx, box.centery), L.px(14), 0 if filled else L.px(3))
        if self.wrong:
            for k in range(self.wrong):
                spot = L.point(870 + k * 40, 185)
                pygame.draw.circle(target, RED, spot, L.px(14))
                cross = icons.icon("cross", L.px(20), WHITE)
                target.blit(cross, cross.get_rect(center=spot))
