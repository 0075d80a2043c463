"""What not to do: the autopilot drives the course making one lesson's mistake on purpose
(game.drivers.faults), unseen and a slice per frame, until the instructor sees it; then the
moment is played back like a child's own mistake (game.scenes.replay), with the words that
explain it. Where the course never offers the moment, the screen says so with the rule's
picture crossed out, and goes back."""

from __future__ import annotations

import time
from datetime import datetime

import pygame

from game.course.catalog import CourseEntry
from game.drivers.autopilot import Autopilot
from game.drivers.replay import Recorder, Replay
from game.rules.referee import Referee
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.sim.world import STEP_HZ, World
from game.store import DriveRecord
from game.ui import course_cards, icons
from game.ui.rule_icons import rule_icon

BUDGET_S = 0.012  # seconds of driving per frame while looking for the moment
LONGEST_S = 900.0  # a course's time limit is shorter; a bound if it has none
MISSED_SHOWN_S = 2.5  # seconds the "not this time" picture stays


class MistakeScene(MenuScene):
    name = "mistake"
    default_button = "back"

    def __init__(self, ctx, entry: CourseEntry, rule: str) -> None:
        super().__init__(ctx)
        self.entry = entry
        self.rule = rule
        self.course = course_cards.load(entry.path)
        self.missed_for = 0.0
        self.found: dict | None = None
        if self.course is None:
            self.missed_for = MISSED_SHOWN_S
            return
        self.world = World(self.course, seed=ctx.seed, density=ctx.density)
        self.referee = Referee(self.world)
        self.pilot = Autopilot(fault=rule)
        self.recorder = Recorder()
        self.limit = round((self.course.time_limit or LONGEST_S) * STEP_HZ)

    def build(self) -> None:
        self.add_back()

    def update(self, dt: float, stack: SceneStack) -> None:
        super().update(dt, stack)
        if self.missed_for > 0.0:
            self.missed_for -= dt
            if self.missed_for <= 0.0:
                stack.pop()
            return
        start = time.perf_counter()
        while time.perf_counter() - start < BUDGET_S:
            if self._step():
                self._show(stack)
                return
            if self.world.done or self.world.steps >= self.limit:
                self.missed_for = MISSED_SHOWN_S
                return

    def _step(self) -> bool:
        """One step of the faulty drive; True once its mistake and the moments after it
        (the replay window) are driven."""
        player = self.world.players[0]
        controls = [self.pilot.controls(self.world, player)]
        self.recorder.add(controls)
        self.world.step(controls)
        for event in self.referee.observe():
            if self.found is None and event["kind"] == "mistake" and event["rule"] == self.rule:
                self.found = event
        return self.found is not None and self.world.steps >= self.found["replay"]["to_step"]

    def _show(self, stack: SceneStack) -> None:
        from game.scenes.replay import ReplayScene

        assert self.course is not None and self.found is not None
        world = self.world
        replay = Replay(
            course=world.course.path,
            seed=world.seed,
            density=self.ctx.density,
            players=1,
            steps=world.steps,
            controls=self.recorder.runs,
            events=self.referee.events,
        )
        card = self.referee.scorecard()
        record = DriveRecord(
            id=0,
            player_id=None,
            course=self.entry.key,
            course_path=world.course.path,
            seed=world.seed,
            traffic=self.ctx.density,
            started=datetime.now().isoformat(timespec="seconds"),
            finished=False,
            stars=int(card.get("stars", 0)),
            points=int(card.get("points", 0)),
            time_s=round(world.t, 2),
            replay=replay.as_dict(),
            scorecard=card.get("scorecard", {}),
        )
        item = {
            "rule": self.rule,
            "message": self.found["message"],
            "explain": f"rule.{self.rule}.explain",
        }
        stack.replace(ReplayScene(self.ctx, record, item))

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        panel = L.rect(440, 200, 400, 320)
        pic = rule_icon(self.rule, L.px(200))
        target.blit(pic, pic.get_rect(center=panel.center))
        if self.missed_for > 0.0:  # the course has no such moment: the picture crossed out
            cross = icons.icon("cross", L.px(220), (220, 60, 60))
            target.blit(cross, cross.get_rect(center=panel.center))
            return
        # looking for the moment: a car going along a road, as far as the drive has come
        road = L.rect(340, 560, 600, 40)
        pygame.draw.rect(target, (80, 86, 104), road, border_radius=L.px(20))
        done = min(1.0, self.world.steps / max(1, self.limit)) ** 0.5
        car = icons.icon("car", L.px(64), (225, 60, 55), direction=L.forward)
        x = road.left + road.w * done if not L.rtl else road.right - road.w * done
        target.blit(car, car.get_rect(midbottom=(x, road.centery)))
