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
    assert not [p for p in problems if p.is_error]
    mystery = [p for p in problems if "mystery" in p.where]
    assert len(mystery) == 1 and "not known" in mystery[0].what
    assert mystery[0].where == "mystery (id 6, layer 'course')"


def _variant(tmp_path, old: str, new: str, name: str = "v.tmx"):
    text = (TEST_MAPS / "encodings" / "course_csv.tmx").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new).replace("../mini.tsx", str(TEST_MAPS / "mini.tsx"))
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    return read_course(file)


def test_a_broken_signal_is_blamed_once(tmp_path):
    objects = (
        '  <object id="16" name="j" type="signal" x="10" y="10"><properties>'
        '<property name="phases" value="A=x,3"/></properties><point/></object>\n'
        '  <object id="17" type="traffic_light" x="20" y="10"><properties>'
        '<property name="signal" value="j"/><property name="phase" value="A"/>'
        "</properties><point/></object>\n </objectgroup>"
    )
    course, problems = _variant(tmp_path, " </objectgroup>", objects)
    assert [p.where for p in problems] == ["signal 'j' (id 16, layer 'course')"]


def test_layers_inside_groups(tmp_path):
    text = (TEST_MAPS / "encodings" / "course_csv.tmx").read_text(encoding="utf-8")
    start = text.index(' <layer id="2"')
    end = text.index("</layer>", start) + len("</layer>")
    layer = text[start:end].replace('name="decor"', 'name="decor" offsetx="3"')
    text = text[:start] + f' <group id="9" name="g" visible="0" opacity="0.5">\n{layer}\n </group>'
    text = text + (TEST_MAPS / "encodings" / "course_csv.tmx").read_text(encoding="utf-8")[end:]
    file = tmp_path / "grouped_layers.tmx"
    file.write_text(text.replace("../mini.tsx", str(TEST_MAPS / "mini.tsx")), encoding="utf-8")
    course, problems = read_course(file)
    decor = course.layers[1]
    assert decor.name == "decor" and decor.visible is False and decor.opacity == 0.25
    assert [p.where for p in problems] == ["layer 'decor'"]
    assert "offset" in problems[0].what and problems[0].severity == "warning"


def test_a_custom_property_named_like_a_tiled_field_is_ignored_with_a_warning(tmp_path):
    course, problems = _variant(
        tmp_path,
        '<property name="order" type="int" value="1"/>',
        '<property name="order" type="int" value="1"/><property name="x" type="int" value="5"/>',
    )
    assert course.checkpoints[0].polygon[0] == (8.0, 6.0), "the object's own x wins"
    assert len(problems) == 1 and "'x'" in problems[0].what
