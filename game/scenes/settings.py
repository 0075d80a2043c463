"""Settings, behind the cog: the three volumes and silence, how busy the town is, the
game's speed, whether every course is open, and how the child playing now drives (help,
steering, one switch). Saved in the store at once."""

from __future__ import annotations

import pygame

from game.scenes import flow
from game.scenes.keys import KeysScene, action_picture
from game.scenes.menu import MenuScene
from game.store.driving import ASSISTS
from game.store.settings import GAME_SPEEDS, TRAFFIC
from game.ui import icons
from game.ui.theme import BLUE, CARD, GREY, INK, PLAY, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted

VOLUMES = (
    ("effects_volume", "ui.effects"),
    ("voice_volume", "ui.voice"),
    ("ambience_volume", "ui.ambience"),
)
ROW = 120
PREVIEW_LINE = "course.hint.welcome"  # said when the voice's volume changes


class SettingsScene(MenuScene):
    name = "settings"
    heading_key = "ui.settings"
    default_button = "back"
    initial_focus = "back"
    staff_screen = True  # on a kiosk only staff get here: no hurry

    def state_key(self) -> tuple:
        return (*super().state_key(), self.ctx.settings, self.ctx.driving_for(1))

    def build(self) -> None:
        L = self.layout
        s = self.ctx.settings
        self.add_back()
        for i, (field, _key) in enumerate(VOLUMES):
            y = 140 + i * ROW
            self.add(self._step_button(f"{field}_down", L.rect(250, y, 80, 80), field, -1, "minus"))
            self.add(self._step_button(f"{field}_up", L.rect(530, y, 80, 80), field, +1, "plus"))
        self.add(
            Button(
                "mute",
                L.rect(250, 140 + 3 * ROW, 360, 90),
                lambda stack: self._set(muted=not s.muted),
                lambda t, r: self._paint_toggle(t, r, "mute" if s.muted else "speaker", s.muted),
                BLUE if s.muted else GREY,
                self.ctx.t("ui.mute"),
            )
        )
        for i, level in enumerate(TRAFFIC):
            self.add(
                Button(
                    f"traffic_{level}",
                    L.rect(700 + i * 135, 170, 120, 100),
                    lambda stack, v=level: self._set(traffic=v),
                    lambda t, r, n=i, v=level: self._paint_traffic(t, r, n, v == s.traffic),
                    BLUE if level == s.traffic else GREY,
                )
            )
        for i, speed in enumerate(GAME_SPEEDS):
            picture = ("snail", "car", "rabbit")[i]
            self.add(
                Button(
                    f"speed_{i}",
                    L.rect(700 + i * 180, 350, 160, 100),
                    lambda stack, v=speed: self._set(game_speed=v),
                    lambda t, r, p=picture, on=speed == s.game_speed: self._paint_toggle(
                        t, r, p, on
                    ),
                    BLUE if speed == s.game_speed else GREY,
                )
            )
        self.add(
            Button(
                "all_open",
                L.rect(700, 530, 520, 100),
                lambda stack: self._set(all_courses_open=not s.all_courses_open),
                lambda t, r: self._paint_toggle(
                    t, r, "open_lock" if s.all_courses_open else "lock", s.all_courses_open
                ),
                BLUE if s.all_courses_open else GREY,
                self.ctx.t("ui.all_open"),
            )
        )
        self.add(
            Button(
                "teacher",
                L.rect(250, 620, 360, 90),
                lambda stack: flow.teacher_door(stack, self.ctx),
                lambda t, r: centred(icons.icon("lock", round(r.h * 0.7)), r, t),
                (150, 100, 220),
                self.ctx.t("staff.teacher"),
            )
        )

        self._driving_row()
        self.add(
            Button(
                "keys",
                L.rect(140, 20, 96, 96),
                lambda stack: stack.push(KeysScene(self.ctx)),
                lambda t, r: action_picture(t, r, "up"),
                (120, 130, 150),
            )
        )

    def _driving_row(self) -> None:
        """How the child playing now drives: easy / normal / hard, car or direct steering,
        and one-switch play (saved for that child, or for a guest's seat)."""
        L = self.layout
        prefs = self.ctx.driving_for(1)
        for i, level in enumerate(ASSISTS):
            on = prefs.assist == level
            self.add(
                Button(
                    f"assist_{level}",
                    L.rect(40 + i * 100, 615, 90, 90),
                    lambda stack, v=level: self._drive_set(assist=v),
                    lambda t, r, v=level, on=on: self._paint_assist(t, r, v, on),
                    BLUE if on else GREY,
                )
            )
        for i, mode in enumerate(("car", "direct")):
            on = prefs.steering_mode == mode
            self.add(
                Button(
                    f"steering_{mode}",
                    L.rect(350 + i * 100, 615, 90, 90),
                    lambda stack, v=mode: self._drive_set(steering=v),
                    lambda t, r, v=mode, on=on: self._paint_steering(t, r, v, on),
                    BLUE if on else GREY,
                )
            )
        self.add(
            Button(
                "one_switch",
                L.rect(560, 615, 90, 90),
                lambda stack: self._drive_set(one_switch=not prefs.one_switch),
                lambda t, r: self._paint_switch(t, r, prefs.one_switch),
                BLUE if prefs.one_switch else GREY,
            )
        )

    def _drive_set(self, **change) -> None:
        self.ctx.save_driving(self.ctx.driving_for(1).but(**change))
        self.refresh()

    def _paint_assist(self, target, r: pygame.Rect, level: str, on: bool) -> None:
        from game.scenes.pause import paint_help

        paint_help(target, r, level)
        if on:
            self._paint_toggle(target, pygame.Rect(r.right - 1, r.top, 1, r.h), "check", True)

    def _paint_steering(self, target, r: pygame.Rect, mode: str, on: bool) -> None:
        """car: a steering wheel; direct: a stick with an arrow pointing the way."""
        c, rad = r.center, min(r.w, r.h) * 0.36
        w = max(3, round(rad / 5))
        if mode == "car":
            pygame.draw.circle(target, WHITE, c, rad, w)
            pygame.draw.circle(target, WHITE, c, rad * 0.22)
            for dx, dy in ((-1, 0), (1, 0), (0, 1)):
                end = (c[0] + dx * rad, c[1] + dy * rad)
                pygame.draw.line(target, WHITE, c, end, w)
        else:
            pygame.draw.circle(target, WHITE, c, rad, w)
            arrow = icons.icon("arrow", round(rad * 1.3), WHITE)
            target.blit(arrow, arrow.get_rect(center=c))
        if on:
            self._paint_toggle(target, pygame.Rect(r.right - 1, r.top, 1, r.h), "check", True)

    def _paint_switch(self, target, r: pygame.Rect, on: bool) -> None:
        """One big round button: one-switch play."""
        rad = min(r.w, r.h) * 0.36
        pygame.draw.circle(target, (230, 60, 60), r.center, rad)
        pygame.draw.circle(target, WHITE, r.center, rad, max(2, round(rad / 6)))
        if on:
            self._paint_toggle(target, pygame.Rect(r.right - 1, r.top, 1, r.h), "check", True)

    def _step_button(self, name, rect, field, step, picture) -> Button:
        def change(stack) -> None:
            value = min(10, max(0, getattr(self.ctx.settings, field) + step))
            self._set(**{field: value})
            self._preview(field)

        return Button(
            name,
            rect,
            change,
            lambda t, r: centred(icons.icon(picture, round(r.h * 0.7)), r, t),
            BLUE,
        )

    def _preview(self, field: str) -> None:
        """Let the new volume be heard (the effects' click is heard already)."""
        if field == "voice_volume":
            self.ctx.sound.say(PREVIEW_LINE, self.ctx.lang)
        elif field == "ambience_volume":
            self.ctx.sound.cue("birds")

    def _set(self, **change) -> None:
        self.ctx.change_settings(self.ctx.settings.but(**change))

    def _paint_toggle(self, target, r: pygame.Rect, picture: str, on: bool) -> None:
        centred(icons.icon(picture, round(min(r.w, r.h) * 0.9)), r, target)
        if on:
            d = max(20, r.h // 3)
            spot = pygame.Rect(r.right - d, r.top - d // 3, d, d)
            pygame.draw.circle(target, PLAY, spot.center, d / 2)
            pygame.draw.circle(target, WHITE, spot.center, d / 2, 2)
            centred(icons.icon("check", round(d * 0.7)), spot, target)

    def _paint_traffic(self, target, r: pygame.Rect, cars: int, on: bool) -> None:
        size = round(min(r.w / 3.2, r.h * 0.6))
        if cars == 0:
            centred(icons.icon("cross", size * 2, WHITE), r, target)
        for k in range(cars):
            pic = icons.icon("car", size, WHITE)
            target.blit(
                pic, pic.get_rect(center=(r.centerx + (k - (cars - 1) / 2) * size, r.centery))
            )
        if on:
            self._paint_toggle(target, pygame.Rect(r.right - 1, r.top, 1, r.h), "check", True)

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        s = self.ctx.settings
        for i, (field, key) in enumerate(VOLUMES):
            y = 140 + i * ROW
            label = fitted(self.ctx.t(key), L.px(26), L.px(200), INK)
            spot = L.rect(40, y, 200, 80)
            target.blit(
                label,
                label.get_rect(midright=spot.midright)
                if not L.rtl
                else label.get_rect(midleft=spot.midleft),
            )
            bar = L.rect(345, y + 20, 170, 40)
            pygame.draw.rect(target, CARD, bar, border_radius=L.px(8))
            value = getattr(s, field)
            for k in range(10):
                seg = L.rect(350 + k * 16.4, y + 25, 13, 30)
                if k < value:
                    pygame.draw.rect(
                        target, (255, 170, 30) if not s.muted else GREY, seg, border_radius=L.px(3)
                    )
            pygame.draw.rect(target, INK, bar, L.px(3), border_radius=L.px(8))
        for key, y in (("ui.traffic", 130), ("ui.speed", 310)):
            label = fitted(self.ctx.t(key), L.px(28), L.px(520), INK)
            target.blit(label, label.get_rect(center=L.point(960, y + 15)))
