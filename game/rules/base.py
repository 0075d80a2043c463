"""The shape every rule shares: built once per drive, asked after every step."""

from __future__ import annotations

from typing import ClassVar

from game.rules.context import Context, Event


class Rule:
    """Watch the world after each step; return the events this step produced.

    Subclasses keep their own per-player memory (a mistake is reported once per
    occurrence, never once per frame) and never look at other rules.
    """

    id: ClassVar[str] = ""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def observe(self, ctx: Context) -> list[Event]:
        raise NotImplementedError


class Timer:
    """A condition that must hold for `need` seconds to fire, and be false for `rearm`
    seconds before it can fire again: the 'once per occurrence' of many rules."""

    def __init__(self, need: float, rearm: float) -> None:
        self.need = need
        self.rearm = rearm
        self.on_for = 0.0
        self.off_for = 0.0
        self.armed = True

    def update(self, condition: bool, dt: float) -> bool:
        """True exactly once when the condition has held long enough."""
        if condition:
            self.on_for += dt
            self.off_for = 0.0
            if self.armed and self.on_for >= self.need - 1e-9:
                self.armed = False
                return True
        else:
            self.on_for = 0.0
            self.off_for += dt
            if not self.armed and self.off_for >= self.rearm - 1e-9:
                self.armed = True
        return False
