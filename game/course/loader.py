"""Tiled map -> Course, following MAP_SPEC.md.

pytmx reads tiles, tilesets and typed properties. Before it sees the XML we mend
what it cannot read (see `tmx_fixups`), and problems come back as `MapProblem`s
with words a teacher can act on, never as a traceback.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytmx

from game.course import objects as object_readers
from game.course.checks import run_checks
from game.course.model import SURFACE_NAMES, Course, Surface, TileLayer, TileRef
from game.course.problems import CourseError, MapProblem, object_label
from game.course.tmx_fixups import mend


@dataclass
class LoadContext:
    """What object readers need: the file, the scale, and where to report problems."""

    file: str
    tile_px: int
    tile_metres: float
    problems: list[MapProblem]
    layer_of: dict[int, str] = field(default_factory=dict)  # object id -> its layer's name
    classes: set[str] = field(default_factory=set)  # every class met, read well or not

    @property
    def scale(self) -> float:
        """Metres per pixel."""
        return self.tile_metres / self.tile_px

    def label(self, obj: Any) -> str:
        """Name an object (class, name, id, layer) the way Tiled shows it."""
        return object_label(obj.cls, obj.name, obj.id, self.layer_of.get(obj.id, ""))

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
    """Load a course and collect every problem; the course is None when it can't be built.

    Never raises: whatever goes wrong becomes a MapProblem, as a last resort one that
    quotes the exception, so a teacher's map can never crash the game or the checker.
    """
    file = os.fspath(path)
    problems: list[MapProblem] = []
    try:
        return _read(file, problems)
    except Exception as exc:  # the last resort: a message, never a traceback
        problems.append(
            MapProblem(
                "error",
                file,
                "map",
                f"could not read the map ({type(exc).__name__}: {exc})",
                "open the map in Tiled and save it again; if that does not help, "
                "send the map to the game's developers",
            )
        )
        return None, problems


def _read(file: str, problems: list[MapProblem]) -> tuple[Course | None, list[MapProblem]]:
    def fail(what: str, fix: str, where: str = "map") -> tuple[None, list[MapProblem]]:
        problems.append(MapProblem("error", file, where, what, fix))
        return None, problems

    def refuse(what: str, fix: str) -> None:
        problems.append(MapProblem("error", file, "map", what, fix))

    root = _parse_xml(file, refuse)
    if root is None:
        return None, problems
    mended = mend(root, file, problems)
    if mended is None:
        return None, problems

    tiled = pytmx.TiledMap()
    tiled.filename = os.path.abspath(file)
    try:
        tiled.parse_xml(mended.pytmx_root)
    except Exception as exc:  # pytmx raises bare Exceptions with useful text
        return fail(
            f"Tiled data could not be read: {exc}",
            "open the map in Tiled, check its tilesets and layers, and save it again",
        )

    props = mended.properties
    tile_px = int(tiled.tilewidth)
    ctx = LoadContext(file, tile_px, 1.0, problems)
    ctx.layer_of = {obj.id: obj.layer for obj in mended.objects}
    ctx.classes = {obj.type for obj in mended.objects}
    ctx.tile_metres = _read_map_properties(props, ctx)
    _check_extent(int(tiled.width), int(tiled.height), ctx)
    for name in mended.shifted_layers:
        ctx.warn(
            f"layer '{name}'",
            "is shifted by an offset, but the game lays tiles on the grid and ignores it",
            "in Tiled, set the layer's Offset to 0, 0",
        )

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
    object_readers.read_objects(course, mended.objects, ctx)
    run_checks(course, props, ctx)
    return course, problems


def _parse_xml(file: str, refuse: Callable[[str, str], None]) -> ET.Element | None:
    """The file's XML root, or None after saying why it is not a Tiled map."""

    def fail(what: str, fix: str) -> None:
        refuse(what, fix)
        return None

    if os.path.isdir(file):
        return fail("this is a folder, not a map file", "give the path of a .tmx file")
    if os.path.exists(file) and not os.path.isfile(file):
        return fail(
            "this is not a regular file (a device or a pipe), so it was not read",
            "give the path of a .tmx file",
        )
    if not os.path.isfile(file):
        return fail("the file does not exist", "check the path and the file name")
    size = os.path.getsize(file)
    if size > MAX_MAP_BYTES:
        return fail(
            f"the file is {size // (1024 * 1024)} MB, far bigger than any course, "
            "so it was not read",
            "choose the course's .tmx file; a course saved by Tiled is well under 64 MB",
        )
    with open(file, "rb") as fh:
        head = fh.read(4096)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        return fail("the file is empty", "save the map again from Tiled, or restore it")
    if stripped[:1] in (b"{", b"["):
        return fail(
            "this is a JSON map; the game reads maps saved as .tmx (XML)",
            "in Tiled, File > Save As... and choose 'Tiled map files (*.tmx)'",
        )
    try:
        root = ET.parse(file).getroot()
    except ET.ParseError as exc:
        return fail(
            f"this is not a valid Tiled map: the XML is broken ({exc})",
            "open the map in Tiled and save it again, or restore it from a copy",
        )
    except (ValueError, LookupError) as exc:  # garbled text, an unknown encoding="..."
        return fail(f"this is not a valid Tiled map: the text is garbled ({exc})", "save it again")
    if root.tag != "map":
        kinds = {
            "tileset": "a tileset (.tsx)",
            "template": "an object template (.tx)",
            "world": "a Tiled world",
        }
        kind = kinds.get(root.tag, f"a <{root.tag}> file")
        return fail(
            f"this is not a Tiled map: it is {kind}, not a map",
            "choose the course's .tmx file (a map saved by Tiled)",
        )
    return root


