"""The loader on a small map saved in both object forms (Tiled 1.9 `class`, 1.10 `type`)."""

import numpy as np
import pytest
from conftest import TEST_MAPS

from game.course.loader import load_course, read_course
from game.course.model import Surface


@pytest.fixture(params=["mini_class.tmx", "mini_type.tmx"])
def mini(request):
    return load_course(TEST_MAPS / request.param)


def test_both_object_forms_give_the_same_course():
    a = load_course(TEST_MAPS / "mini_class.tmx")
    b = load_course(TEST_MAPS / "mini_type.tmx")
    assert np.array_equal(a.surfaces, b.surfaces)
    assert a.spawns == b.spawns
    assert [lane.line.points for lane in a.lanes] == [lane.line.points for lane in b.lanes]
    assert a.checkpoints == b.checkpoints and a.finishes == b.finishes


def test_objects_are_read_in_metres(mini):
    assert mini.tile_metres == 1.0 and mini.tile_px == 32
    spawn = mini.spawn_for(1)
    assert spawn.pos == (1.5, 6.5) and spawn.heading == 90.0
    east = next(lane for lane in mini.lanes if lane.name == "east")
    assert east.speed_limit == 30.0
    assert east.line.points[0] == (0.5, 6.5) and east.line.points[-1] == (17.5, 6.5)
    assert mini.route()[0].order == 1
    assert mini.finishes[0].contains((14.5, 6.0))


def test_surfaces_follow_the_tiles(mini):
    assert mini.surface_at((5.5, 5.5)) == Surface.ROAD
    assert mini.surface_at((5.5, 4.5)) == Surface.SIDEWALK
    assert mini.surface_at((5.5, 1.5)) == Surface.GRASS
    assert mini.surface_at((18.5, 1.5)) == Surface.BUILDING
    assert mini.is_solid((19.9, 6.0)) and not mini.is_solid((10.0, 6.0))
    assert mini.is_solid((-0.1, 6.0)), "outside the map is a wall"


def test_unknown_class_is_a_warning_not_an_error():
    course, problems = read_course(TEST_MAPS / "mini_class.tmx")
    assert course is not None
    assert [p.severity for p in problems] == ["warning"]
    assert "mystery" in problems[0].where and "not known" in problems[0].what
