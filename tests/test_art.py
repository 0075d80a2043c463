"""Checks on the generated art: the town tileset contract and the sprite files."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
pygame = pytest.importorskip("pygame")

ROOT = Path(__file__).resolve().parents[1]
TILESETS = ROOT / "maps" / "tilesets"
SPRITES = ROOT / "assets" / "sprites"
SURFACES = {"road", "crossing", "sidewalk", "grass", "parking", "building", "water", "barrier"}
DIRS = ("n", "e", "s", "w")
CORNERS = ("ne", "nw", "se", "sw")


def required_tiles() -> set[str]:
    """Every tile name the course builder relies on."""
    names = {"grass", "grass_flowers", "grass_tuft", "water", "sidewalk", "road", "parking",
             "zebra_ns", "zebra_ew", "crossing_plain", "tree", "tree_small", "bush",
             "flowerbed", "cone", "barrier_h", "barrier_v", "bench", "lamp"}
    names |= {f"sidewalk_kerb_{d}" for d in DIRS}
    for pre in ("sidewalk_kerb_", "sidewalk_kerb_in_", "sidewalk_curve_", "island_"):
        names |= {pre + c for c in CORNERS}
    for kind in ("dash", "solid", "stop", "yield", "bay", "edge"):
        names |= {f"mark_{kind}_{d}" for d in DIRS}
    for kind in ("straight", "left", "right", "straight_left", "straight_right", "uturn"):
        names |= {f"mark_arrow_{kind}_{d}" for d in DIRS}
    for b in ("house_red", "house_blue", "house_yellow", "shop"):
        names |= {f"{b}_{c}" for c in CORNERS}
    for b in ("school", "police"):
        names |= {f"{b}_r{r}c{c}" for r in range(2) for c in range(3)}
    return names


def sprite_names() -> set[str]:
    """Every sprite file the game loads."""
    names = {"car_red", "car_blue", "car_green", "car_yellow", "car_white", "car_orange", "bus",
             "bike", "ambulance", "ambulance_lights_a", "ambulance_lights_b", "ped_child",
             "ped_adult", "ped_stroller", "ped_dog", "officer", "lights_brake",
             "lights_indicator_left", "lights_indicator_right"}
    names |= {f"sign_{k}" for k in ("stop", "yield", "no_entry", "one_way", "school", "crossing",
                                    "roundabout", "parking", "no_parking")}
    names |= {f"sign_speed_limit_{v}" for v in (10, 20, 30, 40, 50)}
    return names


def tsx_tiles() -> dict[int, dict[str, str]]:
    root = ET.parse(TILESETS / "town.tsx").getroot()
    assert root.tag == "tileset"
    assert root.get("tilewidth") == "64" and root.get("tileheight") == "64"
    assert root.get("columns") == "16"
    out: dict[int, dict[str, str]] = {}
    for tile in root.findall("tile"):
        props = {p.get("name"): p.get("value") for p in tile.iter("property")}
        out[int(tile.get("id"))] = props  # type: ignore[arg-type]
    return out


def test_tsx_parses_and_image_matches() -> None:
    root = ET.parse(TILESETS / "town.tsx").getroot()
    img = root.find("image")
    assert img is not None and img.get("source") == "town.png"
    png = pygame.image.load(str(TILESETS / "town.png"))
    assert png.get_size() == (int(img.get("width")), int(img.get("height")))
    cols, count = int(root.get("columns")), int(root.get("tilecount"))
    assert count == cols * (png.get_height() // 64)
    assert max(tsx_tiles()) < count


def test_required_names_exist_once() -> None:
    names = [p["name"] for p in tsx_tiles().values()]
    assert len(names) == len(set(names)), "duplicate tile names"
    missing = required_tiles() - set(names)
    assert not missing, f"missing tiles: {sorted(missing)}"


def test_surfaces_are_valid() -> None:
    for tid, props in tsx_tiles().items():
        s = props.get("surface")
        assert s is None or s in SURFACES, (tid, props)
        if props["name"].startswith("mark_"):
            assert s is None, props["name"]


def test_json_matches_tsx() -> None:
    doc = json.loads((TILESETS / "town_tiles.json").read_text(encoding="utf-8"))
    tiles = tsx_tiles()
    assert len(doc["tiles"]) == len(tiles)
    for name, info in doc["tiles"].items():
        props = tiles[info["id"]]
        assert props["name"] == name
        assert props.get("surface") == info["surface"]


def test_tsx_loads_with_pytmx(tmp_path: Path) -> None:
    pytmx = pytest.importorskip("pytmx")
    ids = json.loads((TILESETS / "town_tiles.json").read_text(encoding="utf-8"))["tiles"]
    road = ids["road"]["id"] + 1
    tmx = tmp_path / "m.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" '
        'renderorder="right-down" width="2" height="1" tilewidth="64" tileheight="64" '
        'infinite="0" nextlayerid="2" nextobjectid="1">\n'
        f' <tileset firstgid="1" source="{(TILESETS / "town.tsx").as_posix()}"/>\n'
        ' <layer id="1" name="ground" width="2" height="1">\n'
        f'  <data encoding="csv">{road},1</data>\n'
        " </layer>\n</map>\n", encoding="utf-8")
    m = pytmx.TiledMap(str(tmx))
    gid = m.get_tile_gid(0, 0, 0)
    assert m.get_tile_properties_by_gid(gid)["surface"] == "road"
    assert m.get_tile_properties_by_gid(m.get_tile_gid(1, 0, 0))["name"] == "grass"


@pytest.mark.parametrize("name", sorted(sprite_names()))
def test_sprite_exists_with_alpha(name: str) -> None:
    path = SPRITES / f"{name}.png"
    assert path.exists(), path
    img = pygame.image.load(str(path))
    assert img.get_flags() & pygame.SRCALPHA or img.get_alpha() is not None
    w, h = img.get_size()
    corner = img.get_at((0, 0))
    assert corner.a < 255, f"{name} has no transparent background"
    assert w > 4 and h > 4


def test_fonts_and_credits() -> None:
    fonts = ROOT / "assets" / "fonts"
    for f in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular",
              "NotoSansArabic-Bold", "NotoSansTifinagh-Regular"):
        assert (fonts / f"{f}.ttf").exists()
    assert (fonts / "OFL.txt").exists()
    assert "OFL" in (ROOT / "assets" / "CREDITS.md").read_text(encoding="utf-8")
