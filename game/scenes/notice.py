"""Something the grown-ups should know (saved games moved aside, a course list problem):
an "!" picture, a few words, the details, and one OK."""

from __future__ import annotations

import pygame

from game.render.text import render
from game.scenes.menu import MenuScene
from game.ui import icons
from game.ui.theme import CARD, INK, NEXT, PLAY
from game.ui.widgets import Button, centred
from game.ui.words import wrapped


class NoticeScene(MenuScene):
    """`lines`: catalog keys, or plain details (a path) that are shown as they are."""

    name = "notice"
    default_button = "ok"

    def __init__(self, ctx, lines: list[str]) -> None:
        super().__init__(ctx)
        self.lines = lines

    def build(self) -> None:
        L = self.layout
        self.add(
            Button(
                "ok",
                L.rect(540, 560, 200, 120),
                lambda stack: stack.pop(),
                lambda t, r: centred(icons.icon("check", round(r.h * 0.8)), r, t),
                PLAY,
            )
        )

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        card = L.rect(160, 60, 960, 470)
        pygame.draw.rect(target, CARD, card, border_radius=L.px(28))
        pygame.draw.rect(target, INK, card, L.px(4), border_radius=L.px(28))
        bang = pygame.Rect(0, 0, L.px(110), L.px(110))
        bang.midtop = (card.centerx, card.top + L.px(24))
        pygame.draw.circle(target, NEXT, bang.center, bang.w / 2)
        mark = render("!", L.px(80), (255, 255, 255))
        target.blit(mark, mark.get_rect(center=bang.center))
        y = bang.bottom + L.px(20)
        for line in self.lines:
            words = self.ctx.t(line)
            size = L.px(30) if words != line else L.px(20)
            for surf in wrapped(words, size, card.w - L.px(60), INK, max_lines=4):
                target.blit(surf, surf.get_rect(midtop=(card.centerx, y)))
                y += surf.get_height() + L.px(4)
            y += L.px(12)
