"""Pictures of the walking lessons for the README and docs (docs/screenshots/walk_*.png):
the child looking at the kerb, the course cards with the walking badge, a briefing, the
results of a walk with a mistake, and each walking course from above with its objects.

    python -m game.tools.build_walk_shots [--lang en] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pygame

from game import resources
from game.course.catalog import CourseEntry
from game.course.loader import load_course
from game.drivers.autopilot import Autopilot
from game.scenes.base import SceneStack
from game.sim.world import World
from game.tools.headless import run_drive

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WALKS = ("walk_to_school", "walk_to_shop", "parked_cars", "country_lane")
FRAME = 1 / 60


def _advance(stack: SceneStack, seconds: float) -> None:
    for _ in range(round(seconds / FRAME)):
        if stack.top is not None:
            stack.top.update(FRAME, stack)


def _save(stack: SceneStack, size: tuple[int, int], out: Path) -> None:
    frame = pygame.Surface(size)
    assert stack.top is not None
    stack.top.draw(frame, 1.0, FRAME)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(frame, os.fspath(out))
    print(f"wrote {out}")


def looking_drive(ctx, entry: CourseEntry, size: tuple[int, int], out: Path) -> None:
    """The careful walker's drive, caught the moment it looks both ways at the kerb."""
    from game.scenes.drive import DriveScene

    world = World(load_course(entry.path), seed=ctx.seed, density=ctx.density)
    stack = SceneStack()
    stack.push(DriveScene(world, size, drivers=[Autopilot()], ctx=ctx, entry=entry))
    gaze = world.players[0].gaze
    assert gaze is not None
    for _ in range(round(180 / FRAME)):
        _advance(stack, FRAME)
        if gaze.looking and world.t - (gaze.started or 0.0) > 1.0 and gaze.looks >= 1:
            break
    _save(stack, size, out)


def walk_results(
    ctx, entry: CourseEntry, fault: str | None, size: tuple[int, int], out: Path, save=True
) -> None:
    """The results of a walk with one kind of mistake (or none), kept in the store."""
    from game.scenes import flow

    course = load_course(entry.path)
    result = run_drive(course, [Autopilot(fault=fault)], 300.0, seed=0, density=ctx.density)
    card = dict(result.referee.scorecard()["scorecard"])
    lead = result.world.players[0]
    card["time_s"] = lead.progress.finish_time or result.world.t
    card["time_up"] = result.world.time_up
    replay = result.replay().as_dict()
    replay["course"] = os.fspath(entry.path)
    record = ctx.store.record_drive(ctx.player.id, os.fspath(entry.path), replay, card)
    if not save:
        return
    stack = SceneStack()
    flow.results(stack, ctx, record, entry)
    _advance(stack, 3.0)
    _save(stack, size, out)


def main(argv: list[str] | None = None) -> int:
    from game.render.snapshot import headless_display
    from game.scenes import flow
    from game.tools.sample import sample_context

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    size = (1280, 720)
    headless_display()
    ctx = sample_context(size, args.lang)
    suffix = "" if args.lang == "en" else f"_{args.lang}"
    try:
        entries = {e.path.stem: e for e in ctx.courses.entries}
        looking_drive(ctx, entries["walk_to_school"], size, args.out / f"walk_look{suffix}.png")
        stack = SceneStack()
        flow.courses(stack, ctx)
        scene = stack.top
        index = [e.path.stem for e in ctx.courses.entries].index("walk_to_school")
        scene.page = index // 10  # type: ignore[union-attr]
        _advance(stack, 0.5)
        _save(stack, size, args.out / f"walk_courses{suffix}.png")
        stack = SceneStack()
        flow.briefing(stack, ctx, entries["walk_to_shop"])
        _advance(stack, 6.0)
        _save(stack, size, args.out / f"walk_briefing{suffix}.png")
        walk_results(
            ctx, entries["parked_cars"], "ped_hidden", size, args.out / f"walk_results{suffix}.png"
        )
        walk_results(ctx, entries["walk_to_school"], None, size, Path("/dev/null"), save=False)
        stack = SceneStack()
        flow.licence(stack, ctx)
        _advance(stack, 1.0)
        _save(stack, size, args.out / f"walk_licence{suffix}.png")
    finally:
        ctx.store.close()
    if args.lang == "en":
        from game.cli import main as cli

        for name in WALKS:
            course = resources.maps_dir() / f"{name}.tmx"
            out = args.out / f"{name}_overview.png"
            cli(["screenshot", "--course", os.fspath(course), "--overview", "--objects",
                 "--out", os.fspath(out), "--size", "1280x800"])  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
