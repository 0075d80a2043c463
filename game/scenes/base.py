"""Scenes and the stack that holds them (pause, resume, quit), as in Tuxemon."""

from __future__ import annotations

import pygame


class Scene:
    """One screen. update() runs once per fixed step; draw() only reads."""

    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        pass

    def update(self, dt: float, stack: SceneStack) -> None:
        pass

    def draw(self, target: pygame.Surface, alpha: float, frame_dt: float) -> None:
        pass


class SceneStack:
    def __init__(self) -> None:
        self.scenes: list[Scene] = []
        self.quit = False

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        self.scenes.append(scene)

    def pop(self) -> None:
        if self.scenes:
            self.scenes.pop()
        if not self.scenes:
            self.quit = True

    def replace(self, scene: Scene) -> None:
        if self.scenes:
            self.scenes.pop()
        self.scenes.append(scene)

    def reset(self, scene: Scene) -> None:
        """Everything closes and `scene` is the only one left (going home)."""
        self.scenes = [scene]
