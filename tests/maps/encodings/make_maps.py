"""Write the same small course in every form Tiled can save it in.

Run from anywhere: `python tests/maps/encodings/make_maps.py`. The .tmx files it writes
are committed; tests/test_encodings.py checks that they all load to the same Course.
"""

# ruff: noqa: E501  (map data reads best on one line)

from __future__ import annotations

import base64
import gzip
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
W, H = 12, 6
FLIP_H, FLIP_V, FLIP_D = 0x80000000, 0x40000000, 0x20000000

GROUND = [1] * W + [3] * W + [2] * W + [2] * W + [3] * W + [4, 4] + [1] * (W - 2)
GROUND[2 * W + 5] |= FLIP_H
GROUND[3 * W + 6] |= FLIP_V | FLIP_D
DECOR = [0] * (W * H)
DECOR[1 * W + 9] = 4 | FLIP_H

TILESET_EMBEDDED = """ <tileset firstgid="1" name="mini" tilewidth="32" tileheight="32" tilecount="4" columns="4">
  <image source="../mini.png" width="128" height="32"/>
  <tile id="0"><properties><property name="surface" value="grass"/></properties></tile>
  <tile id="1"><properties><property name="surface" value="road"/>{tile_class}</properties></tile>
  <tile id="2"><properties><property name="surface" value="sidewalk"/></properties></tile>
  <tile id="3"><properties><property name="surface" value="building"/></properties></tile>
 </tileset>"""
TILESET_EXTERNAL = ' <tileset firstgid="1" source="../mini.tsx"/>'
CLASS_PROP = (
    '<property name="style" type="class" propertytype="Paint">'
    '<properties><property name="colour" type="color" value="#ff202020"/></properties>'
    "</property>"
)


def encode(gids: list[int], encoding: str) -> str:
    if encoding == "xml":
        return (
            "<data>\n"
            + "".join(f'   <tile gid="{g}"/>\n' if g else "   <tile/>\n" for g in gids)
            + "  </data>"
        )
    if encoding == "csv":
        rows = [",".join(map(str, gids[r * W : (r + 1) * W])) for r in range(H)]
        return '<data encoding="csv">\n' + ",\n".join(rows) + "\n</data>"
    raw = struct.pack(f"<{len(gids)}I", *gids)
    compression = ""
    if encoding == "base64-zlib":
        raw, compression = zlib.compress(raw), ' compression="zlib"'
    elif encoding == "base64-gzip":
        raw, compression = gzip.compress(raw, mtime=0), ' compression="gzip"'
    text = base64.b64encode(raw).decode()
    return f'<data encoding="base64"{compression}>\n   {text}\n  </data>'


def objects(kind_attr: str, templates: bool, group_offset: int) -> str:
    """The course's objects; `kind_attr` is how this Tiled version writes the class."""
    dx = -group_offset

    def obj(oid: int, cls: str, attrs: str, body: str = "", props: str = "", name: str = "") -> str:
        named = f' name="{name}"' if name else ""
        props = f"<properties>{props}</properties>" if props else ""
        return f'  <object id="{oid}"{named} {kind_attr}="{cls}" {attrs}>{props}{body}</object>\n'

    out = []
    if templates:
        # class only in the template; the template's heading is kept, player overridden
        out.append(f'  <object id="1" name="start" template="spawn.tx" x="{48 + dx}" y="112"/>\n')
        out.append(
            f'  <object id="2" name="east" template="lane.tx" x="{0 + dx}" y="112">'
            '<properties><property name="speed_limit" type="float" value="30"/></properties>'
            "</object>\n"
        )
    else:
        out.append(
            obj(
                1,
                "spawn",
                f'x="{48 + dx}" y="112"',
                "<point/>",
                '<property name="heading" type="float" value="90"/>',
                "start",
            )
        )
        out.append(
            obj(
                2,
                "lane",
                f'x="{0 + dx}" y="112"',
                '<polyline points="0,0 384,0"/>',
                '<property name="speed_limit" type="float" value="30"/>' + CLASS_PROP,
                "east",
            )
        )
    out.append(
        obj(3, "lane", f'x="{384 + dx}" y="80"', '<polyline points="0,0 -384,0"/>', "", "غرب")
    )
    out.append(
        obj(
            4,
            "stop_line",
            f'x="{256 + dx}" y="96"',
            '<polyline points="0,0 0,32"/>',
            '<property name="sign" value="stop"/>',
        )
    )
    out.append(
        obj(
            5,
            "sign",
            f'x="{272 + dx}" y="136"',
            "<point/>",
            '<property name="kind" value="stop"/><property name="heading" type="int" value="270"/>',
        )
    )
    out.append(
        obj(
            6,
            "checkpoint",
            f'x="{128 + dx}" y="96" width="32" height="32"',
            "",
            '<property name="order" type="int" value="1"/>',
        )
    )
    out.append(obj(7, "finish", f'x="{320 + dx}" y="96" width="32" height="32"'))
    out.append(
        obj(
            8,
            "hint",
            f'x="{64 + dx}" y="64" width="32" height="64"',
            "",
            '<property name="text" value="Look both ways"/>'
            '<property name="text_ar" value="انظر في الاتجاهين"/>'
            '<property name="text_zgh" value="ⵥⵕ ⵙⵉⵏ ⵉⵙⵓⵔⴰⴼ"/>'
            '<property name="text_fr">Regarde\ndes deux côtés</property>',
        )
    )
    out.append(
        obj(
            9,
            "speed_zone",
            f'x="{160 + dx}" y="64"',
            '<polygon points="0,0 64,0 64,64 0,64"/>',
            '<property name="limit" type="int" value="20"/><property name="school" type="bool" value="true"/>',
        )
    )
    return "".join(out)


