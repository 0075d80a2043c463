"""Build the generated art: the town tileset, the sprites and the sign sprites.

Run ``python -m game.tools.build_art`` (add ``--preview OUT.png`` for a preview sheet).
The output is deterministic: the same bytes on every run.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pygame

from game import resources
from game.tools import art_common as ac

TILESET_DIR = resources.maps_dir() / "tilesets"
SPRITE_DIR = resources.assets_dir() / "sprites"
COLUMNS = 16


def build_tileset(out_dir: Path = TILESET_DIR) -> pygame.Surface:
    """Paint every tile and write town.png, town.tsx and town_tiles.json."""
    from game.tools.art_tiles import TILES, T

    rows = (len(TILES) + COLUMNS - 1) // COLUMNS
    sheet = pygame.Surface((COLUMNS * T, rows * T), pygame.SRCALPHA)
    for i, tile in enumerate(TILES):
        img = tile.paint()
        assert img.get_size() == (T, T), tile.name
        sheet.blit(img, ((i % COLUMNS) * T, (i // COLUMNS) * T))
    out_dir.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out_dir / "town.png"))

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.10" tiledversion="1.10.2" name="town" tilewidth="{T}" '
        f'tileheight="{T}" tilecount="{rows * COLUMNS}" columns="{COLUMNS}">',
        f' <image source="town.png" width="{COLUMNS * T}" height="{rows * T}"/>',
    ]
    for i, tile in enumerate(TILES):
        lines.append(f' <tile id="{i}">')
        lines.append("  <properties>")
        lines.append(f'   <property name="name" value={quoteattr(tile.name)}/>')
        if tile.surface:
            lines.append(f'   <property name="surface" value={quoteattr(tile.surface)}/>')
        lines.append("  </properties>")
        lines.append(" </tile>")
    lines.append("</tileset>")
    (out_dir / "town.tsx").write_text("\n".join(lines) + "\n", encoding="utf-8")

    groups: dict[str, dict[str, object]] = {}
    for i, tile in enumerate(TILES):
        if tile.group:
            groups.setdefault(tile.group, {"tiles": {}})["tiles"][tile.name] = i  # type: ignore[index]
    for g in groups.values():
        names = list(g["tiles"])  # type: ignore[arg-type]
        g["width"], g["height"] = (3, 2) if len(names) == 6 else (2, 2)
    doc = {
        "tileset": "town.tsx",
        "image": "town.png",
        "tilewidth": T,
        "tileheight": T,
        "columns": COLUMNS,
        "tilecount": rows * COLUMNS,
        "tile_metres": 3.0,
        "note": "local ids are stable: new tiles are only ever appended",
        "tiles": {t.name: {"id": i, "surface": t.surface} for i, t in enumerate(TILES)},
        "groups": groups,
    }
    (out_dir / "town_tiles.json").write_text(
        json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return sheet


def build_sprites(out_dir: Path = SPRITE_DIR) -> dict[str, pygame.Surface]:
    """Draw and save every sprite; also write sprites.json (sizes in metres)."""
    from game.tools.art_sprites import SPRITES

    out_dir.mkdir(parents=True, exist_ok=True)
    made: dict[str, pygame.Surface] = {}
    meta: dict[str, dict[str, object]] = {}
    for spec in SPRITES:
        img = spec.paint()
        pygame.image.save(img, str(out_dir / f"{spec.name}.png"))
        made[spec.name] = img
        meta[spec.name] = {
            "size_m": list(spec.size_m) if spec.size_m else None,
            "px": list(img.get_size()),
            "kind": spec.kind,
        }
    (out_dir / "sprites.json").write_text(
        json.dumps({"facing": "north", "px_per_metre": 128 / 3, "sprites": meta}, indent=1) + "\n",
        encoding="utf-8",
    )
    return made


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--preview", metavar="OUT.png", help="also write a preview sheet")
    ap.add_argument("--tiles-only", action="store_true", help="only build the tileset")
    args = ap.parse_args(argv)
    ac.init()
    sheet = build_tileset()
    sprites = {} if args.tiles_only else build_sprites()
    if args.preview:
        from game.tools.art_preview import preview

        preview(sheet, sprites, Path(args.preview))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
