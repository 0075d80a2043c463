"""Mend a TMX tree before pytmx reads it, and refuse what no mending can save.

pytmx 3.32 raises on XML-encoded layer data and on infinite maps, leaves object
templates unresolved, keeps Tiled 1.9's object `class` only as a raw attribute,
crashes on class-typed custom properties unless it is given the project's
property-types file, and raises on custom properties named like Tiled's own fields.
Each gap is closed here on the XML itself:

- the map's frame (orientation, infinite, size, square tiles) is checked first;
- external tilesets are checked and inlined, with absolute image paths;
- templates are merged into their objects, `class` becomes `type`;
- every tile layer's data is decoded here (any encoding), checked and rewritten as CSV;
- map, layer and object properties, and the objects themselves, are read here,
  so pytmx is only given tilesets and tile layers, with nothing it can trip on.
"""

from __future__ import annotations

import base64
import binascii
import copy
import os
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field
from typing import Any

from game.course.images import image_problem, png_size
from game.course.problems import MapProblem, object_label
from game.course.tmx_objects import (
    REFRAME,
    Frame,
    RawObject,
    RawPoint,
    cast,
    plain_float,
    read_objects,
    read_properties,
)

__all__ = ["RawObject", "RawPoint", "MendedMap", "mend", "decode_gids", "read_properties"]

# Tiled keeps flips in a gid's top bits; bit 28 is the hexagonal 120° rotation.
GID_FLIP_BITS = 0xE0000000
GID_HEX_BIT = 0x10000000
GID_MASK = 0x0FFFFFFF


@dataclass
class MendedMap:
    """What the loader needs after mending: a tree pytmx can read, and what it can't."""

    pytmx_root: ET.Element
    properties: dict[str, Any]
    objects: list[RawObject]
    shifted_layers: list[str] = field(default_factory=list)


MAX_SIDE_FILE_BYTES = 16 * 1024 * 1024  # a tileset or template file


class Refused(Exception):
    """A map that cannot be used at all; carries the one message saying why."""

    def __init__(self, what: str, fix: str, where: str = "map") -> None:
        super().__init__(what)
        self.what, self.fix, self.where = what, fix, where


class _Report:
    def __init__(self, file: str, problems: list[MapProblem]) -> None:
        self.file = file
        self.problems = problems

    def error(self, where: str, what: str, fix: str = "") -> None:
        self.problems.append(MapProblem("error", self.file, where, what, fix))

    def warn(self, where: str, what: str, fix: str = "") -> None:
        self.problems.append(MapProblem("warning", self.file, where, what, fix))


def mend(root: ET.Element, file: str, problems: list[MapProblem]) -> MendedMap | None:
    """Check the map's frame and mend it; None when the map can't be used (problems say why)."""
    report = _Report(file, problems)
    base = os.path.dirname(os.path.abspath(file))
    try:
        width, height = _check_frame(root)
    except Refused as refused:
        report.error(refused.where, refused.what, refused.fix)
        return None
    gid_limits: list[tuple[int, int | None]] = []
    if not _check_tilesets(root, base, report, gid_limits):
        return None
    _resolve_templates(root, base, report)
    for node in root.iter("object"):
        _class_to_type(node)
    if not _mend_tile_layers(root, width, height, gid_limits, report):
        return None
    properties = read_properties(root)
    tile_px = int(root.get("tilewidth", "1"))
    frame = Frame(width * tile_px, height * tile_px)
    objects = read_objects(root, frame, file, problems)
    pytmx_root = _pytmx_copy(root)
    return MendedMap(pytmx_root, properties, objects, _shifted_layers(root))


def prepare_tree(root: ET.Element, file: str, problems: list[MapProblem]) -> bool:
    """Compatibility wrapper: True when `mend` accepts the map."""
    return mend(root, file, problems) is not None