def course(
    version: str,
    tiledversion: str,
    kind_attr: str,
    encoding: str = "csv",
    embedded: bool = False,
    templates: bool = False,
    layer_class: bool = False,
    grouped: bool = False,
    class_props: bool = False,
) -> str:
    tileset = (
        TILESET_EMBEDDED.format(tile_class=CLASS_PROP if class_props else "")
        if embedded
        else TILESET_EXTERNAL
    )
    lclass = ' class="ground"' if layer_class else ""
    mclass = ' class="course"' if layer_class else ""
    offset = 32 if grouped else 0
    objs = objects(kind_attr, templates, offset)
    group_open = f' <group id="5" name="all" offsetx="{offset // 2}">\n' if grouped else ""
    group_close = " </group>\n" if grouped else ""
    og_offset = f' offsetx="{offset // 2}"' if grouped else ""
    map_class_prop = CLASS_PROP if class_props else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="{version}" tiledversion="{tiledversion}"{mclass} orientation="orthogonal" renderorder="right-down" width="{W}" height="{H}" tilewidth="32" tileheight="32" infinite="0" nextlayerid="6" nextobjectid="20">
 <properties>
  <property name="title" value="Same course"/>
  <property name="title_ar" value="نفس المسار"/>
  <property name="title_zgh" value="ⴰⴱⵔⵉⴷ"/>
  <property name="lesson" value="stop_sign,speeding"/>
  <property name="time_limit" type="int" value="120"/>
  <property name="tile_metres" type="float" value="2"/>
  {map_class_prop}
 </properties>
{tileset}
 <layer id="1" name="ground"{lclass} width="{W}" height="{H}">
  {encode(GROUND, encoding)}
 </layer>
 <layer id="2" name="decor" width="{W}" height="{H}" opacity="0.5">
  {encode(DECOR, encoding)}
 </layer>
{group_open} <objectgroup id="3" name="course"{og_offset}>
{objs} </objectgroup>
{group_close}</map>
"""


TEMPLATES = {
    "spawn.tx": """<?xml version="1.0" encoding="UTF-8"?>
<template>
 <object name="template spawn" {kind}="spawn">
  <properties>
   <property name="heading" type="float" value="90"/>
   <property name="player" type="int" value="1"/>
  </properties>
  <point/>
 </object>
</template>
""",
    "lane.tx": """<?xml version="1.0" encoding="UTF-8"?>
<template>
 <object {kind}="lane">
  <properties>
   <property name="speed_limit" type="float" value="50"/>
  </properties>
  <polyline points="0,0 384,0"/>
 </object>
</template>
""",
}

ENCODINGS = ("xml", "csv", "base64", "base64-zlib", "base64-gzip")


def main() -> None:
    for encoding in ENCODINGS:
        write(f"course_{encoding}.tmx", course("1.10", "1.10.2", "type", encoding))
    write("course_embedded.tmx", course("1.10", "1.10.2", "type", "csv", embedded=True))
    write("course_tiled18.tmx", course("1.8", "1.8.6", "type", "base64-zlib"))
    write("course_tiled19.tmx", course("1.9", "1.9.2", "class", "csv", layer_class=True))
    write("course_tiled110.tmx", course("1.10", "1.10.2", "type", "csv", layer_class=True))
    write("course_tiled111.tmx", course("1.10", "1.11.2", "type", "base64", layer_class=True))
    write("course_templates.tmx", course("1.10", "1.10.2", "type", "csv", templates=True))
    write("course_grouped.tmx", course("1.10", "1.10.2", "type", "csv", grouped=True))
    write(
        "course_class_props.tmx",
        course("1.10", "1.10.2", "type", "csv", embedded=True, class_props=True),
    )
    for name, text in TEMPLATES.items():
        write(name, text.format(kind="type"))


def write(name: str, text: str) -> None:
    (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