# sane ranges: outside them a map is a typo or damage, and would swamp or hang the game
TILE_METRES = (0.25, 10.0)
MAX_SIDE_METRES = 1000.0  # the town's longest side: lanes are sampled along their length
MAX_TIME_LIMIT_S = 7200
MAX_MAP_BYTES = 64 * 1024 * 1024


def _read_map_properties(props: dict[str, Any], ctx: LoadContext) -> float:
    raw = props.get("tile_metres", 1.0)
    low, high = TILE_METRES
    fix = f"write the metres one tile stands for, from {low:g} to {high:g} (e.g. 3)"
    try:
        value = float(str(raw).strip().replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError, OverflowError):
        ctx.error("map property 'tile_metres'", f"'{raw}' is not a number", fix)
        return 1.0
    if not value > 0 or value == float("inf"):
        ctx.error("map property 'tile_metres'", f"{value} must be above zero", fix)
        return 1.0
    if not low <= value <= high:
        ctx.error(
            "map property 'tile_metres'",
            f"{value:g} metres per tile is out of range ({low:g} to {high:g})",
            fix,
        )
        return 1.0
    return value


def _check_extent(width: int, height: int, ctx: LoadContext) -> None:
    """A town a child can drive: its sides at most MAX_SIDE_METRES long."""
    side = max(width, height) * ctx.tile_metres
    if side > MAX_SIDE_METRES:
        ctx.error(
            "map",
            f"the map is {width}x{height} tiles of {ctx.tile_metres:g} m, so one side is "
            f"{side:g} m long; a course may be at most {MAX_SIDE_METRES:g} m across",
            "make the map smaller (Map > Resize Map) or each tile fewer metres (tile_metres)",
        )


def _apply_map_properties(course: Course, props: dict[str, Any], ctx: LoadContext) -> None:
    titles = {"": str(props.get("title", ""))}
    for lang in ("ar", "fr", "en", "zgh"):
        if props.get(f"title_{lang}"):
            titles[lang] = str(props[f"title_{lang}"])
    course.titles = titles
    hints = {"": str(props.get("hint", "") or "")}
    for lang in ("ar", "fr", "en", "zgh"):
        if props.get(f"hint_{lang}"):
            hints[lang] = str(props[f"hint_{lang}"])
    course.hints_text = hints
    lesson = str(props.get("lesson", "") or "")
    course.lesson = tuple(part.strip() for part in lesson.split(",") if part.strip())
    course.time_limit = _time_limit(props.get("time_limit"), ctx)
    side = str(props.get("drive_side", "right") or "right").strip().lower()
    if side not in ("right", "left"):
        ctx.error(
            "map property 'drive_side'",
            f"'{side}' is not right or left",
            "write right (as in Morocco and France) or left (as in the UK)",
        )
        side = "right"
    course.drive_side = side
    priority = str(props.get("priority", "right") or "right").strip().lower()
    if priority not in ("right", "none"):
        ctx.error(
            "map property 'priority'",
            f"'{priority}' is not right or none",
            "write right (priority to the right at unmarked junctions) or none",
        )
        priority = "right"
    course.priority = priority
    mode = str(props.get("mode", "drive") or "drive").strip().lower()
    if mode not in ("drive", "walk"):
        ctx.error(
            "map property 'mode'",
            f"'{mode}' is not drive or walk",
            "write drive (the child drives a car, the default) or walk (the child walks)",
        )
        mode = "drive"
    course.mode = mode


def _time_limit(raw: Any, ctx: LoadContext) -> int | None:
    """Seconds, as Tiled may write it: an int, a float or a string property."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        value = float(str(raw).strip().replace(",", "."))
        if isinstance(raw, bool) or value != int(value):
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        ctx.error(
            "map property 'time_limit'",
            f"'{raw}' is not a whole number of seconds",
            "write e.g. 180, or remove the property for no limit",
        )
        return None
    if value <= 0:
        ctx.error(
            "map property 'time_limit'",
            f"{int(value)} seconds would end the drive before it starts",
            "write a number of seconds above 0, e.g. 180, or remove it for no limit",
        )
        return None
    if value > MAX_TIME_LIMIT_S:
        ctx.error(
            "map property 'time_limit'",
            f"{int(value)} seconds is longer than a lesson (at most {MAX_TIME_LIMIT_S})",
            "write e.g. 180, or remove the property for no limit",
        )
        return None
    return int(value)


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