# the frame ---------------------------------------------------------------------------
def _check_frame(root: ET.Element) -> tuple[int, int]:
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        raise Refused(
            f"the map is {orientation}; courses must be orthogonal (seen from straight above)",
            "make a new map in Tiled with Orientation: Orthogonal and copy the layers into it",
        )
    if root.get("infinite", "0") == "1" or root.find(".//data/chunk") is not None:
        raise Refused(
            "the map is infinite; courses need a fixed size",
            "in Tiled, Map > Map Properties, untick 'Infinite' and save",
        )
    try:
        tw, th = int(root.get("tilewidth", "0")), int(root.get("tileheight", "0"))
        width, height = int(root.get("width", "0")), int(root.get("height", "0"))
    except ValueError:
        raise Refused(
            "the map's size or tile size is not a whole number", "save the map again in Tiled"
        ) from None
    if tw <= 0 or th <= 0 or width <= 0 or height <= 0:
        raise Refused("the map has no size", "set the map size and tile size in Tiled")
    if tw != th:
        raise Refused(
            f"tiles are {tw}x{th} px; courses need square tiles",
            "make the map with square tiles, e.g. 32x32 or 64x64",
        )
    if width * height > 4_000_000:
        raise Refused(f"the map is {width}x{height} tiles, far too big", "keep it under 2000x2000")
    return width, height


# tilesets ----------------------------------------------------------------------------
def _check_tilesets(
    root: ET.Element, base: str, report: _Report, limits: list[tuple[int, int | None]]
) -> bool:
    """Check each tileset (file, XML, images, square tiles); note the gids it covers.

    External tilesets are replaced in the tree by their (copied) content, with image
    paths made absolute, so that pytmx and later steps only see embedded ones.
    """
    ok = True
    for ts in list(root.findall("tileset")):
        source = ts.get("source")
        where = f"tileset '{source}'" if source else f"tileset '{ts.get('name', '?')}'"
        try:
            firstgid = int(ts.get("firstgid", ""))
        except ValueError:
            report.error(where, "has no valid firstgid", REFRAME)
            ok = False
            continue
        if source:
            tsx = _read_external_tileset(source, base, where, report)
            if tsx is None:
                ok = False
                continue
            image_base = os.path.dirname(os.path.normpath(os.path.join(base, source)))
        else:
            tsx = ts
            image_base = base
        if not _check_tileset_images(tsx, image_base, where, report):
            ok = False
            continue
        inlined = copy.deepcopy(tsx)
        inlined.attrib.pop("source", None)
        inlined.set("firstgid", str(firstgid))
        for image in inlined.iter("image"):
            if image.get("source"):
                path = os.path.normpath(os.path.join(image_base, image.get("source", "")))
                image.set("source", path)
                _fill_image_size(image, path)
        position = list(root).index(ts)
        root.remove(ts)
        root.insert(position, inlined)
        limits.append((firstgid, _tile_count(inlined)))
    return ok


def _read_external_tileset(
    source: str, base: str, where: str, report: _Report
) -> ET.Element | None:
    path = os.path.normpath(os.path.join(base, source))
    if not os.path.isfile(path):
        report.error(
            where,
            f"the tileset file is missing (looked for {path})",
            "put the .tsx file back next to the map, or re-add the tileset in Tiled",
        )
        return None
    if not source.lower().endswith(".tsx"):
        report.error(
            where,
            "the tileset is not saved as a .tsx (XML) file, the only kind the game reads",
            "in Tiled, open the tileset and use File > Export As... > Tiled tileset files (*.tsx)",
        )
        return None
    too_big = _too_big(path)
    if too_big:
        report.error(where, f"the tileset file {too_big}, so it was not read", REFRAME)
        return None
    try:
        tsx = ET.parse(path).getroot()
    except (ET.ParseError, OSError, ValueError, LookupError) as exc:
        report.error(
            where,
            f"the tileset file is not valid XML ({exc})",
            "open the tileset in Tiled and save it again",
        )
        return None
    if tsx.tag != "tileset":
        report.error(where, f"the tileset file holds a <{tsx.tag}>, not a tileset", "re-add it")
        return None
    return tsx


def _check_tileset_images(tsx: ET.Element, base: str, where: str, report: _Report) -> bool:
    ok = True
    for image in tsx.iter("image"):
        src = image.get("source")
        if not src:
            continue
        path = os.path.normpath(os.path.join(base, src))
        if not os.path.isfile(path):
            report.error(
                where,
                f"the image '{src}' is missing (looked for {path})",
                "put the image next to its tileset, or fix the path in Tiled",
            )
            ok = False
            continue
        wrong = image_problem(path) or _size_problem(image, path)
        if wrong:
            report.error(
                where,
                f"the image '{src}' {wrong}, so it was not used (looked at {path})",
                "save the picture again as a PNG, then in Tiled choose it again as the "
                "tileset's image (Tileset > Tileset Properties > Image) and save",
            )
            ok = False
    tw, th = tsx.get("tilewidth"), tsx.get("tileheight")
    if tw and th and tw != th:
        report.error(
            where, f"tiles are {tw}x{th} px; courses need square tiles", "use square tiles"
        )
        ok = False
    return ok


