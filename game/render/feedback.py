"""The instructor's voice on screen: a bubble with a picture for each thing seen.

Praise is as visible as a mistake: a green bubble with a star, or a warm orange one
with the rule's picture. A child who can't read still knows which rule it was.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pygame

from game.i18n.messages import text
from game.render.sprites import SpriteBank
from game.render.text import render

SHOW_SECONDS = 4.0
PRAISE = (46, 178, 88)
MISTAKE = (240, 130, 30)
HINT = (40, 120, 200)
INK = (255, 255, 255)

# rule id -> sprite shown in the bubble (signs read at a glance)
ICONS = {
    "stop_sign": "sign_stop",
    "yield": "sign_yield",
    "pedestrian": "sign_crossing",
    "wrong_way": "sign_no_entry",
    "parking": "sign_parking",
    "emergency": "ambulance",
    "collision_vehicle": "car_white",
    "collision_pedestrian": "ped_child",
    "tailgating": "car_yellow",
    "off_road": "sign_no_entry",
}


@dataclass
class Bubble:
    event: dict[str, Any]
    age: float = 0.0
    picture: pygame.Surface | None = None  # drawn on its first frame, then kept


class Feedback:
    """Keeps the last few events of one player and draws them as bubbles."""

    def __init__(self, size: tuple[int, int], lang: str = "en", player: int = 1) -> None:
        self.size = size
        self.lang = lang
        self.player = player
        self.bubbles: list[Bubble] = []
        self.scale = max(0.6, min(size) / 720)
        self.icons = SpriteBank(px_per_m=56 * self.scale)
        # where the bubbles go: stacked up from the bottom, or (when on-screen buttons fill the
        # bottom corners of a half screen) down from `top`, never wider than `max_width`
        self.top: float | None = None
        self.max_width: float = size[0] - 20 * self.scale

    def add(self, events: list[dict[str, Any]]) -> None:
        for event in events:
            if event.get("player", 1) == self.player:
                self.bubbles.append(Bubble(event))
        self.bubbles = self.bubbles[-3:]

    def add_hint(self, words: str) -> None:
        """A course's tip (a `hint` area the car drove into): a blue bubble."""
        if words.strip():
            self.bubbles.append(Bubble({"kind": "hint", "text": words, "player": self.player}))
            self.bubbles = self.bubbles[-3:]

    def update(self, dt: float) -> None:
        for bubble in self.bubbles:
            bubble.age += dt
        self.bubbles = [b for b in self.bubbles if b.age < SHOW_SECONDS]

    def draw(self, target: pygame.Surface) -> None:
        s = self.scale
        down = self.top is not None
        y = self.top if self.top is not None else self.size[1] - 24 * s
        for bubble in reversed(self.bubbles):
            if bubble.picture is None:
                bubble.picture = self._bubble(bubble.event)
            surf = bubble.picture
            # slide in over the first 0.25 s, fade out in the last 0.5 s
            rise = min(1.0, bubble.age / 0.25)
            fade = min(1.0, (SHOW_SECONDS - bubble.age) / 0.5)
            surf.set_alpha(round(255 * fade))
            if down:
                rect = surf.get_rect(midtop=(self.size[0] / 2, y - (1 - rise) * 40 * s))
                y = rect.bottom + 10 * s
            else:
                rect = surf.get_rect(midbottom=(self.size[0] / 2, y + (1 - rise) * 40 * s))
                y = rect.top - 10 * s
            target.blit(surf, rect)

    def _bubble(self, event: dict[str, Any]) -> pygame.Surface:
        s = self.scale
        praise = event.get("kind") == "praise"
        hint = event.get("kind") == "hint"
        colour = HINT if hint else PRAISE if praise else MISTAKE
        if hint:
            words = str(event.get("text", ""))
        else:
            words = text(str(event.get("message", "")), self.lang)
        label = render(words, round(26 * s), INK)
        icon = self._icon(event, praise)
        pad = 14 * s
        room = self.max_width - icon.get_width() - 3 * pad
        if label.get_width() > room > 0:  # a long line in a half screen: smaller letters
            label = render(words, max(14, int(26 * s * room / label.get_width())), INK)
        w = icon.get_width() + label.get_width() + 3 * pad
        h = max(icon.get_height(), label.get_height()) + 2 * pad
        surf = pygame.Surface((w, h), pygame.SRCALPHA)
        pygame.draw.rect(surf, (*colour, 235), surf.get_rect(), border_radius=round(h / 2))
        pygame.draw.rect(
            surf, (255, 255, 255), surf.get_rect(), max(2, round(3 * s)), border_radius=round(h / 2)
        )
        surf.blit(icon, icon.get_rect(midleft=(pad, h / 2)))
        surf.blit(label, label.get_rect(midleft=(icon.get_width() + 2 * pad, h / 2)))
        return surf

    def _icon(self, event: dict[str, Any], praise: bool) -> pygame.Surface:
        s = self.scale
        size = round(46 * s)
        if event.get("kind") == "hint":  # the instructor's "i": information, not a verdict
            surf = pygame.Surface((size, size), pygame.SRCALPHA)
            c = size / 2
            pygame.draw.circle(surf, (255, 255, 255), (c, c), c)
            mark = render("i", round(34 * s), HINT)
            surf.blit(mark, mark.get_rect(center=(c, c)))
            return surf
        name = ICONS.get(str(event.get("rule", "")))
        if name is not None and not praise:
            if name.startswith("sign_") or name == "cone":  # front views, upright
                return self.icons.upright(name, height_m=size / self.icons.px_per_m)
            icon = (
                self.icons.base(name, 0.45, 0.8)
                if not name.startswith("ped")
                else (self.icons.base(name, 0.6, 0.6))
            )
            return pygame.transform.rotate(icon, -90)
        surf = pygame.Surface((size, size), pygame.SRCALPHA)
        c = size / 2
        rule = str(event.get("rule", ""))
        if not praise and rule in ("red_light", "amber_light"):
            lit = 0 if rule == "red_light" else 1
            pygame.draw.rect(
                surf, (30, 32, 38), (c - c * 0.45, 0, c * 0.9, size), border_radius=round(c * 0.3)
            )
            for i, lamp in enumerate(((235, 45, 40), (255, 196, 0), (40, 200, 90))):
                pygame.draw.circle(
                    surf, lamp if i == lit else (70, 70, 76), (c, size * (0.18 + 0.32 * i)), c * 0.3
                )
            return surf
        if not praise and rule == "speeding":  # the limit that was broken, as its sign
            limit = event.get("data", {}).get("limit") or 30
            pygame.draw.circle(surf, (255, 255, 255), (c, c), c)
            pygame.draw.circle(surf, (220, 30, 30), (c, c), c, max(3, round(c * 0.22)))
            number = render(f"{float(limit):0.0f}", round(size * 0.42), (20, 20, 24))
            surf.blit(number, number.get_rect(center=(c, c)))
            return surf
        if not praise and rule == "collision_object":  # a traffic cone, knocked
            pygame.draw.circle(surf, (255, 255, 255), (c, c), c)
            cone = [(c, size * 0.08), (c + c * 0.55, size * 0.82), (c - c * 0.55, size * 0.82)]
            pygame.draw.polygon(surf, (255, 120, 20), cone)
            for y0, half in ((0.42, 0.27), (0.62, 0.39)):
                band = size * 0.09
                pygame.draw.polygon(
                    surf,
                    (255, 255, 255),
                    [
                        (c - c * half, size * y0),
                        (c + c * half, size * y0),
                        (c + c * (half + 0.05), size * y0 + band),
                        (c - c * (half + 0.05), size * y0 + band),
                    ],
                )
            pygame.draw.rect(surf, (60, 60, 66), (c - c * 0.7, size * 0.8, c * 1.4, size * 0.1))
            return surf
        if not praise and rule == "no_indicator":
            pygame.draw.polygon(surf, (255, 190, 0), [(0, c), (c, 0.1 * size), (c, 0.9 * size)])
            pygame.draw.rect(surf, (255, 190, 0), (c - 1, c - c * 0.35, c, c * 0.7))
            return surf
        if praise:
            pts = []
            for i in range(10):
                r = c * (0.95 if i % 2 == 0 else 0.42)
                a = math.radians(-90 + 36 * i)
                pts.append((c + r * math.cos(a), c + r * math.sin(a)))
            pygame.draw.polygon(surf, (255, 214, 40), pts)
            pygame.draw.polygon(surf, (255, 255, 255), pts, max(1, round(2 * s)))
        else:
            pygame.draw.circle(surf, (255, 255, 255), (c, c), c)
            mark = render("!", round(34 * s), MISTAKE)
            surf.blit(mark, mark.get_rect(center=(c, c)))
        return surf
