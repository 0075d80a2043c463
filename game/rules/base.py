"""The shape every rule shares: built once per drive, asked after every step."""

from __future__ import annotations

import math
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
    """A condition that must hold for `need` seconds (or over `need_distance` metres
    driven) to fire, and be false for `rearm` seconds before it can fire again: the 'once
    per occurrence' of many rules.

    Time alone has a blind spot: a fast car crosses a short zone, a short street or a
    narrow pavement in less than the time, so the mistake would go unseen exactly when the
    car is fastest. The distance closes it: a second at 5 m/s is 5 m, at 10 m/s only 0.5 s."""

    def __init__(self, need: float, rearm: float, need_distance: float = math.inf) -> None:
        self.need = need
        self.rearm = rearm
        self.need_distance = need_distance
        self.on_for = 0.0
        self.on_dist = 0.0
        self.off_for = 0.0
        self.armed = True

    def update(self, condition: bool, dt: float, moved: float = 0.0) -> bool:
        """True exactly once when the condition has held long enough (in time or in
        metres: `moved` is the distance driven this step)."""
        if condition:
            self.on_for += dt
            self.on_dist += abs(moved)
            self.off_for = 0.0
            long_enough = self.on_for >= self.need - 1e-9
            far_enough = self.on_dist >= self.need_distance - 1e-9
            if self.armed and (long_enough or far_enough):
                self.armed = False
                return True
        else:
            self.on_for = 0.0
            self.on_dist = 0.0
            self.off_for += dt
            if not self.armed and self.off_for >= self.rearm - 1e-9:
                self.armed = True
        return False
