"""`run_game.py drive --course maps/passenger.lesson --headless [--fault pass_seat] [--json]`:
the passenger lesson played by its autopilot, printed like a drive (docs/scoring.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from game.lessons.files import LessonFileError, read_lesson
from game.lessons.passenger import RULE_IDS
from game.lessons.passenger_pilot import run


def drive_lesson(args: argparse.Namespace) -> int:
    try:
        read_lesson(args.course)
    except LessonFileError as exc:
        print(f"run_game.py drive: {exc}", file=sys.stderr)
        return 2
    if not args.driver.startswith("autopilot"):
        print("run_game.py drive: a lesson is played by --driver autopilot", file=sys.stderr)
        return 2
    if args.fault is not None and args.fault not in RULE_IDS:
        print(
            f"run_game.py drive: unknown fault '{args.fault}' for this lesson: use one of "
            f"{', '.join(RULE_IDS)}",
            file=sys.stderr,
        )
        return 2
    lesson = run(args.fault, max_s=args.seconds)
    data: dict[str, Any] = {
        **lesson_summary(lesson, str(args.course), "passenger"),
        "fault": args.fault,
        "fault_missed": _missed(lesson, args.fault),
    }
    if args.record is not None:
        try:
            args.record.write_text(json.dumps(lesson.replay(), indent=1), encoding="utf-8")
        except OSError as exc:
            print(f"run_game.py drive: cannot write {args.record}: {exc.strerror}", file=sys.stderr)
            return 2
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        state = "finished" if data["finished"] else "did not finish"
        print(
            f"Riding as a passenger: {state} in {data['time_s']:.1f} s, "
            f"{data['stars']} stars, {data['points']} points"
        )
    return 0


def _missed(lesson, fault: str | None) -> str | None:
    if fault is None or lesson.broke(fault):
        return None
    return "the instructor did not see that mistake"


def lesson_summary(lesson, course: str, name: str) -> dict[str, Any]:
    """A lesson's result as the drive JSON gives it (a new run, or a kept one played again)."""
    card = lesson.scorecard()
    return {
        "course": course,
        "lesson": name,
        "finished": card["finished"],
        "time_s": card["time_s"],
        "stars": card["stars"],
        "points": card["points"],
        "scorecard": card,
        "events": lesson.events,
    }
