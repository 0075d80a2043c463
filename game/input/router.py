"""Keyboard and gamepad together: whichever the child touches drives the car."""

from __future__ import annotations

import pygame

from game.input.gamepad import GamepadInput
from game.input.keyboard import KeyboardInput
from game.sim.controls import Controls


class PlayerInput:
    """One player's devices merged into one Controls per step.

    The toggles (seatbelt, indicator) are shared, so buckling up on the pad and
    signalling on the keyboard mean the same thing.
    """

    def __init__(
        self, keyboard: KeyboardInput | None = None, gamepad: GamepadInput | None = None
    ) -> None:
        self.keyboard = keyboard or KeyboardInput()
        self.gamepad = gamepad

    def handle_event(self, event: pygame.event.Event) -> None:
        before = (self.keyboard.seatbelt, self.keyboard.indicator)
        self.keyboard.handle_event(event)
        if self.gamepad is not None:
            pad_before = (self.gamepad.seatbelt, self.gamepad.indicator)
            self.gamepad.handle_event(event)
            if (self.gamepad.seatbelt, self.gamepad.indicator) != pad_before:
                self.keyboard.seatbelt, self.keyboard.indicator = (
                    self.gamepad.seatbelt,
                    self.gamepad.indicator,
                )
            elif (self.keyboard.seatbelt, self.keyboard.indicator) != before:
                self.gamepad.seatbelt, self.gamepad.indicator = (
                    self.keyboard.seatbelt,
                    self.keyboard.indicator,
                )

    def controls(self) -> Controls:
        keys = self.keyboard.controls()
        pad = self.gamepad.controls() if self.gamepad is not None else None
        if pad is None:
            return keys

        def strongest(a: float, b: float) -> float:
            return a if abs(a) >= abs(b) else b

        return Controls(
            throttle=strongest(keys.throttle, pad.throttle),
            brake=max(keys.brake, pad.brake),
            steer=strongest(keys.steer, pad.steer),
            indicator=keys.indicator,
            seatbelt=keys.seatbelt,
            horn=keys.horn or pad.horn,
        )
