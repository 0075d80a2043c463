"""Every device -> a few menu intents, so one direction and one button reach everything.

Keyboard arrows/WASD, Enter/Space, Esc; any SDL game controller (stick, d-pad, A, B,
Start); the mouse; and fingers on a touch screen. Scenes never read devices themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import pygame
from pygame._sdl2 import controller


class Intent(Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    CHOOSE = "choose"
    BACK = "back"
    PAUSE = "pause"  # Start on a pad; in menus it chooses, in a drive it pauses


@dataclass(frozen=True)
class Pointer:
    """A mouse or a finger: 'move' (hover), 'down' (press) or 'up' (release) at a pixel."""

    kind: str
    pos: tuple[float, float]


Action = Intent | Pointer

KEYS = {
    pygame.K_UP: Intent.UP,
    pygame.K_w: Intent.UP,
    pygame.K_DOWN: Intent.DOWN,
    pygame.K_s: Intent.DOWN,
    pygame.K_LEFT: Intent.LEFT,
    pygame.K_a: Intent.LEFT,
    pygame.K_RIGHT: Intent.RIGHT,
    pygame.K_d: Intent.RIGHT,
    pygame.K_RETURN: Intent.CHOOSE,
    pygame.K_KP_ENTER: Intent.CHOOSE,
    pygame.K_SPACE: Intent.CHOOSE,
    pygame.K_ESCAPE: Intent.BACK,
    pygame.K_BACKSPACE: Intent.BACK,
}
PAD_BUTTONS = {
    pygame.CONTROLLER_BUTTON_DPAD_UP: Intent.UP,
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: Intent.DOWN,
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: Intent.LEFT,
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: Intent.RIGHT,
    pygame.CONTROLLER_BUTTON_A: Intent.CHOOSE,
    pygame.CONTROLLER_BUTTON_B: Intent.BACK,
    pygame.CONTROLLER_BUTTON_START: Intent.PAUSE,
}
STICK_ON = 0.6  # a push past this moves the focus once...
STICK_OFF = 0.3  # ...and the stick must come back to here before it moves it again
AXIS_MAX = 32767.0


class MenuInput:
    """Turns pygame events into intents; keeps the stick's state and opens new pads."""

    def __init__(self) -> None:
        self.pads: dict[int, controller.Controller] = {}
        self.stick = {pygame.CONTROLLER_AXIS_LEFTX: 0, pygame.CONTROLLER_AXIS_LEFTY: 0}

    def actions(self, event: pygame.event.Event, size: tuple[int, int]) -> list[Action]:
        """What this event means for a menu (often nothing)."""
        kind = event.type
        if kind == pygame.KEYDOWN:
            intent = KEYS.get(event.key)
            return [intent] if intent else []
        if kind == pygame.CONTROLLERDEVICEADDED:
            self._open(event.device_index)
            return []
        if kind == pygame.CONTROLLERBUTTONDOWN:
            intent = PAD_BUTTONS.get(event.button)
            return [intent] if intent else []
        if kind == pygame.CONTROLLERAXISMOTION and event.axis in self.stick:
            return self._stick(event.axis, event.value / AXIS_MAX)
        if kind in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            if getattr(event, "touch", False):
                return []  # SDL's copy of a finger: the finger event itself is handled
            if kind != pygame.MOUSEMOTION and getattr(event, "button", 1) != 1:
                return []
            name = {pygame.MOUSEMOTION: "move", pygame.MOUSEBUTTONDOWN: "down"}.get(kind, "up")
            return [Pointer(name, tuple(event.pos))]
        if kind in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
            name = {pygame.FINGERDOWN: "down", pygame.FINGERUP: "up"}.get(kind, "move")
            return [Pointer(name, (event.x * size[0], event.y * size[1]))]
        return []

    def _open(self, index: int) -> None:
        try:
            controller.init()
            if controller.is_controller(index) and index not in self.pads:
                self.pads[index] = controller.Controller(index)
        except pygame.error:
            pass  # unplugged while being opened: its removal event follows

    def _stick(self, axis: int, value: float) -> list[Action]:
        held = self.stick[axis]
        if abs(value) < STICK_OFF:
            self.stick[axis] = 0
            return []
        if abs(value) < STICK_ON or held:
            return []
        self.stick[axis] = 1 if value > 0 else -1
        if axis == pygame.CONTROLLER_AXIS_LEFTX:
            return [Intent.RIGHT if value > 0 else Intent.LEFT]
        return [Intent.DOWN if value > 0 else Intent.UP]
