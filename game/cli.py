"""The command line: play, drive headless, take a screenshot, check maps."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

from game import resources
from game.sim.levels import DEFAULT_LEVEL, TRAFFIC_LEVELS
from game.version import label

LEVELS = list(TRAFFIC_LEVELS)
LANGS = ["ar", "fr", "en", "zgh"]
SCENES = [
    "title",
    "player",
    "courses",
    "briefing",
    "drive",
    "pause",
    "results",
    "replay",
    "licence",
    "passenger",
    "attract",
    "pin",
    "staff",
    "teacher",
    "teacher_roster",
    "teacher_lesson",
    "teacher_results",
    "teacher_pupil",
]
DATA_HELP = "the folder of saved games and licences (default: the user's data folder)"
LANG_HELP = "the language: ar, fr, en or zgh (default: the saved setting)"
TRAFFIC_HELP = "how busy the town is: " + ", ".join(LEVELS) + f" (default {DEFAULT_LEVEL})"
ASSISTS = ["easy", "normal", "hard"]
STEERINGS = ["car", "direct"]
ASSIST_HELP = "help for the driver: easy (direct steering, slower, keeps its lane), normal, hard"
STEERING_HELP = (
    "car: left/right turn the wheel; direct: the stick or arrows point where the car goes "
    "on screen (default: direct in easy mode, else car)"
)
PLAYERS_HELP = "1 or 2 players on one screen (split view)"


def _players(text: str) -> int:
    if text not in ("1", "2"):
        raise argparse.ArgumentTypeError(f"'{text}': 1 or 2 players, please")
    return int(text)


def _help_options(parser: argparse.ArgumentParser, default=None) -> None:
    """--assist, --steering and --players, on play and drive alike."""
    parser.add_argument("--assist", choices=ASSISTS, default=default, help=ASSIST_HELP)
    parser.add_argument("--steering", choices=STEERINGS, default=default, help=STEERING_HELP)
    parser.add_argument("--players", type=_players, default=default, help=PLAYERS_HELP)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x720") from None
    if not (160 <= w <= 7680 and 120 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"{text}: width 160-7680 and height 120-4320, please")
    return (w, h)


MAX_SECONDS = 86_400.0  # a day of simulated time: longer is a typo, and would never end
MAX_SEED = 2**63 - 1  # what the saved games can hold


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not value >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text}: seconds can't be negative")
    if value > MAX_SECONDS:  # also refuses inf and 1e400
        raise argparse.ArgumentTypeError(
            f"{text}: at most {MAX_SECONDS:.0f} seconds (a day), please"
        )
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"{text}: a seed is a whole number from 0 to 2^63-1")
    return value


def _zoom(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a zoom like 1 or 0.5") from None
    if not (0.05 <= value <= 8):
        raise argparse.ArgumentTypeError(f"{text}: zoom 0.05 to 8, please (1 = the map's tiles)")
    return value


def _point(text: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a point like 30,42") from None
    if not all(math.isfinite(v) and abs(v) <= 100_000 for v in (x, y)):
        raise argparse.ArgumentTypeError(f"{text}: a point in metres on the map, like 30,42")
    return (x, y)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_game.py",
        description="Traffic Park: a road-safety driving game for children.",
        epilog="Without a command, the game opens in a window. "
        "Keys: arrows or WASD to drive, space to brake, B seatbelt, Q/E indicators, Esc to quit.",
    )
    parser.add_argument("--version", action="version", version=label())
    parser.add_argument("--course", type=Path, default=None, help="a .tmx course to play")
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen")
    parser.add_argument(
        "--size", type=_size, default=(1280, 720), help="window size, e.g. 1280x720"
    )
    parser.add_argument("--seed", type=_seed, default=0, help="random seed of the town")
    parser.add_argument("--traffic", choices=LEVELS, default=None, help=TRAFFIC_HELP)
    parser.add_argument("--data-dir", type=Path, default=None, help=DATA_HELP)
    parser.add_argument("--lang", choices=LANGS, default=None, help=LANG_HELP)
    _help_options(parser)
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="an exhibition kiosk: full screen, demo when idle, staff exit (docs/kiosk.md)",
    )
    sub = parser.add_subparsers(dest="command")

    # Options a subcommand shares with the top level default to SUPPRESS, so that
    # `run_game.py --course X play` (or `--seed 3 drive ...`) keeps them.
    keep = argparse.SUPPRESS
    play = sub.add_parser("play", help="play in a window (the default)")
    play.add_argument("--course", type=Path, default=keep, help="a .tmx course to play")
    play.add_argument("--fullscreen", action="store_true", default=keep, help="fill the screen")
    play.add_argument("--size", type=_size, default=keep, help="window size, e.g. 1280x720")
    play.add_argument("--seed", type=_seed, default=keep, help="random seed of the town")
    play.add_argument("--traffic", choices=LEVELS, default=keep, help=TRAFFIC_HELP)
    play.add_argument("--data-dir", type=Path, default=keep, help=DATA_HELP)
    play.add_argument("--lang", choices=LANGS, default=keep, help=LANG_HELP)
    _help_options(play, keep)

    drive = sub.add_parser(
        "drive",
        help="drive a course with the autopilot or a script and print the result",
        description="Drive a course with a driver. With --headless there is no window and the "
        "world runs as fast as the CPU allows.",
    )
    drive.add_argument(
        "--course", type=Path, default=keep, help="the .tmx course (default: first_drive)"
    )
    drive.add_argument(
        "--driver",
        default="autopilot",
        help="script:FILE (a control script, see docs/driving-scripts.md), autopilot, or "
        "child (a young child in easy mode who only points the stick at the next checkpoint)",
    )
    drive.add_argument(
        "--fault",
        default=None,
        metavar="RULE",
        help="with the autopilot: make this one kind of mistake, a rule id such as red_light "
        "(pass_seat, pass_belt or pass_phone for maps/passenger.lesson; see docs/scoring.md)",
    )
    drive.add_argument("--headless", action="store_true", help="no window")
    drive.add_argument("--seconds", type=_seconds, default=300.0, help="stop after this long")
    drive.add_argument("--seed", type=_seed, default=keep, help="random seed of the town")
    drive.add_argument("--traffic", choices=LEVELS, default=keep, help=TRAFFIC_HELP)
    drive.add_argument("--json", action="store_true", help="print the result as JSON")
    drive.add_argument("--record", type=Path, default=None, help="save a replay file here")
    drive.add_argument("--no-traffic", action="store_true", help="an empty town (--traffic off)")
    _help_options(drive, keep)

    shot = sub.add_parser(
        "screenshot",
        help="render one frame (or any screen of the game) to a PNG, without a window",
        description="Without --scene: one frame of a course. With --scene: that screen of "
        "the game, with sample data where it needs some (a player, stars, a drive).",
    )
    shot.add_argument("--scene", choices=SCENES, default=None, help="a screen of the game")
    shot.add_argument("--lang", choices=LANGS, default=keep, help=LANG_HELP)
    shot.add_argument(
        "--course", type=Path, default=keep, help="the .tmx course (default: first_drive)"
    )
    shot.add_argument("--out", type=Path, required=True, help="the PNG to write")
    shot.add_argument("--size", type=_size, default=keep, help="image size, e.g. 1280x720")
    shot.add_argument(
        "--seconds", type=_seconds, default=0.0, help="let the town live this long first"
    )
    shot.add_argument("--seed", type=_seed, default=keep, help="random seed of the town")
    shot.add_argument("--traffic", choices=LEVELS, default=keep, help=TRAFFIC_HELP)
    shot.add_argument("--overview", action="store_true", help="the whole course, scaled to fit")
    shot.add_argument(
        "--objects", action="store_true", help="draw the map's objects: lanes, stop lines, zones..."
    )
    shot.add_argument("--at", type=_point, default=None, help="centre on X,Y metres")
    shot.add_argument("--zoom", type=_zoom, default=1.0, help="1 = the map's own tile size")

    replay = sub.add_parser(
        "replay",
        help="re-score a recorded drive (drive --record FILE) without a window",
        description="Re-drive a replay step for step and score it again; the events must "
        "be identical to the recorded ones (exit status 1 when they are not).",
    )
    replay.add_argument(
        "file", type=Path, nargs="?", default=None, help="a replay file written by drive --record"
    )
    replay.add_argument("--json", action="store_true", help="print the result as JSON")
    replay.add_argument(
        "--drive",
        default=None,
        metavar="ID",
        help="a drive saved by the game (a number from --list, or 'last'): play it back in a "
        "window, or with --headless re-score it",
    )
    replay.add_argument("--list", action="store_true", help="list the saved drives")
    replay.add_argument("--headless", action="store_true", help="with --drive: no window")
    replay.add_argument("--data-dir", type=Path, default=keep, help=DATA_HELP)
    replay.add_argument("--lang", choices=LANGS, default=keep, help=LANG_HELP)

    from game.kiosk.commands import add_kiosk_parser

    add_kiosk_parser(sub, keep, _size, DATA_HELP, LANG_HELP, LANGS)

    check = sub.add_parser("check-map", help="check maps against the map contract")
    check.add_argument("files", nargs="+", type=Path, help=".tmx files, or folders of them")
    check.add_argument("--json", action="store_true", help="print the problems as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from game.store import StoreUnavailable

    try:
        return _run(args)
    except (resources.MissingAsset, StoreUnavailable) as exc:
        print(f"{parser.prog}: {exc}", file=sys.stderr)
        return 1


def _check_shipped_files() -> None:
    """Every font and picture the game draws with is there, else MissingAsset names them.

    Run when a command that draws starts, so a broken installation says what is missing
    at once instead of failing (or drawing boxes) in the middle of a drive.
    """
    from game.render import sprites, text

    resources.require([*text.font_files(), *sprites.sprite_files()])


def _run(args: argparse.Namespace) -> int:
    command = args.command or "play"
    if command == "kiosk" or (command == "play" and args.kiosk):
        from game.kiosk.commands import kiosk

        return kiosk(args)
    if command == "drive":
        if args.fault is not None and not args.driver.startswith("autopilot"):
            print("run_game.py drive: --fault only works with --driver autopilot", file=sys.stderr)
            return 2
        return _drive(args)
    if command == "screenshot":
        return _screenshot(args)
    if command == "replay":
        if args.list or args.drive is not None:
            from game.commands import replay_stored

            return replay_stored(args)
        if args.file is None:
            print("run_game.py replay: give a replay file, --drive ID or --list", file=sys.stderr)
            return 2
        return _replay(args)
    if command == "check-map":
        from game.tools.check_map import check_files

        return check_files(_map_files(args.files), sys.stdout, as_json=args.json)
    return _play(args)


def _map_files(paths: list[Path]) -> list[str]:
    """The files to check: a folder stands for the .tmx maps in it (or is reported as is)."""
    files = []
    for path in paths:
        maps = sorted(path.glob("*.tmx")) if path.is_dir() else []
        files.extend(os.fspath(p) for p in (maps or [path]))
    return files


def _load_or_explain(path: Path | None):
    """The course at this path (a shipped one when None), or None after saying what is wrong."""
    from game.course.loader import read_course

    course, problems = read_course(path or resources.course())
    errors = [p for p in problems if p.is_error]
    if course is None or errors:
        for problem in errors:
            print(problem, file=sys.stderr)
        return None
    return course


def _make_driver(spec: str, fault: str | None, assist=None):
    kind, _, arg = spec.partition(":")
    if kind == "script":
        from game.drivers.script import ScriptDriver, ScriptError

        try:
            return ScriptDriver.from_file(arg)
        except ScriptError:
            raise
        except UnicodeDecodeError:
            raise ValueError(f"{arg}: this is not a text file (a script is plain text)") from None
        except OSError as exc:
            raise ValueError(f"cannot read the script '{arg}': {exc.strerror}") from None
    if kind == "autopilot":
        from game.drivers.autopilot import Autopilot

        return Autopilot(fault=fault)
    if kind == "child":
        from game.drivers.assist import Assist
        from game.drivers.child import ChildDriver

        level, steering = assist or ("easy", "direct")
        return ChildDriver(Assist(level or "easy", steering or "direct"))
    raise ValueError(f"unknown driver '{spec}': use script:FILE, autopilot or child")


def _drive(args: argparse.Namespace) -> int:
    if args.course is not None and args.course.suffix == ".lesson":
        from game.lessons.command import drive_lesson

        return drive_lesson(args)
    course = _load_or_explain(args.course)
    if course is None:
        return 2
    players = getattr(args, "players", None) or 1
    assist = (getattr(args, "assist", None), getattr(args, "steering", None))
    if args.driver == "child" and course.walking:
        print(
            f"run_game.py drive: {args.course} is a walking lesson; the scripted young child "
            "drives a car (easy mode's oracle): use --driver autopilot to walk it carefully, "
            "or --fault ped_... for a walking mistake",
            file=sys.stderr,
        )
        return 2
    try:
        drivers = [_make_driver(args.driver, args.fault, assist) for _ in range(players)]
    except (OSError, ValueError) as exc:
        print(f"run_game.py drive: {exc}", file=sys.stderr)
        return 2
    density = 0.0 if args.no_traffic else TRAFFIC_LEVELS[args.traffic or DEFAULT_LEVEL]
    if not args.headless:
        from game.app import NoScreenError, watch_drive

        _check_shipped_files()

        try:
            return watch_drive(course, drivers, args.seconds, args.seed, density)
        except NoScreenError as exc:
            print(f"run_game.py drive: {exc}", file=sys.stderr)
            return 1
    from game.tools.headless import run_drive

    if args.record is not None and not _can_write(args.record, "drive", "replay"):
        return 2
    result = run_drive(course, drivers, args.seconds, seed=args.seed, density=density)
    data = result.as_dict()
    if args.record is not None:
        try:
            result.replay().save(args.record)
        except OSError as exc:  # a WriteError: its message names the file and the cause
            print(f"run_game.py drive: {exc}", file=sys.stderr)
            return 2
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        state = "finished" if data["finished"] else "did not finish"
        print(f"{course.title() or course.path}: {state} in {data['time_s']:.1f} s")
    return 0


def _replay(args: argparse.Namespace) -> int:
    from game.drivers.replay import Replay, ReplayError
    from game.sim.world import ENGINE
    from game.tools.headless import run_replay

    try:
        replay = Replay.load(args.file)
    except UnicodeDecodeError:
        print(f"run_game.py replay: {args.file} is not a replay (not even text)", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"run_game.py replay: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except ReplayError as exc:
        print(f"run_game.py replay: {exc}", file=sys.stderr)
        return 2
    found = replay.course_path(args.file)
    if not os.path.isfile(found):
        print(
            f"run_game.py replay: the replay's course {replay.course} is not there "
            "(nor a map of that name beside the replay or among the game's courses)",
            file=sys.stderr,
        )
        return 2
    wrong = replay.course_problem(found)
    if wrong:
        print(f"run_game.py replay: {wrong}", file=sys.stderr)
        return 2
    if os.path.abspath(found) != os.path.abspath(replay.course):
        print(
            f"run_game.py replay: the replay's course {replay.course} is not there; "
            f"playing {found}, a map of the same name"
            + (" and the same content" if replay.course_sha256 else ""),
            file=sys.stderr,
        )
    course = _load_or_explain(Path(found))
    if course is None:
        return 2
    data = run_replay(replay, course).as_dict()
    data["replay"] = {
        "file": os.fspath(args.file),
        "same_events": data["events"] == replay.events,
        "engine": replay.engine,
        "older_engine": replay.older_engine,
    }
    if replay.older_engine:
        print(
            f"run_game.py replay: {args.file} was recorded with an older engine "
            f"({replay.engine}; this game's is {ENGINE}): its events may differ",
            file=sys.stderr,
        )
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        state = "finished" if data["finished"] else "did not finish"
        same = "same events" if data["replay"]["same_events"] else "DIFFERENT events"
        print(f"{course.title() or course.path}: {state} in {data['time_s']:.1f} s, {same}")
    return 0 if data["replay"]["same_events"] else 1


def _can_write(path: Path, command: str, kind: str) -> bool:
    """Say at once, before any long work, when the output cannot or must not be written."""
    from game.files import WriteError, check_output

    try:
        check_output(path, kind)
    except WriteError as exc:
        print(f"run_game.py {command}: {exc}", file=sys.stderr)
        return False
    return True


def _screenshot(args: argparse.Namespace) -> int:
    if not _can_write(args.out, "screenshot", "png"):
        return 2
    if args.scene is not None:
        from game.commands import scene_screenshot

        return scene_screenshot(args)
    _check_shipped_files()
    course = _load_or_explain(args.course or resources.course())
    if course is None:
        return 2
    import pygame

    from game.files import WriteError
    from game.render.snapshot import Shot, save_screenshot

    shot = Shot(
        args.size,
        args.seconds,
        args.seed,
        args.overview,
        args.objects,
        args.at,
        args.zoom,
        TRAFFIC_LEVELS[args.traffic or DEFAULT_LEVEL],
    )
    try:
        save_screenshot(course, args.out, shot)
    except WriteError as exc:
        print(f"run_game.py screenshot: {exc}", file=sys.stderr)
        return 2
    except (OSError, pygame.error) as exc:
        print(f"run_game.py screenshot: cannot write {args.out}: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.out}")
    return 0


def _play(args: argparse.Namespace) -> int:
    from game.app import NoScreenError, play

    _check_shipped_files()
    try:
        return play(
            args.course,
            args.size,
            args.fullscreen,
            args.seed,
            args.traffic,
            args.data_dir,
            args.lang,
            getattr(args, "players", None),
            getattr(args, "assist", None),
            getattr(args, "steering", None),
        )
    except NoScreenError as exc:
        print(f"run_game.py: {exc}", file=sys.stderr)
        return 1
