"""The drive: the world, a driver per player, the instructor, and the view."""

from __future__ import annotations

import pygame

from game.drivers.base import Driver
from game.render.feedback import Feedback
from game.render.world_view import WorldView
from game.rules.referee import Referee
from game.scenes.base import Scene, SceneStack
from game.sim.world import World


class DriveScene(Scene):
    def __init__(
        self,
        world: World,
        size: tuple[int, int],
        drivers: list[Driver] | None = None,
        keyboard=None,
        seconds: float | None = None,
    ) -> None:
        self.world = world
        self.seconds = seconds  # close the scene after this long (a watched drive)
        self.referee = Referee(world)
        self.view = WorldView(world, size)
        self.feedback = Feedback(size)
        self.keyboard = keyboard
        self.drivers = drivers or []
        self.inside_hints: set[int] = set()  # the hint areas the lead car is in
        self._check_hints()

    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            stack.pop()
            return
        if self.keyboard is not None:
            self.keyboard.handle_event(event)

    def update(self, dt: float, stack: SceneStack) -> None:
        if self.seconds is not None and self.world.t >= self.seconds:
            stack.pop()
            return
        if self.world.done and self.world.t > (self._done_at or 0) + 4.0:
            return
        controls = []
        for i, player in enumerate(self.world.players):
            if i == 0 and self.keyboard is not None:
                controls.append(self.keyboard.controls())
            elif i < len(self.drivers):
                controls.append(self.drivers[i].controls(self.world, player))
        self.world.step(controls)
        self.feedback.add(self.referee.observe())
        self._check_hints()
        self.feedback.update(dt)
        if self.world.done and self._done_at is None:
            self._done_at = self.world.t

    _done_at: float | None = None

    def _check_hints(self) -> None:
        """Show a course's `hint` once each time the lead car drives into its area."""
        hints = getattr(self.world.course, "hints", ())
        if not hints or not self.world.players:
            return
        pos = self.world.players[0].state.pos
        now = {i for i, hint in enumerate(hints) if hint.contains(pos)}
        for i in sorted(now - self.inside_hints):
            self.feedback.add_hint(hint_text(hints[i].texts, self.feedback.lang))
        self.inside_hints = now

    def draw(self, target: pygame.Surface, alpha: float, frame_dt: float) -> None:
        self.view.draw(target, alpha, frame_dt)
        self.feedback.draw(target)


def hint_text(texts: dict[str, str], lang: str) -> str:
    """The hint in the player's language, else its `text`, else any language it has."""
    for key in (lang, ""):
        if texts.get(key, "").strip():
            return texts[key]
    return next((t for t in texts.values() if t.strip()), "")
