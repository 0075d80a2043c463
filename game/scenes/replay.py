"""Playback of one moment of a stored drive: from a few seconds before a mistake to a
little after, in the drive view, with the instructor's words. The world is re-driven from
the start with the recorded controls (fast, unseen) so every car and light is as it was."""

from __future__ import annotations

import pygame

from game.audio.instructor import speak
from game.course.loader import read_course
from game.drivers.base import seat_drivers
from game.drivers.replay import Replay
from game.render.feedback import Feedback
from game.render.world_view import WorldView
from game.rules.referee import Referee
from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.sim.world import World
from game.store import DriveRecord
from game.ui import icons
from game.ui.avatars import car_sprite
from game.ui.rule_icons import rule_icon
from game.ui.theme import BLUE, CARD, INK, PLAY
from game.ui.widgets import Button, centred
from game.ui.words import wrapped

CATCH_UP_STEPS = 150  # steps re-driven unseen per update while catching up


def moment(record: DriveRecord, item: dict) -> dict | None:
    """The first event of the drive that a results card stands for."""
    for event in record.replay.get("events", []):
        if event.get("message") == item.get("message") and event.get("kind") != "praise":
            return event
    return None


class ReplayScene(MenuScene):
    name = "replay"
    default_button = "again"

    def __init__(self, ctx, record: DriveRecord, item: dict) -> None:
        super().__init__(ctx)
        self.record = record
        self.item = item
        self.event = moment(record, item) or {}
        window = self.event.get("replay", {})
        self.from_step = int(window.get("from_step", 0))
        self.replay = Replay.from_dict(record.replay)
        self.to_step = min(int(window.get("to_step", self.replay.steps)), self.replay.steps)
        self.course, _ = read_course(record.course_path)
        self.start()

    def start(self) -> None:
        """From the beginning of the drive: same seed, same traffic, same controls."""
        assert self.course is not None
        r = self.replay
        self.world = World(self.course, seed=r.seed, players=r.players, density=r.density)
        self.referee = Referee(self.world)
        self.drivers = r.drivers()
        seat_drivers(self.world, self.drivers)
        self.view = WorldView(self.world, self.ctx.size)
        self.view.hud.lang = self.ctx.lang
        if self.ctx.player is not None:
            self.view.car_sprites[0] = car_sprite(self.ctx.player.colour)
        self.feedback = Feedback(self.ctx.size, self.ctx.lang)
        self.events: list[dict] = []
        self.ended = False
        self.refresh()

    def state_key(self) -> tuple:
        return (*super().state_key(), self.ended)

    def build(self) -> None:
        L = self.layout
        self.add_back(where=(1160, 604))  # the corner the drive's HUD leaves free
        if not self.ended:
            return
        self.add(
            Button(
                "again",
                L.rect(380, 470, 240, 190),
                lambda stack: self.start(),
                lambda s, r: centred(icons.icon("retry", round(r.h * 0.7)), r, s),
                BLUE,
                self.ctx.t("ui.watch"),
            )
        )
        self.add(
            Button(
                "try",
                L.rect(660, 470, 240, 190),
                self._try,
                lambda s, r: centred(icons.icon("play", round(r.h * 0.7)), r, s),
                PLAY,
                self.ctx.t("ui.try_again"),
            )
        )
        self.initial_focus = "try"
        self.focus = -1

    def _try(self, stack: SceneStack) -> None:
        """Drive the course again: from the results, or from the briefing after a mistake
        shown on purpose (both know their course entry)."""
        below = stack.scenes[-2] if len(stack.scenes) > 1 else None
        stack.pop()
        entry = getattr(below, "entry", None)
        if entry is not None:
            flow.drive(stack, self.ctx, entry)

    def _step(self) -> None:
        controls = [d.controls(self.world, p) for d, p in zip(self.drivers, self.world.players)]
        self.world.step(controls)
        new = self.referee.observe()
        self.events.extend(new)
        if self.world.steps > self.from_step:
            self.feedback.add(new)
            speak(self.ctx.sound, new, self.feedback.player, self.ctx.lang)
            if self.item.get("rule") and any(self._is_moment(e) for e in new):
                explain = self.item.get("explain") or f"rule.{self.item.get('rule')}.explain"
                self.ctx.sound.say(explain, self.ctx.lang)  # why, as the panel says

    def _is_moment(self, event: dict) -> bool:
        return event.get("message") == self.event.get("message") and event.get("kind") != "praise"

    def update(self, dt: float, stack: SceneStack) -> None:
        super().update(dt, stack)
        if self.ended or self.course is None:
            return
        if self.world.steps < self.from_step:  # catching up, unseen
            for _ in range(min(CATCH_UP_STEPS, self.from_step - self.world.steps)):
                self._step()
            return
        if self.world.steps >= self.to_step:
            self.ended = True
            self.refresh()
            return
        self._step()
        self.feedback.update(dt)

    def draw_background(self, target: pygame.Surface) -> None:
        if self.world.steps < self.from_step:
            target.fill((30, 34, 48))
            L = self.layout
            done = self.world.steps / max(1, self.from_step)
            bar = L.rect(340, 340, 600, 40)
            pygame.draw.rect(target, (80, 86, 104), bar, border_radius=L.px(20))
            fill = bar.copy()
            fill.w = round(bar.w * done)
            if L.rtl:
                fill.right = bar.right
            pygame.draw.rect(target, (255, 220, 40), fill, border_radius=L.px(20))
            return
        self.view.draw(target, 1.0, 1 / 60)
        self.feedback.draw(target)
        self._words(target)

    def _words(self, target: pygame.Surface) -> None:
        """The instructor's explanation, with the rule's picture, at the top."""
        if not self.item.get("rule"):
            return  # the whole drive, not one moment of it
        L = self.layout
        panel = L.rect(260, 20, 760, 120)
        pygame.draw.rect(target, CARD, panel, border_radius=L.px(20))
        pygame.draw.rect(target, INK, panel, L.px(3), border_radius=L.px(20))
        pic = rule_icon(self.item.get("rule", ""), L.px(96))
        spot = pic.get_rect(midleft=(panel.left + L.px(12), panel.centery))
        if L.rtl:
            spot.midright = (panel.right - L.px(12), panel.centery)
        target.blit(pic, spot)
        explain = self.item.get("explain") or f"rule.{self.item.get('rule')}.explain"
        lines = wrapped(self.ctx.t(explain), L.px(26), panel.w - L.px(140), INK, max_lines=3)
        y = panel.centery - sum(s.get_height() for s in lines) / 2
        for line in lines:
            x = panel.centerx + L.px(50) * L.forward
            target.blit(line, line.get_rect(midtop=(x, y)))
            y += line.get_height()
