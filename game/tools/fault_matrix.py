"""The faults' matrix: every course × every rule in its `lesson` × seeds × traffic levels,
each driven by the autopilot with that one fault. A cell passes when the drive shows the
mistake and no other, or, where the course really has no such moment (the mistake needs a
vehicle, an ambulance or a walker the town never brings), says why in `fault_missed`.
Lines start with `ok` (made), `none` (no moment, and said so) or `FAIL`.

    python -m game.tools.fault_matrix                       # shipped courses, seeds 0-2, all levels
    python -m game.tools.fault_matrix tests/unseen_maps --seeds 0 --traffic off,normal
    python -m game.tools.fault_matrix maps/country_lane.tmx --rules ped_kerb,ped_kerb.facing
    nice -n 10 python -m game.tools.fault_matrix maps/roundabout.tmx --levels calm --rules yield

A fault of one message of a rule (`ped_kerb.facing`, see game.drivers.faults.VARIANTS) runs
only when named in --rules, on courses whose lesson has its rule.

One process drives the cells one after another (a drive is single-threaded): run the
matrix in pieces (a course, a level, a rule at a time) on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from game.course.catalog import read_course_list
from game.course.loader import load_course
from game.course.model import Course
from game.drivers.autopilot import Autopilot
from game.drivers.faults import COMPANIONS, VARIANTS, offered
from game.sim.levels import TRAFFIC_LEVELS
from game.tools.headless import run_drive

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Cell:
    course: str
    rule: str
    seed: int
    traffic: str
    mistakes: list[str]
    missed: str | None
    finished: bool
    cpu_s: float
    offered: bool = True  # the course can offer the moment at this traffic level
    lacks: bool = False  # the route never offered it (no light on it, no straight...)
    made: bool | None = None  # the fault's own mistake (its message, for a variant)

    @property
    def base(self) -> str:
        return self.rule.split(".")[0]

    @property
    def hit(self) -> bool:
        return self.base in self.mistakes if self.made is None else self.made

    @property
    def ok(self) -> bool:
        """The fault's mistake and no other; or a reason, where no one could have made it."""
        others = set(self.mistakes) - {self.base} - COMPANIONS.get(self.base, frozenset())
        if others:
            return False
        if self.hit:
            return self.missed is None
        return bool(self.missed) and (not self.offered or self.lacks)

    def line(self) -> str:
        state = ("ok  " if self.hit else "none") if self.ok else "FAIL"
        what = ",".join(self.mistakes) or "-"
        why = f"  missed: {self.missed}" if self.missed else ""
        return (
            f"{state} {self.course:22} {self.rule:20} seed {self.seed} {self.traffic:6} "
            f"{self.cpu_s:5.1f}s  {what}{why}"
        )


def run_cell(course: Course, rule: str, seed: int, traffic: str) -> Cell:
    """One drive of the matrix, with the CPU seconds it took."""
    t0 = time.process_time()
    result = run_drive(
        course,
        [Autopilot(fault=rule)],
        course.time_limit or 600,
        seed=seed,
        density=TRAFFIC_LEVELS[traffic],
    )
    data = result.as_dict()
    pilot = result.drivers[0]
    assert isinstance(pilot, Autopilot)
    found = [e["rule"] for e in data["events"] if e["kind"] == "mistake"]
    name = Path(course.path).stem
    return Cell(
        name,
        rule,
        seed,
        traffic,
        sorted(set(found)),
        data.get("fault_missed"),
        bool(data["finished"]),
        time.process_time() - t0,
        offered(course, rule.split(".")[0], TRAFFIC_LEVELS[traffic]),
        pilot.mistake.lacks_moment(pilot),
        pilot.mistake.made_in(result.referee.mistakes(1)),
    )


def shipped_courses() -> list[Path]:
    """Every course of maps/courses.txt."""
    listed = read_course_list(ROOT / "maps" / "courses.txt").entries
    return [Path(e.path) for e in listed if not e.lesson]  # not a lesson without a map


def course_files(paths: Iterable[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.glob("*.tmx")) if p.is_dir() else [p])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.fault_matrix")
    parser.add_argument("paths", nargs="*", help="maps or folders (default: the shipped courses)")
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument(
        "--traffic", "--levels", default=",".join(TRAFFIC_LEVELS), help="traffic levels"
    )
    parser.add_argument("--rules", default="", help="only these rules (default: each lesson)")
    args = parser.parse_args(argv)
    files = course_files(args.paths) if args.paths else shipped_courses()
    seeds = [int(s) for s in args.seeds.split(",")]
    levels = args.traffic.split(",")
    only = {r for r in args.rules.split(",") if r}
    cells: list[Cell] = []
    for path in files:
        course = load_course(path)
        variants = [v for v in VARIANTS if v in only and v.split(".")[0] in course.lesson]
        for rule in [*course.lesson, *variants]:
            if only and rule not in only:
                continue
            for level in levels:
                for seed in seeds:
                    cell = run_cell(course, rule, seed, level)
                    cells.append(cell)
                    print(cell.line(), flush=True)
    failed = [c for c in cells if not c.ok]
    none = [c for c in cells if c.ok and not c.hit]
    cpu = sum(c.cpu_s for c in cells)
    print(
        f"{len(cells)} drives: {len(cells) - len(failed) - len(none)} made the mistake, "
        f"{len(none)} rightly said the course had no moment for it, {len(failed)} failed; "
        f"{cpu:.0f} s CPU ({os.cpu_count()} cores, shared)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
