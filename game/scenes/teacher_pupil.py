"""One pupil, for the teacher: face and nickname, drives and stars, the mistakes by rule,
each mistake's playback (the moment it happened, re-driven), and deleting the pupil with
every drive of theirs."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.classroom import results
from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import course_cards, icons
from game.ui.avatars import avatar
from game.ui.rule_icons import rule_icon
from game.ui.theme import CARD, INK, NEXT, RED, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted

CARDS = 8


class PupilScene(MenuScene):
    name = "teacher_pupil"
    default_button = "back"
    initial_focus = "back"
    staff_screen = True

    def __init__(self, ctx, player_id: int) -> None:
        super().__init__(ctx)
        self.player_id = player_id

    def build(self) -> None:
        L = self.layout
        self.add_back()
        player = self.ctx.store.player(self.player_id)
        if player is None:
            return
        drives = self.ctx.store.drives(player.id)
        for i, (drive, item) in enumerate(results.mistakes_to_watch(drives)[:CARDS]):
            row, col = divmod(i, 4)
            self.add(
                Button(
                    f"mistake_{i}",
                    L.rect(40 + col * 300, 330 + row * 190, 280, 170),
                    lambda s, d=drive, it=item: flow.playback(s, self.ctx, d, it),
                    lambda t, r, d=drive, it=item: self._paint_mistake(t, r, d, it),
                    NEXT,
                )
            )
        self.add(
            Button(
                "delete",
                L.rect(1160, 20, 96, 96),
                self._delete,
                lambda t, r: centred(icons.icon("cross", round(r.h * 0.8)), r, t),
                RED,
            )
        )

    def _delete(self, stack: SceneStack) -> None:
        from game.scenes.confirm import Confirm

        def forget(s: SceneStack) -> None:
            self.ctx.store.delete_player(self.player_id)
            for picture in self.ctx.licence_dir.glob(f"licence-{self.player_id}-*"):
                picture.unlink(missing_ok=True)
            if self.ctx.player is not None and self.ctx.player.id == self.player_id:
                self.ctx.player = None
            if self.ctx.second is not None and self.ctx.second.id == self.player_id:
                self.ctx.second = None
            s.pop()

        stack.push(Confirm(self.ctx, "teacher.delete_confirm", forget))

    def _paint_mistake(self, target, r: pygame.Rect, drive, item: dict) -> None:
        L = self.layout
        pic = rule_icon(item["rule"], round(r.h * 0.62))
        spot = pic.get_rect(topleft=(r.left + L.px(8), r.top + L.px(8)))
        pygame.draw.rect(target, CARD, spot.inflate(L.px(6), L.px(6)), border_radius=L.px(10))
        target.blit(pic, spot)
        play = icons.icon("play", L.px(56))
        target.blit(play, play.get_rect(topright=(r.right - L.px(14), r.top + L.px(14))))
        words = course_cards.title(Path(drive.course_path), self.ctx.lang)
        line = fitted(words, L.px(20), r.w - L.px(16), WHITE)
        target.blit(line, line.get_rect(midbottom=(r.centerx, r.bottom - L.px(8))))

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        player = self.ctx.store.player(self.player_id)
        if player is None:
            return
        face = avatar(player.avatar, L.px(110))
        target.blit(face, face.get_rect(center=L.point(210, 80)))
        name = fitted(player.nickname or "…", L.px(44), L.px(400), INK)
        spot = L.point(280, 80)
        target.blit(name, name.get_rect(midright=spot) if L.rtl else name.get_rect(midleft=spot))
        row = results.class_table(self.ctx.store)
        mine = next((r for r in row if r.player.id == player.id), None)
        if mine is None:
            return
        stars = icons.icon("star", L.px(44))
        target.blit(stars, stars.get_rect(center=L.point(740, 80)))
        count = fitted(
            f"{mine.stars}   ·   {mine.finished} / {mine.drives}", L.px(34), L.px(300), INK
        )
        target.blit(count, count.get_rect(midleft=L.point(770, 80)))
        self._rules(target, mine.mistakes)

    def _rules(self, target: pygame.Surface, mistakes: dict[str, int]) -> None:
        """The rules this pupil broke, most often first: an icon and a count each."""
        L = self.layout
        worst = sorted(mistakes.items(), key=lambda kv: -kv[1])[:9]
        for i, (rule, n) in enumerate(worst):
            spot = L.rect(40 + i * 136, 160, 120, 140)
            pygame.draw.rect(target, CARD, spot, border_radius=L.px(16))
            pygame.draw.rect(target, INK, spot, L.px(2), border_radius=L.px(16))
            pic = rule_icon(rule, L.px(84))
            target.blit(pic, pic.get_rect(midtop=(spot.centerx, spot.top + L.px(6))))
            num = fitted(str(n), L.px(32), spot.w, RED)
            target.blit(num, num.get_rect(midbottom=(spot.centerx, spot.bottom - L.px(4))))
