"""Commands of the game itself (beside cli.py's engine commands): pictures of any screen
with sample data, and playing back a drive saved by the game."""

from __future__ import annotations

import argparse
import json
import sys

import pygame

from game.course.catalog import CourseEntry, single_course
from game.scenes.base import Scene
from game.scenes.context import Context

FRAME = 1 / 60
KIOSK_SCENES = (
    "attract",
    "pin",
    "staff",
    "teacher",
    "teacher_roster",
    "teacher_lesson",
    "teacher_results",
    "teacher_pupil",
)


def build_scene(name: str, ctx: Context) -> Scene:
    """The screen `name` as a child would meet it, a few moments in."""
    from game.drivers.autopilot import Autopilot
    from game.scenes import flow
    from game.scenes.base import SceneStack
    from game.tools.sample import COURSE

    entry = single_course(COURSE).entries[0]
    stack = SceneStack()
    if name == "title":
        flow.home(stack, ctx)
    elif name == "player":
        from game.scenes.player_edit import PlayerEditScene

        scene = PlayerEditScene(ctx)
        scene.nickname = "Sami"
        stack.push(scene)
    elif name == "courses":
        flow.courses(stack, ctx)
    elif name == "briefing":
        flow.briefing(stack, ctx, entry)
        _advance(stack, 4.0)
        demo = getattr(stack.top, "demo", None)  # on to the key moment the briefing shows
        for _ in range(round(120 / FRAME)):
            if demo is None or demo.moment_shown():
                break
            if demo.moment is None and not demo.searching:
                break  # no key moment: the drive's first seconds are shown, in a loop
            _advance(stack, FRAME)
        _advance(stack, 0.5)
    elif name in ("drive", "pause"):
        ctx.pilot = Autopilot
        flow.drive(stack, ctx, entry)
        _advance(stack, 9.0)
        if name == "pause":
            stack.top.pause(stack)  # type: ignore[union-attr]
    elif name in ("results", "replay"):
        from game.scenes.results import to_practise
        from game.tools.sample import sample_drive

        record = ctx.store.drives(ctx.player.id if ctx.player else None)[0]
        if not record.replay.get("controls"):
            record = sample_drive(ctx)
        flow.results(stack, ctx, record, entry)
        _advance(stack, 3.0)
        if name == "replay":
            flow.playback(stack, ctx, record, to_practise(record.scorecard)[0])
            _advance(stack, 30.0)
    elif name == "licence":
        flow.licence(stack, ctx)
    elif name == "passenger":  # riding as a passenger: two seated, the grown-up to go
        from game.resources import map_file

        ctx.pilot = Autopilot  # the lesson's own autopilot plays it
        flow.briefing(stack, ctx, CourseEntry(map_file("passenger.lesson")))
        _advance(stack, 2.0)
    elif name in KIOSK_SCENES:
        from game.tools.sample import kiosk_scene

        kiosk_scene(name, stack, ctx)
        _advance(stack, 1.5 if name != "attract" else 12.0)
    assert stack.top is not None
    return stack.top


def _advance(stack, seconds: float) -> None:
    for _ in range(round(seconds / FRAME)):
        if stack.top is not None:
            stack.top.update(FRAME, stack)


def scene_screenshot(args: argparse.Namespace) -> int:
    from game.files import WriteError
    from game.render.snapshot import headless_display, save_picture
    from game.tools.sample import sample_context

    headless_display()
    ctx = sample_context(args.size, args.lang or "en")
    try:
        scene = build_scene(args.scene, ctx)
        frame = pygame.Surface(args.size)
        scene.draw(frame, 1.0, FRAME)
        save_picture(frame, args.out)
    except WriteError as exc:
        print(f"run_game.py screenshot: {exc.strerror}", file=sys.stderr)
        return 2
    except (OSError, pygame.error) as exc:
        print(f"run_game.py screenshot: cannot write {args.out}: {exc}", file=sys.stderr)
        return 2
    finally:
        ctx.store.close()
    print(f"wrote {args.out}")
    return 0


