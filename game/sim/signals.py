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


WALK, FLASH, DONT_WALK = "walk", "flash", "dont_walk"
MAX_WALK_S = 8.0  # s of walk signal; then walkers finish and turning cars go
WALK_START_DELAY = 1.0  # s after the vehicles' red before the walking figure shows


@dataclass(frozen=True)
class WalkState:
    """A pedestrian head: `walk`, `flash` (finish crossing, don't start) or `dont_walk`.

    `remaining`: seconds of walk left (walk), until vehicles get green (flash), or until
    the walking figure shows again (dont_walk) — what the countdown digits show."""

    state: str
    remaining: float


def active_phases(controller: SignalController, t: float) -> list[str]:
    """Phases showing green or yellow now: never more than one (the safety invariant)."""
    state = controller.state_at(t)
    return [] if state.stage == "clearance" else [state.phase]


def walk_state(controller: SignalController, phase: str, t: float, clear_time: float) -> WalkState:
    """Pedestrians may start while `phase` (the vehicles crossing them) is red, for at most
    MAX_WALK_S, and stop starting `clear_time` before that ends so the last walker is across.

    The cap leaves the rest of the red (the green of the crossing traffic) to vehicles that
    turn across the crossing, as real signals do; without it they wait a whole cycle."""
    red = _red_length(controller, phase)
    if controller.colour_at(phase, t) != RED:
        return WalkState(DONT_WALK, _to_red(controller, phase, t) + WALK_START_DELAY)
    ttg = controller.time_to_green(phase, t)
    since = red - ttg
    if since < WALK_START_DELAY:
        return WalkState(DONT_WALK, WALK_START_DELAY - since)
    stop = min(red - clear_time, WALK_START_DELAY + MAX_WALK_S)  # stop starting here
    if since < stop:
        return WalkState(WALK, stop - since)
    if since < stop + clear_time:
        return WalkState(FLASH, stop + clear_time - since)
    return WalkState(DONT_WALK, ttg + (controller.cycle - red) + WALK_START_DELAY)


def _red_length(controller: SignalController, phase: str) -> float:
    for p in controller.signal.phases:
        if p.name == phase:
            return controller.cycle - p.green - p.yellow
    return controller.cycle


def _to_red(controller: SignalController, phase: str, t: float) -> float:
    """Seconds until `phase` stops showing green or yellow (0 when red)."""
    state = controller.state_at(t)
    if state.phase != phase or state.stage == "clearance":
        return 0.0
    if state.stage == "green":
        yellow = next((p.yellow for p in controller.signal.phases if p.name == phase), 0.0)
        return state.remaining + yellow
    return state.remaining
