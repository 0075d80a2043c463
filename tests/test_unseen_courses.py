"""The autopilot on courses it was never tuned on (tests/unseen_maps, built by build.py):
DSL layouts no shipped course has, and maps written the way a teacher saves them from Tiled
(1 m tiles, 3-tile lanes, imprecise joins, `class`, left-hand traffic, only a finish).

Clean: it finishes each one with no mistake at three seeds, with the town's traffic.
Faults: with `fault=RULE` it makes that mistake (and no other) where the course has the
situation, so `drive --fault RULE` works on a teacher's map too.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from game.course.loader import load_course
from game.course.model import Course
from game.drivers.autopilot import Autopilot
from game.tools.check_map import check_files
from game.tools.headless import DriveResult, run_drive

HERE = Path(__file__).resolve().parent / "unseen_maps"
MAPS = sorted(HERE.glob("*.tmx"))
SEEDS = (0, 1, 2)

# where each fault's situation exists (a light, a STOP, a straight, a turn...)
FAULT_MAPS: dict[str, tuple[str, ...]] = {
    "red_light": ("u_grid_signals", "u_s_road", "h_left"),
    "stop_sign": ("u_left_stop", "u_t_junction", "h_loop"),
    "speeding": ("u_s_road",),
    "wrong_way": ("h_loop", "h_left", "h_finish_only", "u_grid_signals"),
    "off_road": ("h_loop", "h_finish_only", "h_left", "u_angled_bay"),
    "seatbelt": ("h_loop", "u_roundabout3", "h_left"),
    "no_indicator": ("u_t_junction", "u_roundabout3", "u_unmarked", "h_left"),
}
FAULT_CASES = [(rule, name) for rule, names in FAULT_MAPS.items() for name in names]


@functools.cache
def course(name: str) -> Course:
    return load_course(HERE / f"{name}.tmx")


def _drive(name: str, fault: str | None, seed: int, traffic: bool) -> DriveResult:
    c = course(name)
    density = 1.0 if traffic else 0.0
    return run_drive(c, [Autopilot(fault=fault)], c.time_limit or 300, seed=seed, density=density)


def _mistakes(result: DriveResult) -> list[tuple[str, float]]:
    return [(e["rule"], e["t"]) for e in result.referee.events if e["kind"] == "mistake"]


def test_the_corpus_is_there_and_valid(capsys: pytest.CaptureFixture[str]) -> None:
    """Ten unseen maps, each accepted by the map checker (warnings allowed, no error)."""
    assert len(MAPS) >= 10
    assert check_files([str(p) for p in MAPS], _Sink()) == 0


class _Sink:
    def write(self, text: str) -> int:
        return len(text)


@pytest.mark.parametrize(
    "seed",
    # the first seed in the README's test command, the other two with -m slow (CI runs both)
    [pytest.param(s, marks=[pytest.mark.slow] if s else []) for s in SEEDS],
)
@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_autopilot_finishes_unseen_course_clean(path: Path, seed: int) -> None:
    result = _drive(path.stem, None, seed, traffic=True)
    data = result.as_dict()
    wrong = _mistakes(result)
    assert data["finished"], f"{path.stem} seed {seed}: did not finish ({wrong}, car {data['car']})"
    assert wrong == [], f"{path.stem} seed {seed}: {wrong}"
    assert data["stars"] == 3


@pytest.mark.parametrize(("rule", "name"), FAULT_CASES, ids=[f"{r}-{n}" for r, n in FAULT_CASES])
def test_fault_gives_its_rule_on_unseen_course(rule: str, name: str) -> None:
    result = _drive(name, rule, 0, traffic=False)
    found = {r for r, _ in _mistakes(result)}
    assert rule in found, f"{rule} on {name}: not reported ({found})"
    assert found == {rule}, f"{rule} on {name}: unrelated mistakes {found - {rule}}"
    assert result.world.players[0].progress.finished, f"{rule} on {name}: did not finish"


def test_build_is_deterministic(tmp_path: Path) -> None:
    """The corpus in the repo is exactly what build.py writes."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("unseen_build", HERE / "build.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["unseen_build"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    for written in mod.build(tmp_path):
        assert written.read_bytes() == (HERE / written.name).read_bytes(), written.name
