"""Problems found in a map, worded for the teacher who drew it."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class MapProblem:
    """One thing wrong with a map: where it is, what is wrong, how to fix it."""

    severity: str  # "error" or "warning"
    file: str
    where: str  # "map", "layer 'ground'", "lane 'north' (id 7, layer 'course')", ...
    what: str
    fix: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def __str__(self) -> str:
        fix = f" Fix: {self.fix}" if self.fix else ""
        return f"{self.file}: {self.severity}: {self.where}: {self.what}.{fix}"


def object_label(cls: str, name: str, oid: object, layer: str = "") -> str:
    """How a message names an object: its class, name, id and layer, as Tiled shows them."""
    kind = cls or "object"
    shown = f" '{name}'" if name else ""
    where = f", layer '{layer}'" if layer else ""
    return f"{kind}{shown} (id {oid}{where})"


class CourseError(Exception):
    """A map that cannot be driven; carries every error found, never a traceback."""

    def __init__(self, problems: list[MapProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
