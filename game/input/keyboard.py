"""Keyboard -> one Controls value per step. The car never reads the keyboard."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.sim.controls import Controls


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
        pressed = pygame.key.get_pressed()

        def held(keys: tuple[int, ...]) -> float:
            return 1.0 if any(pressed[k] for k in keys) else 0.0

        return Controls(
            throttle=held(self.keys.up) - held(self.keys.down),
            brake=held(self.keys.brake),
            steer=held(self.keys.right) - held(self.keys.left),
            indicator=self.indicator,
            seatbelt=self.seatbelt,
            horn=bool(held(self.keys.horn)),
        )
