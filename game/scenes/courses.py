"""Where to? One big card per course: its picture, its lesson as icons, the best stars.
Locked courses wear a padlock until the one before them has been driven to the finish."""

from __future__ import annotations

import pygame

from game.course.catalog import CourseEntry
from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import course_cards, icons
from game.ui.rule_icons import rule_icon
from game.ui.theme import CARD, INK, LOCKED, NEXT, WHITE
from game.ui.walk_icons import walker_badge
from game.ui.widgets import Button, centred
from game.ui.words import fitted

PER_PAGE = 10


class CoursesScene(MenuScene):
    name = "courses"
    heading_key = "ui.where"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.page = 0

    def state_key(self) -> tuple:
        best = tuple(sorted(self.ctx.best_stars().items()))
        return (*super().state_key(), self.page, best, self.ctx.settings.all_courses_open)

    def build(self) -> None:
        L = self.layout
        self.add_back()
        self.add_home()
        entries = self.ctx.courses.entries
        best = self.ctx.best_stars()
        first = self.page * PER_PAGE
        for k, entry in enumerate(entries[first : first + PER_PAGE]):
            i = first + k
            row, col = divmod(k, 5)
            unlocked = self.ctx.courses.is_open(i, best, self.ctx.settings.all_courses_open)
            self.add(
                Button(
                    f"course_{entry.key}",
                    L.rect(40 + col * 244, 138 + row * 284, 224, 268),
                    lambda stack, e=entry: flow.briefing(stack, self.ctx, e),
                    lambda t, r, e=entry, o=unlocked: self._paint(t, r, e, best.get(e.key), o),
                    CARD if unlocked else LOCKED,
                    enabled=unlocked,
                )
            )
        if len(entries) > PER_PAGE:
            self.add(
                Button(
                    "more",
                    L.rect(1160, 20, 96, 96),
                    self._next_page,
                    lambda t, r: centred(icons.icon("arrow", r.h, direction=L.forward), r, t),
                    NEXT,
                )
            )
        playable = [b for b in self.buttons if b.name.startswith("course_") and b.enabled]
        if playable:  # a kiosk's timeout and the first focus: the next course to drive
            nxt = self._first_unplayed(best) or playable[-1].name
            self.default_button = nxt
            if not self.initial_focus:
                self.initial_focus = nxt

    def _first_unplayed(self, best: dict[str, int]) -> str:
        """Focus starts on the first open course not yet finished: the natural next step."""
        for i, entry in enumerate(self.ctx.courses.entries):
            if best.get(entry.key, 0) < 1 and self.ctx.courses.is_open(
                i, best, self.ctx.settings.all_courses_open
            ):
                return f"course_{entry.key}"
        return ""

    def _next_page(self, stack: SceneStack) -> None:
        pages = (len(self.ctx.courses.entries) + PER_PAGE - 1) // PER_PAGE
        self.page = (self.page + 1) % pages

    def _paint(
        self, target: pygame.Surface, r: pygame.Rect, entry: CourseEntry, stars, unlocked: bool
    ) -> None:
        L = self.layout
        pic_rect = pygame.Rect(r.left, r.top, r.w, round(r.h * 0.45))
        pic = course_cards.picture(entry.path, pic_rect.w, pic_rect.h)
        if not unlocked:
            pic = pic.copy()
            pic.fill((120, 120, 120), special_flags=pygame.BLEND_RGB_MULT)
        target.blit(pic, pic_rect)
        pygame.draw.rect(target, INK, pic_rect, max(1, L.px(2)))
        y = pic_rect.bottom + L.px(4)
        words = course_cards.title(entry.path, self.ctx.lang)
        line = fitted(words, L.px(20), r.w - L.px(8), INK)
        target.blit(line, line.get_rect(midtop=(r.centerx, y)))
        course = course_cards.load(entry.path)
        lesson = list(course_cards.lesson(entry.path)[:3])
        size = L.px(44)
        row_w = len(lesson) * (size + L.px(6))
        x = r.centerx - row_w / 2 * L.forward
        for rule in lesson:
            pic = rule_icon(rule, size)
            spot = pic.get_rect(midtop=(x + (size / 2) * L.forward, r.bottom - L.px(94)))
            target.blit(pic, spot)
            x += (size + L.px(6)) * L.forward
        star = L.px(40)
        for k in range(3):
            name = "star" if stars is not None and k < stars else "star_empty"
            # stars fill in reading order: from the right in Arabic
            cx = r.centerx + (k - 1) * (star + L.px(4)) * L.forward
            target.blit(icons.icon(name, star), (cx - star / 2, r.bottom - star - L.px(4)))
        if course is not None and course.walking:  # a walking lesson: its own badge
            badge = walker_badge(L.px(56))
            corner = pic_rect.topright if L.forward > 0 else pic_rect.topleft
            target.blit(badge, badge.get_rect(center=corner))
        if not unlocked:
            lock = icons.icon("lock", round(pic_rect.h * 0.7), WHITE)
            centred(lock, pic_rect, target)

    def draw_heading(self, target: pygame.Surface, words: str) -> None:
        super().draw_heading(target, words)
        if self.ctx.player is None:
            return
        from game.ui.avatars import avatar

        L = self.layout
        face = avatar(self.ctx.player.avatar, L.px(96))
        target.blit(face, L.rect(250, 20, 96, 96))
