"""The same small course, saved in every form Tiled writes, loads to the same Course.

The maps are written by tests/maps/encodings/make_maps.py: five layer encodings, an
embedded tileset, Tiled 1.8 / 1.9 / 1.10 / 1.11 forms, templates, group layers with
offsets and class-typed custom properties.
"""

import dataclasses

import numpy as np
import pytest
from conftest import TEST_MAPS

from game.course.loader import load_course, read_course
from game.course.model import Course, Surface

ENC = TEST_MAPS / "encodings"
ENCODINGS = ["xml", "csv", "base64", "base64-zlib", "base64-gzip"]
VARIANTS = [
    "embedded",
    "tiled18",
    "tiled19",
    "tiled110",
    "tiled111",
    "templates",
    "grouped",
    "class_props",
]


def canonical(course: Course) -> dict:
    """Everything a drive sees, with arrays and file paths made comparable."""
    out = {}
    for f in dataclasses.fields(course):
        value = getattr(course, f.name)
        if f.name == "path":
            continue
        if isinstance(value, np.ndarray):
            value = (value.shape, value.tobytes())
        elif f.name == "layers":
            value = [(la.name, la.gids.tobytes(), la.visible, la.opacity) for la in value]
        elif f.name in ("lanes", "pedestrian_routes"):
            value = [(repr(dataclasses.replace(x, line=None)), x.line.points) for x in value]
        out[f.name] = repr(value)
    return out


@pytest.fixture(scope="module")
def reference() -> Course:
    return load_course(ENC / "course_csv.tmx")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_encoding_loads_cleanly(encoding):
    course, problems = read_course(ENC / f"course_{encoding}.tmx")
    assert course is not None
    assert problems == []


@pytest.mark.parametrize("name", ENCODINGS + VARIANTS)
def test_every_form_gives_the_same_course(name, reference):
    file = ENC / (f"course_{name}.tmx")
    course, problems = read_course(file)
    assert [p for p in problems if p.is_error] == []
    assert canonical(course) == canonical(reference)


def test_the_reference_course_is_what_the_map_says(reference):
    c = reference
    assert (c.width, c.height, c.tile_px, c.tile_metres) == (12, 6, 32, 2.0)
    assert c.titles == {"": "Same course", "ar": "نفس المسار", "zgh": "ⴰⴱⵔⵉⴷ"}
    assert c.lesson == ("stop_sign", "speeding") and c.time_limit == 120
    assert c.spawn_for(1).pos == (3.0, 7.0) and c.spawn_for(1).heading == 90.0
    east, west = c.lanes
    assert east.speed_limit == 30.0 and east.line.points == ((0.0, 7.0), (24.0, 7.0))
    assert west.name == "غرب"
    assert c.stop_lines[0].sign == "stop" and c.stop_lines[0].lane_ids == (east.id,)
    assert c.signs[0].heading == 270.0
    assert c.speed_zones[0].school is True and c.speed_zones[0].limit == 20
    assert c.hints[0].texts["zgh"] == "ⵥⵕ ⵙⵉⵏ ⵉⵙⵓⵔⴰⴼ"
    assert c.hints[0].texts["fr"] == "Regarde\ndes deux côtés"
    assert c.surface_at((1.0, 5.0)) == Surface.ROAD
    assert c.surface_at((1.0, 11.0)) == Surface.BUILDING


def test_tile_flips_are_kept(reference):
    ground = reference.layers[0].gids
    plain, flipped_h, flipped_vd = ground[2, 4], ground[2, 5], ground[3, 6]
    assert len({int(plain), int(flipped_h), int(flipped_vd)}) == 3
    assert reference.tiles[int(flipped_h)].flip_x and not reference.tiles[int(flipped_h)].flip_y
    ref_vd = reference.tiles[int(flipped_vd)]
    assert ref_vd.flip_y and ref_vd.flip_diagonal and not ref_vd.flip_x
    # a flipped road tile is still road
    assert reference.surfaces[2, 5] == Surface.ROAD and reference.surfaces[3, 6] == Surface.ROAD
    assert reference.layers[1].opacity == 0.5


def test_templates_fill_in_class_and_properties_and_the_instance_wins():
    course = load_course(ENC / "course_templates.tmx")
    spawn = course.spawn_for(1)
    assert spawn.cls == "spawn" and spawn.name == "start" and spawn.heading == 90.0
    east = course.lanes[0]
    assert east.cls == "lane" and east.speed_limit == 30.0  # the template says 50


def test_class_typed_properties_need_no_project_file():
    course, problems = read_course(ENC / "course_class_props.tmx")
    assert course is not None and problems == []


def test_left_hand_traffic_and_no_priority(tmp_path):
    text = (ENC / "course_csv.tmx").read_text(encoding="utf-8")
    text = text.replace(
        "<properties>\n",
        '<properties>\n  <property name="drive_side" value="left"/>\n'
        '  <property name="priority" value="none"/>\n',
        1,
    )
    file = tmp_path / "left.tmx"
    file.write_text(text.replace("../mini.tsx", str(TEST_MAPS / "mini.tsx")), encoding="utf-8")
    course = load_course(file)
    assert course.drive_side == "left" and course.priority == "none"


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [("int", "120", 120), ("float", "120", 120), ("string", "120", 120), ("", "90.0", 90)],
)
def test_time_limit_in_any_property_type(tmp_path, kind, value, expected):
    text = (ENC / "course_csv.tmx").read_text(encoding="utf-8")
    typed = f' type="{kind}"' if kind else ""
    text = text.replace(
        '<property name="time_limit" type="int" value="120"/>',
        f'<property name="time_limit"{typed} value="{value}"/>',
    )
    file = tmp_path / "t.tmx"
    file.write_text(text.replace("../mini.tsx", str(TEST_MAPS / "mini.tsx")), encoding="utf-8")
    assert load_course(file).time_limit == expected
