"""The letter board: a name typed with the stick or a finger, in the alphabet of the
player's language (Latin, Arabic or Tifinagh). At most 12 letters; the name is optional."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import icons
from game.ui.theme import BLUE, CARD, INK, PLAY, RED
from game.ui.widgets import Button, centred
from game.ui.words import fitted

LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALPHABETS = {
    "en": LATIN,
    "fr": LATIN + "ÉÈÇ",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "zgh": "ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥ",
}
MAX_LETTERS = 12
COLUMNS = 10


class NicknameScene(MenuScene):
    name = "nickname"
    default_button = "ok"
    initial_focus = "ok"

    def __init__(self, ctx, nickname: str, done: Callable[[str], None]) -> None:
        super().__init__(ctx)
        self.nickname = nickname
        self.done = done

    def state_key(self) -> tuple:
        return (*super().state_key(), self.nickname)

    def build(self) -> None:
        L = self.layout
        self.add_back()
        letters = ALPHABETS.get(self.ctx.lang, LATIN)
        for i, letter in enumerate(letters):
            row, col = divmod(i, COLUMNS)
            self.add(
                Button(
                    f"letter_{i}",
                    L.rect(80 + col * 104, 250 + row * 92, 92, 80),
                    lambda stack, ch=letter: self._type(ch),
                    lambda t, r, ch=letter: centred(fitted(ch, r.h, r.w, INK), r, t),
                    CARD,
                )
            )
        self.add(
            Button(
                "erase",
                L.rect(880, 130, 140, 96),
                lambda stack: self._erase(),
                lambda t, r: centred(
                    icons.icon("backspace", round(r.h * 0.9), direction=L.forward), r, t
                ),
                RED,
            )
        )
        self.add(
            Button(
                "ok",
                L.rect(1040, 130, 180, 96),
                self._ok,
                lambda t, r: centred(icons.icon("check", round(r.h * 0.9)), r, t),
                PLAY,
            )
        )

    def _type(self, letter: str) -> None:
        if len(self.nickname) < MAX_LETTERS:
            self.nickname += letter if not self.nickname else letter.lower()
            self.ctx.sound.cue("letter")

    def _erase(self) -> None:
        self.nickname = self.nickname[:-1]

    def _ok(self, stack: SceneStack) -> None:
        self.done(self.nickname)
        stack.pop()

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        box = L.rect(150, 130, 700, 96)
        pygame.draw.rect(target, CARD, box, border_radius=L.px(16))
        pygame.draw.rect(target, BLUE, box, L.px(5), border_radius=L.px(16))
        words = self.nickname + ("|" if int(self.clock * 2) % 2 == 0 else " ")
        centred(fitted(words, L.px(56), box.w - L.px(30), INK), box, target)
