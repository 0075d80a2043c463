"""Mend a TMX tree before pytmx reads it, and refuse what no mending can save.

pytmx 3.32 raises on XML-encoded layer data and on infinite maps, leaves object
templates unresolved, and keeps Tiled 1.9's object `class` only as a raw
attribute. Each gap is closed here on the XML itself, so pytmx sees a map in the
form it understands and the rest of the loader never has to know.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from game.course.problems import MapProblem


def prepare_tree(root: ET.Element, file: str, problems: list[MapProblem]) -> bool:
    """Check the map's frame and rewrite the tree in place; False when it can't be used."""

    def error(what: str, fix: str, where: str = "map") -> bool:
        problems.append(MapProblem("error", file, where, what, fix))
        return False

    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        return error(
            f"the map is {orientation}; courses must be orthogonal",
            "make a new map in Tiled with Orientation: Orthogonal",
        )
    if root.get("infinite", "0") == "1":
        return error(
            "the map is infinite; courses need a fixed size",
            "in Tiled, Map > Map Properties, untick 'Infinite' and save",
        )
    try:
        tw, th = int(root.get("tilewidth", "0")), int(root.get("tileheight", "0"))
        width, height = int(root.get("width", "0")), int(root.get("height", "0"))
    except ValueError:
        return error("the map's size or tile size is not a whole number", "save it again in Tiled")
    if tw <= 0 or th <= 0 or width <= 0 or height <= 0:
        return error("the map has no size", "set the map and tile size in Tiled")
    if tw != th:
        return error(
            f"tiles are {tw}x{th} px; courses need square tiles",
            "use a tileset and map with square tiles, e.g. 32x32 or 64x64",
        )
    base = os.path.dirname(os.path.abspath(file))
    if not _check_tilesets(root, base, file, problems):
        return False
    _resolve_templates(root, base, file, problems)
    for node in root.iter("object"):
        _class_to_type(node)
    for data in root.iter("data"):
        _xml_data_to_csv(data)
    return True


def _class_to_type(node: ET.Element) -> None:
    """Tiled 1.9 writes `class`; 1.8 and 1.10+ write `type`. pytmx only reads `type`."""
    cls = node.attrib.pop("class", None)
    if cls and not node.get("type"):
        node.set("type", cls)


def _xml_data_to_csv(data: ET.Element) -> None:
    """`<data>` with `<tile gid=../>` children (Tiled's XML encoding) becomes CSV."""
    if data.get("encoding"):
        return
    tiles = data.findall("tile")
    gids = [tile.get("gid", "0") for tile in tiles]
    for tile in tiles:
        data.remove(tile)
    data.set("encoding", "csv")
    data.text = ",".join(gids)


def _check_tilesets(root: ET.Element, base: str, file: str, problems: list[MapProblem]) -> bool:
    ok = True
    for ts in root.findall("tileset"):
        source = ts.get("source")
        if source:
            path = os.path.normpath(os.path.join(base, source))
            where = f"tileset '{source}'"
            if not os.path.isfile(path):
                problems.append(
                    MapProblem(
                        "error",
                        file,
                        where,
                        f"the tileset file is missing (looked for {path})",
                        "put the .tsx file next to the map, or re-add the tileset in Tiled",
                    )
                )
                ok = False
                continue
            try:
                tsx = ET.parse(path).getroot()
            except ET.ParseError as exc:
                problems.append(
                    MapProblem(
                        "error",
                        file,
                        where,
                        f"the tileset file is not valid XML ({exc})",
                        "open the tileset in Tiled and save it again",
                    )
                )
                ok = False
                continue
            image_base = os.path.dirname(path)
        else:
            tsx = ts
            image_base = base
            where = f"tileset '{ts.get('name', '?')}'"
        ok = _check_tileset_images(tsx, image_base, where, file, problems) and ok
    return ok


def _check_tileset_images(
    tsx: ET.Element, base: str, where: str, file: str, problems: list[MapProblem]
) -> bool:
    ok = True
    for image in tsx.iter("image"):
        src = image.get("source")
        if not src:
            continue
        path = os.path.normpath(os.path.join(base, src))
        if not os.path.isfile(path):
            problems.append(
                MapProblem(
                    "error",
                    file,
                    where,
                    f"the image '{src}' is missing (looked for {path})",
                    "put the image next to its tileset, or fix the path in Tiled",
                )
            )
            ok = False
    tw, th = tsx.get("tilewidth"), tsx.get("tileheight")
    if tw and th and tw != th:
        problems.append(
            MapProblem(
                "error",
                file,
                where,
                f"tiles are {tw}x{th} px; courses need square tiles",
                "use a tileset with square tiles",
            )
        )
        ok = False
    return ok


def _resolve_templates(root: ET.Element, base: str, file: str, problems: list[MapProblem]) -> None:
    """Merge each object's `.tx` template into it; the instance's own values win."""
    cache: dict[str, ET.Element | None] = {}
    for group in root.iter("objectgroup"):
        for node in group.findall("object"):
            template = node.attrib.pop("template", None)
            if not template:
                continue
            path = os.path.normpath(os.path.join(base, template))
            if path not in cache:
                cache[path] = _read_template(path, file, node, problems)
            tobj = cache[path]
            if tobj is not None:
                _merge_template(node, tobj)


def _read_template(
    path: str, file: str, node: ET.Element, problems: list[MapProblem]
) -> ET.Element | None:
    where = f"object id {node.get('id', '?')}"
    if not os.path.isfile(path):
        problems.append(
            MapProblem(
                "error",
                file,
                where,
                f"its template is missing (looked for {path})",
                "put the .tx file back, or detach the template in Tiled",
            )
        )
        return None
    try:
        troot = ET.parse(path).getroot()
    except ET.ParseError as exc:
        problems.append(
            MapProblem("error", file, where, f"its template is not valid XML ({exc})", "")
        )
        return None
    tobj = troot.find("object")
    if tobj is not None and troot.find("tileset") is not None:
        problems.append(
            MapProblem(
                "warning",
                file,
                where,
                "its template is a tile object; the tile is not drawn",
                "use a plain point or rectangle template",
            )
        )
    return tobj


def _merge_template(node: ET.Element, tobj: ET.Element) -> None:
    for key, value in tobj.attrib.items():
        if key not in node.attrib and key not in ("id", "gid"):
            node.set(key, value)
    for child in tobj:
        if child.tag == "properties":
            continue
        if node.find(child.tag) is None:
            node.append(_copy(child))
    tprops = tobj.find("properties")
    if tprops is None:
        return
    props = node.find("properties")
    if props is None:
        props = ET.SubElement(node, "properties")
    own = {p.get("name") for p in props.findall("property")}
    for prop in tprops.findall("property"):
        if prop.get("name") not in own:
            props.append(_copy(prop))


def _copy(element: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(element))
