"""Who is driving? The faces of this machine's players, and a "+" for a new one. With two
cars, the same screen asks again for the second car (its colour beside the question), with a
guest's card for a child who has no face here yet."""

from __future__ import annotations

import pygame

from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.store import PlayerRecord
from game.ui import icons
from game.ui.avatars import avatar, car_colour
from game.ui.theme import CARD, GREY, PLAY
from game.ui.widgets import Button, centred

SHOWN = 9  # the newest players, plus the "+" card: two rows of five
SECOND_CAR = (60, 120, 230)  # the second car's own colour, as on the title's two-car button


class PlayerScene(MenuScene):
    name = "player"
    heading_key = "ui.who"
    default_button = "new"
    initial_focus = "new"

    def __init__(self, ctx, seat: int = 1) -> None:
        self.seat = seat  # 1: who drives; 2: who drives the second car
        super().__init__(ctx)

    def state_key(self) -> tuple:
        return (*super().state_key(), len(self.ctx.store.players()))

    def build(self) -> None:
        L = self.layout
        self.add_back()
        first = self.ctx.player if self.seat == 2 else None
        people = [
            p for p in reversed(self.ctx.store.players()) if first is None or p.id != first.id
        ]
        cards: list[PlayerRecord | str | None] = [None, *people[:SHOWN]]
        if self.seat == 2:  # a friend with no face here yet drives as a guest
            cards = [None, "guest", *people[: SHOWN - 1]]
            self.initial_focus = "guest"
        else:
            last = self.ctx.store.last_player()
            if people:
                self.initial_focus = f"player_{(last or people[0]).id}"
        for i, person in enumerate(cards):
            row, col = divmod(i, 5)
            rect = L.rect(90 + col * 226, 150 + row * 270, 196, 240)
            if person == "guest":
                self.add(
                    Button(
                        "guest",
                        rect,
                        lambda stack: self._second(stack, None),
                        self._paint_guest,
                        GREY,
                    )
                )
            elif person is None:
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

        if self.seat == 2:
            stack.push(PlayerEditScene(self.ctx, on_done=self._second))
        else:
            stack.push(PlayerEditScene(self.ctx))

    def _choose(self, stack: SceneStack, person: PlayerRecord) -> None:
        if self.seat == 2:
            self._second(stack, person)
            return
        self.ctx.choose_player(person)
        flow.chosen(stack, self.ctx)

    def _second(self, stack: SceneStack, person: PlayerRecord | None) -> None:
        """The second car's child (None: a guest, whose drive is not kept)."""
        self.ctx.second = person
        flow.courses(stack, self.ctx)

    def draw_heading(self, target: pygame.Surface, words: str) -> None:
        super().draw_heading(target, words)
        if self.seat == 2:  # "who drives this car?": the second car beside the question
            L = self.layout
            car = icons.icon("car", L.px(96), SECOND_CAR)
            target.blit(car, car.get_rect(center=L.point(1160, 68)))

    def _paint_guest(self, target: pygame.Surface, r: pygame.Rect) -> None:
        """A face with no features and the second car: someone new, just for this drive."""
        disc = pygame.Rect(0, 0, min(r.w, r.h), min(r.w, r.h))
        disc.center = r.center
        pygame.draw.circle(target, CARD, disc.center, disc.w / 2)
        centred(icons.icon("person", round(disc.w * 0.7), (120, 130, 150)), disc, target)
        car = icons.icon("car", round(disc.w * 0.42), SECOND_CAR)
        target.blit(
            car, car.get_rect(center=(disc.right - disc.w * 0.18, disc.bottom - disc.w * 0.14))
        )

    def _paint(self, target: pygame.Surface, r: pygame.Rect, person: PlayerRecord) -> None:
        disc = pygame.Rect(0, 0, min(r.w, r.h), min(r.w, r.h))
        disc.center = r.center
        pygame.draw.circle(target, CARD, disc.center, disc.w / 2)
        centred(avatar(person.avatar, round(disc.w * 0.96)), disc, target)
