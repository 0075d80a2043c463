"""The autopilot is the test oracle: it finishes every shipped course with no mistake, at
several seeds, reading only the world (it has never been told the answer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.course.loader import load_course
from game.drivers.autopilot import FAULTS, Autopilot
from game.rules import MISTAKE_RULES
from game.tools.headless import run_drive

ROOT = Path(__file__).resolve().parent.parent
COURSES = sorted(
    p for p in (ROOT / "maps").glob("*.tmx") if load_course(p).finishes or load_course(p).route()
)
SEEDS = (0, 1, 2)
# Every course at the first seed in the README's test command; the other two seeds (each a
# whole drive to the finish, about half of the command's time) with `python -m pytest -m slow`,
# which CI runs too.
QUICK_SEEDS = (0,)


def _cases():
    for path in COURSES:
        for seed in SEEDS:
            marks = [pytest.mark.slow] if seed not in QUICK_SEEDS else []
            yield pytest.param(path, seed, marks=marks, id=f"{path.stem}-{seed}")


@pytest.mark.parametrize(("path", "seed"), list(_cases()))
def test_autopilot_finishes_clean(path: Path, seed: int) -> None:
    course = load_course(path)
    limit = course.time_limit or 600
    result = run_drive(course, [Autopilot()], limit, seed=seed)
    data = result.as_dict()
    wrong = [(e["rule"], e["t"], e["pos"]) for e in data["events"] if e["kind"] == "mistake"]
    assert data["finished"], f"{path.stem} seed {seed}: did not finish ({wrong})"
    assert wrong == [], f"{path.stem} seed {seed}: {wrong}"
    assert data["stars"] == 3


def test_faults_cover_every_rule() -> None:
    assert set(FAULTS) == set(MISTAKE_RULES)
    with pytest.raises(ValueError):
        Autopilot(fault="no_such_rule")


def test_autopilot_is_pure() -> None:
    import game.drivers.autopilot as mod

    source = Path(mod.__file__).read_text()
    assert "pygame" not in source
