"""Draws the town's agents: computer vehicles, pedestrians, the officer."""

from __future__ import annotations

import pygame

from game.render.camera import Camera
from game.render.sprites import SpriteBank
from game.sim.town import Town


def draw_town(
    target: pygame.Surface,
    camera: Camera,
    sprites: SpriteBank,
    town: Town,
    alpha: float,
    frame: int,
) -> None:
    """Nothing to draw until the town has agents."""
