"""Tiled map -> Course, following MAP_SPEC.md.

pytmx reads tiles, tilesets and typed properties. Before it sees the XML we mend
what it cannot read (see `tmx_fixups`), and problems come back as `MapProblem`s
with words a teacher can act on, never as a traceback.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytmx

from game.course import objects as object_readers
from game.course.model import SURFACE_NAMES, Course, Surface, TileLayer, TileRef
from game.course.problems import CourseError, MapProblem
from game.course.tmx_fixups import prepare_tree


@dataclass
class LoadContext:
    """What object readers need: the file, the scale, and where to report problems."""

    file: str
    tile_px: int
    tile_metres: float
    problems: list[MapProblem]

    @property
    def scale(self) -> float:
        """Metres per pixel."""
        return self.tile_metres / self.tile_px

    def error(self, where: str, what: str, fix: str = "") -> None:
        self.problems.append(MapProblem("error", self.file, where, what, fix))

    def warn(self, where: str, what: str, fix: str = "") -> None:
        self.problems.append(MapProblem("warning", self.file, where, what, fix))


def load_course(path: str | os.PathLike[str]) -> Course:
    """Load a course, or raise CourseError listing every error found."""
    course, problems = read_course(path)
    errors = [p for p in problems if p.is_error]
    if errors or course is None:
        raise CourseError(errors)
    return course


def read_course(path: str | os.PathLike[str]) -> tuple[Course | None, list[MapProblem]]:
    """Load a course and collect every problem; the course is None when it can't be built."""
    file = os.fspath(path)
    problems: list[MapProblem] = []

    def fail(what: str, fix: str, where: str = "map") -> tuple[None, list[MapProblem]]:
        problems.append(MapProblem("error", file, where, what, fix))
        return None, problems

    if not os.path.isfile(file):
        return fail("the file does not exist", "check the path and the file name")
    try:
        tree = ET.parse(file)
    except ET.ParseError as exc:
        return fail(
            f"this is not a valid Tiled map: the XML is broken ({exc})",
            "open the map in Tiled and save it again, or restore it from a copy",
        )
    root = tree.getroot()
    if root.tag != "map":
        return fail(
            f"this is not a Tiled map (its first element is <{root.tag}>, not <map>)",
            "choose a .tmx file saved by Tiled",
        )
    if not prepare_tree(root, file, problems):
        return None, problems

    tiled = pytmx.TiledMap()
    tiled.filename = os.path.abspath(file)
    try:
        tiled.parse_xml(root)
    except Exception as exc:  # pytmx raises bare Exceptions with useful text
        return fail(
            f"Tiled data could not be read: {exc}",
            "open the map in Tiled, check its tilesets and layers, and save it again",
        )

    props = dict(tiled.properties)
    tile_px = int(tiled.tilewidth)
    ctx = LoadContext(file, tile_px, 1.0, problems)
    ctx.tile_metres = _read_map_properties(props, ctx)

    tiles = _tile_refs(tiled, ctx)
    layers, surfaces = _tile_layers(tiled, ctx)
    course = Course(
        path=os.path.abspath(file),
        width=int(tiled.width),
        height=int(tiled.height),
        tile_px=tile_px,
        tile_metres=ctx.tile_metres,
        surfaces=surfaces,
        layers=layers,
        tiles=tiles,
    )
    _apply_map_properties(course, props, ctx)
    shapes = _object_shapes(root)
    object_readers.read_objects(course, list(tiled.objects), shapes, ctx)
    return course, problems


def _read_map_properties(props: dict[str, Any], ctx: LoadContext) -> float:
    raw = props.get("tile_metres", 1.0)
    try:
        value = float(raw)
    except (TypeError, ValueError):
        ctx.error("map property 'tile_metres'", f"'{raw}' is not a number", "write e.g. 1.0")
        return 1.0
    if not value > 0:
        ctx.error("map property 'tile_metres'", f"{value} must be above zero", "write e.g. 1.0")
        return 1.0
    return value


