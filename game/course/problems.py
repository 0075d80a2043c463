"""Problems found in a map, worded for the teacher who drew it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MapProblem:
    """One thing wrong with a map: where it is, what is wrong, how to fix it."""

    severity: str  # "error" or "warning"
    file: str
    where: str  # "map", "layer 'ground'", "lane 'north' (id 7)", ...
    what: str
    fix: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        fix = f" Fix: {self.fix}" if self.fix else ""
        return f"{self.file}: {self.severity}: {self.where}: {self.what}.{fix}"


class CourseError(Exception):
    """A map that cannot be driven; carries every error found, never a traceback."""

    def __init__(self, problems: list[MapProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
