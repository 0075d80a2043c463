"""Tiled objects read straight from the map's XML, each value checked and named.

Every attribute the game uses is parsed here, so that a damaged or hand-edited object
(`x="nan"`, `points=""`, an unknown `<p-lyline>` shape element) becomes one problem that
names the object, its id and layer, and the attribute, and the object is left out;
readers later on only ever see finite numbers and shapes with enough points.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from game.course.problems import MapProblem, object_label

# Tiled keeps flips in a gid's top bits
GID_MASK = 0x0FFFFFFF
SHAPES = ("point", "ellipse", "polygon", "polyline", "text")
# what Tiled writes inside an <object>; anything else is damage or another program's
OBJECT_CHILDREN = frozenset(SHAPES) | {"properties"}
MIN_POINTS = {"polyline": 2, "polygon": 3}
# custom property names that are also a Tiled object field: pytmx refuses them
RESERVED_OBJECT_NAMES = frozenset(
    {"id", "name", "type", "class", "x", "y", "width", "height", "rotation", "gid", "visible"}
    | {"template", "points"}
)
REFRAME = "open the map in Tiled and save it again"


class RawPoint(NamedTuple):
    x: float
    y: float


@dataclass
class RawObject:
    """One Tiled object as read from the XML, in map pixels, offsets and template applied."""

    id: int
    name: str
    type: str
    x: float
    y: float
    width: float
    height: float
    rotation: float
    shape: str  # point, ellipse, polygon, polyline, text, tile or rectangle
    layer: str
    points: tuple[RawPoint, ...] = ()
    properties: dict[str, Any] = field(default_factory=dict)
    gid: int = 0


class _Bad(Exception):
    """One thing wrong with an object's attributes, said in the teacher's words."""

    def __init__(self, what: str, fix: str = REFRAME) -> None:
        super().__init__(what)
        self.what, self.fix = what, fix


class Frame(NamedTuple):
    """The map's size in pixels: objects far outside it are damage, not a course."""

    width_px: float
    height_px: float

    def far(self, value: float, axis: str) -> bool:
        size = self.width_px if axis == "x" else self.height_px
        return not -size <= value <= 2 * size


def read_properties(node: ET.Element) -> dict[str, Any]:
    """A node's custom properties, typed as Tiled wrote them; never raises.

    Values that do not match their declared type stay strings, so the reader of that
    property can say what is wrong with it. Class-typed properties become dicts and
    need no property-types file.
    """
    props: dict[str, Any] = {}
    holder = node.find("properties")
    if holder is None:
        return props
    for prop in holder.findall("property"):
        name = prop.get("name")
        if not name:
            continue
        kind = prop.get("type", "string")
        if kind == "class":
            props[name] = read_properties(prop)
            continue
        raw = prop.get("value")
        if raw is None:
            raw = prop.text or ""
        props[name] = cast(kind, raw)
    return props


def cast(kind: str, raw: str) -> Any:
    """A property's value in its declared type, or the text when it does not fit."""
    try:
        if kind in ("int", "object"):
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError:
        return raw
    if kind == "bool":
        low = raw.strip().lower()
        if low in ("true", "false"):
            return low == "true"
    return raw


def plain_float(text: str | None, default: float = 0.0) -> float:
    """A float attribute, or `default` when absent; raises ValueError on anything else."""
    if text is None or text.strip() == "":
        return default
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def read_objects(
    root: ET.Element, frame: Frame, file: str, problems: list[MapProblem]
) -> list[RawObject]:
    """Objects of every object layer, in document order, group offsets applied.

    Objects that cannot be read are reported and left out; ids used twice are reported.
    """
    found: list[RawObject] = []

    def walk(parent: ET.Element, dx: float, dy: float) -> None:
        for child in parent:
            if child.tag not in ("group", "objectgroup"):
                continue
            try:
                ox = dx + plain_float(child.get("offsetx"))
                oy = dy + plain_float(child.get("offsety"))
            except ValueError:
                ox, oy = dx, dy
            if child.tag == "group":
                walk(child, ox, oy)
                continue
            layer = str(child.get("name", ""))
            for node in child.findall("object"):
                obj = read_object(node, layer, ox, oy, frame, file, problems)
                if obj is not None:
                    found.append(obj)

    walk(root, 0.0, 0.0)
    _report_duplicate_ids(found, file, problems)
    return found


def _report_duplicate_ids(found: list[RawObject], file: str, problems: list[MapProblem]) -> None:
    first: dict[int, RawObject] = {}
    for obj in found:
        if obj.id <= 0:
            continue
        if obj.id not in first:
            first[obj.id] = obj
            continue
        other = first[obj.id]
        problems.append(
            MapProblem(
                "error",
                file,
                object_label(obj.type, obj.name, obj.id, obj.layer),
                f"has the same id as {object_label(other.type, other.name, other.id, other.layer)}"
                "; every object needs its own id",
                "open the map in Tiled and save it again (Tiled gives each object its own id), "
                "or change one id by hand",
            )
        )


