"""A child at the controls, as a Driver: their devices' Hands, through their help (easy,
normal, hard, steering mode) or one-switch play, become the car's Controls."""

from __future__ import annotations

import pygame

from game.drivers.assist import Assist
from game.drivers.one_switch import OneSwitch
from game.input.router import PlayerInput
from game.sim.controls import Controls
from game.sim.world import Player, World


class HumanDriver:
    def __init__(
        self, devices: PlayerInput, assist: Assist | None = None, one_switch: bool = False
    ) -> None:
        self.devices = devices
        self.assist = assist or Assist()
        self.one_switch = OneSwitch() if one_switch else None

    def handle_event(self, event: pygame.event.Event) -> None:
        self.devices.handle_event(event)

    def set_assist(self, assist: Assist) -> None:
        """Changed in the pause menu: the lane being followed is found again."""
        self.assist = assist

    def controls(self, world: World, player: Player) -> Controls:
        hands = self.devices.hands()
        if self.one_switch is not None:
            return self.one_switch.apply(hands.go, world, player)
        return self.assist.apply(hands, world, player)
