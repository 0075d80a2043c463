"""Installed like a real game: the wheel and the standalone app carry everything they need.

Both are slow (a fresh virtual environment, a frozen app), so they are marked slow and run by
CI with `python -m pytest -m slow`. They run the game as a new user would: from an empty
folder, with no --course, so the shipped courses, sprites and fonts must come from inside.
"""

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

SPRITE_CHECK = ROOT / "packaging" / "build_app.py"


def _headless_env(home: Path) -> dict[str, str]:
    """A new user's environment: no checkout on the path, an empty home, no screen."""
    inherited = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return inherited | {
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
    }


def _car_is_sprite(png: Path) -> bool:
    sys.path.insert(0, str(SPRITE_CHECK.parent))
    try:
        from build_app import car_is_sprite
    finally:
        sys.path.pop(0)
    return car_is_sprite(png)


def test_the_wheel_plays_from_any_folder(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = wheels.glob("traffic_park-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    env = _headless_env(tmp_path / "home")
    # From a bare folder and path, so pip sees only the new environment (not the checkout).
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        cwd=tmp_path,
        env=env,
    )
    exe = bin_dir / "traffic-park"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(exe), *args], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    run("screenshot", "--out", "shot.png")
    assert _car_is_sprite(elsewhere / "shot.png")
    drive = json.loads(run("drive", "--headless", "--json", "--seconds", "20"))
    assert drive["course"].endswith("first_drive.tmx") and "site-packages" in drive["course"]
    assert drive["steps"] == 1200
    assert "Traffic Park" in run("--version")


def test_the_standalone_app_runs_with_its_own_python(tmp_path):
    pytest.importorskip("PyInstaller", reason='the app needs PyInstaller: pip install -e ".[app]"')
    done = subprocess.run(
        [
            sys.executable,
            str(SPRITE_CHECK),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "work"),
            "--check",
        ],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["car_is_sprite"] is True
    assert report["drive_steps"] == 1200
    assert report["check_map"].endswith("ok (0 errors, 0 warnings)")
    assert report["own_course_drive"] is True
    assert report["version"].startswith("Traffic Park ")
