"""Pictures of the walking lessons for the README and docs (docs/screenshots/walk_*.png):
the child looking at the kerb, running over the zebra (the instructor says why not),
walking the country lane facing the cars, the touch screen's run button held, the course
cards with the walking badge, a briefing, the results of a walk with a mistake, and each
walking course from above with its objects.

    python -m game.tools.build_walk_shots [--lang en] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pygame

from game import resources
from game.course.catalog import CourseEntry
from game.course.loader import load_course
from game.drivers.autopilot import Autopilot
from game.rules.walking import ROAD, W
from game.scenes.base import SceneStack
from game.scenes.drive import DriveScene
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


def caught_drive(
    ctx,
    entry: CourseEntry,
    size: tuple[int, int],
    out: Path,
    moment: Callable[[DriveScene], bool],
    fault: str | None = None,
    after: float = 0.0,
) -> None:
    """The walking autopilot's drive (with a fault, or careful), caught `after` seconds
    past the first moment it shows what the picture is of."""
    world = World(load_course(entry.path), seed=ctx.seed, density=ctx.density)
    stack = SceneStack()
    scene = DriveScene(world, size, drivers=[Autopilot(fault)], ctx=ctx, entry=entry)
    stack.push(scene)
    for _ in range(round(180 / FRAME)):
        _advance(stack, FRAME)
        if moment(scene):
            break
    _advance(stack, after)
    _save(stack, size, out)


def _looking(scene: DriveScene) -> bool:
    """Half-way through a look at the kerb."""
    world = scene.world
    gaze = world.players[0].gaze
    assert gaze is not None
    return gaze.looking and world.t - (gaze.started or 0.0) > 1.0 and gaze.looks >= 1


def _running_over(scene: DriveScene) -> bool:
    """Running, half-way over the road."""
    world = scene.world
    state = world.players[0].state
    on_road = world.course.surface_at(state.pos) in ROAD
    return (
        on_road
        and state.speed > W.run_speed
        and world.course.surface_at((state.x, state.y - 3.0)) in ROAD
    )


def _facing_a_car(scene: DriveScene) -> bool:
    """On the verge, once praised for facing the traffic, a car coming towards the child a
    car length or two off."""
    world = scene.world
    state = world.players[0].state
    praised = any(e["message"] == "rule.ped_kerb.facing_praise" for e in scene.referee.events)
    if not praised or world.course.surface_at(state.pos) in ROAD or state.speed < 0.5:
        return False
    hx, hy = math.sin(math.radians(state.heading)), -math.cos(math.radians(state.heading))
    return any(
        abs(v.speed) > 3.0
        and 5.0 < (v.x - state.x) * hx + (v.y - state.y) * hy < 9.0  # ahead of the child
        and math.cos(math.radians(v.heading - state.heading)) < -0.9  # coming towards it
        for v in world.town.vehicles
    )


def touch_run(ctx, entry: CourseEntry, size: tuple[int, int], out: Path) -> None:
    """A child at a touch screen, one finger on the stick and one holding run."""
    from game.scenes import flow

    ctx.driving_override = {"steering": "direct"}
    stack = SceneStack()
    flow.drive(stack, ctx, entry)
    scene = stack.top
    touch = scene.drivers[0].devices.touch  # type: ignore[union-attr]
    cx, cy, r = touch.layout.stick
    fingers = [(1, (cx + r * 1.1, cy)), (2, touch.layout.buttons["run"].center)]
    for ident, (x, y) in fingers:
        touch.handle_event(
            pygame.event.Event(
                pygame.FINGERDOWN, finger_id=ident, x=x / size[0], y=y / size[1], dx=0, dy=0
            )
        )
    _advance(stack, 1.6)
    _save(stack, size, out)
    ctx.driving_override = {}


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
        school, lane = entries["walk_to_school"], entries["country_lane"]
        caught_drive(ctx, school, size, args.out / f"walk_look{suffix}.png", _looking)
        run = args.out / f"walk_run{suffix}.png"
        caught_drive(ctx, school, size, run, _running_over, "ped_zebra.run", after=0.3)
        facing = args.out / f"walk_facing{suffix}.png"
        caught_drive(ctx, lane, size, facing, _facing_a_car)
        touch_run(ctx, school, size, args.out / f"walk_touch_run{suffix}.png")
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