def _size_problem(image: ET.Element, path: str) -> str | None:
    """The tileset may not claim a bigger picture than the file holds (tiles past its edge)."""
    real = png_size(path)
    if real is None:
        return None
    try:
        said = int(image.get("width") or real[0]), int(image.get("height") or real[1])
    except ValueError:
        return "has a width or height that is not a whole number"
    if said[0] > real[0] or said[1] > real[1]:
        return (
            f"is {real[0]}x{real[1]} px, but the tileset says {said[0]}x{said[1]} "
            "(the picture was changed after the tileset was made)"
        )
    return None


def _too_big(path: str) -> str:
    """'is 80 MB, ...' for a tileset or template far bigger than Tiled ever writes, else ''."""
    try:
        size = os.path.getsize(path)
    except OSError:
        return ""
    if size <= MAX_SIDE_FILE_BYTES:
        return ""
    return f"is {size // (1024 * 1024)} MB, far bigger than Tiled writes one"


def _fill_image_size(image: ET.Element, path: str) -> None:
    """pytmx needs an image's width and height; Tiled writes them, hand-made tilesets may not."""
    if image.get("width") and image.get("height"):
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(24)
    except OSError:
        return
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        image.set("width", str(int.from_bytes(head[16:20], "big")))
        image.set("height", str(int.from_bytes(head[20:24], "big")))


def _tile_count(ts: ET.Element) -> int | None:
    """How many gids a tileset covers, or None when it does not say."""
    count = 0
    try:
        count = int(ts.get("tilecount", "0"))
    except ValueError:
        pass
    ids = [int(t.get("id", "0")) for t in ts.findall("tile") if (t.get("id") or "").isdigit()]
    if ids:
        count = max(count, max(ids) + 1)
    return count or None


# templates and classes ---------------------------------------------------------------
def _class_to_type(node: ET.Element) -> None:
    """Tiled 1.9 writes `class`; 1.8 and 1.10+ write `type`. Everything here reads `type`."""
    cls = node.attrib.pop("class", None)
    if cls and not node.get("type"):
        node.set("type", cls)


def _resolve_templates(root: ET.Element, base: str, report: _Report) -> None:
    """Merge each object's `.tx` template into it; the instance's own values win."""
    cache: dict[str, ET.Element | None] = {}
    layer_of = {
        id(node): str(group.get("name", ""))
        for group in root.iter("objectgroup")
        for node in group.findall("object")
    }
    for node in root.iter("object"):
        template = node.attrib.pop("template", None)
        if not template:
            continue
        path = os.path.normpath(os.path.join(base, template))
        if path not in cache:
            cache[path] = _read_template(path, template, node, layer_of.get(id(node), ""), report)
        tobj = cache[path]
        if tobj is not None:
            _class_to_type(node)
            _merge_template(node, tobj)


def _read_template(
    path: str, template: str, node: ET.Element, layer: str, report: _Report
) -> ET.Element | None:
    cls = node.get("type") or node.get("class") or ""
    where = object_label(cls, node.get("name", ""), node.get("id", "?"), layer)
    if not os.path.isfile(path):
        report.error(
            where,
            f"its template '{template}' is missing (looked for {path})",
            "put the .tx file back, or in Tiled right-click the object > Detach Template",
        )
        return None
    detach = "in Tiled, right-click the object > Detach Template, or re-make the template"
    if not path.lower().endswith(".tx"):
        report.error(
            where,
            f"its template '{template}' is not a Tiled template (.tx) file, so it was not read",
            detach,
        )
        return None
    too_big = _too_big(path)
    if too_big:
        report.error(where, f"its template '{template}' {too_big}, so it was not read", detach)
        return None
    try:
        troot = ET.parse(path).getroot()
    except (ET.ParseError, OSError, ValueError, LookupError) as exc:
        report.error(where, f"its template '{template}' is not valid XML ({exc})", REFRAME)
        return None
    if troot.tag != "template":
        report.error(
            where, f"its template '{template}' holds a <{troot.tag}>, not a template", detach
        )
        return None
    tobj = troot.find("object")
    if tobj is None:
        report.error(where, f"its template '{template}' holds no object", "detach the template")
        return None
    tobj = copy.deepcopy(tobj)
    _class_to_type(tobj)
    return tobj


