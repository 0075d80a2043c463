"""The course list a teacher edits: maps/courses.txt, one map per line, in the order the
children meet them. A course opens when the one before it has been driven to the finish
(at least one star); a line ending in `open` is open from the start.

    # comments start with a hash
    first_drive.tmx
    traffic_lights.tmx
    my_street.tmx  open

A `.lesson` file (maps/passenger.lesson) is a lesson without a map, listed the same way.
Paths are relative to the list's folder. A line naming a missing map is reported and
skipped, never fatal.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

LIST_NAME = "courses.txt"
LESSON_SUFFIX = ".lesson"  # a lesson without a map (maps/passenger.lesson), listed like a course


@dataclass(frozen=True)
class CourseEntry:
    path: Path
    always_open: bool = False

    @property
    def key(self) -> str:
        """What the store files its drives under: the map's file name."""
        return self.path.name

    @property
    def lesson(self) -> bool:
        """A lesson without a map (riding as a passenger), not a course to drive or walk."""
        return self.path.suffix == LESSON_SUFFIX


@dataclass(frozen=True)
class CourseList:
    entries: tuple[CourseEntry, ...]
    problems: tuple[str, ...] = ()

    def index_of(self, key: str) -> int:
        for i, entry in enumerate(self.entries):
            if entry.key == key:
                return i
        return -1

    def is_open(self, i: int, best: Mapping[str, int], all_open: bool = False) -> bool:
        """Unlocked: the first, an `open` line, one already driven, or after a finished one."""
        entry = self.entries[i]
        if all_open or i == 0 or entry.always_open or entry.key in best:
            return True
        return best.get(self.entries[i - 1].key, 0) >= 1

    def after(self, key: str) -> CourseEntry | None:
        i = self.index_of(key)
        return self.entries[i + 1] if 0 <= i < len(self.entries) - 1 else None


def read_course_list(path: str | os.PathLike[str]) -> CourseList:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return CourseList((), (f"{path}: cannot read the course list ({exc})",))
    entries: list[CourseEntry] = []
    problems: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        flags = [w.lower() for w in words[1:]]
        where = f"{path}:{number}"
        if any(flag != "open" for flag in flags):
            problems.append(f"{where}: only 'open' may follow the map's name, not {words[1:]}")
        target = (path.parent / words[0]).resolve()
        if not target.is_file():
            problems.append(f"{where}: there is no map {words[0]} next to the list; line skipped")
            continue
        entries.append(CourseEntry(target, "open" in flags))
    return CourseList(tuple(entries), tuple(problems))


def single_course(path: str | os.PathLike[str]) -> CourseList:
    """A list of one (run_game.py --course FILE)."""
    return CourseList((CourseEntry(Path(path).resolve(), True),))
