"""A preview sheet for the generated art: the tileset plus a small hand-built town scene."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.tools.art_tiles import TILES, T

GW, GH = 24, 14  # scene size in tiles
ROADLIKE = {"road", "crossing", "parking"}


def _scene_cells() -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], list[str]]]:
    """Ground names and overlay names for the demo scene."""
    ground: dict[tuple[int, int], str] = {}
    over: dict[tuple[int, int], list[str]] = {}
    road: set[tuple[int, int]] = set()
    for x in range(GW):
        road |= {(x, 5), (x, 6)}
    for y in range(GH):
        road |= {(8, y), (9, y)}
    for y in list(range(0, 4)) + list(range(8, GH)):
        road |= {(17, y), (18, y)}
    road |= {(x, y) for x in range(16, 20) for y in range(4, 8)}
    corners = {
        (16, 4): "sidewalk_curve_se",
        (19, 4): "sidewalk_curve_sw",
        (16, 7): "sidewalk_curve_ne",
        (19, 7): "sidewalk_curve_nw",
    }
    road -= set(corners)
    island = {
        (17, 5): "island_nw",
        (18, 5): "island_ne",
        (17, 6): "island_sw",
        (18, 6): "island_se",
    }
    for c in road:
        ground[c] = "road"
    ground.update(corners)
    ground.update(island)
    road -= set(island)
    # sidewalks: one tile around every road, with automatic kerbs
    for x in range(GW):
        for y in range(GH):
            if (x, y) in ground:
                continue
            n, e, s, w = (
                (x, y - 1) in road,
                (x + 1, y) in road,
                (x, y + 1) in road,
                (x - 1, y) in road,
            )
            diag = {
                "ne": (x + 1, y - 1),
                "se": (x + 1, y + 1),
                "sw": (x - 1, y + 1),
                "nw": (x - 1, y - 1),
            }
            if n and e:
                ground[(x, y)] = "sidewalk_curve_ne"
            elif s and e:
                ground[(x, y)] = "sidewalk_curve_se"
            elif s and w:
                ground[(x, y)] = "sidewalk_curve_sw"
            elif n and w:
                ground[(x, y)] = "sidewalk_curve_nw"
            elif n or e or s or w:
                d = "n" if n else "e" if e else "s" if s else "w"
                ground[(x, y)] = f"sidewalk_kerb_{d}"
            else:
                for k, c in diag.items():
                    if c in road:
                        ground[(x, y)] = f"sidewalk_kerb_in_{k}"
                        break
    # lane markings
    for x in range(GW):
        if 16 <= x <= 19 or 7 <= x <= 10:
            continue
        over.setdefault((x, 5), []).append("mark_dash_s" if x % 6 else "mark_solid_s")
        over.setdefault((x, 6), []).append("mark_dash_n" if x % 6 else "mark_solid_n")
    for y in range(GH):
        if 4 <= y <= 7:
            continue
        over.setdefault((8, y), []).append(
            "mark_dash_e" if y not in (2, 3, 8, 9) else "mark_solid_e"
        )
        over.setdefault((9, y), []).append(
            "mark_dash_w" if y not in (2, 3, 8, 9) else "mark_solid_w"
        )
    ground[(6, 5)] = ground[(6, 6)] = "zebra_ew"
    ground[(8, 3)] = ground[(9, 3)] = "zebra_ns"
    over[(6, 5)] = []
    over[(6, 6)] = []
    over[(8, 3)] = []
    over[(9, 3)] = []
    over.setdefault((5, 6), []).append("mark_stop_e")
    over.setdefault((8, 2), []).append("mark_stop_s")
    over.setdefault((4, 6), []).append("mark_arrow_straight_right_e")
    over.setdefault((9, 10), []).append("mark_arrow_straight_n")
    over.setdefault((15, 6), []).append("mark_yield_e")
    over.setdefault((18, 9), []).append("mark_yield_n")
    over.setdefault((17, 2), []).append("mark_yield_s")
    over.setdefault((20, 5), []).append("mark_yield_w")

    # buildings and green
    def put(name: str, x: int, y: int, w: int, h: int, named: str = "quad") -> None:
        quads = {(0, 0): "nw", (1, 0): "ne", (0, 1): "sw", (1, 1): "se"}
        for dy in range(h):
            for dx in range(w):
                suffix = quads[(dx, dy)] if named == "quad" else f"r{dy}c{dx}"
                ground[(x + dx, y + dy)] = f"{name}_{suffix}"

    put("house_red", 1, 1, 2, 2)
    put("house_blue", 4, 1, 2, 2)
    put("school", 11, 1, 3, 2, "rc")
    put("shop", 1, 9, 2, 2)
    put("police", 11, 9, 3, 2, "rc")
    put("house_yellow", 4, 9, 2, 2)
    put("house_red", 21, 1, 2, 2)
    put("house_blue", 21, 9, 2, 2)
    for c, n in {
        (0, 0): "tree",
        (3, 1): "tree_small",
        (6, 1): "bush",
        (14, 2): "tree",
        (15, 1): "flowerbed",
        (0, 12): "tree",
        (3, 12): "grass_flowers",
        (6, 12): "tree_small",
        (14, 10): "tree",
        (15, 12): "bush",
        (20, 12): "tree",
        (23, 2): "tree_small",
        (13, 12): "grass_tuft",
        (1, 12): "grass_flowers",
        (20, 0): "flowerbed",
        (23, 13): "water",
        (22, 13): "water",
        (23, 12): "water",
    }.items():
        ground[c] = n
    for c, n in {
        (7, 2): "lamp_overlay",
        (10, 9): "bench_overlay",
        (12, 7): "lamp_overlay",
        (2, 4): "bench_overlay",
        (1, 8): "tree_small_overlay",
    }.items():
        over.setdefault(c, []).append(n)
    for x in range(GW):
        for y in range(GH):
            ground.setdefault((x, y), "grass")
    return ground, over


def _scene(sprites: dict[str, pygame.Surface]) -> pygame.Surface:
    idx = {t.name: t for t in TILES}
    cache: dict[str, pygame.Surface] = {}

    def tile(name: str) -> pygame.Surface:
        if name not in cache:
            cache[name] = idx[name].paint()
        return cache[name]

    ground, over = _scene_cells()
    out = pygame.Surface((GW * T, GH * T), pygame.SRCALPHA)
    for (x, y), n in ground.items():
        out.blit(tile(n), (x * T, y * T))
    for (x, y), names in over.items():
        for n in names:
            out.blit(tile(n), (x * T, y * T))
    if not sprites:
        return out

    def put(name: str, cx: float, cy: float, heading: int, scale: float = 0.5) -> None:
        img = sprites[name]
        img = pygame.transform.smoothscale(
            img, (max(1, round(img.get_width() * scale)), max(1, round(img.get_height() * scale)))
        )
        img = pygame.transform.rotate(img, -heading)
        if name.startswith(("car", "bus", "amb")):
            sh = pygame.transform.smoothscale(sprites["shadow"], img.get_size())
            out.blit(sh, sh.get_rect(center=(cx + 4, cy + 5)))
        out.blit(img, img.get_rect(center=(cx, cy)))

    put("car_red", 3.5 * T, 6.5 * T, 90)
    put("lights_indicator_right", 3.5 * T, 6.5 * T, 90)
    put("car_blue", 9.5 * T, 9 * T, 0)
    put("lights_brake", 9.5 * T, 9 * T, 0)
    put("bus", 13 * T, 5.5 * T, 270)
    put("ambulance", 8.5 * T, 1.2 * T, 180)
    put("ambulance_lights_a", 8.5 * T, 1.2 * T, 180)
    put("car_yellow", 17.5 * T, 4.5 * T, 270)
    put("car_green", 19.5 * T, 6.5 * T, 0)
    put("car_white", 22 * T, 5.5 * T, 270)
    put("car_orange", 17.5 * T, 11 * T, 180)
    put("bike", 5 * T, 6.8 * T, 90)
    put("ped_child", 6.5 * T, 5.6 * T, 180)
    put("ped_adult", 6.4 * T, 6.5 * T, 0)
    put("ped_stroller", 2 * T, 4.5 * T, 90)
    put("ped_dog", 12 * T, 7.5 * T, 270)
    put("officer_arms_out", 8.95 * T, 5.95 * T, 0)
    for name, x, y in (
        ("sign_stop", 5.5, 7.5),
        ("sign_crossing", 6.5, 4.2),
        ("sign_school", 10.5, 3.4),
        ("sign_speed_limit_30", 10.4, 0.5),
        ("sign_roundabout", 15.5, 7.5),
        ("sign_yield", 20.5, 7.6),
        ("sign_parking", 1.5, 7.4),
        ("sign_no_entry", 16.2, 2.6),
    ):
        img = pygame.transform.smoothscale(sprites[name], (48, 68))
        out.blit(img, img.get_rect(midbottom=(x * T, y * T + 34)))
    return out


def preview(sheet: pygame.Surface, sprites: dict[str, pygame.Surface], path: Path) -> None:
    """Write a preview: the scene, the tileset sheet and every sprite at full size."""
    scene = _scene(sprites)
    pad = 16
    w = max(scene.get_width(), sheet.get_width()) + 2 * pad
    # lay the sprites out in rows first, to know the height
    places: list[tuple[pygame.Surface, int, int]] = []
    x, y, row_h = pad, 0, 0
    for img in sprites.values():
        if x + img.get_width() > w - pad:
            x, y, row_h = pad, y + row_h + 8, 0
        places.append((img, x, y))
        x += img.get_width() + 8
        row_h = max(row_h, img.get_height())
    strip_h = y + row_h
    h = scene.get_height() + sheet.get_height() + strip_h + 4 * pad
    out = pygame.Surface((w, h))
    out.fill((44, 48, 64))
    out.blit(scene, (pad, pad))
    y0 = scene.get_height() + 2 * pad
    out.blit(sheet, (pad, y0))
    y0 += sheet.get_height() + pad
    for img, x, y in places:
        out.blit(img, (x, y0 + y))
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(out, str(path))
