"""Design units -> screen pixels: one 1280x720 canvas, scaled to fit and centred, and
mirrored for right-to-left languages (menus and HUD sides, never the town)."""

from __future__ import annotations

import pygame

from game.ui.theme import DESIGN


class Layout:
    def __init__(self, size: tuple[int, int], rtl: bool = False) -> None:
        self.size = size
        self.rtl = rtl
        self.scale = min(size[0] / DESIGN[0], size[1] / DESIGN[1])
        self.ox = (size[0] - DESIGN[0] * self.scale) / 2
        self.oy = (size[1] - DESIGN[1] * self.scale) / 2

    def rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        """A design rectangle on screen; x is measured from the reading side's edge."""
        if self.rtl:
            x = DESIGN[0] - x - w
        s = self.scale
        return pygame.Rect(
            round(self.ox + x * s), round(self.oy + y * s), round(w * s), round(h * s)
        )

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.rtl:
            x = DESIGN[0] - x
        return (self.ox + x * self.scale, self.oy + y * self.scale)

    def px(self, v: float) -> int:
        """A design length in pixels (at least 1)."""
        return max(1, round(v * self.scale))

    @property
    def forward(self) -> int:
        """+1 when reading goes right, -1 when it goes left: arrows and progress follow it."""
        return -1 if self.rtl else 1
