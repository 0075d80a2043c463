"""Write the broken maps of this folder: one small map per problem, from one clean map.

Run `python tests/broken_maps/make_broken.py`; the files it writes are committed, and
expected.toml says the one message each must produce. BASE_OBJECTS on the base map
(a road with one lane, a spawn and a finish) give no problem at all.
"""

# ruff: noqa: E501  (map data reads best on one line)

from __future__ import annotations

import base64
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
W, H = 10, 5
# rows: grass, sidewalk, road, sidewalk, building
GROUND = [[1] * W, [3] * W, [2] * W, [3] * W, [4] * W]
TILESET = ' <tileset firstgid="1" source="../maps/mini.tsx"/>'

SPAWN = '<object id="1" name="start" type="spawn" x="48" y="80"><properties><property name="heading" type="float" value="90"/></properties><point/></object>'
LANE = '<object id="2" name="east" type="lane" x="0" y="80"><properties><property name="speed_limit" type="float" value="30"/></properties><polyline points="0,0 320,0"/></object>'
FINISH = '<object id="3" type="finish" x="256" y="64" width="32" height="32"/>'
BASE_OBJECTS = [SPAWN, LANE, FINISH]


def csv(rows: list[list[int]]) -> str:
    return '<data encoding="csv">\n' + ",\n".join(",".join(map(str, r)) for r in rows) + "\n</data>"


def tmx(
    objects: list[str] | None = None,
    props: str = "",
    data: str | None = None,
    frame: str = 'orientation="orthogonal" width="10" height="5" tilewidth="32" tileheight="32" infinite="0"',
    tileset: str = TILESET,
) -> str:
    objs = "\n  ".join(BASE_OBJECTS if objects is None else objects)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" {frame} nextlayerid="3" nextobjectid="20">
 <properties>
  <property name="title" value="Broken"/>{props}
 </properties>
{tileset}
 <layer id="1" name="ground" width="10" height="5">
  {csv(GROUND) if data is None else data}
 </layer>
 <objectgroup id="2" name="course">
  {objs}
 </objectgroup>
