"""`run_game.py check-map FILE...`: check maps against MAP_SPEC and say how to fix them."""

from __future__ import annotations

from typing import TextIO

from game.course.loader import read_course


def check_files(files: list[str], out: TextIO) -> int:
    """Print every problem; 0 when no file has an error (warnings allowed), else 1."""
    failed = False
    for file in files:
        _course, problems = read_course(file)
        errors = [p for p in problems if p.is_error]
        warnings = [p for p in problems if not p.is_error]
        for problem in errors + warnings:
            print(problem, file=out)
        failed = failed or bool(errors)
        verdict = "ok" if not errors else "FAILED"
        print(f"{file}: {verdict} ({len(errors)} errors, {len(warnings)} warnings)", file=out)
    return 1 if failed else 0
