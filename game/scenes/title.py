"""The title: a big Play, the last player's face to carry on, the four languages as flags
with their own names, and the settings cog. Nothing on it needs reading."""

from __future__ import annotations

import pygame

from game.render.text import render
from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import icons
from game.ui.avatars import avatar, car_colour
from game.ui.flags import NATIVE_NAMES, flag
from game.ui.theme import BLUE, GREY, INK, PLAY, PURPLE, RED, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted, title
from game.version import DATE, VERSION

LANG_ORDER = ("ar", "fr", "en", "zgh")


class TitleScene(MenuScene):
    name = "title"
    default_button = "play"
    initial_focus = "play"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.told = False

    def last_player(self):
        """Who may carry on; nobody on a kiosk (the next child is someone else)."""
        return None if self.ctx.kiosk is not None else self.ctx.store.last_player()

    def state_key(self) -> tuple:
        return (*super().state_key(), self.last_player(), self.ctx.players)

    def build(self) -> None:
        L = self.layout
        last = self.last_player()
        play_x = 640 - 190 if last is None else 560
        self.add(
            Button(
                "play",
                L.rect(play_x, 180, 380, 270),
                lambda stack: flow.players(stack, self.ctx),
                self._paint_play,
                PLAY,
            )
        )
        if last is not None:
            self.add(
                Button(
                    "continue",
                    L.rect(250, 210, 230, 210),
                    lambda stack: self._continue(stack),
                    lambda t, r: self._paint_continue(t, r, last),
                    PURPLE,
                )
            )
        for i, lang in enumerate(LANG_ORDER):
            self.add(
                Button(
                    f"lang_{lang}",
                    L.rect(150 + i * 250, 500, 230, 120),
                    lambda stack, lang=lang: self._language(lang),
                    lambda t, r, lang=lang: self._paint_lang(t, r, lang),
                    BLUE if lang == self.ctx.lang else GREY,
                    NATIVE_NAMES[lang],
                )
            )
        two = self.ctx.players == 2
        self.add(
            Button(
                "two_players",
                L.rect(960, 330, 210, 130),
                lambda stack: self._two_players(),
                self._paint_two,
                PURPLE if two else GREY,
            )
        )
        if self.ctx.kiosk is None:  # on a kiosk only staff reach the settings
            self.add(
                Button(
                    "settings",
                    L.rect(1160, 20, 96, 96),
                    lambda stack: flow.settings(stack, self.ctx),
                    lambda t, r: centred(icons.icon("cog", r.h), r, t),
                    (120, 130, 150),
                )
            )
        if self.ctx.quit_allowed:
            self.add(
                Button(
                    "leave",
                    L.rect(24, 20, 96, 96),
                    lambda stack: self.back(stack),
                    lambda t, r: centred(icons.icon("door", r.h), r, t),
                    RED,
                )
            )

    def _continue(self, stack: SceneStack) -> None:
        last = self.ctx.store.last_player()
        if last is not None:
            self.ctx.choose_player(last)
        flow.chosen(stack, self.ctx)

    def _two_players(self) -> None:
        """One car or two side by side: the next drives are split between two children."""
        self.ctx.players = 1 if self.ctx.players == 2 else 2
        self.refresh()

    def _language(self, lang: str) -> None:
        self.ctx.set_language(lang)
        self.refresh()

    def back(self, stack: SceneStack) -> None:
        """Esc on the title asks before leaving the game (a kiosk never leaves)."""
        if self.ctx.quit_allowed:
            from game.scenes.confirm import ConfirmLeave

            stack.push(ConfirmLeave(self.ctx))

    def update(self, dt: float, stack: SceneStack) -> None:
        super().update(dt, stack)
        if not self.told and self.ctx.notices:
            self.told = True
            from game.scenes.notice import NoticeScene

            stack.push(NoticeScene(self.ctx, list(self.ctx.notices)))
            self.ctx.notices.clear()

    # -- pictures ------------------------------------------------------------------
    def _paint_play(self, target: pygame.Surface, r: pygame.Rect) -> None:
        tri = icons.icon("play", round(r.h * 0.62))
        target.blit(tri, tri.get_rect(center=(r.centerx, r.centery - r.h * 0.12)))
        colour = car_colour(self.ctx.player.colour) if self.ctx.player else (225, 60, 55)
        car = icons.icon("car", round(r.h * 0.38), colour)
        target.blit(car, car.get_rect(midbottom=(r.centerx, r.bottom + r.h * 0.04)))

    def _paint_continue(self, target: pygame.Surface, r: pygame.Rect, last) -> None:
        face = avatar(last.avatar, round(r.h * 0.78))
        target.blit(face, face.get_rect(center=(r.centerx, r.centery - r.h * 0.06)))
        tri = icons.icon("play", round(r.h * 0.3))
        spot = tri.get_rect(bottomright=r.bottomright)
        pygame.draw.circle(target, PLAY, spot.center, spot.w * 0.55)
        pygame.draw.circle(target, WHITE, spot.center, spot.w * 0.55, 3)
        target.blit(tri, spot)

    def _paint_two(self, target: pygame.Surface, r: pygame.Rect) -> None:
        """Two cars side by side (a tick when chosen): two children play together."""
        size = round(min(r.w * 0.48, r.h * 0.95))
        for k, colour in enumerate(((225, 60, 55), (60, 120, 230))):
            car = icons.icon("car", size, colour)
            target.blit(car, car.get_rect(center=(r.centerx + (k - 0.5) * size * 0.95, r.centery)))
        if self.ctx.players == 2:
            badge = pygame.Rect(0, 0, round(r.h * 0.5), round(r.h * 0.5))
            badge.center = (r.right - badge.w * 0.2, r.top + badge.h * 0.2)
            pygame.draw.circle(target, PLAY, badge.center, badge.w / 2)
            pygame.draw.circle(target, WHITE, badge.center, badge.w / 2, 3)
            centred(icons.icon("check", round(badge.w * 0.7)), badge, target)

    def _paint_lang(self, target: pygame.Surface, r: pygame.Rect, lang: str) -> None:
        h = r.h
        pic = flag(lang, round(h * 1.3), round(h * 0.86))
        target.blit(pic, pic.get_rect(center=r.center))
        if lang == self.ctx.lang:  # chosen: a tick badge, not colour alone
            badge = pygame.Rect(0, 0, round(h * 0.62), round(h * 0.62))
            badge.center = (r.right - badge.w * 0.2, r.top + badge.h * 0.2)
            pygame.draw.circle(target, PLAY, badge.center, badge.w / 2)
            pygame.draw.circle(target, WHITE, badge.center, badge.w / 2, 3)
            centred(icons.icon("check", round(badge.w * 0.7)), badge, target)

    def draw_background(self, target: pygame.Surface) -> None:
        super().draw_background(target)
        L = self.layout
        logo = title("Traffic Park", L.px(76), L.px(700), (255, 214, 40), INK)
        target.blit(logo, logo.get_rect(center=L.point(640, 92)))
        tl = L.rect(1040, 140, 50, 125)  # a friendly traffic light beside the buttons
        pygame.draw.rect(target, (40, 42, 50), tl, border_radius=L.px(16))
        for i, colour in enumerate(((235, 45, 40), (255, 196, 0), (40, 200, 90))):
            pygame.draw.circle(
                target, colour, (tl.centerx, tl.top + tl.h * (0.2 + 0.3 * i)), tl.w * 0.32
            )
        pygame.draw.rect(
            target, (40, 42, 50), (tl.centerx - L.px(6), tl.bottom, L.px(12), L.px(60))
        )
        # which game this is, small in the corner, for a grown-up reporting a problem
        version = render(f"{VERSION} · {DATE}", L.px(16), GREY, weight="regular")
        margin = L.px(10)
        w, h = target.get_size()
        target.blit(version, version.get_rect(bottomright=(w - margin, h - margin)))

    def draw_over(self, target: pygame.Surface) -> None:
        if self.ctx.player is None or not self.ctx.player.nickname:
            return
        L = self.layout
        name = fitted(self.ctx.player.nickname, L.px(26), L.px(220), INK)
        target.blit(name, name.get_rect(midtop=L.point(365, 430)))
