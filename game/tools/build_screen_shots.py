"""Rebuild the pictures of the game's screens in docs/screenshots/ (README and docs):
every screen in English and Arabic at 1280x720, and the README's title, drive and results.

    python -m game.tools.build_screen_shots
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.cli import SCENES
from game.commands import scene_screenshot

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
README = ("title", "drive", "results")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--langs", default="en,ar")
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.split("x"))
    jobs = [
        (s, lang, args.out / "screens" / f"{s}_{lang}.png")
        for s in SCENES
        for lang in args.langs.split(",")
    ]
    jobs += [(s, "en", args.out / f"{s}.png") for s in README]
    for scene, lang, out in jobs:
        shot = argparse.Namespace(scene=scene, lang=lang, size=size, out=out)
        if scene_screenshot(shot) != 0:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
