"""Gamepad -> Controls, with the same toggles as the keyboard.

Uses SDL's game-controller mapping (Xbox layout names), so most pads work the same:
left stick steers, right trigger drives, left trigger brakes then reverses,
A buckles the belt, the shoulder buttons work the indicators, B is the horn.
"""

from __future__ import annotations

import pygame
from pygame._sdl2 import controller

from game.drivers.assist import Hands
from game.sim.controls import Controls

DEADZONE = 0.18
AXIS_MAX = 32767.0


def _axis(pad: controller.Controller, axis: int) -> float:
    value = pad.get_axis(axis) / AXIS_MAX
    if abs(value) < DEADZONE:
        return 0.0
    sign = 1.0 if value > 0 else -1.0
    return sign * min(1.0, (abs(value) - DEADZONE) / (1.0 - DEADZONE))


class GamepadInput:
    """The first connected game controller, if any; silent when there is none."""

    def __init__(self, index: int = 0, seatbelt: bool = False) -> None:
        self.index = index
        self.pad: controller.Controller | None = None
        self.seatbelt = seatbelt
        self.indicator = 0
        controller.init()
        self._connect()

    def _connect(self) -> None:
        if self.pad is None and controller.get_count() > self.index:
            if controller.is_controller(self.index):
                self.pad = controller.Controller(self.index)

    @property
    def connected(self) -> bool:
        return self.pad is not None and self.pad.attached()

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.CONTROLLERDEVICEADDED:
            self._connect()
        elif event.type == pygame.CONTROLLERDEVICEREMOVED:
            if self.pad is not None and not self.pad.attached():
                self.pad = None
            self._connect()  # another pad may take this player's place
        elif event.type == pygame.CONTROLLERBUTTONDOWN and self.connected:
            if event.button == pygame.CONTROLLER_BUTTON_A:
                self.seatbelt = not self.seatbelt
            elif event.button == pygame.CONTROLLER_BUTTON_LEFTSHOULDER:
                self.indicator = 0 if self.indicator == -1 else -1
            elif event.button == pygame.CONTROLLER_BUTTON_RIGHTSHOULDER:
                self.indicator = 0 if self.indicator == 1 else 1

    def controls(self) -> Controls | None:
        """None when no pad is connected, so the keyboard decides alone."""
        hands = self.hands()
        return hands.plain() if hands is not None else None

    def hands(self) -> Hands | None:
        """The pad's hands (the stick also says where to go on screen); None without a pad."""
        if not self.connected:
            return None
        pad = self.pad
        assert pad is not None
        forward = max(0.0, _axis(pad, pygame.CONTROLLER_AXIS_TRIGGERRIGHT))
        back = max(0.0, _axis(pad, pygame.CONTROLLER_AXIS_TRIGGERLEFT))
        sx = _axis(pad, pygame.CONTROLLER_AXIS_LEFTX)
        sy = _axis(pad, pygame.CONTROLLER_AXIS_LEFTY)
        buttons = any(pad.get_button(b) for b in range(pygame.CONTROLLER_BUTTON_MAX))
        return Hands(
            throttle=forward - back,
            brake=1.0 if pad.get_button(pygame.CONTROLLER_BUTTON_X) else 0.0,
            steer=sx,
            aim=(sx, sy) if sx or sy else None,
            indicator=self.indicator,
            seatbelt=self.seatbelt,
            horn=bool(pad.get_button(pygame.CONTROLLER_BUTTON_B)),
            go=buttons or forward > 0.3,
        )
