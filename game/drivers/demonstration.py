"""The briefing's demonstration: the autopilot shows the course's key moment, again and again.

The instructor shows a child the moment that matters (the STOP line, the crossing, the
roundabout's entry), not the first seconds of driving off. The demonstration drives the
course ahead, a few steps at a time so the screen keeps moving, until the instructor first
judges a rule of the course's lesson; then it plays from a few seconds before that moment to a
few seconds after, in a loop. A course whose lesson has no such moment in the first minutes
(or only the seatbelt, which is judged at the start) is shown from its start. Pure and
deterministic: the same course, seed and traffic always show the same moment.
"""

from __future__ import annotations

import copy
import time
from collections import deque
from typing import Any

from game.course.model import Course
from game.drivers.autopilot import Autopilot
from game.rules.referee import Referee
from game.sim.world import DT, World

LEAD_IN = 4.0  # seconds shown before the key moment
FOLLOW_ON = 6.0  # and after it
SEARCH_SECONDS = 90.0  # how far ahead to look for the key moment
START_LOOP = 14.0  # without a key moment: the first seconds, in a loop
SNAPSHOT_EVERY = 1.0  # seconds of simulated time between kept states while looking
# Judged at the start (the start already shows it) or over the whole drive (no one place).
REMEMBERED = 16  # courses whose key moment is kept, so a second briefing starts at once
NOT_A_MOMENT = {"seatbelt", "off_road", "collision_object", "wrong_way", "tailgating"}
SEARCH_BUDGET = 0.010  # seconds of each frame spent driving ahead while searching


# (course file, seed, traffic) -> (the state a few seconds before the moment, the moment, end)
_remembered: dict[
    tuple[str, int, float], tuple[tuple[World, Autopilot], dict[str, Any], float]
] = {}


class Demonstration:
    """Step it once per frame; `world` is what to draw, `moment` the judged event (or None)."""

    def __init__(self, course: Course, seed: int = 0, density: float = 1.0) -> None:
        self.course = course
        self.seed = seed
        self.density = density
        self.rules = [r for r in course.lesson if r not in NOT_A_MOMENT]
        self.moment: dict[str, Any] | None = None  # the event the loop is built around
        self._loop_start: tuple[World, Autopilot] | None = None
        self._loop_end = START_LOOP
        self._searching = bool(self.rules)
        self._kept: deque[tuple[World, Autopilot]] = deque(
            maxlen=round(LEAD_IN / SNAPSHOT_EVERY) + 1
        )
        self._key = (course.path, seed, density)
        self._restart_from_start()
        self._referee = Referee(self.world) if self._searching else None
        if self._key in _remembered:
            self._loop_start, self.moment, self._loop_end = _remembered[self._key]
            self._searching = False
            self._referee = None
            self._restart_loop()

    @property
    def searching(self) -> bool:
        """Still driving ahead to find the key moment (the view shows it sped up)."""
        return self._searching

    def step(self, budget: float = SEARCH_BUDGET) -> None:
        """One frame: one step when playing the loop; while searching, as many steps as fit
        in `budget` seconds (at least one). Only the pace depends on the budget, never the
        moment found."""
        if self._searching:
            until = time.perf_counter() + budget
            while not self._search_step() and time.perf_counter() < until:
                pass
            return
        if self.world.t >= self._loop_end or self.world.done:
            self._restart_loop()
            return
        self.world.step([self.pilot.controls(self.world, self.world.players[0])])

    def _search_step(self) -> bool:
        """One step ahead; True when the search ends (moment found or given up)."""
        world = self.world
        if _whole_second(world.t):  # the oldest kept state is the loop's start
            self._kept.append(copy.deepcopy((world, self.pilot)))
        world.step([self.pilot.controls(world, world.players[0])])
        assert self._referee is not None
        for event in self._referee.observe():
            if event["rule"] in self.rules and event.get("player", 0) in (0, 1):
                self._found(event)
                return True
        if world.done or world.t >= SEARCH_SECONDS:
            self._searching = False
            self._kept.clear()
            self._restart_from_start()
            return True
        return False

    def _found(self, event: dict[str, Any]) -> None:
        self.moment = dict(event)
        self._loop_start = self._kept[0]
        self._loop_end = event_time(event, self.world) + FOLLOW_ON
        while len(_remembered) >= REMEMBERED:
            del _remembered[next(iter(_remembered))]
        _remembered[self._key] = (self._loop_start, self.moment, self._loop_end)
        self._searching = False
        self._kept.clear()
        self._referee = None
        self._restart_loop()

    def _restart_loop(self) -> None:
        if self._loop_start is None:
            self._restart_from_start()
            return
        self.world, self.pilot = copy.deepcopy(self._loop_start)

    def _restart_from_start(self) -> None:
        self.world = World(self.course, seed=self.seed, density=self.density)
        self.pilot = Autopilot()

    def moment_shown(self) -> bool:
        """Whether the loop has reached the key moment (the view marks it)."""
        if self.moment is None or self._searching:
            return False
        return self.world.t >= event_time(self.moment, self.world)


def event_time(event: dict[str, Any], world: World) -> float:
    """When an event happened, in the world's seconds (events carry their time)."""
    return float(event.get("t", world.t))


def _whole_second(t: float) -> bool:
    return abs(t / SNAPSHOT_EVERY - round(t / SNAPSHOT_EVERY)) < DT / 2
