"""The class: every pupil's face and nickname; "+" adds one (face, car, nickname), a face
opens that pupil's results (and the way to delete them), and the red bin empties the class."""

from __future__ import annotations

import pygame

from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.store import PlayerRecord
from game.ui import icons
from game.ui.avatars import avatar, car_colour
from game.ui.theme import CARD, INK, NEXT, PLAY, RED
from game.ui.widgets import Button, centred
from game.ui.words import fitted

PER_PAGE = 17  # three rows of six, the first card being "+"


class RosterScene(MenuScene):
    name = "teacher_roster"
    heading_key = "teacher.class"
    default_button = "back"
    initial_focus = "add"
    staff_screen = True

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.page = 0

    def state_key(self) -> tuple:
        return (*super().state_key(), self.page, tuple(self.ctx.store.players()))

    def build(self) -> None:
        L = self.layout
        self.add_back()
        pupils = self.ctx.store.players()
        pages = max(1, (len(pupils) + PER_PAGE - 1) // PER_PAGE)
        self.page %= pages
        shown = pupils[self.page * PER_PAGE : (self.page + 1) * PER_PAGE]
        for i, pupil in enumerate([None, *shown]):
            row, col = divmod(i, 6)
            rect = L.rect(40 + col * 204, 140 + row * 186, 184, 170)
            if pupil is None:
                self.add(
                    Button(
                        "add",
                        rect,
                        self._add,
                        lambda t, r: centred(icons.icon("plus", round(r.h * 0.6)), r, t),
                        PLAY,
                    )
                )
                continue
            self.add(
                Button(
                    f"pupil_{pupil.id}",
                    rect,
                    lambda s, p=pupil: flow.teacher_pupil(s, self.ctx, p.id),
                    lambda t, r, p=pupil: self._paint(t, r, p),
                    car_colour(pupil.colour),
                )
            )
        if pages > 1:
            self.add(
                Button(
                    "more",
                    L.rect(1160, 20, 96, 96),
                    self._next_page,
                    lambda t, r: centred(icons.icon("arrow", r.h, direction=L.forward), r, t),
                    NEXT,
                )
            )
        self.add(
            Button(
                "reset",
                L.rect(1040, 20, 96, 96),
                self._reset,
                lambda t, r: centred(icons.icon("cross", round(r.h * 0.8)), r, t),
                RED,
            )
        )

    def _next_page(self, stack: SceneStack) -> None:
        self.page += 1

    def _add(self, stack: SceneStack) -> None:
        from game.scenes.player_edit import PlayerEditScene

        stack.push(PlayerEditScene(self.ctx, on_done=lambda s, _p: s.pop()))

    def _reset(self, stack: SceneStack) -> None:
        from game.scenes.confirm import Confirm

        def empty(s: SceneStack) -> None:
            self.ctx.store.reset_class()
            self.ctx.player = self.ctx.second = None

        stack.push(Confirm(self.ctx, "teacher.reset_confirm", empty))

    def _paint(self, target: pygame.Surface, r: pygame.Rect, pupil: PlayerRecord) -> None:
        L = self.layout
        disc = pygame.Rect(0, 0, round(r.h * 0.66), round(r.h * 0.66))
        disc.midtop = (r.centerx, r.top + L.px(8))
        pygame.draw.circle(target, CARD, disc.center, disc.w / 2)
        centred(avatar(pupil.avatar, round(disc.w * 0.96)), disc, target)
        name = fitted(pupil.nickname or "…", L.px(24), r.w - L.px(16), INK)
        plate = name.get_rect(midbottom=(r.centerx, r.bottom - L.px(8))).inflate(L.px(12), 2)
        pygame.draw.rect(target, CARD, plate, border_radius=L.px(8))
        target.blit(name, name.get_rect(center=plate.center))
