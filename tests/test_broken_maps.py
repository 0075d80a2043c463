"""Every broken map in tests/broken_maps gives its one message, never a traceback.

expected.toml maps each file to a fragment of the message it must produce, its severity
and check-map's exit status. The maps are written by tests/broken_maps/make_broken.py.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from game.course.loader import load_course, read_course
from game.course.problems import CourseError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")

BROKEN = ROOT / "tests" / "broken_maps"
EXPECTED = tomllib.loads((BROKEN / "expected.toml").read_text(encoding="utf-8"))


def test_every_broken_map_has_an_expected_message():
    maps = {p.name for p in BROKEN.glob("*.tmx")} - {"clean.tmx"}
    assert maps == set(EXPECTED)
    assert len(maps) >= 20


def test_the_map_they_start_from_is_clean():
    course, problems = read_course(BROKEN / "clean.tmx")
    assert course is not None and problems == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_map_gives_its_one_message(name):
    want = EXPECTED[name]
    course, problems = read_course(BROKEN / name)
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert want["what"] in problem.what
    assert problem.severity == want["severity"]
    assert problem.file == str(BROKEN / name)
    assert problem.where and problem.fix, "say where it is and how to fix it"
    assert "Traceback" not in str(problem) and "could not read the map" not in problem.what
    if want["severity"] == "error":
        with pytest.raises(CourseError) as raised:
            load_course(BROKEN / name)
        assert raised.value.problems == problems
    else:
        assert course is not None


CLI_SAMPLES = [
    "broken_xml.tmx",
    "empty.tmx",
    "isometric.tmx",
    "missing_tsx.tmx",
    "no_spawn.tmx",
    "reserved_property.tmx",
    "unknown_class.tmx",
]


@pytest.mark.parametrize("name", CLI_SAMPLES)
def test_check_map_command_on_broken_maps(name):
    want = EXPECTED[name]
    file = f"tests/broken_maps/{name}"
    run = subprocess.run(
        [sys.executable, "run_game.py", "check-map", file],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = run.stdout + run.stderr
    assert run.returncode == want["status"], out
    assert "Traceback" not in out
    first = run.stdout.splitlines()[0]
    assert first.startswith(f"{file}: {want['severity']}: ")
    assert want["what"] in first and ". Fix: " in first


def test_check_map_on_every_broken_map_at_once_in_bounded_time():
    """All the corpus through one check-map: each its message, no traceback, no hang."""
    names = sorted(EXPECTED)
    run = subprocess.run(
        [sys.executable, "run_game.py", "check-map", "--json", *(str(BROKEN / n) for n in names)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,  # a hang guard: the corpus takes a second or two
    )
    assert "Traceback" not in run.stdout + run.stderr
    assert run.returncode == 1
    verdicts = {Path(d["file"]).name: d for d in json.loads(run.stdout)}
    for name in names:
        want, got = EXPECTED[name], verdicts[name]
        assert got["ok"] == (want["status"] == 0), name
        assert any(want["what"] in p["what"] for p in got["problems"]), (name, got["problems"])
