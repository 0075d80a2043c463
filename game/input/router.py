"""One player's devices (keyboard keys, a pad, the on-screen buttons) merged into one Hands
per step: whichever the child touches drives the car."""

from __future__ import annotations

from typing import Protocol

import pygame

from game.drivers.assist import Hands
from game.input.gamepad import GamepadInput
from game.input.keyboard import KeyboardInput
from game.sim.controls import Controls


class Device(Protocol):
    seatbelt: bool
    indicator: int

    def handle_event(self, event: pygame.event.Event) -> None: ...

    def hands(self) -> Hands | None: ...


class PlayerInput:
    """One player's devices. The toggles (seatbelt, indicator) are shared, so buckling up
    on the pad and signalling on the keyboard or the screen mean the same thing."""

    def __init__(
        self,
        keyboard: KeyboardInput | None = None,
        gamepad: GamepadInput | None = None,
        touch: Device | None = None,
    ) -> None:
        self.keyboard = keyboard or KeyboardInput()
        self.gamepad = gamepad
        self.touch = touch

    @property
    def devices(self) -> list[Device]:
        return [d for d in (self.keyboard, self.gamepad, self.touch) if d is not None]

    def handle_event(self, event: pygame.event.Event) -> None:
        devices = self.devices
        before = [(d.seatbelt, d.indicator) for d in devices]
        for d in devices:
            d.handle_event(event)
        for d, was in zip(devices, before):
            now = (d.seatbelt, d.indicator)
            if now != was:  # this device changed a toggle: every device follows it
                for other in devices:
                    other.seatbelt, other.indicator = now
                break

    def hands(self) -> Hands:
        merged = self.keyboard.hands()
        for device in self.devices[1:]:
            other = device.hands()
            if other is not None:
                merged = merge(merged, other)
        return merged

    def controls(self) -> Controls:
        return self.hands().plain()


def merge(a: Hands, b: Hands) -> Hands:
    """Two devices at once: the stronger push wins; toggles are already shared."""

    def strongest(x: float, y: float) -> float:
        return x if abs(x) >= abs(y) else y

    return Hands(
        throttle=strongest(a.throttle, b.throttle),
        brake=max(a.brake, b.brake),
        steer=strongest(a.steer, b.steer),
        aim=a.aim if a.aim is not None else b.aim,
        indicator=a.indicator,
        seatbelt=a.seatbelt,
        horn=a.horn or b.horn,
        go=a.go or b.go,
    )
