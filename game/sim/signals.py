"""Traffic-light controllers: each phase gets green, then yellow, then an all-red clearance.

A controller is a pure function of time, so lights never drift and a replay
shows the same colours at the same step. Only one phase is ever green or
yellow at a time, which is what keeps conflicting movements apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.course.model import Signal

GREEN, YELLOW, RED = "green", "yellow", "red"


@dataclass(frozen=True)
class SignalState:
    """Which phase runs, in which stage, and how long is left of that stage."""

    phase: str
    stage: str  # "green", "yellow" or "clearance"
    remaining: float

    def colour_of(self, phase: str) -> str:
        if phase != self.phase or self.stage == "clearance":
            return RED
        return GREEN if self.stage == "green" else YELLOW


class SignalController:
    """Cycles a signal's phases in order, starting `offset` seconds into the cycle."""

    def __init__(self, signal: Signal) -> None:
        self.signal = signal
        self.cycle = signal.cycle
        self._stages: list[tuple[float, float, str, str]] = []  # start, end, phase, stage
        t = 0.0
        for phase in signal.phases:
            for stage, length in (
                ("green", phase.green),
                ("yellow", phase.yellow),
                ("clearance", signal.clearance),
            ):
                if length > 0:
                    self._stages.append((t, t + length, phase.name, stage))
                    t += length

    def state_at(self, t: float) -> SignalState:
        local = (t + self.signal.offset) % self.cycle if self.cycle > 0 else 0.0
        for start, end, phase, stage in self._stages:
            if start <= local < end:
                return SignalState(phase, stage, end - local)
        start, end, phase, stage = self._stages[-1]
        return SignalState(phase, stage, 0.0)

    def colour_at(self, phase: str, t: float) -> str:
        return self.state_at(t).colour_of(phase)

    def time_to_green(self, phase: str, t: float) -> float:
        """Seconds until `phase` next turns green (0 when it is green now)."""
        state = self.state_at(t)
        if state.phase == phase and state.stage == "green":
            return 0.0
        local = (t + self.signal.offset) % self.cycle
        for start, _end, name, stage in self._stages:
            if name == phase and stage == "green":
                wait = start - local
                return wait if wait > 0 else wait + self.cycle
        return float("inf")