def read_object(
    node: ET.Element,
    layer: str,
    dx: float,
    dy: float,
    frame: Frame,
    file: str,
    problems: list[MapProblem],
) -> RawObject | None:
    """One object, or None after a problem naming it and what is wrong."""
    cls = str(node.get("type", "") or "").strip()
    name = str(node.get("name", "") or "")
    where = object_label(cls, name, node.get("id", "?"), layer)
    try:
        obj = _parse(node, cls, name, layer, dx, dy, frame)
    except _Bad as bad:
        problems.append(MapProblem("error", file, where, bad.what, bad.fix))
        return None
    for key in sorted(obj.properties):
        if key in RESERVED_OBJECT_NAMES:
            problems.append(
                MapProblem(
                    "warning",
                    file,
                    where,
                    f"has a custom property named '{key}', which is one of Tiled's own object "
                    "fields, so the game ignores it",
                    "rename or remove that custom property"
                    + (
                        " and set the object's Class field instead"
                        if key in ("type", "class")
                        else ""
                    ),
                )
            )
            del obj.properties[key]
    return obj


def _parse(
    node: ET.Element, cls: str, name: str, layer: str, dx: float, dy: float, frame: Frame
) -> RawObject:
    unknown = sorted({child.tag for child in node if child.tag not in OBJECT_CHILDREN})
    if unknown:
        raise _Bad(
            f"holds <{unknown[0]}>, which is not a Tiled shape or part of an object "
            "(the file may be damaged)",
            "open the map in Tiled, redraw the object if it looks wrong, and save it again",
        )
    shapes = [child.tag for child in node if child.tag in SHAPES]
    if len(set(shapes)) > 1:
        raise _Bad(f"has two shapes ({shapes[0]} and {shapes[1]}); an object has one")
    shape = shapes[0] if shapes else "rectangle"
    oid = _whole(node, "id")
    x = _coordinate(node, "x", frame) + dx
    y = _coordinate(node, "y", frame) + dy
    width = _size(node, "width", frame)
    height = _size(node, "height", frame)
    rotation = _attribute(node, "rotation")
    gid = _whole(node, "gid") & GID_MASK
    points: tuple[RawPoint, ...] = ()
    if shape in MIN_POINTS:
        points = _points(node.find(shape), shape, x, y, frame)  # type: ignore[arg-type]
    if gid and shape == "rectangle":
        shape = "tile"
        y -= height  # Tiled anchors tile objects at their bottom-left corner
    props = read_properties(node)
    return RawObject(
        oid, name, cls, x, y, width, height, rotation, shape, layer, points, props, gid
    )


def _attribute(node: ET.Element, attr: str) -> float:
    text = node.get(attr)
    if text is None or text.strip() == "":
        return 0.0
    try:
        value = float(text)
    except ValueError:
        raise _Bad(f"its {attr} '{text}' is not a number") from None
    if not math.isfinite(value):
        raise _Bad(f"its {attr} is '{text}', which is not a finite number")
    return value


def _whole(node: ET.Element, attr: str) -> int:
    text = (node.get(attr) or "").strip()
    if not text:
        return 0
    if not (text.isascii() and text.isdigit()) or len(text) > 10:
        raise _Bad(f"its {attr} '{text}' is not a whole number")
    return int(text)


def _coordinate(node: ET.Element, attr: str, frame: Frame) -> float:
    value = _attribute(node, attr)
    if frame.far(value, attr):
        raise _Bad(_far_message(attr, node.get(attr, ""), frame), "move it onto the map in Tiled")
    return value


def _size(node: ET.Element, attr: str, frame: Frame) -> float:
    value = _attribute(node, attr)
    if value < 0:
        raise _Bad(f"its {attr} {node.get(attr)} is below zero")
    if value > 3 * max(frame.width_px, frame.height_px):
        raise _Bad(
            f"its {attr} {node.get(attr)} px is far bigger than the map "
            f"({frame.width_px:g}x{frame.height_px:g} px)",
            "resize it in Tiled",
        )
    return value


def _far_message(attr: str, text: str, frame: Frame) -> str:
    return f"its {attr} {text} is far outside the map ({frame.width_px:g}x{frame.height_px:g} px)"


def _points(
    element: ET.Element, shape: str, x: float, y: float, frame: Frame
) -> tuple[RawPoint, ...]:
    text = element.get("points")
    if text is None or not text.strip():
        raise _Bad(
            f"its {shape} has no points",
            f"delete the object and draw the {shape} again in Tiled",
        )
    points = []
    for pair in text.split():
        parts = pair.split(",")
        if len(parts) != 2:
            raise _Bad(f"its {shape} point '{pair[:40]}' is not two numbers (x,y)")
        try:
            px, py = float(parts[0]), float(parts[1])
        except ValueError:
            raise _Bad(f"its {shape} point '{pair[:40]}' is not two numbers (x,y)") from None
        if not (math.isfinite(px) and math.isfinite(py)):
            raise _Bad(f"its {shape} point '{pair[:40]}' is not a finite number")
        point = RawPoint(px + x, py + y)
        for axis, value in (("x", point.x), ("y", point.y)):
            if frame.far(value, axis):
                raise _Bad(
                    f"its {shape} point '{pair[:40]}' is far outside the map "
                    f"({frame.width_px:g}x{frame.height_px:g} px)",
                    "move the point onto the map in Tiled",
                )
        points.append(point)
    need = MIN_POINTS[shape]
    if len(points) < need:
        raise _Bad(
            f"its {shape} has {len(points)} point{'s' if len(points) != 1 else ''}; "
            f"a {shape} needs at least {need}",
            f"delete the object and draw the {shape} again in Tiled",
        )
    return tuple(points)
