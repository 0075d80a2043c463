"""A calm full-screen message, e.g. a course that can't be played, with its reasons."""

from __future__ import annotations

import pygame

from game.render.text import font, outlined
from game.scenes.base import Scene, SceneStack


class MessageScene(Scene):
    def __init__(self, title: str, lines: list[str]) -> None:
        self.title = title
        self.lines = lines

    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_ESCAPE, pygame.K_RETURN):
            stack.pop()

    def draw(self, target: pygame.Surface, alpha: float, frame_dt: float) -> None:
        w, h = target.get_size()
        target.fill((250, 236, 200))
        title = outlined(self.title, max(24, h // 14), (255, 255, 255), (200, 80, 40), 3)
        target.blit(title, title.get_rect(midtop=(w / 2, h * 0.08)))
        f = font(max(14, h // 40), "regular")
        y = h * 0.25
        for line in self.lines:
            for part in _wrap(line, f, w * 0.86):
                surf = f.render(part, True, (50, 50, 60))
                target.blit(surf, (w * 0.07, y))
                y += surf.get_height() * 1.15
            y += 8
        self._esc_key(target, w, h)

    def _esc_key(self, target: pygame.Surface, w: int, h: int) -> None:
        """A picture of the key that leaves: an "Esc" key cap at the bottom."""
        label = font(max(14, h // 30), "bold").render("Esc", True, (50, 50, 60))
        cap = label.get_rect(midbottom=(w / 2, h * 0.94)).inflate(h // 25, h // 50)
        pygame.draw.rect(target, (120, 110, 90), cap.move(0, 4), border_radius=8)
        pygame.draw.rect(target, (255, 255, 255), cap, border_radius=8)
        pygame.draw.rect(target, (50, 50, 60), cap, 2, border_radius=8)
        target.blit(label, label.get_rect(center=cap.center))


def _wrap(line: str, f: pygame.font.Font, width: float) -> list[str]:
    words, out, current = line.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if f.size(trial)[0] > width and current:
            out.append(current)
            current = word
        else:
            current = trial
    if current:
        out.append(current)
    return out
