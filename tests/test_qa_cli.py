"""QA: the command line as a tinkerer uses it: clear messages, non-zero status, no traceback."""

import subprocess
import sys

import pytest
from conftest import ROOT, TEST_MAPS

from game.cli import build_parser

MINI = str(TEST_MAPS / "mini_type.tmx")


def run(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def refused(out, *words):
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr
    for word in words:
        assert word in out.stderr


def test_options_before_the_command_are_kept():
    args = build_parser().parse_args(["--course", "x.tmx", "--seed", "4", "play"])
    assert str(args.course) == "x.tmx" and args.seed == 4
    args = build_parser().parse_args(["--size", "800x600", "screenshot", "--out", "a.png"])
    assert args.size == (800, 600) and args.course is None
    args = build_parser().parse_args(["play", "--course", "y.tmx", "--fullscreen"])
    assert str(args.course) == "y.tmx" and args.fullscreen


def test_drive_without_a_course_drives_the_first_course():
    out = run("drive", "--headless", "--seconds", "1")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("First Drive:")


def test_a_fault_needs_the_autopilot(tmp_path):
    script = tmp_path / "s.txt"
    script.write_text("1s throttle=1\n")
    refused(
        run("drive", "--course", MINI, "--driver", f"script:{script}", "--fault", "red_light"),
        "--fault",
    )


@pytest.mark.parametrize("value", ["-5", "nan", "soon"])
def test_bad_seconds_are_refused(value):
    refused(run("drive", "--course", MINI, "--headless", "--seconds", value), "seconds")


def test_a_binary_script_is_explained(tmp_path):
    script = tmp_path / "s.txt"
    script.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    refused(run("drive", "--course", MINI, "--driver", f"script:{script}", "--headless"), "text")


def test_record_into_a_missing_folder_is_explained(tmp_path):
    out = run(
        "drive",
        "--course",
        MINI,
        "--headless",
        "--seconds",
        "1",
        "--record",
        str(tmp_path / "no" / "such" / "dir" / "r.json"),
    )
    # a missing folder is created (like screenshot --out) or refused, never a traceback
    assert "Traceback" not in out.stderr


def test_record_onto_a_folder_is_refused(tmp_path):
    refused(run("drive", "--course", MINI, "--headless", "--record", str(tmp_path)), "folder")


def test_replay_of_a_binary_file_is_explained(tmp_path):
    bad = tmp_path / "r.json"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    refused(run("replay", str(bad)), "not a replay")


def test_screenshot_onto_a_folder_is_refused(tmp_path):
    refused(run("screenshot", "--course", MINI, "--out", str(tmp_path)), "folder")


@pytest.mark.parametrize("zoom", ["0", "-1", "1000"])
def test_screenshot_zoom_out_of_range_is_refused(zoom):
    refused(run("screenshot", "--course", MINI, "--out", "x.png", "--zoom", zoom), "zoom")


def test_check_map_on_a_folder_checks_the_maps_in_it(tmp_path):
    (tmp_path / "a.tmx").write_text((TEST_MAPS / "mini_type.tmx").read_text())
    (tmp_path / "b.tmx").write_text("<map><oops")
    out = run("check-map", str(tmp_path))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "a.tmx: " in out.stdout and "b.tmx: FAILED" in out.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    out = run("check-map", str(empty))
    assert out.returncode == 1 and "this is a folder" in out.stdout
