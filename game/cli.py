"""The command line: play, drive headless, take a screenshot, check maps."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "maps"
DEFAULT_COURSE = MAPS / "first_drive.tmx"


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x720") from None
    if not (160 <= w <= 7680 and 120 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"{text}: width 160-7680 and height 120-4320, please")
    return (w, h)


def _point(text: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a point like 30,42") from None
    return (x, y)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_game.py",
        description="Traffic Park: a road-safety driving game for children.",
        epilog="Without a command, the game opens in a window. "
        "Keys: arrows or WASD to drive, space to brake, B seatbelt, Q/E indicators, Esc to quit.",
    )
    parser.add_argument("--course", type=Path, default=None, help="a .tmx course to play")
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen")
    parser.add_argument(
        "--size", type=_size, default=(1280, 720), help="window size, e.g. 1280x720"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed of the town")
    sub = parser.add_subparsers(dest="command")

    play = sub.add_parser("play", help="play in a window (the default)")
    play.add_argument("--course", type=Path, default=None, help="a .tmx course to play")
    play.add_argument("--fullscreen", action="store_true", help="fill the screen")
    play.add_argument("--size", type=_size, default=(1280, 720), help="window size, e.g. 1280x720")
    play.add_argument("--seed", type=int, default=0, help="random seed of the town")

    drive = sub.add_parser(
        "drive",
        help="drive a course with a scripted driver and print the result",
        description="Drive a course with a driver. With --headless there is no window and the "
        "world runs as fast as the CPU allows.",
    )
    drive.add_argument("--course", type=Path, required=True, help="the .tmx course")
    drive.add_argument(
        "--driver",
        default="autopilot",
        help="script:FILE (a control script, see docs/driving-scripts.md) or autopilot",
    )
    drive.add_argument("--fault", default=None, help="with the autopilot: make this one mistake")
    drive.add_argument("--headless", action="store_true", help="no window")
    drive.add_argument("--seconds", type=float, default=300.0, help="stop after this long")
    drive.add_argument("--seed", type=int, default=0, help="random seed of the town")
    drive.add_argument("--json", action="store_true", help="print the result as JSON")
    drive.add_argument("--record", type=Path, default=None, help="save a replay file here")
    drive.add_argument("--no-traffic", action="store_true", help="an empty town")

    shot = sub.add_parser("screenshot", help="render one frame to a PNG, without a window")
    shot.add_argument("--course", type=Path, default=DEFAULT_COURSE, help="the .tmx course")
    shot.add_argument("--out", type=Path, required=True, help="the PNG to write")
    shot.add_argument("--size", type=_size, default=(1280, 720), help="image size")
    shot.add_argument(
        "--seconds", type=float, default=0.0, help="let the town live this long first"
    )
    shot.add_argument("--seed", type=int, default=0, help="random seed of the town")
    shot.add_argument("--overview", action="store_true", help="the whole course, scaled to fit")
    shot.add_argument(
        "--objects", action="store_true", help="draw the map's objects: lanes, stop lines, zones..."
    )
    shot.add_argument("--at", type=_point, default=None, help="centre on X,Y metres")
    shot.add_argument("--zoom", type=float, default=1.0, help="1 = the map's own tile size")

    replay = sub.add_parser(
        "replay",
        help="re-score a recorded drive (drive --record FILE) without a window",
        description="Re-drive a replay step for step and score it again; the events must "
        "be identical to the recorded ones (exit status 1 when they are not).",
    )
    replay.add_argument("file", type=Path, help="a replay file written by drive --record")
    replay.add_argument("--json", action="store_true", help="print the result as JSON")

    check = sub.add_parser("check-map", help="check maps against the map contract")
    check.add_argument("files", nargs="+", type=Path, help=".tmx files")
    check.add_argument("--json", action="store_true", help="print the problems as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "play"
    if command == "drive":
        return _drive(args)
    if command == "screenshot":
        return _screenshot(args)
    if command == "replay":
        return _replay(args)
    if command == "check-map":
        from game.tools.check_map import check_files

        return check_files([os.fspath(f) for f in args.files], sys.stdout, as_json=args.json)
    return _play(args)


def _load_or_explain(path: Path):
    from game.course.loader import read_course

    course, problems = read_course(path)
    errors = [p for p in problems if p.is_error]
    if course is None or errors:
        for problem in errors:
            print(problem, file=sys.stderr)
        return None
    return course


def _make_driver(spec: str, fault: str | None):
    kind, _, arg = spec.partition(":")
    if kind == "script":
        from game.drivers.script import ScriptDriver

        return ScriptDriver.from_file(arg)
    if kind == "autopilot":
        from game.drivers.autopilot import Autopilot

        return Autopilot(fault=fault)
    raise ValueError(f"unknown driver '{spec}': use script:FILE or autopilot")


def _drive(args: argparse.Namespace) -> int:
    course = _load_or_explain(args.course)
    if course is None:
        return 2
    try:
        driver = _make_driver(args.driver, args.fault)
    except (OSError, ValueError) as exc:
        print(f"run_game.py drive: {exc}", file=sys.stderr)
        return 2
    if not args.headless:
        from game.app import watch_drive

        return watch_drive(course, driver, args.seconds, args.seed)
    from game.tools.headless import run_drive

    result = run_drive(course, [driver], args.seconds, seed=args.seed, traffic=not args.no_traffic)
    data = result.as_dict()
    if args.record is not None:
        result.replay().save(args.record)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        state = "finished" if data["finished"] else "did not finish"
        print(f"{course.title() or course.path}: {state} in {data['time_s']:.1f} s")
    return 0


def _replay(args: argparse.Namespace) -> int:
    from game.drivers.replay import Replay, ReplayError
    from game.tools.headless import run_replay

    try:
        replay = Replay.load(args.file)
    except (OSError, ReplayError) as exc:
        print(f"run_game.py replay: {exc}", file=sys.stderr)
        return 2
    course = _load_or_explain(Path(replay.course_path(args.file)))
    if course is None:
        return 2
    data = run_replay(replay, course).as_dict()
    data["replay"] = {"file": os.fspath(args.file), "same_events": data["events"] == replay.events}
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        state = "finished" if data["finished"] else "did not finish"
        same = "same events" if data["replay"]["same_events"] else "DIFFERENT events"
        print(f"{course.title() or course.path}: {state} in {data['time_s']:.1f} s, {same}")
    return 0 if data["replay"]["same_events"] else 1


def _screenshot(args: argparse.Namespace) -> int:
    course = _load_or_explain(args.course)
    if course is None:
        return 2
    from game.render.snapshot import Shot, save_screenshot

    shot = Shot(args.size, args.seconds, args.seed, args.overview, args.objects, args.at, args.zoom)
    save_screenshot(course, args.out, shot)
    print(f"wrote {args.out}")
    return 0


def _play(args: argparse.Namespace) -> int:
    from game.app import play

    course = args.course or DEFAULT_COURSE
    return play(course, args.size, args.fullscreen, args.seed)