def _apply_map_properties(course: Course, props: dict[str, Any], ctx: LoadContext) -> None:
    titles = {"": str(props.get("title", ""))}
    for lang in ("ar", "fr", "en", "zgh"):
        if props.get(f"title_{lang}"):
            titles[lang] = str(props[f"title_{lang}"])
    course.titles = titles
    lesson = str(props.get("lesson", "") or "")
    course.lesson = tuple(part.strip() for part in lesson.split(",") if part.strip())
    if props.get("time_limit") not in (None, ""):
        try:
            course.time_limit = int(props["time_limit"])
        except (TypeError, ValueError):
            ctx.error(
                "map property 'time_limit'",
                f"'{props['time_limit']}' is not a whole number of seconds",
                "write e.g. 180, or remove the property for no limit",
            )
    side = str(props.get("drive_side", "right") or "right").strip().lower()
    if side not in ("right", "left"):
        ctx.error("map property 'drive_side'", f"'{side}' is not right or left", "write right")
        side = "right"
    course.drive_side = side
    priority = str(props.get("priority", "right") or "right").strip().lower()
    if priority not in ("right", "none"):
        ctx.error("map property 'priority'", f"'{priority}' is not right or none", "write right")
        priority = "right"
    course.priority = priority


def _tile_refs(tiled: pytmx.TiledMap, ctx: LoadContext) -> dict[int, TileRef]:
    """pytmx gid -> where its picture is; missing images are reported once each."""
    refs: dict[int, TileRef] = {}
    missing: set[str] = set()
    base = os.path.dirname(tiled.filename)
    for gid, image in enumerate(tiled.images):
        if not image:
            continue
        filename, rect, flags = image
        path = os.path.normpath(os.path.join(base, filename) if filename else "")
        if not os.path.isfile(path):
            if path not in missing:
                missing.add(path)
                ctx.error(
                    "tileset image",
                    f"the image '{filename}' is missing (looked for {path})",
                    "put the image next to its tileset, or fix the path in Tiled",
                )
            continue
        x, y, w, h = rect if rect else (0, 0, tiled.tilewidth, tiled.tileheight)
        refs[gid] = TileRef(
            path,
            int(x),
            int(y),
            int(w),
            int(h),
            bool(getattr(flags, "flipped_horizontally", False)),
            bool(getattr(flags, "flipped_vertically", False)),
            bool(getattr(flags, "flipped_diagonally", False)),
        )
    return refs


def _tile_layers(
    tiled: pytmx.TiledMap, ctx: LoadContext
) -> tuple[tuple[TileLayer, ...], np.ndarray]:
    """The tile layers in drawing order, and the surface grid (topmost tile wins)."""
    rows, cols = int(tiled.height), int(tiled.width)
    surfaces = np.full((rows, cols), int(Surface.GRASS), dtype=np.uint8)
    gid_surface: dict[int, int | None] = {0: None}
    layers = []
    for layer in tiled.layers:
        if not isinstance(layer, pytmx.TiledTileLayer):
            continue
        gids = np.array(layer.data, dtype=np.int64).reshape(rows, cols)
        layers.append(
            TileLayer(
                str(layer.name or ""),
                gids,
                bool(int(getattr(layer, "visible", 1))),
                float(getattr(layer, "opacity", 1.0)),
            )
        )
        for gid in np.unique(gids):
            gid = int(gid)
            if gid not in gid_surface:
                gid_surface[gid] = _surface_of_gid(tiled, gid, ctx)
        # later layers are drawn on top, so they overwrite
        for gid in np.unique(gids):
            surface = gid_surface[int(gid)]
            if surface is not None:
                surfaces[gids == gid] = surface
    return tuple(layers), surfaces


def _surface_of_gid(tiled: pytmx.TiledMap, gid: int, ctx: LoadContext) -> int | None:
    props = tiled.get_tile_properties_by_gid(gid) or {}
    name = props.get("surface")
    if name in (None, ""):
        return None
    key = str(name).strip().lower()
    if key not in SURFACE_NAMES:
        tiled_id = props.get("id", "?")
        ctx.error(
            f"tileset tile {tiled_id}",
            f"surface '{name}' is not one of {', '.join(SURFACE_NAMES)}",
            "fix the tile's 'surface' property in the tileset",
        )
        return None
    return int(Surface.from_name(key))


def _object_shapes(root: ET.Element) -> dict[int, str]:
    """Object id -> shape: point, ellipse, polygon, polyline, text or rectangle."""
    shapes: dict[int, str] = {}
    for node in root.iter("object"):
        try:
            oid = int(node.get("id", "0"))
        except ValueError:
            continue
        shape = "rectangle"
        for kind in ("point", "ellipse", "polygon", "polyline", "text"):
            if node.find(kind) is not None:
                shape = kind
                break
        if shape == "rectangle" and node.get("gid"):
            shape = "tile"
        shapes[oid] = shape
    return shapes
