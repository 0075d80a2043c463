"""Results: the stars arrive one by one with a little celebration, the points for the
teacher, and picture cards: what went well, and what to practise (each plays its moment
back). Then try again, the next course, the courses, the licence or home."""

from __future__ import annotations

import math
import random

import pygame

from game.course.catalog import CourseEntry
from game.render.text import outlined
from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.store import DriveRecord
from game.ui import icons
from game.ui.avatars import car_colour
from game.ui.rule_icons import rule_icon
from game.ui.theme import BLUE, CARD, INK, NEXT, PLAY, PURPLE, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted

STAR_EVERY = 0.7  # seconds between stars
MAX_CARDS = 3


def went_well(card: dict) -> list[dict]:
    """At most three things that went well; the rules themselves before the route's praise."""
    items = list(card.get("went_well", []))
    items.sort(key=lambda item: item["rule"] in ("checkpoint", "finish"))
    return items[:MAX_CARDS]


def to_practise(card: dict) -> list[dict]:
    return list(card.get("to_practise", []))[:MAX_CARDS]


class ResultsScene(MenuScene):
    name = "results"

    def __init__(self, ctx, record: DriveRecord, entry: CourseEntry) -> None:
        super().__init__(ctx)
        self.record = record
        self.entry = entry
        self.card = record.scorecard
        self.stars_shown = 0
        self.confetti: list[list[float]] = []
        self.rng = random.Random(record.id)
        nxt = ctx.courses.after(entry.key)
        best = ctx.best_stars()
        self.next_entry = None
        if nxt is not None:
            i = ctx.courses.index_of(nxt.key)
            if ctx.courses.is_open(i, best, ctx.settings.all_courses_open):
                self.next_entry = nxt
        self.default_button = "next" if self.next_entry else "again"
        self.initial_focus = self.default_button
        self._announce()

    def _announce(self) -> None:
        """The instructor's word on the drive: well done (and not one mistake), or time up."""
        if self.card.get("finished"):
            lines = ["hud.finished"] + ([] if to_practise(self.card) else ["rule.finish.clean"])
        elif self.card.get("time_up"):
            lines = ["hud.time_up"]
        else:
            lines = []
        for key in lines:
            self.ctx.sound.say(key, self.ctx.lang)

    def build(self) -> None:
        L = self.layout
        t = self.ctx.t
        for i, item in enumerate(to_practise(self.card)):
            self.add(
                Button(
                    f"practise_{i}",
                    L.rect(680 + i * 190, 280, 176, 200),
                    lambda stack, it=item: flow.playback(stack, self.ctx, self.record, it),
                    lambda s, r, it=item: self._paint_card(s, r, it, True),
                    NEXT,
                )
            )
        row = [
            ("again", "retry", BLUE, "ui.try_again", self._again),
            ("next", "arrow", PLAY, "ui.next_course", self._next),
            ("courses", "picture", PURPLE, "ui.other_course", self._courses),
            ("licence", "card", (230, 120, 160), "ui.licence", self._licence),
            ("home", "home", NEXT, "ui.home", self.go_home),
        ]
        for i, (name, picture, colour, key, action) in enumerate(row):
            if name == "next" and self.next_entry is None:
                continue
            self.add(
                Button(
                    name,
                    L.rect(70 + i * 232, 520, 210, 170),
                    action,
                    lambda s, r, p=picture: centred(
                        icons.icon(p, round(min(r.w, r.h) * 0.9), WHITE, L.forward), r, s
                    ),
                    colour,
                    t(key),
                )
            )

    # -- ways on -------------------------------------------------------------------
    def _again(self, stack: SceneStack) -> None:
        flow.drive(stack, self.ctx, self.entry)

    def _next(self, stack: SceneStack) -> None:
        if self.next_entry is not None:
            stack.pop()
            flow.briefing(stack, self.ctx, self.next_entry)

    def _courses(self, stack: SceneStack) -> None:
        flow.courses(stack, self.ctx)

    def _licence(self, stack: SceneStack) -> None:
        flow.licence(stack, self.ctx)

    def back(self, stack: SceneStack) -> None:
        self._courses(stack)

    # -- the celebration ----------------------------------------------------------
    def update(self, dt: float, stack: SceneStack) -> None:
        super().update(dt, stack)
        due = min(int(self.clock / STAR_EVERY), int(self.card.get("stars", 0)))
        while self.stars_shown < due:
            self.stars_shown += 1
            self.ctx.sound.cue("star")
            self._burst(self.stars_shown - 1)
        for bit in self.confetti:
            bit[0] += bit[2] * dt
            bit[1] += bit[3] * dt
            bit[3] += 500 * dt
            bit[5] -= dt
        self.confetti = [b for b in self.confetti if b[5] > 0]

    def _burst(self, k: int) -> None:
        x, y = self._star_centre(k)
        for _ in range(26):
            a = self.rng.uniform(0, math.tau)
            v = self.rng.uniform(120, 420)
            colour = self.rng.choice(
                [(255, 90, 90), (80, 170, 255), (255, 210, 40), (90, 210, 120)]
            )
            self.confetti.append([x, y, math.cos(a) * v, math.sin(a) * v - 200, colour, 1.6])

    def _star_centre(self, k: int) -> tuple[float, float]:
        return self.layout.point(470 + k * 170, 190)

    # -- drawing -------------------------------------------------------------------
    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        card = self.card
        if card.get("finished"):
            key = "ui.finished"
        elif card.get("time_up"):
            key = "ui.time_up"
        else:
            key = "ui.not_finished"
        self.draw_heading(target, self.ctx.t(key))
        for k in range(3):
            shown = k < self.stars_shown
            age = self.clock - (k + 1) * STAR_EVERY
            pop = 1.0 + (0.35 * max(0.0, 1 - age * 3) if shown else 0.0)
            size = round(L.px(130) * pop)
            pic = icons.icon("star" if shown else "star_empty", size)
            target.blit(pic, pic.get_rect(center=self._star_centre(k)))
        points = outlined(
            f"{card.get('points', 0)} / {card.get('points_max', 30)}", L.px(40), INK, WHITE, 3
        )
        badge = icons.icon("card", L.px(70), (255, 230, 150))
        spot = L.rect(1010, 150, 220, 80)
        target.blit(
            badge,
            badge.get_rect(midleft=spot.midleft)
            if not L.rtl
            else badge.get_rect(midright=spot.midright),
        )
        target.blit(
            points, points.get_rect(center=(spot.centerx + L.px(40) * L.forward, spot.centery))
        )
        self._went_well(target)
        self._both_players(target)
        if not to_practise(card):
            msg = fitted(self.ctx.t("ui.all_clean"), L.px(34), L.px(540), PLAY)
            target.blit(msg, msg.get_rect(center=L.point(950, 380)))

    def _both_players(self, target: pygame.Surface) -> None:
        """Two children drove: each car (in its colour) with its stars, side by side."""
        cards = self.card.get("players") or []
        if len(cards) < 2:
            return
        L = self.layout
        mine = car_colour(self.ctx.player.colour) if self.ctx.player else (225, 60, 55)
        for i, card in enumerate(cards[:2]):
            r = L.rect(40, 120 + i * 72, 380, 64)
            pygame.draw.rect(target, CARD, r, border_radius=L.px(18))
            pygame.draw.rect(target, WHITE, r, L.px(3), border_radius=L.px(18))
            colour = mine if i == 0 else car_colour(self._second_colour())
            car = icons.icon("car", L.px(54), colour)
            target.blit(car, car.get_rect(midleft=(r.left + L.px(10), r.centery)))
            for k in range(3):
                name = "star" if k < int(card.get("stars", 0)) else "star_empty"
                star = icons.icon(name, L.px(46))
                target.blit(star, star.get_rect(center=(r.left + L.px(110 + k * 52), r.centery)))
            points = outlined(str(card.get("points", 0)), L.px(28), INK, WHITE, 2)
            target.blit(points, points.get_rect(midright=(r.right - L.px(14), r.centery)))

    def _second_colour(self) -> str:
        """The second car's paint, as the drive drew it: blue, or red if the first is blue."""
        return "red" if self.ctx.player and self.ctx.player.colour == "blue" else "blue"

    def _went_well(self, target: pygame.Surface) -> None:
        L = self.layout
        for i, item in enumerate(went_well(self.card)):
            r = L.rect(60 + i * 190, 280, 176, 200)
            pygame.draw.rect(target, PLAY, r, border_radius=L.px(22))
            pygame.draw.rect(target, WHITE, r, L.px(3), border_radius=L.px(22))
            self._paint_card(target, r.inflate(-L.px(14), -L.px(14)), item, False)

    def _paint_card(self, target: pygame.Surface, r: pygame.Rect, item: dict, practise: bool):
        L = self.layout
        inner = pygame.Rect(r.left, r.top, r.w, round(r.h * 0.66))
        pygame.draw.rect(target, CARD, inner, border_radius=L.px(14))
        pic = rule_icon(item["rule"], round(inner.h * 0.86))
        centred(pic, inner, target)
        badge = icons.icon("play" if practise else "star", L.px(40), WHITE)
        corner = pygame.Rect(0, 0, L.px(48), L.px(48))
        corner.center = (inner.right - L.px(8), inner.top + L.px(8))
        if practise:
            pygame.draw.circle(target, PLAY, corner.center, corner.w / 2)
            pygame.draw.circle(target, WHITE, corner.center, corner.w / 2, 2)
        centred(badge, corner, target)
        words = self.ctx.t(f"lesson.{item['rule']}")
        label = fitted(words, L.px(22), r.w, WHITE)
        edge = fitted(words, L.px(22), r.w, INK)
        spot = label.get_rect(midtop=(r.centerx, inner.bottom + L.px(8)))
        for dx, dy in ((-2, 0), (2, 0), (0, -2), (0, 2)):
            target.blit(edge, spot.move(dx, dy))
        target.blit(label, spot)

    def draw_over(self, target: pygame.Surface) -> None:
        for x, y, _vx, _vy, colour, life in self.confetti:
            size = max(3, round(8 * self.layout.scale * min(1.0, life)))
            pygame.draw.rect(target, colour, (x, y, size, size * 0.6))
