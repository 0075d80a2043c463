"""Leaving the game takes a second, deliberate choice: the door, then yes."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import icons
from game.ui.theme import PLAY, RED
from game.ui.widgets import Button, centred


class ConfirmLeave(MenuScene):
    name = "confirm_leave"
    heading_key = "ui.leave_confirm"
    default_button = "no"
    initial_focus = "no"

    def build(self) -> None:
        add_no_and_yes(self, self._leave, "door")

    def __init__(self, ctx, before: Callable[[], object] | None = None) -> None:
        super().__init__(ctx)
        self.before = before  # e.g. keep the drive that is being left

    def _leave(self, stack: SceneStack) -> None:
        if self.before is not None:
            self.before()
        stack.quit = True

    def draw_background(self, target: pygame.Surface) -> None:
        super().draw_background(target)
        shade = pygame.Surface(target.get_size(), pygame.SRCALPHA)
        shade.fill((20, 24, 40, 90))
        target.blit(shade, (0, 0))
        self.draw_heading(target, self.ctx.t(self.heading_key))


class Confirm(MenuScene):
    """A yes-or-no question for a grown-up (delete a pupil, reset the class): no stays."""

    name = "confirm"
    default_button = "no"
    initial_focus = "no"
    staff_screen = True

    def __init__(self, ctx, heading_key: str, yes: Callable[[SceneStack], None]) -> None:
        super().__init__(ctx)
        self.heading_key = heading_key
        self.yes = yes

    def build(self) -> None:
        add_no_and_yes(self, self._yes, "cross")

    def _yes(self, stack: SceneStack) -> None:
        stack.pop()
        self.yes(stack)


def add_no_and_yes(scene: MenuScene, yes: Callable[[SceneStack], None], yes_icon: str) -> None:
    """The two big buttons of a question: no (back, green, where the focus starts) and yes."""
    L = scene.layout
    scene.add(
        Button(
            "no",
            L.rect(300, 260, 300, 240),
            lambda stack: stack.pop(),
            lambda t, r: centred(icons.icon("back", round(r.h * 0.8), direction=L.forward), r, t),
            PLAY,
            scene.ctx.t("ui.no"),
        )
    )
    scene.add(
        Button(
            "yes",
            L.rect(680, 260, 300, 240),
            yes,
            lambda t, r: centred(icons.icon(yes_icon, round(r.h * 0.8)), r, t),
            RED,
            scene.ctx.t("ui.yes"),
        )
    )
