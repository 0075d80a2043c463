"""The command line: help, clear messages for bad input, never a traceback."""

import subprocess
import sys

from conftest import ROOT, TEST_MAPS


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "run_game.py"), *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_help_lists_the_commands():
    out = run("--help")
    assert out.returncode == 0
    for command in ("drive", "screenshot", "check-map"):
        assert command in out.stdout


def test_python_dash_m_game_is_the_same_command_line():
    out = subprocess.run([sys.executable, "-m", "game", "drive", "--help"], capture_output=True,
                         text=True, cwd=ROOT)
    assert out.returncode == 0 and "--headless" in out.stdout and "--seed" in out.stdout


def test_a_missing_course_is_explained(tmp_path):
    out = run("drive", "--course", str(tmp_path / "nowhere.tmx"), "--driver", "script:x",
              "--headless")
    assert out.returncode == 2
    assert "does not exist" in out.stderr and "Traceback" not in out.stderr


def test_a_broken_script_is_explained(tmp_path):
    script = tmp_path / "bad.txt"
    script.write_text("10 throttle=fast\n")
    out = run("drive", "--course", str(TEST_MAPS / "mini_type.tmx"), "--driver",
              f"script:{script}", "--headless", "--json")
    assert out.returncode == 2
    assert "line 1" in out.stderr and "'fast' is not a number" in out.stderr
    assert "Traceback" not in out.stderr


def test_bad_size_is_refused_with_a_hint():
    out = run("screenshot", "--out", "x.png", "--size", "huge")
    assert out.returncode == 2 and "1280x720" in out.stderr
