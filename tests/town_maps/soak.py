"""Long town runs for tests/test_town.py, in worker processes (pure core only, no pygame)."""

from __future__ import annotations

from dataclasses import dataclass

from game.course.loader import load_course
from game.sim.signals import active_phases
from game.sim.world import World


@dataclass(frozen=True)
class SoakResult:
    course: str
    seed: int
    summary: dict
    driven: float
    near_misses: int
    max_active_phases: int
    sources: int
    routes_with_crossings: int
    seconds: float


def soak(course_path: str, seed: int, seconds: float) -> SoakResult:
    """Run the town alone (no player) for `seconds` and report what happened."""
    course = load_course(course_path)
    world = World(course, seed=seed, players=0)
    town = world.town
    worst = 0
    steps = round(seconds * 60)
    for i in range(steps):
        world.step()
        if i % 6 == 0:
            for controller in town.controllers.values():
                worst = max(worst, len(active_phases(controller, world.t)))
    crowd = town.crowd
    return SoakResult(
        course=course_path,
        seed=seed,
        summary=town.summary(),
        driven=town.traffic.driven,
        near_misses=town.traffic.near_misses,
        max_active_phases=worst,
        sources=len(course.vehicle_sources),
        routes_with_crossings=sum(1 for r in crowd.routes if r.crossings),
        seconds=seconds,
    )


def soak_args(args: tuple[str, int, float]) -> SoakResult:
    return soak(*args)
