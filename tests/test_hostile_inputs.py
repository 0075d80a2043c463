"""Hostile input corpus: what a careless or curious user types, and the message each gets.

Each case is a command line (with the files it needs) and the exit status and words it
must give; none may print a traceback or run past its time bound (a hang guard, not a
speed test). The hostile maps are in tests/broken_maps (expected.toml); here are command
lines, control scripts and replays. Also: files are written whole and never over a file of
another kind, and a screenshot ends when it is told to.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ROOT

from game import files
from game.drivers.replay import Replay, ReplayError

FIRST = ROOT / "maps" / "first_drive.tmx"
BOUND = 90  # seconds: every case ends long before (most in one or two)


@dataclass
class Case:
    name: str
    argv: list[str]  # {tmp} stands for the case's folder
    status: int
    says: str  # a fragment of what it must print (stderr or stdout)
    files: dict[str, str | bytes] = field(default_factory=dict)


def _replay(**changes) -> str:
    base = {
        "format": "traffic-park-replay",
        "version": 1,
        "engine": 1,
        "course": str(FIRST),
        "seed": 0,
        "density": 0.0,
        "players": 1,
        "steps": 60,
        "controls": [[[60, [0.0, 0.0, 0.0, 0, True, False]]]],
        "events": [],
        "summary": {},
    }
    base.update(changes)
    return json.dumps(base)


DRIVE = ["drive", "--headless", "--course", str(FIRST), "--traffic", "off"]
SHOT = ["screenshot", "--course", str(FIRST)]
CASES = [
    Case("seconds inf", [*DRIVE, "--seconds", "inf"], 2, "at most 86400 seconds"),
    Case("seconds 1e400", [*DRIVE, "--seconds", "1e400"], 2, "at most 86400 seconds"),
    Case("seconds nan", [*DRIVE, "--seconds", "nan"], 2, "seconds can't be negative"),
    Case(
        "screenshot seconds inf",
        [*SHOT, "--seconds", "inf", "--out", "{tmp}/s.png"],
        2,
        "at most 86400 seconds",
    ),
    Case("seed -1", [*DRIVE, "--seed", "-1"], 2, "a seed is a whole number from 0"),
    Case("seed huge", [*DRIVE, "--seed", "9" * 30], 2, "a seed is a whole number from 0"),
    Case("at nan", [*SHOT, "--at", "nan,nan", "--out", "{tmp}/s.png"], 2, "a point in metres"),
    Case("at inf", [*SHOT, "--at", "1e400,0", "--out", "{tmp}/s.png"], 2, "a point in metres"),
    Case(
        "script inf",
        [*DRIVE, "--driver", "script:{tmp}/s.txt"],
        2,
        "s.txt, line 2: 'inf' is not a number of steps",
        {"s.txt": "10 throttle=1\ninf throttle=1\n"},
    ),
    Case(
        "script 1e400",
        [*DRIVE, "--driver", "script:{tmp}/s.txt"],
        2,
        "line 1: '1e400s' is not a number of steps",
        {"s.txt": "1e400s\n"},
    ),
    Case(
        "script nan",
        [*DRIVE, "--driver", "script:{tmp}/s.txt"],
        2,
        "s.txt, line 1: 'nan' is not a number of steps",
        {"s.txt": "nan\n"},
    ),
    Case(
        "script negative seconds",
        [*DRIVE, "--driver", "script:{tmp}/s.txt"],
        2,
        "'-5s' is below zero",
        {"s.txt": "-5s throttle=1\n"},
    ),
    Case(
        "script nan throttle",
        [*DRIVE, "--driver", "script:{tmp}/s.txt"],
        2,
        "'nan' is not a number for throttle",
        {"s.txt": "10 throttle=nan\n"},
    ),
    Case(
        "script with a byte-order mark",
        [*DRIVE, "--driver", "script:{tmp}/s.txt", "--seconds", "2"],
        0,
        "First Drive",
        {"s.txt": "\ufeff60 throttle=1\n"},
    ),
    Case(
        "replay negative seed",
        ["replay", "{tmp}/r.json"],
        2,
        "its seed -1 is outside",
        {"r.json": _replay(seed=-1)},
    ),
    Case(
        "replay 0 players",
        ["replay", "{tmp}/r.json"],
        2,
        "its players 0 is outside 1 to 8",
        {"r.json": _replay(players=0, controls=[])},
    ),
    Case(
        "replay players and controls disagree",
        ["replay", "{tmp}/r.json"],
        2,
        "says 3 players but holds 1",
        {"r.json": _replay(players=3)},
    ),
    Case(
        "replay deep nesting",
        ["replay", "{tmp}/r.json"],
        2,
        "nested far too deep",
        {"r.json": "[" * 200_000 + "]" * 200_000},
    ),
    Case(
        "replay 5000 digits",
        ["replay", "{tmp}/r.json"],
        2,
        "is damaged",
        {"r.json": _replay().replace('"seed": 0', '"seed": ' + "7" * 5000)},
    ),
    Case(
        "replay steps 1e12",
        ["replay", "{tmp}/r.json"],
        2,
        "its steps 1000000000000 is outside",
        {"r.json": _replay(steps=10**12)},
    ),
    Case(
        "replay run 1e12",
        ["replay", "{tmp}/r.json"],
        2,
        "a run of controls 1000000000000 is outside",
        {"r.json": _replay(controls=[[[10**12, [0.0, 0.0, 0.0, 0, True, False]]]])},
    ),
    Case(
        "replay nan control",
        ["replay", "{tmp}/r.json"],
        2,
        "out of range",
        {"r.json": _replay().replace("[0.0, 0.0, 0.0, 0,", "[NaN, 0.0, 0.0, 0,")},
    ),
    Case(
        "replay of another course",
        ["replay", "{tmp}/r.json"],
        2,
        "driven on another course",
        {"r.json": _replay(course_sha256="0" * 64)},
    ),
    Case(
        "replay whose course is gone",
        ["replay", "{tmp}/r.json"],
        2,
        "is not there",
        {"r.json": _replay(course="/nowhere/my_street.tmx")},
    ),
    Case(
        "replay whose course moved",
        ["replay", "{tmp}/r.json"],
        0,
        "playing",  # says which map of the same name it plays
        {"r.json": _replay(course="/nowhere/first_drive.tmx")},
    ),
    Case(
        "saved games in a file",
        ["replay", "--list", "--data-dir", "{tmp}/notes.txt"],
        1,
        "is a file, not a folder for the saved games",
        {"notes.txt": "mine\n"},
    ),
    Case(
        "replay of a device",
        ["replay", "/dev/zero"],
        2,
        "is not a regular file",
    ),
    Case("check-map of a device", ["check-map", "/dev/zero"], 1, "is not a regular file"),
    Case(
        "drive on a hostile map",
        [
            "drive",
            "--headless",
            "--course",
            str(ROOT / "tests/broken_maps/tile_metres_huge.tmx"),
        ],
        2,
        "1000 metres per tile is out of range",
    ),
    Case(
        "screenshot over its own course",
        [*SHOT[:1], "--course", "{tmp}/c.tmx", "--out", "{tmp}/c.tmx"],
        2,
        "is the name of a map",
        {"c.tmx": FIRST.read_text(encoding="utf-8")},
    ),
    Case(
        "screenshot over a text file",
        [*SHOT, "--out", "{tmp}/notes.png"],
        2,
        "already exists and is not a PNG picture",
        {"notes.png": "my notes\n"},
    ),
    Case(
        "record over a map",
        [*DRIVE, "--record", "{tmp}/c.tmx"],
        2,
        "is the name of a map",
        {"c.tmx": "<map/>"},
    ),
    Case(
        "record over a text file",
        [*DRIVE, "--record", "{tmp}/notes.json"],
        2,
        "already exists and is not a Traffic Park replay",
        {"notes.json": '{"mine": 1}'},
    ),
    Case(
        # a day of driving would take minutes: the folder is refused before it starts
        "record where nothing can be written, before a long drive",
        [*DRIVE, "--seconds", "86400", "--record", "{tmp}/notes.txt/r.json"],
        2,
        "cannot write in",
        {"notes.txt": "a file, not a folder\n"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_command_lines_give_their_message(case: Case, tmp_path: Path) -> None:
    if "/dev/zero" in case.argv and not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    before = {}
    for name, content in case.files.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        before[name] = path.read_bytes()
    argv = [a.replace("{tmp}", str(tmp_path)) for a in case.argv]
    run = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *argv],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=BOUND,
        env={**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"},
    )
    out = run.stdout + run.stderr
    assert "Traceback" not in out, out
    assert run.returncode == case.status, out
    assert case.says in out, out
    for name, content in before.items():  # nothing the user had is lost
        assert (tmp_path / name).read_bytes() == content


def test_screenshot_ends_when_told_to(tmp_path: Path) -> None:
    """`timeout 60 screenshot --seconds 3000` must end at the signal, not minutes later."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "run_game.py"), "screenshot", "--course", str(FIRST)]
        + ["--seconds", "3000", "--out", str(tmp_path / "s.png")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"},
    )
    time.sleep(4)  # well into the town's 3000 s
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        pytest.fail("screenshot ignored SIGTERM")
    assert proc.returncode == -signal.SIGTERM
    assert not (tmp_path / "s.png").exists()


