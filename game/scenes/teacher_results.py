"""The class's results for the teacher: a table (a line per pupil: drives, stars, and the
mistakes of each rule the lesson follows) and a bar chart of the rules the class finds
hardest, hardest first. A pupil's line opens their mistakes, each with its playback."""

from __future__ import annotations

import pygame

from game.classroom import results
from game.classroom.lesson import Lesson
from game.course.checks import ALL_RULE_IDS
from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import icons
from game.ui.avatars import avatar
from game.ui.rule_icons import rule_icon
from game.ui.theme import CARD, GREY, INK, NEXT, RED, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted

ROWS = 7
COLUMNS = 6  # rules shown in the table
BARS = 7


class ClassResultsScene(MenuScene):
    name = "teacher_results"
    heading_key = "teacher.results"
    default_button = "back"
    initial_focus = "back"
    staff_screen = True

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.page = 0
        self.refresh_data()

    def refresh_data(self) -> None:
        lesson = Lesson.from_dict(self.ctx.store.lesson())
        self.rows = results.class_table(self.ctx.store, set(lesson.courses) if lesson else None)
        hard = results.struggles(
            self.rows, lesson.rules if lesson and lesson.rules else ALL_RULE_IDS
        )
        self.hard = [(rule, n) for rule, n in hard if n > 0][:BARS]
        self.columns = [rule for rule, _ in hard][:COLUMNS]

    def refresh(self) -> None:
        self.refresh_data()  # back from a pupil who may have been deleted
        super().refresh()

    def state_key(self) -> tuple:
        return (*super().state_key(), self.page, len(self.rows))

    def build(self) -> None:
        L = self.layout
        self.add_back()
        pages = max(1, (len(self.rows) + ROWS - 1) // ROWS)
        self.page %= pages
        for i, row in enumerate(self.rows[self.page * ROWS : (self.page + 1) * ROWS]):
            self.add(
                Button(
                    f"pupil_{row.player.id}",
                    L.rect(40, 200 + i * 70, 130, 64),
                    lambda s, r=row: flow.teacher_pupil(s, self.ctx, r.player.id),
                    lambda t, r, row=row: centred(avatar(row.player.avatar, r.h), r, t),
                    CARD,
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

    def _next_page(self, stack: SceneStack) -> None:
        self.page += 1

    # -- drawing -------------------------------------------------------------------
    def draw_content(self, target: pygame.Surface) -> None:
        self._table(target)
        self._chart(target)

    def _text(self, target, words, size, x, y, colour=INK, width=140, anchor="midleft"):
        L = self.layout
        surf = fitted(str(words), L.px(size), L.px(width), colour)
        if L.rtl and anchor == "midleft":
            anchor = "midright"
        target.blit(surf, surf.get_rect(**{anchor: L.point(x, y)}))

    def _table(self, target: pygame.Surface) -> None:
        L = self.layout
        box = L.rect(30, 120, 800, 590)
        pygame.draw.rect(target, CARD, box, border_radius=L.px(18))
        pygame.draw.rect(target, INK, box, L.px(3), border_radius=L.px(18))
        star = icons.icon("star", L.px(44))
        target.blit(star, star.get_rect(center=L.point(385, 160)))
        flag = icons.icon("chequered", L.px(44))
        target.blit(flag, flag.get_rect(center=L.point(455, 160)))
        for k, rule in enumerate(self.columns):
            pic = rule_icon(rule, L.px(52))
            target.blit(pic, pic.get_rect(center=L.point(530 + k * 52, 160)))
        shown = self.rows[self.page * ROWS : (self.page + 1) * ROWS]
        if not shown:
            self._text(target, self.ctx.t("teacher.no_pupils"), 30, 430, 400, GREY, 700, "center")
        for i, row in enumerate(shown):
            y = 232 + i * 70
            if i % 2:
                band = L.rect(36, y - 34, 788, 68)
                pygame.draw.rect(target, (244, 240, 228), band)
            self._text(target, row.name, 26, 182, y, INK, 170)
            self._text(target, row.stars, 28, 385, y, INK, 60, "center")
            self._text(target, f"{row.finished}/{row.drives}", 24, 455, y, INK, 70, "center")
            for k, rule in enumerate(self.columns):
                n = row.mistakes.get(rule, 0)
                colour = RED if n else GREY
                self._text(target, n, 28, 530 + k * 52, y, colour, 48, "center")

    def _chart(self, target: pygame.Surface) -> None:
        """The rules the class finds hard: a bar each, the longest first."""
        L = self.layout
        box = L.rect(850, 120, 400, 590)
        pygame.draw.rect(target, CARD, box, border_radius=L.px(18))
        pygame.draw.rect(target, INK, box, L.px(3), border_radius=L.px(18))
        head = self.ctx.t("teacher.struggle")
        self._text(target, head, 24, 1050, 150, INK, 370, "center")
        if not self.hard:
            tick = icons.icon("check", L.px(120))
            target.blit(tick, tick.get_rect(center=L.point(1050, 400)))
            return
        most = max(n for _, n in self.hard)
        for i, (rule, n) in enumerate(self.hard):
            y = 190 + i * 72
            pic = rule_icon(rule, L.px(60))
            target.blit(pic, pic.get_rect(center=L.point(900, y + 30)))
            length = 250 * n / most
            bar = L.rect(940, y + 10, max(8, length), 40)
            pygame.draw.rect(target, RED, bar, border_radius=L.px(8))
            pygame.draw.rect(target, INK, bar, L.px(2), border_radius=L.px(8))
            num = fitted(str(n), L.px(26), L.px(60), WHITE if length > 50 else INK)
            end = bar.right - L.px(8) if not L.rtl else bar.left + L.px(8)
            if length > 50:
                spot = (
                    num.get_rect(midright=(end, bar.centery))
                    if not L.rtl
                    else num.get_rect(midleft=(end, bar.centery))
                )
            else:
                spot = (
                    num.get_rect(midleft=(bar.right + L.px(8), bar.centery))
                    if not L.rtl
                    else (num.get_rect(midright=(bar.left - L.px(8), bar.centery)))
                )
            target.blit(num, spot)
