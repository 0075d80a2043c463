"""The kiosk's command line: `run_game.py --kiosk` (or `run_game.py kiosk`) in a window, and
`run_game.py kiosk --headless --minutes N --seed S --json`, a simulated kiosk day."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_kiosk_parser(sub, keep, size_type, data_help: str, lang_help: str, langs) -> None:
    kiosk = sub.add_parser(
        "kiosk",
        help="an exhibition kiosk (the same as --kiosk); with --headless, a simulated day",
        description="Run the game as an unattended kiosk (docs/kiosk.md). With --headless: "
        "a kiosk day at full speed, children and idle spells simulated, and its figures.",
    )
    kiosk.add_argument("--headless", action="store_true", help="simulate a day, no window")
    kiosk.add_argument(
        "--minutes", type=float, default=60.0, help="with --headless: simulated minutes"
    )
    kiosk.add_argument("--seed", type=int, default=keep, help="random seed of the day")
    kiosk.add_argument("--json", action="store_true", help="print the day's figures as JSON")
    kiosk.add_argument("--data-dir", type=Path, default=keep, help=data_help)
    kiosk.add_argument("--lang", choices=langs, default=keep, help=lang_help)
    kiosk.add_argument("--size", type=size_type, default=keep, help="window size, e.g. 1280x720")
    kiosk.add_argument(
        "--window", action="store_true", help="in a window, not full screen (to try it out)"
    )


def kiosk(args: argparse.Namespace) -> int:
    if getattr(args, "headless", False):
        return _day(args)
    from game.kiosk import supervise

    if not supervise.is_child() and _restarts(args.data_dir):
        return supervise.supervise()
    from game.app import NoScreenError
    from game.cli import _check_shipped_files
    from game.kiosk.app import run_kiosk

    _check_shipped_files()
    fullscreen = False if getattr(args, "window", False) else (True if args.fullscreen else None)
    try:
        return run_kiosk(args.data_dir, args.size, args.lang, fullscreen)
    except NoScreenError as exc:
        print(f"run_game.py: {exc}", file=sys.stderr)
        return 0  # no screen will appear by restarting: do not loop


def _restarts(data_dir) -> bool:
    from game.kiosk import config
    from game.store import data_dir as folder

    staff, _ = config.read(folder(data_dir))
    return staff.kiosk.restart


def _day(args: argparse.Namespace) -> int:
    from game.kiosk.day import simulate_day

    if not 0 < args.minutes <= 7 * 24 * 60:
        print("run_game.py kiosk: --minutes from 0 to 10080 (a week)", file=sys.stderr)
        return 2
    report = simulate_day(
        args.minutes,
        args.seed,
        args.data_dir,
        args.size,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
    )
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(
            f"{report['simulated_minutes']:g} simulated minutes in {report['cpu_s']:.0f} s CPU: "
            f"{report['attract_cycles']} attract cycles, {report['sessions']} sessions "
            f"({report['abandoned']} abandoned), {report['drives']} drives, "
            f"{report['errors']} errors, {report['rss_mb_start']} -> {report['rss_mb_end']} MB"
        )
    return 0 if report["errors"] == 0 else 1
