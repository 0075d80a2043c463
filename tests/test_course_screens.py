"""Every shipped course renders: the town, its signs and lights, with and without objects."""

from pathlib import Path

import pytest
from conftest import ROOT

from game.course.loader import load_course
from game.render.snapshot import Shot, render_frame

COURSES = sorted((ROOT / "maps").glob("*.tmx"))


@pytest.mark.parametrize("path", COURSES, ids=[p.stem for p in COURSES])
def test_course_renders_bright_and_whole(path: Path):
    course = load_course(path)
    frame = render_frame(course, Shot((640, 360), overview=True, objects=True))
    assert frame.get_size() == (640, 360)
    # a bright town, not a black or empty frame: many distinct colours, light on average
    colours = {
        tuple(frame.get_at((x, y)))[:3] for x in range(0, 640, 16) for y in range(0, 360, 16)
    }
    assert len(colours) > 20
    mean = sum(sum(c) for c in colours) / (3 * len(colours))
    assert mean > 90
    greens = [c for c in colours if c[1] > c[0] + 30 and c[1] > c[2] + 30]
    greys = [c for c in colours if max(c) - min(c) < 12 and 90 < c[0] < 170]
    assert greens and greys, "grass and asphalt are both on screen"