</map>
"""


def obj(
    oid: int, cls: str, attrs: str, body: str = "<point/>", props: str = "", name: str = ""
) -> str:
    named = f' name="{name}"' if name else ""
    p = f"<properties>{props}</properties>" if props else ""
    return f'<object id="{oid}"{named} type="{cls}" {attrs}>{p}{body}</object>'


def prop(name: str, value: str, kind: str = "") -> str:
    typed = f' type="{kind}"' if kind else ""
    return f'<property name="{name}"{typed} value="{value}"/>'


def line(oid: int, x: int, y: int, props: str, dx: int = 0, dy: int = 32) -> str:
    return obj(oid, "stop_line", f'x="{x}" y="{y}"', f'<polyline points="0,0 {dx},{dy}"/>', props)


SIGNAL = obj(10, "signal", 'x="200" y="40"', props=prop("phases", "A=10,3;B=12,3"), name="junction")
STOP_A = line(11, 200, 64, prop("signal", "junction") + prop("phase", "A"))


def maps() -> dict[str, str]:
    base = tmx()
    m: dict[str, str] = {}
    m["broken_xml.tmx"] = base[: base.index("<objectgroup") + 30]
    m["empty.tmx"] = ""
    m["not_a_map.tmx"] = (HERE.parent / "maps" / "mini.tsx").read_text(encoding="utf-8")
    m["json_map.tmx"] = '{"type": "map", "orientation": "orthogonal", "layers": []}\n'
    m["missing_tsx.tmx"] = tmx(tileset=' <tileset firstgid="1" source="nowhere.tsx"/>')
    m["missing_image.tmx"] = tmx(
        tileset=' <tileset firstgid="1" name="lost" tilewidth="32" tileheight="32" tilecount="4" '
        'columns="4">\n  <image source="nowhere.png" width="128" height="32"/>\n </tileset>'
    )
    m["broken_tileset.tmx"] = tmx(tileset=' <tileset firstgid="1" source="broken.tsx"/>')
    m["json_tileset.tmx"] = tmx(tileset=' <tileset firstgid="1" source="mini_tileset.json"/>')
    m["isometric.tmx"] = base.replace('orientation="orthogonal"', 'orientation="isometric"')
    m["infinite.tmx"] = base.replace('infinite="0"', 'infinite="1"').replace(
        csv(GROUND),
        '<data encoding="csv">\n   <chunk x="0" y="0" width="16" height="16">\n'
        + ",".join(["2"] * 256)
        + "\n</chunk>\n  </data>",
    )
    m["non_square.tmx"] = base.replace('tileheight="32"', 'tileheight="16"')
    m["wrong_data_length.tmx"] = tmx(data=csv(GROUND[:4]))
    m["gid_no_tileset.tmx"] = tmx(data=csv([*GROUND[:4], [4] * 9 + [9]]))
    raw = b"".join(g.to_bytes(4, "little") for row in GROUND for g in row)
    m["zstd.tmx"] = tmx(
        data='<data encoding="base64" compression="zstd">'
        + base64.b64encode(raw).decode()
        + "</data>"
    )
    damaged = base64.b64encode(zlib.compress(raw)[:-9] + b"junkjunk!").decode()
    m["damaged_data.tmx"] = tmx(data=f'<data encoding="base64" compression="zlib">{damaged}</data>')
    m["no_spawn.tmx"] = tmx([LANE, FINISH])
    m["two_spawns.tmx"] = tmx(
        [*BASE_OBJECTS, SPAWN.replace('id="1"', 'id="4"').replace('x="48"', 'x="80"')]
    )
    m["spawn_in_building.tmx"] = tmx([SPAWN.replace('y="80"', 'y="144"'), LANE, FINISH])
    m["spawn_off_lane.tmx"] = tmx([SPAWN.replace('y="80"', 'y="16"'), LANE, FINISH])
    m["spawn_wrong_way.tmx"] = tmx([SPAWN.replace('value="90"', 'value="270"'), LANE, FINISH])
    m["stop_line_no_lane.tmx"] = tmx([*BASE_OBJECTS, line(4, 100, 0, prop("sign", "yield"), dy=20)])
    m["stop_line_no_sign.tmx"] = tmx([*BASE_OBJECTS, line(4, 100, 64, "")])
    m["light_unknown_signal.tmx"] = tmx(
        [
            *BASE_OBJECTS,
            obj(
                4,
                "traffic_light",
                'x="210" y="40"',
                props=prop("signal", "ghost") + prop("phase", "A"),
            ),
        ]
    )
    m["light_unknown_phase.tmx"] = tmx(
        [
            *BASE_OBJECTS,
            SIGNAL,
            STOP_A,
            obj(
                4,
                "traffic_light",
                'x="210" y="40"',
                props=prop("signal", "junction") + prop("phase", "C"),
            ),
        ]
    )
    m["bad_phases.tmx"] = tmx([*BASE_OBJECTS, SIGNAL.replace("A=10,3;B=12,3", "A=10;B")])
    m["duplicate_signal.tmx"] = tmx(
        [*BASE_OBJECTS, SIGNAL, SIGNAL.replace('id="10"', 'id="12"'), STOP_A]
    )
    m["signal_unused.tmx"] = tmx([*BASE_OBJECTS, SIGNAL])
    cp = 'x="{x}" y="64" width="32" height="32"'
    m["checkpoint_skip.tmx"] = tmx(
        [
            *BASE_OBJECTS,
            obj(4, "checkpoint", cp.format(x=96), "", prop("order", "1", "int")),
            obj(5, "checkpoint", cp.format(x=160), "", prop("order", "3", "int")),
        ]
    )
    m["checkpoint_repeat.tmx"] = tmx(
        [
            *BASE_OBJECTS,
            obj(4, "checkpoint", cp.format(x=96), "", prop("order", "1", "int")),
            obj(5, "checkpoint", cp.format(x=160), "", prop("order", "1", "int")),
        ]
    )
    m["reserved_property.tmx"] = tmx(
        [SPAWN, LANE.replace("<properties>", "<properties>" + prop("name", "main road")), FINISH]
    )
    m["bad_number.tmx"] = tmx(
        [SPAWN, LANE.replace('type="float" value="30"', 'type="float" value="fast"'), FINISH]
    )
    m["unknown_property.tmx"] = tmx(
        [SPAWN, LANE.replace('name="speed_limit"', 'name="speedlimit"'), FINISH]
    )
    m["bad_tile_metres.tmx"] = tmx(props="\n  " + prop("tile_metres", "big"))
    m["bad_drive_side.tmx"] = tmx(props="\n  " + prop("drive_side", "middle"))
    m["time_limit_zero.tmx"] = tmx(props="\n  " + prop("time_limit", "0", "int"))
    m["unknown_lesson.tmx"] = tmx(props="\n  " + prop("lesson", "red_lights"))
    m["parking_no_target.tmx"] = tmx(props="\n  " + prop("lesson", "parking"))
    m["unreachable_finish.tmx"] = tmx(
        [
            SPAWN,
            LANE,
            obj(3, "finish", 'x="128" y="0" width="32" height="32"', ""),
            obj(4, "lane", 'x="320" y="16"', '<polyline points="0,0 -320,0"/>', name="back road"),
        ]
    )
    m["unknown_class.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "stopline", 'x="100" y="64"', '<polyline points="0,0 0,32"/>')]
    )
    m["wrong_shape.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "lane", 'x="0" y="64" width="320" height="32"', "", name="wide")]
    )
    m["bad_points.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "pedestrian", 'x="100" y="40"', '<polyline points="0,0 a,b"/>')]
    )
    m["stop_sign_no_line.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "sign", 'x="200" y="110"', props=prop("kind", "stop"))]
    )
    m["lane_leads_nowhere.tmx"] = tmx([SPAWN, LANE.replace("320,0", "160,0"), FINISH])
    m["lane_on_building.tmx"] = tmx(
        [
            *BASE_OBJECTS,
            obj(4, "lane", 'x="0" y="144"', '<polyline points="0,0 320,0"/>', name="wall road"),
        ]
    )
    m["vehicle_far.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "vehicle", 'x="160" y="16"', props=prop("kind", "bus"))]
    )
    m["crossing_no_lane.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "crossing", 'x="128" y="0" width="64" height="32"', "")]
    )
    m["missing_template.tmx"] = tmx(
        [
            *BASE_OBJECTS,
            '<object id="4" template="ghost.tx" type="finish" x="160" y="64" width="32" height="32"/>',
        ]
    )
    m.update(hostile_maps(base, raw))
    return m


def hostile_maps(base: str, raw: bytes) -> dict[str, str]:
    """Maps that once passed check-map and then crashed or hung the game, or read files
    they had no business reading."""
    m: dict[str, str] = {}
    for name, value in (("huge", "1000"), ("1e300", "1e300"), ("tiny", "0.01")):
        m[f"tile_metres_{name}.tmx"] = tmx(props="\n  " + prop("tile_metres", value, "float"))
    wide = [[2] * 400 for _ in range(5)]
    m["map_too_wide.tmx"] = tmx(
        props="\n  " + prop("tile_metres", "3", "float"),
        objects=[SPAWN, LANE.replace("320,0", "12800,0"), FINISH],
        data=csv(wide),
        frame='orientation="orthogonal" width="400" height="5" tilewidth="32" tileheight="32" infinite="0"',
    ).replace('width="10" height="5">', 'width="400" height="5">')
    m["truncated_png.tmx"] = tmx(
        tileset=' <tileset firstgid="1" name="cut" tilewidth="32" tileheight="32" tilecount="4" '
        'columns="4">\n  <image source="truncated.png" width="128" height="32"/>\n </tileset>'
    )
    m["image_not_a_picture.tmx"] = tmx(
        tileset=' <tileset firstgid="1" name="odd" tilewidth="32" tileheight="32" tilecount="4" '
        'columns="4">\n  <image source="expected.toml" width="128" height="32"/>\n </tileset>'
    )
    m["image_smaller_than_said.tmx"] = tmx(
        tileset=' <tileset firstgid="1" name="small" tilewidth="32" tileheight="32" tilecount="4" '
        'columns="4">\n  <image source="../maps/mini.png" width="4096" height="32"/>\n </tileset>'
    )
    # 16 MB of zeros in 16 kB: far more than the map's 50 tiles need
    bomb = base64.b64encode(zlib.compress(raw + bytes(16 * 1024 * 1024), 9)).decode()
    m["zlib_bomb.tmx"] = tmx(data=f'<data encoding="base64" compression="zlib">{bomb}</data>')
    m["template_not_a_template.tmx"] = tmx(
        [
            *BASE_OBJECTS,
            '<object id="4" template="../../../../../../etc/passwd" type="finish" x="160" y="64" '
            'width="32" height="32"/>',
        ]
    )
    m["template_wrong_kind.tmx"] = tmx(
        [
            *BASE_OBJECTS,
            '<object id="4" template="mini_tileset.tx" type="finish" x="160" y="64" '
            'width="32" height="32"/>',
        ]
    )
    sign = 'x="{x}" y="110"'
    school = prop("kind", "school")
    m["object_nan.tmx"] = tmx([*BASE_OBJECTS, obj(4, "sign", sign.format(x="nan"), props=school)])
    m["object_far.tmx"] = tmx([*BASE_OBJECTS, obj(4, "sign", sign.format(x="1e308"), props=school)])
    m["points_empty.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "pedestrian", 'x="100" y="40"', '<polyline points=""/>')]
    )
    m["points_inf.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "pedestrian", 'x="100" y="40"', '<polyline points="0,0 inf,0"/>')]
    )
    m["points_one.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "pedestrian", 'x="100" y="40"', '<polyline points="0,0"/>')]
    )
    m["unknown_shape.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "pedestrian", 'x="100" y="40"', '<p-lyline points="0,0 9,9"/>')]
    )
    m["duplicate_id.tmx"] = tmx(
        [*BASE_OBJECTS, obj(2, "sign", 'x="200" y="110"', props=prop("kind", "school"))]
    )
    m["phase_forever.tmx"] = tmx(
        [*BASE_OBJECTS, SIGNAL.replace("A=10,3;B=12,3", "A=1e308,3;B=12,3"), STOP_A]
    )
    m["speed_limit_huge.tmx"] = tmx(
        [SPAWN, LANE.replace('type="float" value="30"', 'type="float" value="1e9"'), FINISH]
    )
    m["vehicle_count_huge.tmx"] = tmx(
        [*BASE_OBJECTS, obj(4, "vehicle", 'x="0" y="80"', props=prop("count", "1e9", "int"))]
    )
    m["time_limit_huge.tmx"] = tmx(props="\n  " + prop("time_limit", "1e12"))
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    m["entity_expansion.tmx"] = base.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE map [<!ENTITY l0 "lol">{laughs}]>',
    ).replace('value="Broken"', 'value="&l9;"')
    return m


def main() -> None:
    for name, text in maps().items():
        (HERE / name).write_text(text, encoding="utf-8")
    (HERE / "broken.tsx").write_text(
        '<?xml version="1.0"?>\n<tileset name="x" tilewidth="32"\n', encoding="utf-8"
    )
    (HERE / "mini_tileset.json").write_text(
        '{"type": "tileset", "tilewidth": 32}\n', encoding="utf-8"
    )
    (HERE / "clean.tmx").write_text(tmx(), encoding="utf-8")
    (HERE / "mini_tileset.tx").write_text(
        '<?xml version="1.0"?>\n<tileset name="x" tilewidth="32" tileheight="32"/>\n',
        encoding="utf-8",
    )
    picture = (HERE.parent / "maps" / "mini.png").read_bytes()
    (HERE / "truncated.png").write_bytes(picture[: len(picture) * 2 // 3])


if __name__ == "__main__":
    main()
