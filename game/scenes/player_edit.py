"""A new player: pick a face and a car colour; a name is optional (a letter board, no
keyboard needed). The green tick saves and goes on to the courses."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.store import PlayerRecord
from game.ui import icons
from game.ui.avatars import AVATARS, CAR_COLOURS, avatar
from game.ui.theme import CARD, INK, PLAY, PURPLE, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted


class PlayerEditScene(MenuScene):
    name = "player_edit"
    default_button = "done"
    initial_focus = "done"

    def __init__(self, ctx, on_done: Callable[[SceneStack, PlayerRecord], None] | None = None):
        super().__init__(ctx)
        self.on_done = on_done  # a teacher adding a pupil goes back to the class, not driving
        taken = {p.avatar for p in ctx.store.players()}
        self.avatar = next((a for a in AVATARS if a not in taken), AVATARS[0])
        self.colour = "red"
        self.nickname = ""

    def state_key(self) -> tuple:
        return (*super().state_key(), self.avatar, self.colour, self.nickname)

    def build(self) -> None:
        L = self.layout
        self.add_back()
        for i, name in enumerate(AVATARS):
            self.add(
                Button(
                    f"avatar_{name}",
                    L.rect(120 + i * 132, 130, 116, 116),
                    lambda stack, n=name: self._set(avatar=n),
                    lambda t, r, n=name: self._paint_face(t, r, n),
                    PURPLE if name == self.avatar else (180, 170, 205),
                )
            )
        for i, (name, rgb) in enumerate(CAR_COLOURS.items()):
            self.add(
                Button(
                    f"colour_{name}",
                    L.rect(120 + i * 150, 300, 134, 100),
                    lambda stack, n=name: self._set(colour=n),
                    lambda t, r, n=name, c=rgb: self._paint_car(t, r, n, c),
                    (90, 100, 120) if name == self.colour else (190, 196, 210),
                )
            )
        self.add(
            Button(
                "name",
                L.rect(120, 460, 620, 120),
                self._letters,
                self._paint_name,
                (90, 150, 230),
            )
        )
        self.add(
            Button(
                "done",
                L.rect(820, 440, 340, 200),
                self._done,
                lambda t, r: centred(icons.icon("check", round(r.h * 0.8)), r, t),
                PLAY,
                self.ctx.t("ui.play"),
            )
        )

    def _set(self, **change: str) -> None:
        self.avatar = change.get("avatar", self.avatar)
        self.colour = change.get("colour", self.colour)

    def _letters(self, stack: SceneStack) -> None:
        from game.scenes.nickname import NicknameScene

        def done(name: str) -> None:
            self.nickname = name

        stack.push(NicknameScene(self.ctx, self.nickname, done))

    def _done(self, stack: SceneStack) -> None:
        player = self.ctx.store.add_player(self.nickname, self.avatar, self.colour, self.ctx.lang)
        if self.on_done is not None:
            self.on_done(stack, player)
            return
        self.ctx.choose_player(player)
        flow.chosen(stack, self.ctx)

    # -- pictures ------------------------------------------------------------------
    def _paint_face(self, target: pygame.Surface, r: pygame.Rect, name: str) -> None:
        centred(avatar(name, round(r.h * 1.0)), r, target)
        if name == self.avatar:
            _tick(target, r)

    def _paint_car(self, target: pygame.Surface, r: pygame.Rect, name: str, rgb) -> None:
        centred(icons.icon("car", round(min(r.w, r.h) * 1.1), rgb), r, target)
        if name == self.colour:
            _tick(target, r)

    def _paint_name(self, target: pygame.Surface, r: pygame.Rect) -> None:
        L = self.layout
        box = r.inflate(-L.px(110), 0)
        box.right = r.right
        pygame.draw.rect(target, CARD, box, border_radius=L.px(14))
        pen = icons.icon("card", round(r.h * 0.8))
        target.blit(pen, pen.get_rect(midleft=(r.left, r.centery)))
        words = self.nickname or "…"
        surf = fitted(words, L.px(44), box.w - L.px(20), INK)
        target.blit(surf, surf.get_rect(center=box.center))

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        face = avatar(self.avatar, L.px(96))
        target.blit(face, face.get_rect(center=L.point(640, 64)))
        car = icons.icon("car", L.px(90), CAR_COLOURS[self.colour])
        target.blit(car, car.get_rect(center=L.point(760, 70)))


def _tick(target: pygame.Surface, r: pygame.Rect) -> None:
    d = max(24, r.w // 3)
    spot = pygame.Rect(0, 0, d, d)
    spot.center = (r.right - d // 4, r.top + d // 4)
    pygame.draw.circle(target, PLAY, spot.center, d / 2)
    pygame.draw.circle(target, WHITE, spot.center, d / 2, 3)
    centred(icons.icon("check", round(d * 0.7)), spot, target)
