#!/usr/bin/env python3
"""Build the standalone Traffic Park: a folder with the game and its own Python.

For classroom laptops and exhibition kiosks that have no Python. PyInstaller freezes the
game for the machine it runs on (build on Windows for Windows, on macOS for macOS, on Linux
for Linux); the folder it makes needs nothing else installed:

    pip install -e ".[app]"            # the game and PyInstaller
    python packaging/build_app.py      # -> dist/traffic-park/traffic-park(.exe)

Then ``dist/traffic-park/traffic-park`` runs every command of the game (play, drive,
screenshot, check-map, replay, licence). The courses, pictures, fonts and words travel inside
it as the packages game.maps, game.assets and game.i18n, found by importlib.resources exactly
as in a wheel. ``--check`` runs the built app headless afterwards (version, a screenshot whose
car must be a sprite, a short drive, a map check) and prints the app's size and start-up time
as JSON. See docs/install.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "traffic-park"
# Python packages whose data files (fonts, locale data, catalogs) the game reads at run time.
DATA_PACKAGES = ["game", "babel", "fpdf", "uharfbuzz"]
# Modules the game imports by name at run time, which PyInstaller's import scan cannot see.
SUBMODULE_PACKAGES = ["game"]
# The flat colour of a car drawn as a plain shape (game.render.sprites.SpriteBank.base).
PLAIN_CAR = (220, 60, 60)


def build(dist: Path, work: Path) -> Path:
    """Freeze the game into dist/traffic-park and return the app's executable."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('PyInstaller is missing: pip install -e ".[app]" first')
    # The game exactly as its wheel installs it (assets/ and maps/ inside as game.assets and
    # game.maps, setup.py), so the app finds its files the way an installed game does.
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-compile",
            "--target",
            str(site),
            str(ROOT),
        ],
        check=True,
    )
    args = [
        str(ROOT / "packaging" / "app_main.py"),
        "--name",
        NAME,
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--paths",
        str(site),
        # A console app everywhere: drive --json and check-map print to it (on Windows a
        # console window stays behind the game's window; full screen covers it).
    ]
    for package in DATA_PACKAGES:
        args += ["--collect-data", package]
    for package in SUBMODULE_PACKAGES:
        args += ["--collect-submodules", package]
    icon = ROOT / "assets" / "icon" / ("traffic_park.ico" if os.name == "nt" else "")
    if icon.is_file():
        args += ["--icon", str(icon)]
    # A separate process whose path starts with that copy, ahead of any editable install,
    # run outside the checkout so its game/ folder (without assets/ and maps/) is not seen.
    env = {**os.environ, "PYTHONPATH": str(site)}
    subprocess.run([sys.executable, "-m", "PyInstaller", *args], check=True, env=env, cwd=str(work))
    exe = dist / NAME / (NAME + (".exe" if os.name == "nt" else ""))
    if not exe.is_file():
        sys.exit(f"the build made no {exe}")
    for needed in ("first_drive.tmx", "sprites.json", "en.toml"):
        if not any(exe.parent.rglob(needed)):
            sys.exit(f"the app was built without {needed}: the game's files are not inside")
    return exe


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def check(exe: Path) -> dict:
    """Run the built app as a user would: from an empty folder, in a bare environment."""
    env = {
        "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if os.path.isdir(p)),
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "HOME": tempfile.mkdtemp(prefix="tp-home-"),
    }
    if os.name == "nt":
        env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    report: dict = {"app": str(exe), "platform": platform.platform()}
    with tempfile.TemporaryDirectory(prefix="tp-run-") as tmp:

        def run(*cmd: str) -> subprocess.CompletedProcess:
            result = subprocess.run(
                [str(exe), *cmd], cwd=tmp, env=env, capture_output=True, text=True, timeout=300
            )
            if result.returncode != 0:
                sys.exit(f"{exe.name} {' '.join(cmd)} failed:\n{result.stdout}{result.stderr}")
            return result

        start = time.perf_counter()
        report["version"] = run("--version").stdout.strip()
        report["version_seconds"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        run("screenshot", "--out", "shot.png")
        report["screenshot_seconds"] = round(time.perf_counter() - start, 2)
        report["car_is_sprite"] = car_is_sprite(Path(tmp) / "shot.png")
        drive = json.loads(run("drive", "--headless", "--json", "--seconds", "20").stdout)
        report["drive_steps"] = drive["steps"]
        # A teacher's own courses: a folder of maps on disk, outside the app.
        shipped = next(exe.parent.rglob("first_drive.tmx")).parent
        shutil.copytree(shipped, Path(tmp) / "my courses")
        report["check_map"] = run("check-map", "my courses").stdout.strip().splitlines()[-1]
        own = run(
            "drive",
            "--course",
            "my courses/roundabout.tmx",
            "--headless",
            "--json",
            "--seconds",
            "5",
        )
        report["own_course_drive"] = json.loads(own.stdout)["steps"] > 0
        if not report["car_is_sprite"]:
            sys.exit("the app's screenshot shows the car as a plain box: assets are missing")
    report["app_mb"] = round(folder_size(exe.parent) / 1e6, 1)
    return report


def car_is_sprite(png: Path) -> bool:
    """The plain-shape fallback paints the car one flat red; the sprite has shading and glass."""
    import pygame

    picture = pygame.image.load(str(png))
    flat = pygame.Color(PLAIN_CAR)
    w, h = picture.get_size()
    flat_pixels = sum(
        1 for x in range(0, w, 2) for y in range(0, h, 2) if picture.get_at((x, y))[:3] == flat[:3]
    )
    return flat_pixels < 50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "app", help="scratch")
    parser.add_argument("--check", action="store_true", help="run the built app afterwards")
    parser.add_argument("--no-build", action="store_true", help="only check an existing app")
    options = parser.parse_args()
    exe = options.dist / NAME / (NAME + (".exe" if os.name == "nt" else ""))
    if not options.no_build:
        start = time.perf_counter()
        exe = build(options.dist.resolve(), options.work.resolve())
        print(f"built {exe} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        shutil.rmtree(options.work, ignore_errors=True)
    if options.check:
        print(json.dumps(check(exe), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
