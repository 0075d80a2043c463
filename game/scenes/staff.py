"""The staff's screen on a kiosk, behind the PIN: back to the game, the teacher's screens,
the settings, or closing the game (exit status 0: a supervisor does not restart it)."""

from __future__ import annotations

from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import icons
from game.ui.theme import BLUE, PLAY, PURPLE, RED
from game.ui.widgets import Button, centred


class StaffScene(MenuScene):
    name = "staff"
    heading_key = "staff.title"
    default_button = "resume"
    initial_focus = "resume"
    staff_screen = True  # a kiosk lets grown-ups take their time here

    def build(self) -> None:
        L = self.layout
        t = self.ctx.t
        row = [
            ("resume", "play", PLAY, "staff.back_to_game", self._resume),
            ("teacher", "person", PURPLE, "staff.teacher", lambda s: flow.teacher(s, self.ctx)),
            ("settings", "cog", BLUE, "ui.settings", lambda s: flow.settings(s, self.ctx)),
            ("leave", "door", RED, "ui.leave", self._leave),
        ]
        for i, (name, picture, colour, key, action) in enumerate(row):
            self.add(
                Button(
                    name,
                    L.rect(90 + i * 280, 230, 260, 260),
                    action,
                    lambda s, r, p=picture: centred(icons.icon(p, round(r.h * 0.7)), r, s),
                    colour,
                    t(key),
                )
            )

    def _resume(self, stack: SceneStack) -> None:
        if self.ctx.kiosk is not None:
            self.ctx.kiosk.attract(stack)
        else:
            stack.pop()

    def back(self, stack: SceneStack) -> None:
        self._resume(stack)

    def _leave(self, stack: SceneStack) -> None:
        if self.ctx.kiosk is not None:
            self.ctx.kiosk.leave(stack)
        else:
            stack.quit = True
