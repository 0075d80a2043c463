"""Generate the shipped courses (maps/*.tmx) from their descriptions in course_defs.

Run `python -m game.tools.build_courses [slug ...]`. The output is deterministic (same
input, same bytes), so regenerated maps only show real changes in review.

The pieces: course_defs (one function per course: nodes, roads and what happens on them),
course_dsl (that vocabulary, and the MAP_SPEC objects derived from the network),
course_net (road cells, lane centre lines, junction connectors, the roundabout ring),
course_town (autotiled kerbs and markings, houses, trees and lamps), course_tmx (the Tiled
file), course_texts (titles and hints in ar/fr/en/zgh) and course_render (a debug picture:
`python -m game.tools.course_render maps/roundabout.tmx /tmp/roundabout.png`).
To add a course: write a function in course_defs, list it in COURSES, run this module, look
at the picture, and run tests/test_courses.py (it drives every route with the game's car).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game import resources
from game.tools.course_defs import COURSES
from game.tools.course_tmx import load_tile_ids, to_tmx
from game.tools.course_town import Town

MAPS = resources.maps_dir()


def build(slug: str, maps_dir: Path = MAPS) -> Path:
    """Write one course's TMX; returns its path."""
    course = COURSES[slug]()
    town = Town(course)
    for w in town.warnings:
        print(f"{slug}: {w}", file=sys.stderr)
    out = maps_dir / f"{slug}.tmx"
    out.write_text(to_tmx(course, town, load_tile_ids(maps_dir)), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("slugs", nargs="*", help="courses to build (default: all)")
    args = ap.parse_args(argv)
    for slug in args.slugs or list(COURSES):
        print(build(slug))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
