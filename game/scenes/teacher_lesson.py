"""The lesson: which courses the class drives today (a tick on each card; they are all open),
which rules the results follow (the courses' own lessons, ticked to start with) and how busy
the town is. The green tick keeps it; the cross goes back to every course, as at home."""

from __future__ import annotations

import pygame

from game import resources
from game.classroom.lesson import TRAFFIC, Lesson, lesson_courses
from game.course.catalog import LIST_NAME, CourseList, read_course_list
from game.course.checks import ALL_RULE_IDS, RULE_IDS
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import course_cards, icons
from game.ui.theme import BLUE, CARD, GREY, INK, PLAY, RED, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted

MAX_COURSES = 10
MAX_RULES = 9


def every_course() -> CourseList:
    return read_course_list(resources.maps_dir() / LIST_NAME)


def course_lesson(entry) -> tuple[str, ...]:
    return tuple(course_cards.lesson(entry.path))


def apply_lesson(ctx, lesson: Lesson | None) -> None:
    """The lesson's courses and traffic for this run (the machine's settings stay saved)."""
    every = every_course()
    ctx.courses = lesson_courses(lesson, every) if lesson else every
    if lesson is not None:
        ctx.settings = ctx.settings.but(traffic=lesson.traffic)


class LessonScene(MenuScene):
    name = "teacher_lesson"
    heading_key = "teacher.lesson"
    default_button = "back"
    initial_focus = "save"
    staff_screen = True

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.every = every_course()
        self.entries = self.every.entries[:MAX_COURSES]
        saved = Lesson.from_dict(ctx.store.lesson())
        self.chosen = set(saved.courses) if saved else set()
        self.rules = set(saved.rules) if saved else set()
        self.traffic = saved.traffic if saved else "normal"

    def state_key(self) -> tuple:
        return (
            *super().state_key(),
            tuple(sorted(self.chosen)),
            tuple(sorted(self.rules)),
            self.traffic,
        )

    def offered_rules(self) -> list[str]:
        """The rules the chosen courses teach (every rule when none is chosen yet)."""
        taught = {r for e in self.entries if e.key in self.chosen for r in course_lesson(e)}
        # the passenger lesson's rules too, once it is chosen
        return [r for r in ALL_RULE_IDS if r in (taught or set(RULE_IDS))][:MAX_RULES]

    def build(self) -> None:
        L = self.layout
        self.add_back()
        for i, entry in enumerate(self.entries):
            row, col = divmod(i, 5)
            self.add(
                Button(
                    f"course_{entry.key}",
                    L.rect(40 + col * 204, 130 + row * 180, 190, 166),
                    lambda s, k=entry.key: self._toggle_course(k),
                    lambda t, r, e=entry: self._paint_course(t, r, e),
                    BLUE if entry.key in self.chosen else GREY,
                )
            )
        for i, rule in enumerate(self.offered_rules()):
            self.add(
                Button(
                    f"rule_{rule}",
                    L.rect(40 + i * 112, 530, 100, 100),
                    lambda s, r=rule: self._toggle(self.rules, r),
                    lambda t, r, rule=rule: self._paint_rule(t, r, rule),
                    BLUE if rule in self.rules else GREY,
                )
            )
        for i, level in enumerate(TRAFFIC):
            self.add(
                Button(
                    f"traffic_{level}",
                    L.rect(1070, 130 + i * 112, 180, 100),
                    lambda s, v=level: setattr(self, "traffic", v),
                    lambda t, r, n=i + 1, v=level: self._paint_traffic(t, r, n, v),
                    BLUE if level == self.traffic else GREY,
                )
            )
        self.add(
            Button(
                "clear",
                L.rect(1070, 480, 80, 80),
                self._clear,
                lambda t, r: centred(icons.icon("cross", round(r.h * 0.8)), r, t),
                RED,
            )
        )
        self.add(
            Button(
                "save",
                L.rect(1070, 590, 180, 110),
                self._save,
                lambda t, r: centred(icons.icon("check", round(r.h * 0.8)), r, t),
                PLAY,
                enabled=bool(self.chosen),
            )
        )

    def _toggle(self, chosen: set[str], key: str) -> None:
        chosen.symmetric_difference_update({key})

    def _toggle_course(self, key: str) -> None:
        self._toggle(self.chosen, key)
        offered = set(self.offered_rules())
        taught = {r for e in self.entries if e.key in self.chosen for r in course_lesson(e)}
        self.rules = (self.rules & offered) | (taught & offered)

    def _save(self, stack: SceneStack) -> None:
        order = [e.key for e in self.entries if e.key in self.chosen]
        rules = tuple(r for r in ALL_RULE_IDS if r in self.rules)
        lesson = Lesson(tuple(order), rules, self.traffic)
        self.ctx.store.save_lesson(lesson.as_dict())
        apply_lesson(self.ctx, lesson)
        self.ctx.sound.cue("saved")
        stack.pop()

    def _clear(self, stack: SceneStack) -> None:
        self.ctx.store.save_lesson(None)
        apply_lesson(self.ctx, None)
        self.ctx.settings = self.ctx.store.settings()
        stack.pop()

    # -- pictures ------------------------------------------------------------------
    def _tick(self, target: pygame.Surface, r: pygame.Rect) -> None:
        d = max(20, r.h // 4)
        spot = pygame.Rect(r.right - d - 4, r.top + 4, d, d)
        pygame.draw.circle(target, PLAY, spot.center, d / 2)
        pygame.draw.circle(target, WHITE, spot.center, d / 2, 2)
        centred(icons.icon("check", round(d * 0.7)), spot, target)

    def _paint_course(self, target: pygame.Surface, r: pygame.Rect, entry) -> None:
        L = self.layout
        pic_rect = pygame.Rect(r.left, r.top, r.w, round(r.h * 0.62))
        target.blit(course_cards.picture(entry.path, pic_rect.w, pic_rect.h), pic_rect)
        words = course_cards.title(entry.path, self.ctx.lang)
        plate = pygame.Rect(r.left, pic_rect.bottom, r.w, r.bottom - pic_rect.bottom)
        pygame.draw.rect(target, CARD, plate)
        line = fitted(words, L.px(20), r.w - L.px(8), INK)
        target.blit(line, line.get_rect(center=plate.center))
        if entry.key in self.chosen:
            self._tick(target, r)

    def _paint_rule(self, target: pygame.Surface, r: pygame.Rect, rule: str) -> None:
        from game.ui.rule_icons import rule_icon

        centred(rule_icon(rule, round(r.h * 0.8)), r, target)
        if rule in self.rules:
            self._tick(target, r)

    def _paint_traffic(self, target: pygame.Surface, r: pygame.Rect, cars: int, level) -> None:
        size = round(min(r.w / 3.4, r.h * 0.55))
        for k in range(cars):
            pic = icons.icon("car", size, WHITE)
            x = r.centerx + (k - (cars - 1) / 2) * size
            target.blit(pic, pic.get_rect(center=(x, r.centery)))
        if level == self.traffic:
            self._tick(target, r)

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        label = fitted(self.ctx.t("ui.traffic"), L.px(26), L.px(200), INK)
        target.blit(label, label.get_rect(midbottom=L.point(1160, 124)))
        label = fitted(self.ctx.t("teacher.rules"), L.px(26), L.px(400), INK)
        spot = L.point(40, 522)
        target.blit(
            label, label.get_rect(bottomright=spot) if L.rtl else label.get_rect(bottomleft=spot)
        )
