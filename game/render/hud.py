"""The heads-up display: speed, route progress, seatbelt, indicators, the finish banner.

Pictures first: a child who can't read still sees the dots fill up, the belt turn
green and the speed needle move.
"""

from __future__ import annotations

import math

import pygame

from game.i18n.messages import text
from game.render.text import outlined

PANEL = (255, 255, 255, 215)
INK = (40, 44, 60)
GREEN = (52, 190, 90)
RED = (230, 60, 50)
AMBER = (255, 170, 0)


class Hud:
    def __init__(self, size: tuple[int, int], lang: str = "en") -> None:
        self.size = size
        self.lang = lang
        self.scale = max(0.6, min(size) / 720)
        # drawn once and kept: labels by their words and look, the route panel by its state
        self._labels: dict[tuple, pygame.Surface] = {}
        self._panels: dict[tuple[int, int], pygame.Surface] = {}
        self._face: tuple[pygame.Surface, int] | None = None
        self.limit: float | None = None  # the speed limit where the car is, shown by the dial

    @property
    def rtl(self) -> bool:
        """Right-to-left: the dial and the progress swap sides, progress fills leftwards."""
        return self.lang == "ar"

    def _label(self, words: str, size: int, colour, outline, width: int = 2) -> pygame.Surface:
        key = (words, size, colour, outline, width)
        surf = self._labels.get(key)
        if surf is None:
            if len(self._labels) > 256:  # a speed label per km/h and a few words: never more
                self._labels.clear()
            surf = self._labels[key] = outlined(words, size, colour, outline, width)
        return surf

    def draw(self, target: pygame.Surface, world, player, frame: int) -> None:
        s = self.scale
        self._progress(target, world, player, s)
        if getattr(player, "gaze", None) is None:  # on foot: no dial, no seatbelt
            self._speed(target, world, player, s, frame)
            self._seatbelt(target, player, s, frame)
        if player.progress.finished:
            self._banner(target, text("hud.finished", self.lang), GREEN, s)
        elif world.time_up:
            self._banner(target, text("hud.time_up", self.lang), AMBER, s)

    def _progress(self, target, world, player, s: float) -> None:
        n = len(world.route) + 1  # checkpoints and the finish
        done = player.progress.next_checkpoint + (1 if player.progress.finished else 0)
        panel = self._panels.get((n, done))
        if panel is None:
            panel = self._panels[(n, done)] = self._progress_panel(n, done, s)
        if self.rtl:
            panel = pygame.transform.flip(panel, True, False)
            target.blit(panel, (self.size[0] - 16 * s - panel.get_width(), 16 * s))
        else:
            target.blit(panel, (16 * s, 16 * s))

    def _progress_panel(self, n: int, done: int, s: float) -> pygame.Surface:
        r = 11 * s
        gap = 30 * s
        w = n * gap + 24 * s
        panel = pygame.Surface((w, 44 * s), pygame.SRCALPHA)
        pygame.draw.rect(panel, PANEL, panel.get_rect(), border_radius=int(20 * s))
        for i in range(n):
            cx, cy = 12 * s + gap * i + gap / 2, 22 * s
            if i == n - 1:  # the finish: a chequered flag on its pole
                _flag(panel, cx, cy, r)
                if done >= n:
                    pygame.draw.circle(panel, GREEN, (cx, cy), r * 1.15, max(2, int(3 * s)))
            else:
                pygame.draw.circle(panel, GREEN if i < done else (205, 210, 220), (cx, cy), r)
                pygame.draw.circle(panel, INK, (cx, cy), r, max(1, int(2 * s)))
        return panel

    def _speed(self, target, world, player, s: float, frame: int) -> None:
        kmh = abs(player.state.speed) * 3.6
        r = 62 * s
        cx, cy = (r + 20 * s if self.rtl else self.size[0] - r - 20 * s), r + 16 * s
        self._dial_face(target, cx, cy, r, s)
        # needle over a 0..50 km/h arc
        frac = min(kmh / 50.0, 1.0)
        ang = math.radians(225 - 270 * frac)
        tip = (cx + math.cos(ang) * r * 0.78, cy - math.sin(ang) * r * 0.78)
        pygame.draw.line(target, RED, (cx, cy), tip, max(3, int(6 * s)))
        pygame.draw.circle(target, INK, (cx, cy), 7 * s)
        label = self._label(f"{kmh:0.0f}", round(30 * s), INK, (255, 255, 255), 2)
        target.blit(label, label.get_rect(center=(cx, cy + r * 0.28)))
        unit = self._label(text("hud.kmh", self.lang), round(17 * s), INK, (255, 255, 255), 2)
        target.blit(unit, unit.get_rect(center=(cx, cy + r * 0.62)))
        if self.limit is not None:
            self._limit_sign(target, cx - (r + 46 * s) * (-1 if self.rtl else 1), cy, s)
        blink = (frame // 20) % 2 == 0
        ind = player.controls.indicator
        ay = cy + r + 22 * s
        for side in (-1, 1):
            colour = AMBER if (ind == side and blink) else (215, 218, 226)
            ax = cx + side * r * 0.45
            tip = (ax + side * 20 * s, ay)
            pts = [tip, (ax, ay - 15 * s), (ax, ay + 15 * s)]
            pygame.draw.polygon(target, colour, pts)
            pygame.draw.polygon(target, INK, pts, max(1, int(2 * s)))

    def _dial_face(self, target, cx: float, cy: float, r: float, s: float) -> None:
        """The speed dial's face and ticks: drawn once at the same sub-pixel place, then
        blitted whole (the same pixels as drawing it every frame)."""
        ix, iy = math.floor(cx), math.floor(cy)
        if self._face is None:
            pad = math.ceil(r) + 2
            face = pygame.Surface((2 * pad + 1, 2 * pad + 1), pygame.SRCALPHA)
            fx, fy = cx - ix + pad, cy - iy + pad
            pygame.draw.circle(face, (255, 255, 255), (fx, fy), r)
            pygame.draw.circle(face, INK, (fx, fy), r, max(2, int(4 * s)))
            for i in range(11):
                a = math.radians(225 - 27 * i)
                p1 = (fx + math.cos(a) * r * 0.86, fy - math.sin(a) * r * 0.86)
                p2 = (fx + math.cos(a) * r * 0.96, fy - math.sin(a) * r * 0.96)
                pygame.draw.line(face, INK, p1, p2, max(1, int(2 * s)))
            self._face = (face, pad)
        face, pad = self._face
        target.blit(face, (ix - pad, iy - pad))

    def _seatbelt(self, target, player, s: float, frame: int) -> None:
        buckled = player.controls.seatbelt
        r = 26 * s
        cx = self.size[0] - 16 * s - r if self.rtl else 16 * s + r
        cy = self.size[1] - 16 * s - r
        colour = GREEN if buckled else (RED if (frame // 15) % 2 == 0 else (255, 255, 255))
        pygame.draw.circle(target, colour, (cx, cy), r)
        pygame.draw.circle(target, INK, (cx, cy), r, max(2, int(3 * s)))
        # a little person with a diagonal strap
        pygame.draw.circle(target, INK, (cx, cy - r * 0.45), r * 0.2)
        pygame.draw.rect(
            target,
            INK,
            (cx - r * 0.35, cy - r * 0.2, r * 0.7, r * 0.75),
            border_radius=int(r * 0.25),
        )
        strap = (255, 255, 255) if buckled else (255, 220, 220)
        pygame.draw.line(
            target,
            strap,
            (cx - r * 0.35, cy - r * 0.2),
            (cx + r * 0.35, cy + r * 0.5),
            max(2, int(4 * s)),
        )
        if not buckled:
            words = text("hud.seatbelt", self.lang)
            label = self._label(words, round(20 * s), (255, 255, 255), INK)
            x = cx - r - 10 * s - label.get_width() if self.rtl else cx + r + 10 * s
            target.blit(label, (x, cy - label.get_height() / 2))

    def _limit_sign(self, target, cx: float, cy: float, s: float) -> None:
        """The round speed-limit sign that applies here, beside the dial."""
        r = 38 * s
        pygame.draw.circle(target, (255, 255, 255), (cx, cy), r)
        pygame.draw.circle(target, RED, (cx, cy), r, max(3, round(8 * s)))
        pygame.draw.circle(target, INK, (cx, cy), r, max(1, round(2 * s)))
        number = self._label(f"{self.limit:0.0f}", round(30 * s), INK, (255, 255, 255), 1)
        target.blit(number, number.get_rect(center=(cx, cy)))

    def _banner(self, target, message: str, colour, s: float) -> None:
        label = self._label(message, round(64 * s), (255, 255, 255), (30, 30, 40), 4)
        box = label.get_rect(center=(self.size[0] / 2, self.size[1] * 0.3)).inflate(60 * s, 30 * s)
        panel = pygame.Surface(box.size, pygame.SRCALPHA)
        pygame.draw.rect(panel, (*colour, 230), panel.get_rect(), border_radius=int(30 * s))
        target.blit(panel, box)
        target.blit(label, label.get_rect(center=box.center))


def _flag(surf: pygame.Surface, cx: float, cy: float, r: float) -> None:
    """A chequered flag (3 x 3 squares) on a pole, about as big as a progress dot."""
    pole = max(2, round(r / 5))
    pygame.draw.line(surf, INK, (cx - r * 0.8, cy - r), (cx - r * 0.8, cy + r), pole)
    x0, y0 = cx - r * 0.8 + pole / 2, cy - r
    side = r * 1.6 / 3
    pygame.draw.rect(surf, INK, (x0 - 1, y0 - 1, side * 3 + 2, side * 3 + 2))
    for row in range(3):
        for col in range(3):
            colour = (255, 255, 255) if (row + col) % 2 == 0 else INK
            pygame.draw.rect(surf, colour, (x0 + col * side, y0 + row * side, side + 1, side + 1))
