"""Drive a course without a window, as fast as the CPU allows."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from game.course.model import Course
from game.drivers.base import Driver
from game.rules.referee import Referee
from game.sim.world import STEP_HZ, World


@dataclass
class DriveResult:
    world: World
    referee: Referee

    def as_dict(self) -> dict[str, Any]:
        world = self.world
        lead = world.players[0]
        result: dict[str, Any] = {
            "course": world.course.path,
            "seed": world.seed,
            "finished": lead.progress.finished,
            "time_s": round(lead.progress.finish_time if lead.progress.finished else world.t, 4),
            "steps": world.steps,
            "car": lead.state.as_dict(),
            "players": world.snapshot()["players"],
            "events": self.referee.events,
        }
        result.update(self.referee.scorecard())
        result["town"] = world.town.summary()
        return result


def run_drive(
    course: Course,
    drivers: Sequence[Driver],
    seconds: float,
    seed: int = 0,
    traffic: bool = True,
) -> DriveResult:
    """Step the world until every player finishes, time runs out or `seconds` pass."""
    world = World(course, seed=seed, players=len(drivers), traffic=traffic)
    referee = Referee(world)
    max_steps = math.ceil(seconds * STEP_HZ)
    while world.steps < max_steps and not world.done:
        controls = [d.controls(world, p) for d, p in zip(drivers, world.players)]
        world.step(controls)
        referee.observe()
    return DriveResult(world, referee)
