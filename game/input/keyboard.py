"""Keyboard -> one Controls (or Hands) value per step. The car never reads the keyboard.

One child uses the whole keyboard (SOLO); two children share it, one half each (LEFT:
WASD, RIGHT: the arrows). A KeyMap can be rebuilt from key names, so a child's own keys
(remapped in the settings) are plain text in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import pygame

from game.drivers.assist import Hands
from game.sim.controls import Controls

ACTIONS = (
    "up",
    "down",
    "left",
    "right",
    "brake",
    "indicator_left",
    "indicator_right",
    "seatbelt",
    "horn",
)


@dataclass(frozen=True)
class KeyMap:
    up: tuple[int, ...]
    down: tuple[int, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    brake: tuple[int, ...]
    indicator_left: tuple[int, ...]
    indicator_right: tuple[int, ...]
    seatbelt: tuple[int, ...]
    horn: tuple[int, ...]


    def names(self) -> dict[str, list[str]]:
        """Each action's keys by name (pygame.key.name), to save them."""
        return {f.name: [pygame.key.name(k) for k in getattr(self, f.name)] for f in fields(self)}

    @classmethod
    def from_names(cls, names: dict[str, list[str]], base: KeyMap | None = None) -> KeyMap:
        """Keys by name over `base` (SOLO); an unknown key name is skipped, not fatal."""
        base = base or SOLO
        values = {}
        for f in fields(cls):
            codes = []
            for name in names.get(f.name, ()):
                try:
                    codes.append(pygame.key.key_code(name))
                except ValueError:
                    continue
            values[f.name] = tuple(codes) or getattr(base, f.name)
        return cls(**values)

    def with_key(self, action: str, key: int) -> KeyMap:
        """This map with `action` on `key` alone (and `key` taken off any other action)."""
        values = {f.name: tuple(k for k in getattr(self, f.name) if k != key) for f in fields(self)}
        values[action] = (key,)
        for f in fields(self):
            if not values[f.name]:
                values[f.name] = getattr(self, f.name) if f.name != action else (key,)
        return KeyMap(**values)


SOLO = KeyMap(
    up=(pygame.K_UP, pygame.K_w),
    down=(pygame.K_DOWN, pygame.K_s),
    left=(pygame.K_LEFT, pygame.K_a),
    right=(pygame.K_RIGHT, pygame.K_d),
    brake=(pygame.K_SPACE,),
    indicator_left=(pygame.K_q,),
    indicator_right=(pygame.K_e,),
    seatbelt=(pygame.K_b,),
    horn=(pygame.K_h,),
)
LEFT = KeyMap(
    up=(pygame.K_w,),
    down=(pygame.K_s,),
    left=(pygame.K_a,),
    right=(pygame.K_d,),
    brake=(pygame.K_LSHIFT, pygame.K_SPACE),
    indicator_left=(pygame.K_q,),
    indicator_right=(pygame.K_e,),
    seatbelt=(pygame.K_b,),
    horn=(pygame.K_h,),
)
RIGHT = KeyMap(
    up=(pygame.K_UP,),
    down=(pygame.K_DOWN,),
    left=(pygame.K_LEFT,),
    right=(pygame.K_RIGHT,),
    brake=(pygame.K_RCTRL, pygame.K_KP0),
    indicator_left=(pygame.K_COMMA,),
    indicator_right=(pygame.K_PERIOD,),
    seatbelt=(pygame.K_RETURN,),
    horn=(pygame.K_RSHIFT,),
)


class KeyboardInput:
    """Holds the toggles (seatbelt, indicator) between steps."""

    def __init__(self, keys: KeyMap = SOLO, seatbelt: bool = False) -> None:
        self.keys = keys
        self.seatbelt = seatbelt
        self.indicator = 0

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            return
        if event.key in self.keys.seatbelt:
            self.seatbelt = not self.seatbelt
        elif event.key in self.keys.indicator_left:
            self.indicator = 0 if self.indicator == -1 else -1
        elif event.key in self.keys.indicator_right:
            self.indicator = 0 if self.indicator == 1 else 1

    def controls(self) -> Controls:
        return self.hands().plain()

    def hands(self, pressed=None) -> Hands:
        """The wheel and pedals, and where the arrows point on screen (direct steering)."""
        pressed = pressed if pressed is not None else pygame.key.get_pressed()

        def held(keys: tuple[int, ...]) -> float:
            return 1.0 if any(pressed[k] for k in keys) else 0.0

        ax = held(self.keys.right) - held(self.keys.left)
        ay = held(self.keys.down) - held(self.keys.up)
        return Hands(
            throttle=held(self.keys.up) - held(self.keys.down),
            brake=held(self.keys.brake),
            steer=ax,
            aim=(ax, ay) if ax or ay else None,
            indicator=self.indicator,
            seatbelt=self.seatbelt,
            horn=bool(held(self.keys.horn)),
            go=any(pressed[k] for f in fields(self.keys) for k in getattr(self.keys, f.name)),
        )