def _merge_template(node: ET.Element, tobj: ET.Element) -> None:
    for key, value in tobj.attrib.items():
        if key not in node.attrib and key not in ("id", "template"):
            node.set(key, value)
    shapes = ("point", "ellipse", "polygon", "polyline", "text")
    own_shape = any(node.find(s) is not None for s in shapes)
    for child in tobj:
        if child.tag == "properties":
            continue
        if child.tag in shapes and own_shape:
            continue
        if node.find(child.tag) is None:
            node.append(copy.deepcopy(child))
    tprops = tobj.find("properties")
    if tprops is None:
        return
    props = node.find("properties")
    if props is None:
        props = ET.SubElement(node, "properties")
    own = {p.get("name") for p in props.findall("property")}
    for prop in tprops.findall("property"):
        if prop.get("name") not in own:
            props.append(copy.deepcopy(prop))


# tile layers -------------------------------------------------------------------------
class _DataError(Exception):
    def __init__(self, what: str, fix: str) -> None:
        super().__init__(what)
        self.what, self.fix = what, fix


LAYER_FORMAT_FIX = (
    "in Tiled, Map > Map Properties > Tile Layer Format: choose CSV, then save the map"
)


def decode_gids(data: ET.Element, tiles: int | None = None) -> list[int]:
    """Every gid of a `<data>` element, whatever Tiled encoding it uses (flip bits kept).

    With `tiles` (the map's width x height), compressed data is expanded no further than
    those tiles need, so a small damaged or hostile layer cannot fill the memory.
    """
    encoding = (data.get("encoding") or "").strip().lower()
    compression = (data.get("compression") or "").strip().lower()
    if data.find("chunk") is not None:
        raise _DataError(
            "its tiles are stored in chunks, as in an infinite map",
            "in Tiled, Map > Map Properties, untick 'Infinite' and save",
        )
    if not encoding:
        try:
            return [int(tile.get("gid", "0")) for tile in data.findall("tile")]
        except ValueError:
            raise _DataError("a tile has a gid that is not a number", REFRAME) from None
    text = (data.text or "").strip()
    if encoding == "csv":
        if compression:
            raise _DataError(f"CSV data cannot be compressed ({compression})", LAYER_FORMAT_FIX)
        try:
            return [int(part) for part in text.replace("\n", "").split(",") if part.strip()]
        except ValueError:
            raise _DataError(
                "its CSV tile data holds something that is not a number", REFRAME
            ) from None
    if encoding != "base64":
        raise _DataError(f"its tiles use the unknown encoding '{encoding}'", LAYER_FORMAT_FIX)
    try:
        raw = base64.b64decode(text, validate=False)
        if compression in ("zlib", "gzip"):
            raw = _expand(raw, compression, tiles)
        elif compression == "zstd":
            raise _DataError(
                "its tiles are compressed with Zstandard, which the game cannot read",
                LAYER_FORMAT_FIX,
            )
        elif compression:
            raise _DataError(
                f"its tiles use the unknown compression '{compression}'", LAYER_FORMAT_FIX
            )
    except (binascii.Error, zlib.error, OSError, EOFError, ValueError) as exc:
        raise _DataError(
            f"its {encoding}{'+' + compression if compression else ''} tile data is damaged "
            f"and could not be decoded ({exc})",
            REFRAME + ", or restore it from a copy",
        ) from None
    if len(raw) % 4:
        raise _DataError(f"its base64 tile data has {len(raw)} bytes, not a multiple of 4", REFRAME)
    return [int.from_bytes(raw[i : i + 4], "little") for i in range(0, len(raw), 4)]


def _expand(raw: bytes, compression: str, tiles: int | None) -> bytes:
    """Decompress zlib or gzip data, to at most 4 bytes per tile (+1 to see it overflow)."""
    unpack = zlib.decompressobj(zlib.MAX_WBITS | (16 if compression == "gzip" else 0))
    if tiles is None:
        out = unpack.decompress(raw)
    else:
        out = unpack.decompress(raw, tiles * 4 + 1)
        if len(out) > tiles * 4:
            raise _DataError(
                f"its {compression} tile data expands to more than the map's "
                f"{tiles} tiles need (damaged, or not this map's)",
                REFRAME + ", or restore it from a copy",
            )
    if not unpack.eof:
        raise zlib.error("the compressed data is cut short")
    return out