def replay_stored(args: argparse.Namespace) -> int:
    """`replay --list`, `replay --drive ID` (a window) and `--drive ID --headless`."""
    from game.store import Store, data_dir

    with Store.open(data_dir(args.data_dir)) as store:
        if args.list:
            for d in reversed(store.drives(limit=200)):
                player = store.player(d.player_id) if d.player_id else None
                who = (player.nickname or player.avatar) if player else "-"
                print(
                    f"{d.id:5}  {d.started}  {who:12}  {d.course:24} {'*' * d.stars:3} {d.points}"
                )
            return 0
        drives = store.drives(limit=1)
        want = drives[0].id if args.drive == "last" and drives else args.drive
        record = store.drive(int(want)) if str(want).isdigit() else None
        if record is None:
            print(
                f"run_game.py replay: there is no saved drive '{args.drive}' (see --list)",
                file=sys.stderr,
            )
            return 2
        if args.headless or args.json:
            return _rescore(record, args.json)
        return _watch(store, record, args)


def _rescore(record, as_json: bool) -> int:
    from pathlib import Path

    if record.replay.get("lesson"):
        return _rescore_lesson(record, as_json)

    from game.course.loader import read_course
    from game.drivers.replay import Replay, ReplayError
    from game.tools.headless import run_replay

    try:
        replay = Replay.from_dict(record.replay)
    except ReplayError as exc:
        print(f"run_game.py replay: drive {record.id}: {exc}", file=sys.stderr)
        return 2
    found = replay.course_path()
    wrong = replay.course_problem(found)
    if wrong:
        print(f"run_game.py replay: drive {record.id}: {wrong}", file=sys.stderr)
        return 2
    course, problems = read_course(Path(found))
    if course is None or any(p.is_error for p in problems):
        print(f"run_game.py replay: cannot load {replay.course}", file=sys.stderr)
        return 2
    data = run_replay(replay, course).as_dict()
    return _rescored(record, data, data["events"] == replay.events, as_json)


def _rescored(record, data: dict, same: bool, as_json: bool) -> int:
    """Say whether a kept drive, played again, gave the same events (0) or not (1)."""
    data["replay"] = {"drive": record.id, "same_events": same}
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(
            f"drive {record.id} ({record.course}): {'same events' if same else 'DIFFERENT events'}"
        )
    return 0 if same else 1


def _rescore_lesson(record, as_json: bool) -> int:
    """A lesson without a map (riding as a passenger): the child's actions played again."""
    from game.lessons.command import lesson_summary
    from game.lessons.passenger import play

    kept = record.replay
    try:
        lesson = play(list(kept.get("actions", [])), int(kept.get("steps", 0)))
    except (TypeError, ValueError, IndexError) as exc:
        print(f"run_game.py replay: drive {record.id}: a broken lesson ({exc})", file=sys.stderr)
        return 2
    data = lesson_summary(lesson, record.course_path, kept["lesson"])
    return _rescored(record, data, lesson.events == kept.get("events"), as_json)


def _watch(store, record, args: argparse.Namespace) -> int:
    from game.app import NoScreenError, open_window, run
    from game.scenes.base import SceneStack
    from game.scenes.replay import ReplayScene
    from game.session import open_context

    try:
        screen = open_window((1280, 720), False)
    except NoScreenError as exc:
        print(f"run_game.py replay: {exc}", file=sys.stderr)
        return 1
    ctx = open_context(args.data_dir, screen.get_size(), args.lang)
    ctx.player = store.player(record.player_id) if record.player_id else None
    stack = SceneStack()
    if record.replay.get("lesson"):  # riding as a passenger: the whole lesson again
        from pathlib import Path

        from game.course.catalog import CourseEntry
        from game.scenes.passenger import PassengerScene

        stack.push(PassengerScene(ctx, CourseEntry(Path(record.course_path)), watch=record))
    else:
        stack.push(ReplayScene(ctx, record, {}))
    try:
        return run(stack, screen)
    finally:
        ctx.store.close()
