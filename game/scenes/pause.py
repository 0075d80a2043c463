"""Pause, over the still town: go on, start again, another course, home, stop here (the
results), the game's speed. Leaving the whole game needs the door and then a yes."""

from __future__ import annotations

import pygame

from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.store.settings import GAME_SPEEDS
from game.ui import icons
from game.ui.theme import BLUE, NEXT, PLAY, PURPLE, RED, WHITE
from game.ui.widgets import Button, centred


class PauseScene(MenuScene):
    name = "pause"
    default_button = "resume"
    initial_focus = "resume"
    heading_key = "ui.pause"

    def __init__(self, ctx, drive) -> None:
        super().__init__(ctx)
        self.drive = drive

    def state_key(self) -> tuple:
        levels = tuple(h.assist.level for h in self.drive.humans)
        return (*super().state_key(), self.ctx.settings.game_speed, levels)

    def build(self) -> None:
        L = self.layout
        t = self.ctx.t
        self.add(
            Button(
                "resume",
                L.rect(470, 150, 340, 230),
                self.back,
                lambda s, r: centred(icons.icon("play", round(r.h * 0.8)), r, s),
                PLAY,
                t("ui.resume"),
            )
        )
        row = [
            ("restart", "retry", BLUE, "ui.restart", self._restart),
            ("courses", "picture", PURPLE, "ui.other_course", self._courses),
            ("give_up", "chequered", NEXT, "ui.give_up", self._give_up),
            ("speed", "snail", (90, 170, 160), "ui.speed", self._speed),
            ("home", "home", NEXT, "ui.home", self.go_home),
        ]
        for i, (name, picture, colour, key, action) in enumerate(row):
            self.add(
                Button(
                    name,
                    L.rect(110 + i * 218, 430, 190, 170),
                    action,
                    lambda s, r, p=picture, n=name: self._paint(s, r, p, n),
                    colour,
                    t(key),
                )
            )
        for seat, human in enumerate(self.drive.humans, start=1):
            self.add(
                Button(
                    f"help_{seat}",
                    L.rect(1070, 150 + (seat - 1) * 125, 180, 110),
                    lambda stack, n=seat: self._help(n),
                    lambda s, r, h=human, n=seat: paint_help(s, r, h.assist.level, n),
                    (90, 120, 200),
                )
            )
        if self.ctx.quit_allowed:
            self.add(
                Button(
                    "leave",
                    L.rect(1160, 610, 96, 96),  # a corner the drive's HUD leaves free
                    self._leave,
                    lambda s, r: centred(icons.icon("door", r.h), r, s),
                    RED,
                )
            )

    def _paint(self, target: pygame.Surface, r: pygame.Rect, picture: str, name: str) -> None:
        pic = icons.icon(picture, round(min(r.w, r.h) * 0.9), WHITE, self.layout.forward)
        centred(pic, r, target)
        if name == "speed":  # one dot per speed step, filled up to the current one
            speed = self.ctx.settings.game_speed
            d = max(8, r.w // 10)
            for k, value in enumerate(GAME_SPEEDS):
                x = r.centerx + (k - 1) * d * 1.6 * self.layout.forward
                filled = value <= speed
                pygame.draw.circle(target, WHITE, (x, r.bottom - d / 2), d / 2, 0 if filled else 2)

    def back(self, stack: SceneStack) -> None:
        self.ctx.sound.cue("resume")
        stack.pop()

    def _restart(self, stack: SceneStack) -> None:
        self.drive.save()
        stack.pop()
        flow.drive(stack, self.ctx, self.drive.entry)

    def _courses(self, stack: SceneStack) -> None:
        self.drive.save()
        flow.courses(stack, self.ctx)

    def go_home(self, stack: SceneStack) -> None:
        self.drive.save()
        super().go_home(stack)

    def _give_up(self, stack: SceneStack) -> None:
        stack.pop()
        self.drive.finish(stack, gave_up=True)

    def _speed(self, stack: SceneStack) -> None:
        speeds = list(GAME_SPEEDS)
        now = speeds.index(self.ctx.settings.game_speed)
        self.ctx.change_settings(self.ctx.settings.but(game_speed=speeds[(now + 1) % len(speeds)]))

    def _help(self, seat: int) -> None:
        """Easy, normal, hard, round again: for this child, from now on (and saved)."""
        from game.drivers.assist import LEVELS, Assist
        from game.input.touch import layout

        human = self.drive.humans[seat - 1]
        level = LEVELS[(LEVELS.index(human.assist.level) + 1) % len(LEVELS)]
        prefs = self.ctx.driving_for(seat).but(assist=level)
        self.ctx.save_driving(prefs, seat)
        steering = prefs.steering_mode
        human.set_assist(Assist(level, steering))
        touch = human.devices.touch
        if touch is not None:
            touch.layout = layout(self.drive.panes[seat - 1].rect, steering, touch.walking)
        self.refresh()

    def _leave(self, stack: SceneStack) -> None:
        from game.scenes.confirm import ConfirmLeave

        stack.push(ConfirmLeave(self.ctx, before=self.drive.save))

    def draw_background(self, target: pygame.Surface) -> None:
        self.drive.draw(target, 1.0, 0.0)
        shade = pygame.Surface(target.get_size(), pygame.SRCALPHA)
        shade.fill((20, 24, 40, 120))
        target.blit(shade, (0, 0))
        self.draw_heading(target, self.ctx.t(self.heading_key))


def paint_help(target: pygame.Surface, r: pygame.Rect, level: str, seat: int = 1) -> None:
    """The help as a picture: a snail (easy), a car (normal), a rabbit (hard), with one,
    two or three dots, and the seat's number when two children play."""
    from game.drivers.assist import LEVELS

    k = LEVELS.index(level)
    picture = ("snail", "car", "rabbit")[k]
    pic = icons.icon(picture, round(min(r.w, r.h) * 0.75), WHITE)
    target.blit(pic, pic.get_rect(center=(r.centerx, r.centery - r.h * 0.1)))
    d = max(8, r.h // 8)
    for i in range(3):
        x = r.centerx + (i - 1) * d * 1.7
        pygame.draw.circle(target, WHITE, (x, r.bottom - d * 0.7), d / 2, 0 if i <= k else 2)
