"""A lesson: which courses the class drives (all open), which rules the results follow, and
how busy the town is. Kept in the store; None means every course, as at home."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.course.catalog import CourseEntry, CourseList
from game.course.checks import RULE_IDS

TRAFFIC = ("calm", "normal", "busy")


@dataclass(frozen=True)
class Lesson:
    courses: tuple[str, ...]  # course file names, in the class list's order
    rules: tuple[str, ...]  # rule ids, in the rule list's order
    traffic: str = "normal"

    def as_dict(self) -> dict[str, Any]:
        return {"courses": list(self.courses), "rules": list(self.rules), "traffic": self.traffic}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Lesson | None:
        """The stored lesson, or None when there is none or it cannot be used."""
        if not isinstance(data, dict):
            return None
        courses = data.get("courses")
        rules = data.get("rules", [])
        traffic = data.get("traffic", "normal")
        if not isinstance(courses, list) or not all(isinstance(c, str) for c in courses):
            return None
        if not isinstance(rules, list) or traffic not in TRAFFIC:
            return None
        return cls(tuple(courses), tuple(r for r in RULE_IDS if r in rules), traffic)


def lesson_courses(lesson: Lesson, every: CourseList) -> CourseList:
    """The lesson's courses from the full list, each open from the start."""
    chosen = [
        CourseEntry(e.path, always_open=True) for e in every.entries if e.key in lesson.courses
    ]
    return CourseList(tuple(chosen) or every.entries, every.problems)