def _in_tileset(gid: int, limits: list[tuple[int, int | None]]) -> bool:
    for first, count in limits:
        if gid >= first and (count is None or gid < first + count):
            return True
    return False


def _mend_tile_layers(
    root: ET.Element,
    width: int,
    height: int,
    limits: list[tuple[int, int | None]],
    report: _Report,
) -> bool:
    """Decode every layer's tiles, check them, and write them back as CSV for pytmx."""
    ok = True
    for layer in root.iter("layer"):
        where = f"layer '{layer.get('name', '')}'"
        data = layer.find("data")
        if data is None:
            report.error(where, "has no tile data", REFRAME)
            ok = False
            continue
        try:
            gids = decode_gids(data, width * height)
        except _DataError as bad:
            report.error(where, bad.what, bad.fix)
            ok = False
            continue
        if len(gids) != width * height:
            report.error(
                where,
                f"has {len(gids)} tiles but the map is {width}x{height} = {width * height}",
                REFRAME + " (Map > Resize Map fixes layers of the wrong size)",
            )
            ok = False
            continue
        unknown = sorted(
            {g & GID_MASK for g in gids if g & GID_MASK and not _in_tileset(g & GID_MASK, limits)}
        )
        if unknown:
            shown = ", ".join(map(str, unknown[:5])) + (" ..." if len(unknown) > 5 else "")
            report.error(
                where,
                f"uses tile number {shown}, which no tileset has, so it would show a hole",
                "re-add the missing tileset in Tiled, or paint over those tiles",
            )
            bad = set(unknown)
            gids = [0 if g & GID_MASK in bad else g for g in gids]
        gids = [g & ~GID_HEX_BIT for g in gids]
        for child in list(data):
            data.remove(child)
        data.attrib.pop("compression", None)
        data.set("encoding", "csv")
        data.text = ",".join(map(str, gids))
        layer.set("width", str(width))
        layer.set("height", str(height))
    return ok


def _shifted_layers(root: ET.Element) -> list[str]:
    """Tile layers drawn with an offset: the surface grid ignores it, so we warn."""
    shifted = []
    for layer in root.iter("layer"):
        try:
            moved = plain_float(layer.get("offsetx")) or plain_float(layer.get("offsety"))
        except ValueError:
            moved = True  # a damaged offset: still not on the grid
        if moved:
            shifted.append(str(layer.get("name", "")))
    return shifted


# the copy pytmx reads ----------------------------------------------------------------
def _pytmx_copy(root: ET.Element) -> ET.Element:
    """Tilesets and tile layers only, with nothing pytmx 3.32 could raise on."""
    tree = copy.deepcopy(root)
    _strip(tree, True, 1.0)
    for ts in tree.findall("tileset"):
        holder = ts.find("properties")
        if holder is not None:
            ts.remove(holder)
        for tile in ts.iter("tile"):
            for group in tile.findall("objectgroup"):
                tile.remove(group)
            holder = tile.find("properties")
            if holder is None:
                continue
            for prop in list(holder.findall("property")):
                kind = prop.get("type", "string")
                if kind == "class" or not prop.get("name"):
                    holder.remove(prop)
                elif kind in ("int", "float", "bool", "object"):
                    typed = cast(kind, prop.get("value", prop.text or ""))
                    if isinstance(typed, str):  # pytmx would raise on it
                        prop.set("type", "string")
    return tree


def _strip(node: ET.Element, effective_visible: bool, effective_opacity: float) -> None:
    """Drop object layers and custom properties; fold group visibility into layers."""
    for child in list(node):
        if child.tag in ("objectgroup", "properties", "imagelayer"):
            node.remove(child)
            continue
        if child.tag not in ("group", "layer"):
            continue
        visible = effective_visible and child.get("visible", "1") != "0"
        try:
            opacity = effective_opacity * plain_float(child.get("opacity"), 1.0)
        except ValueError:
            opacity = effective_opacity
        if child.tag == "layer":
            child.set("visible", "1" if visible else "0")
            child.set("opacity", f"{opacity:g}")
            holder = child.find("properties")
            if holder is not None:
                child.remove(holder)
        else:
            _strip(child, visible, opacity)
            holder = child.find("properties")
            if holder is not None:
                child.remove(holder)
