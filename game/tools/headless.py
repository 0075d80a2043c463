"""Drive a course without a window, as fast as the CPU allows, and say how it went.

Every drive is recorded (per-step controls, run-length encoded) so it can be saved as a
replay and re-scored later to the identical events (game.drivers.replay).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from game.course.model import Course
from game.drivers.base import Driver, seat_drivers
from game.drivers.faults.needs import unoffered
from game.drivers.replay import Recorder, Replay
from game.rules.referee import Referee
from game.sim.world import STEP_HZ, World


@dataclass
class DriveResult:
    world: World
    referee: Referee
    recorder: Recorder = field(default_factory=Recorder)
    density: float = 1.0
    drivers: Sequence[Driver] = ()

    def as_dict(self) -> dict[str, Any]:
        """The drive JSON (every field is described in docs/scoring.md)."""
        world = self.world
        lead = world.players[0]
        result: dict[str, Any] = {
            "course": world.course.path,
            "seed": world.seed,
            "finished": lead.progress.finished,
            "time_s": round(lead.progress.finish_time if lead.progress.finished else world.t, 4),
            "steps": world.steps,
            "time_up": world.time_up,
            "car": lead.state.as_dict(),
            "players": world.snapshot()["players"],
            "events": self.referee.events,
        }
        result.update(self.referee.scorecard())
        result["town"] = world.town.summary()
        result.update(self.fault())
        return result

    def fault(self) -> dict[str, Any]:
        """For a drive with a fault on purpose: the fault, and why its mistake was not made
        (`fault_missed`, null when it was)."""
        driver = self.drivers[0] if self.drivers else None
        rule = getattr(driver, "fault", None)
        if not rule:
            return {}
        fault = getattr(driver, "mistake", None)
        mistakes = self.referee.mistakes(1)
        if fault is not None:
            made = fault.made_in(mistakes)
            rule = fault.rule
        else:
            made = any(e["rule"] == rule for e in mistakes)
        missed = None
        if not made:  # the town never brought whom it needs, or the fault says why
            density = float(getattr(self.world.town, "density", self.density))
            missed = unoffered(self.world.course, rule, density)
            missed = missed or driver.mistake.missed_reason()  # type: ignore[union-attr]
        return {"fault": getattr(driver, "fault", rule), "fault_missed": missed}

    def replay(self) -> Replay:
        world = self.world
        return Replay(
            course=world.course.path,
            seed=world.seed,
            density=self.density,
            players=len(world.players),
            levels=[p.level for p in world.players],
            steps=world.steps,
            controls=self.recorder.runs,
            events=self.referee.events,
            summary={
                "finished": world.players[0].progress.finished,
                **{k: v for k, v in self.referee.scorecard().items() if k in ("stars", "points")},
            },
        )


def run_drive(
    course: Course,
    drivers: Sequence[Driver],
    seconds: float,
    seed: int = 0,
    density: float = 1.0,
    prepare: Callable[[World], None] | None = None,
    max_steps: int | None = None,
) -> DriveResult:
    """Step the world until every player finishes, time runs out or `seconds` pass.

    `prepare` may adjust the new world before the first step (tests use it to place
    scripted traffic); a replay of such a drive needs the same `prepare`.
    """
    world = World(course, seed=seed, players=len(drivers), density=density)
    seat_drivers(world, drivers)
    if prepare is not None:
        prepare(world)
    referee = Referee(world)
    recorder = Recorder()
    if max_steps is None:
        max_steps = math.ceil(seconds * STEP_HZ)
    while world.steps < max_steps and not world.done:
        controls = [d.controls(world, p) for d, p in zip(drivers, world.players)]
        recorder.add(controls)
        world.step(controls)
        referee.observe()
    return DriveResult(world, referee, recorder, density, list(drivers))


def run_replay(
    replay: Replay,
    course: Course,
    prepare: Callable[[World], None] | None = None,
) -> DriveResult:
    """Re-drive a recorded drive step for step; the referee scores it afresh."""
    return run_drive(
        course,
        replay.drivers(),
        replay.steps / STEP_HZ,
        seed=replay.seed,
        density=replay.density,
        prepare=prepare,
        max_steps=replay.steps,
    )
