"""Rebuild the pictures in docs/screenshots from the shipped courses.

python -m game.tools.build_doc_shots
"""

from __future__ import annotations

import os
from pathlib import Path

from game import resources
from game.course.loader import load_course
from game.render.snapshot import Shot, save_screenshot

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    for path in resources.courses():
        course = load_course(path)
        save_screenshot(
            course,
            OUT / f"{path.stem}_overview.png",
            Shot((1280, 820), seconds=30, seed=1, overview=True),
        )
        print("wrote", path.stem)
    template = load_course(resources.course("template"))
    save_screenshot(
        template, OUT / "template_objects.png", Shot((1280, 860), overview=True, objects=True)
    )
    lights = load_course(resources.course("traffic_lights"))
    signal = lights.signals[0].pos
    save_screenshot(
        lights, OUT / "junction_objects.png", Shot((1000, 640), at=signal, objects=True)
    )
    park = load_course(resources.course("traffic_park"))
    junction = park.signals[0].pos
    save_screenshot(
        park, OUT / "traffic_park.png", Shot((1280, 720), seconds=52, seed=2, at=junction)
    )


if __name__ == "__main__":
    main()
