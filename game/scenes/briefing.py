"""Before a course: what it teaches (icons and a few words), the course's own tip, a short
demonstration (the autopilot drives the course's key moment in a little window, again and
again: game.drivers.demonstration), then "your turn".

Beside each lesson, a button shows what not to do: the autopilot making that mistake on
purpose, played back with the instructor's words (game.scenes.mistake)."""

from __future__ import annotations

import pygame

from game.audio.voices import hint_key, is_spoken
from game.course.catalog import CourseEntry
from game.drivers.demonstration import Demonstration
from game.drivers.faults import FAULTS
from game.render.world_view import WALK_ZOOM, WorldView
from game.scenes import flow
from game.scenes.menu import MenuScene
from game.ui import course_cards, icons
from game.ui.avatars import car_colour
from game.ui.rule_icons import rule_icon
from game.ui.theme import CARD, INK, PLAY
from game.ui.walk_icons import walker_badge
from game.ui.widgets import Button, centred
from game.ui.words import fitted, wrapped

DEMO_ZOOM = 0.75
MAX_LESSONS = 4
LESSON_TOP, LESSON_ROW = 154, 70  # design units: the first lesson row and a row's height


class BriefingScene(MenuScene):
    name = "briefing"
    default_button = "go"
    initial_focus = "go"

    def __init__(self, ctx, entry: CourseEntry) -> None:
        super().__init__(ctx)
        self.entry = entry
        self.course = course_cards.load(entry.path)
        self.demo: Demonstration | None = None
        self.demo_view: WorldView | None = None
        if self.course is not None:
            self.demo = Demonstration(self.course, seed=self.ctx.seed, density=self.ctx.density)
        self._watch_demo()
        self._announce()

    def _announce(self) -> None:
        """The instructor says the course's name and its tip (shipped courses have voices)."""
        lang = self.ctx.lang
        title = f"course.title.{self.entry.path.stem}"
        tip = hint_key(self.course.hint(lang)) if self.course else None
        for key in (title, tip):
            if key is not None and is_spoken(key):
                self.ctx.sound.say(key, lang)

    def _watch_demo(self) -> None:
        """A view of the demonstration's world at the panel's size (again when either changes)."""
        if self.demo is None:
            return
        L = self.layout
        panel = L.rect(50, 140, 580, 350)
        zoom = DEMO_ZOOM * L.scale * (WALK_ZOOM if self.demo.world.course.walking else 1.0)
        self.demo_view = WorldView(self.demo.world, panel.size, zoom=zoom)

    def build(self) -> None:
        L = self.layout
        self.add_back()
        self.add_home()
        self.add(
            Button(
                "go",
                L.rect(700, 510, 520, 180),
                lambda stack: flow.drive(stack, self.ctx, self.entry),
                self._paint_go,
                PLAY,
                self.ctx.t("ui.your_turn"),
            )
        )
        for i, rule in enumerate(self._lesson()):
            if rule in FAULTS:
                self.add(
                    Button(
                        f"mistake_{rule}",
                        L.rect(1136, LESSON_TOP + i * LESSON_ROW + 3, 76, 64),
                        lambda stack, rule=rule: self._show_mistake(stack, rule),
                        _paint_mistake,
                        (220, 60, 60),
                    )
                )

    def _lesson(self) -> list[str]:
        return list(self.course.lesson[:MAX_LESSONS]) if self.course else []

    def _show_mistake(self, stack, rule: str) -> None:
        from game.scenes.mistake import MistakeScene

        stack.push(MistakeScene(self.ctx, self.entry, rule))

    def _paint_go(self, target: pygame.Surface, r: pygame.Rect) -> None:
        tri = icons.icon("play", round(r.h * 0.9))
        colour = car_colour(self.ctx.player.colour) if self.ctx.player else (225, 60, 55)
        if self.course is not None and self.course.walking:  # on foot: the walking badge
            car = walker_badge(round(r.h * 0.9))
        else:
            car = icons.icon("car", round(r.h * 0.9), colour)
        gap = round(r.h * 0.1)
        total = tri.get_width() + car.get_width() + gap
        x = r.centerx - total / 2
        for pic in (car, tri) if not self.layout.rtl else (tri, car):
            target.blit(pic, pic.get_rect(midleft=(x, r.centery)))
            x += pic.get_width() + gap

    def update(self, dt: float, stack) -> None:
        super().update(dt, stack)
        if self.demo is None:
            return
        self.demo.step()
        if self.demo_view is not None and self.demo_view.world is not self.demo.world:
            self._watch_demo()

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        self.draw_heading(target, course_cards.title(self.entry.path, self.ctx.lang))
        panel = L.rect(50, 140, 580, 350)
        if self.demo_view is not None:
            if self.demo_view.size != panel.size:
                self._watch_demo()
            view = pygame.Surface(panel.size)
            self.demo_view.draw(view, 1.0, 1 / 60, hud=False)
            target.blit(view, panel)
        pygame.draw.rect(target, (255, 255, 255), panel, L.px(6), border_radius=L.px(10))
        eye = icons.icon("play", L.px(44))
        corner = pygame.Rect(0, 0, L.px(64), L.px(64))
        corner.topleft = (panel.left + L.px(10), panel.top + L.px(10))
        pygame.draw.circle(target, (220, 60, 60), corner.center, corner.w / 2)
        centred(eye, corner, target)
        self._moment(target, panel)
        self._lessons(target)

    def _moment(self, target: pygame.Surface, panel: pygame.Rect) -> None:
        """When the demonstration reaches its key moment: the rule's picture with a star."""
        if self.demo is None or not self.demo.moment_shown():
            return
        L = self.layout
        assert self.demo.moment is not None
        size = L.px(96)
        badge = pygame.Rect(0, 0, size + L.px(16), size + L.px(16))
        badge.bottomright = (panel.right - L.px(12), panel.bottom - L.px(12))
        pygame.draw.rect(target, CARD, badge, border_radius=L.px(18))
        pygame.draw.rect(target, INK, badge, L.px(3), border_radius=L.px(18))
        centred(rule_icon(self.demo.moment["rule"], size), badge, target)
        star = icons.icon("star", L.px(44))
        target.blit(star, star.get_rect(center=badge.topright))

    def _lessons(self, target: pygame.Surface) -> None:
        L = self.layout
        box = L.rect(660, 140, 570, 350)
        pygame.draw.rect(target, CARD, box, border_radius=L.px(24))
        pygame.draw.rect(target, INK, box, L.px(3), border_radius=L.px(24))
        lesson = self._lesson()
        y = box.top + L.px(LESSON_TOP - 140)
        row_h = L.px(LESSON_ROW)
        for rule in lesson:
            pic = rule_icon(rule, row_h - L.px(6))
            room = box.w - row_h - L.px(50) - (L.px(90) if rule in FAULTS else 0)
            words = fitted(self.ctx.t(f"lesson.{rule}"), L.px(30), room, INK)
            if L.rtl:
                target.blit(pic, pic.get_rect(topright=(box.right - L.px(16), y)))
                target.blit(
                    words, words.get_rect(midright=(box.right - row_h - L.px(30), y + row_h / 2))
                )
            else:
                target.blit(pic, (box.left + L.px(16), y))
                target.blit(
                    words, words.get_rect(midleft=(box.left + row_h + L.px(30), y + row_h / 2))
                )
            y += row_h
        tip = self.course.hint(self.ctx.lang) if self.course else ""
        if tip:
            for line in wrapped(tip, L.px(24), box.w - L.px(40), (40, 100, 190), max_lines=2):
                target.blit(line, line.get_rect(midtop=(box.centerx, y + L.px(4))))
                y += line.get_height()


def _paint_mistake(target: pygame.Surface, r: pygame.Rect) -> None:
    """What not to do: the play triangle, crossed out."""
    centred(icons.icon("play", round(r.h * 0.62)), r, target)
    cross = icons.icon("cross", round(r.h * 0.55), (255, 236, 80))
    target.blit(cross, cross.get_rect(bottomright=(r.right - r.w // 12, r.bottom - r.h // 12)))
