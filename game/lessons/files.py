"""A `.lesson` file: one line, `lesson = "passenger"`, naming a lesson without a map. Read
with a clear message for a file that is missing, not text, or names no lesson we have."""

from __future__ import annotations

import os
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

KNOWN = ("passenger",)


class LessonFileError(ValueError):
    """The .lesson file cannot be used; the message says why and what to write."""


def read_lesson(path: str | os.PathLike[str]) -> str:
    """The lesson a .lesson file names."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LessonFileError(f"{path}: cannot read the lesson ({exc.strerror})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LessonFileError(f"{path}: not a lesson file ({exc})") from None
    name = data.get("lesson")
    if name not in KNOWN:
        raise LessonFileError(
            f'{path}: write lesson = "{KNOWN[0]}" (the lessons are: {", ".join(KNOWN)})'
        )
    return str(name)
