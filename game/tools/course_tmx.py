"""Write a generated course as a Tiled 1.10 TMX map (CSV layers, external town tileset).

The output must open in Tiled unchanged so teachers can copy and edit the shipped courses;
so it is written exactly as Tiled 1.10 would save it, with typed custom properties.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from game.tools.course_dsl import Course, Obj, PropValue
from game.tools.course_town import Town

TILE_PX = 64
TILESET_SOURCE = "tilesets/town.tsx"


def load_tile_ids(maps_dir: Path) -> dict[str, int]:
    """Tile name -> local id, from the tileset's JSON index (gid = 1 + local id)."""
    data = json.loads((maps_dir / "tilesets" / "town_tiles.json").read_text("utf-8"))
    return {name: int(t["id"]) for name, t in data["tiles"].items()}


def _prop(parent: ET.Element, name: str, value: PropValue) -> None:
    el = ET.SubElement(parent, "property", name=name)
    if isinstance(value, bool):
        el.set("type", "bool")
        el.set("value", "true" if value else "false")
    elif isinstance(value, int):
        el.set("type", "int")
        el.set("value", str(value))
    elif isinstance(value, float):
        el.set("type", "float")
        el.set("value", _num(value))
    else:
        el.set("value", str(value))


def _props(parent: ET.Element, props: dict[str, PropValue]) -> None:
    if props:
        box = ET.SubElement(parent, "properties")
        for k in sorted(props):
            _prop(box, k, props[k])


def _num(v: float) -> str:
    """Shortest exact text for a pixel value (ints stay ints)."""
    r = round(v, 3)
    return str(int(r)) if r == int(r) else repr(r)


def _px(v: float) -> float:
    return v * TILE_PX


def _object(parent: ET.Element, oid: int, o: Obj) -> None:
    el = ET.SubElement(parent, "object", id=str(oid))
    if o.name:
        el.set("name", o.name)
    el.set("type", o.type)
    el.set("x", _num(_px(o.x)))
    el.set("y", _num(_px(o.y)))
    if o.shape in ("rect", "ellipse"):
        el.set("width", _num(_px(o.w)))
        el.set("height", _num(_px(o.h)))
    _props(el, o.props)
    if o.shape == "point":
        ET.SubElement(el, "point")
    elif o.shape == "ellipse":
        ET.SubElement(el, "ellipse")
    elif o.shape == "polyline":
        assert o.pts
        x0, y0 = round(_px(o.x)), round(_px(o.y))
        pts = " ".join(f"{round(_px(x)) - x0},{round(_px(y)) - y0}" for x, y in o.pts)
        ET.SubElement(el, "polyline", points=pts)


def _layer(
    parent: ET.Element, lid: int, name: str, grid: list[list[str | None]], ids: dict[str, int]
) -> None:
    h, w = len(grid), len(grid[0])
    el = ET.SubElement(parent, "layer", id=str(lid), name=name, width=str(w), height=str(h))
    rows = []
    for row in grid:
        rows.append(",".join("0" if t is None else str(ids[t] + 1) for t in row))
    data = ET.SubElement(el, "data", encoding="csv")
    data.text = "\n" + ",\n".join(rows) + "\n"


def to_tmx(course: Course, town: Town, ids: dict[str, int]) -> str:
    """The whole map as TMX text."""
    objs = course.objects()
    root = ET.Element(
        "map",
        version="1.10",
        tiledversion="1.10.2",
        orientation="orthogonal",
        renderorder="right-down",
        width=str(course.width),
        height=str(course.height),
        tilewidth=str(TILE_PX),
        tileheight=str(TILE_PX),
        infinite="0",
        nextlayerid="7",
        nextobjectid=str(len(objs) + 1),
    )
    props: dict[str, PropValue] = {
        "title": course.titles["en"],
        "lesson": course.lesson,
        "time_limit": course.time_limit,
        "tile_metres": 3.0,
        "drive_side": "right",
        "priority": "right",
    }
    for lang in ("ar", "fr", "en", "zgh"):
        props[f"title_{lang}"] = course.titles[lang]
    if getattr(course, "mode", "drive") != "drive":
        props["mode"] = course.mode  # type: ignore[attr-defined]
    _props(root, props)
    ET.SubElement(root, "tileset", firstgid="1", source=TILESET_SOURCE)
    _layer(root, 1, "ground", town.ground, ids)
    _layer(root, 2, "markings", town.markings, ids)
    _layer(root, 3, "decor", town.decor, ids)
    groups = (
        ("lanes", ("lane",)),
        (
            "traffic control",
            ("signal", "traffic_light", "stop_line", "sign", "roundabout", "officer"),
        ),
        ("people and traffic", ("crossing", "pedestrian", "vehicle", "parked")),
        ("course", None),
    )
    oid = 1
    placed: set[int] = set()
    for gi, (gname, kinds) in enumerate(groups):
        group = ET.SubElement(root, "objectgroup", id=str(4 + gi), name=gname)
        for i, o in enumerate(objs):
            if i in placed or (kinds is not None and o.type not in kinds):
                continue
            placed.add(i)
            _object(group, oid, o)
            oid += 1
    root.set("nextlayerid", str(4 + len(groups)))
    ET.indent(root, space=" ")
    text = ET.tostring(root, "unicode").replace(" />", "/>")  # as Tiled writes it
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n"