# writing files ---------------------------------------------------------------------------
def test_a_write_that_fails_midway_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("the old replay", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with files.atomic_file(target) as fh:
            fh.write(b"half a ne")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "the old replay"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_a_full_disk_is_said_in_words(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "shot.png"
    target.write_bytes(b"\x89PNG\r\n\x1a\nold")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(files.WriteError) as raised:
        files.write_atomic(target, b"\x89PNG\r\n\x1a\nnew")
    assert str(raised.value) == f"cannot write {target}: the disk is full"
    assert target.read_bytes() == b"\x89PNG\r\n\x1a\nold"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]


def test_check_output_refuses_other_kinds_and_accepts_its_own(tmp_path: Path) -> None:
    (tmp_path / "old.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    files.check_output(tmp_path / "old.png", "png")  # a picture may replace a picture
    files.check_output(tmp_path / "new" / "deeper" / "x.png", "png")  # folders are made
    for name, content in (("map.tmx", b"<map/>"), ("a.png", b"text")):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(files.WriteError):
            files.check_output(tmp_path / name, "png")
    with pytest.raises(files.WriteError, match="is a folder"):
        files.check_output(tmp_path, "png")


def test_written_files_keep_ordinary_permissions(tmp_path: Path) -> None:
    files.write_atomic(tmp_path / "a.json", "{}")
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o666 & ~mask


def test_replays_save_whole_and_load_back(tmp_path: Path) -> None:
    replay = Replay.from_dict(json.loads(_replay()))
    replay.save(tmp_path / "r.json")
    again = Replay.load(tmp_path / "r.json")
    assert again.course_sha256 and again.course_problem(FIRST) is None
    assert again.course_problem(ROOT / "maps" / "parking.tmx")
    with pytest.raises(ReplayError):
        Replay.from_dict(json.loads(_replay(players=True)))
    # a drive left before its first step is saved with no controls, and still loads
    assert Replay.from_dict(json.loads(_replay(steps=0, controls=[]))).players == 1
