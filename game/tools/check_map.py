"""`run_game.py check-map FILE...`: check maps against MAP_SPEC and say how to fix them.

One line per problem: `FILE: error|warning: WHERE: WHAT. Fix: HOW`, then a verdict per
file. Exit status 0 when no file has an error (warnings allowed), 1 otherwise. Also
runnable as `python -m game.tools.check_map [--json] FILE...`.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from game.course.loader import read_course
from game.course.problems import MapProblem


def check_file(file: str) -> list[MapProblem]:
    """Every problem of one map, errors first; never raises."""
    try:
        _course, problems = read_course(file)
    except Exception as exc:  # read_course never raises; this is the belt to its braces
        problems = [MapProblem("error", file, "map", f"could not read the map ({exc})", "")]
    return [p for p in problems if p.is_error] + [p for p in problems if not p.is_error]


def check_files(files: list[str], out: TextIO, as_json: bool = False) -> int:
    """Print every problem; 0 when no file has an error (warnings allowed), else 1."""
    failed = False
    report = []
    for file in files:
        problems = check_file(file)
        errors = sum(p.is_error for p in problems)
        failed = failed or bool(errors)
        if as_json:
            report.append(
                {
                    "file": file,
                    "ok": not errors,
                    "errors": errors,
                    "warnings": len(problems) - errors,
                    "problems": [p.as_dict() for p in problems],
                }
            )
            continue
        for problem in problems:
            print(problem, file=out)
        verdict = "ok" if not errors else "FAILED"
        print(f"{file}: {verdict} ({errors} errors, {len(problems) - errors} warnings)", file=out)
    if as_json:
        json.dump(report, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check-map", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help=".tmx files")
    parser.add_argument("--json", action="store_true", help="print the problems as JSON")
    args = parser.parse_args(argv)
    return check_files(args.files, sys.stdout, as_json=args.json)


if __name__ == "__main__":
    sys.exit(main())
