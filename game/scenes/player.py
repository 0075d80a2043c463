"""Who is driving? The faces of this machine's players, and a "+" for a new one."""

from __future__ import annotations

import pygame

from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.store import PlayerRecord
from game.ui import icons
from game.ui.avatars import avatar, car_colour
from game.ui.theme import CARD, PLAY
from game.ui.widgets import Button, centred

SHOWN = 9  # the newest players, plus the "+" card: two rows of five


class PlayerScene(MenuScene):
    name = "player"
    heading_key = "ui.who"
    default_button = "new"
    initial_focus = "new"

    def state_key(self) -> tuple:
        return (*super().state_key(), len(self.ctx.store.players()))

    def build(self) -> None:
        L = self.layout
        self.add_back()
        people = list(reversed(self.ctx.store.players()))[:SHOWN]
        last = self.ctx.store.last_player()
        if people:
            self.initial_focus = f"player_{(last or people[0]).id}"
        for i, person in enumerate([None, *people]):
            row, col = divmod(i, 5)
            rect = L.rect(90 + col * 226, 150 + row * 270, 196, 240)
            if person is None:
                self.add(
                    Button(
                        "new",
                        rect,
                        lambda stack: self._new(stack),
                        lambda t, r: centred(icons.icon("plus", round(r.w * 0.6)), r, t),
                        PLAY,
                        self.ctx.t("ui.new_player"),
                    )
                )
            else:
                self.add(
                    Button(
                        f"player_{person.id}",
                        rect,
                        lambda stack, p=person: self._choose(stack, p),
                        lambda t, r, p=person: self._paint(t, r, p),
                        car_colour(person.colour),
                        person.nickname,
                    )
                )

    def _new(self, stack: SceneStack) -> None:
        from game.scenes.player_edit import PlayerEditScene

        stack.push(PlayerEditScene(self.ctx))

    def _choose(self, stack: SceneStack, person: PlayerRecord) -> None:
        self.ctx.choose_player(person)
        flow.courses(stack, self.ctx)

    def _paint(self, target: pygame.Surface, r: pygame.Rect, person: PlayerRecord) -> None:
        disc = pygame.Rect(0, 0, min(r.w, r.h), min(r.w, r.h))
        disc.center = r.center
        pygame.draw.circle(target, CARD, disc.center, disc.w / 2)
        centred(avatar(person.avatar, round(disc.w * 0.96)), disc, target)
