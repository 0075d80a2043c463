"""The town tileset: 64 px tiles (1 tile = 3 m), painted procedurally.

``TILES`` is the ordered list of tiles; a tile's local id is its index. The order is a
public contract with the course builder and with saved maps: only ever APPEND new tiles.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np
import pygame

from game.tools import art_common as ac
from game.tools.art_common import Pen

T = 64  # tile size in pixels
DIRS = ("n", "e", "s", "w")
CORNERS = ("ne", "se", "sw", "nw")  # each is the previous one turned 90 degrees clockwise


@dataclass(frozen=True)
class Tile:
    """One tile: its name, its MAP_SPEC surface (None = overlay) and its painter."""

    name: str
    surface: str | None
    paint: Callable[[], pygame.Surface]
    group: str | None = None  # multi-tile pieces share a group (e.g. house_red)


# ---- seamless textures (output resolution) ---------------------------------------------
def _wrap_blur(a: np.ndarray, r: int) -> np.ndarray:
    out = a
    for _ in range(2):
        acc = np.zeros_like(out)
        for d in range(-r, r + 1):
            acc += np.roll(out, d, axis=0)
        out = acc / (2 * r + 1)
        acc = np.zeros_like(out)
        for d in range(-r, r + 1):
            acc += np.roll(out, d, axis=1)
        out = acc / (2 * r + 1)
    return out


@cache
def tex_asphalt(base: tuple[int, int, int] = ac.ASPHALT, name: str = "asphalt") -> pygame.Surface:
    """Warm-grey asphalt: very soft mottling and a few light grains."""
    g = ac.rng(name)
    low = _wrap_blur(g.normal(0, 1, (T, T)), 4)
    low = low / (np.abs(low).max() + 1e-9) * 3.5
    fine = g.normal(0, 1.1, (T, T))
    grains = (g.random((T, T)) > 0.985) * 9.0
    v = low + fine + grains
    arr = np.array(base, dtype=np.float64)[None, None, :] + v[..., None]
    return ac.surf_from_rgb(arr)


@cache
def tex_grass() -> pygame.Surface:
    """Fresh green grass: soft light/dark patches and tiny lighter blades."""
    g = ac.rng("grass")
    low = _wrap_blur(g.normal(0, 1, (T, T)), 6)
    low = low / (np.abs(low).max() + 1e-9)
    base = np.array(ac.GRASS, dtype=np.float64)
    arr = base[None, None, :] + low[..., None] * np.array([7.0, 8.0, 5.0])
    blades = g.random((T, T)) > 0.97
    arr[blades] += np.array([14.0, 14.0, 8.0])
    return ac.surf_from_rgb(arr)


@cache
def tex_paving() -> pygame.Surface:
    """Light paving slabs, 2 x 2 per tile, with thin joints (symmetric under rotation)."""
    g = ac.rng("paving")
    arr = np.zeros((T, T, 3))
    base = np.array(ac.PAVING, dtype=np.float64)
    for sy in range(2):
        for sx in range(2):
            tone = g.normal(0, 2.0)
            arr[sy * 32 : (sy + 1) * 32, sx * 32 : (sx + 1) * 32] = base + tone
    arr += g.normal(0, 0.9, (T, T))[..., None]
    joint = np.array(ac.PAVING_JOINT, dtype=np.float64)
    for i in (0, 31, 32, 63):
        arr[i, :] = joint
        arr[:, i] = joint
    return ac.surf_from_rgb(arr)


@cache
def tex_water() -> pygame.Surface:
    g = ac.rng("water")
    low = _wrap_blur(g.normal(0, 1, (T, T)), 5)
    low = low / (np.abs(low).max() + 1e-9)
    arr = np.array(ac.WATER, dtype=np.float64)[None, None, :] + low[..., None] * 8
    return ac.surf_from_rgb(arr)


@cache
def tex_sand() -> pygame.Surface:
    g = ac.rng("sand")
    low = _wrap_blur(g.normal(0, 1, (T, T)), 4)
    low = low / (np.abs(low).max() + 1e-9)
    arr = np.array(ac.SAND, dtype=np.float64)[None, None, :] + low[..., None] * 6
    arr += g.normal(0, 1.5, (T, T))[..., None]
    return ac.surf_from_rgb(arr)


def tex_pen(tex: pygame.Surface, w: int = T, h: int = T) -> Pen:
    """A pen pre-filled with a tiled texture."""
    pen = Pen(w, h)
    for y in range(0, h, T):
        for x in range(0, w, T):
            sub = Pen(T, T)
            sub.texture(tex)
            pen.blit(sub, x, y)
    return pen


# ---- ground ----------------------------------------------------------------------------
def p_grass() -> pygame.Surface:
    return tex_pen(tex_grass()).out()


def draw_flower(pen: Pen, x: float, y: float, c: tuple[int, ...], r: float = 2.6) -> None:
    for k in range(5):
        a = math.radians(90 + 72 * k)
        pen.circle(c, x + r * 0.8 * math.cos(a), y - r * 0.8 * math.sin(a), r * 0.62)
    pen.circle((255, 228, 90), x, y, r * 0.45)


def p_grass_flowers() -> pygame.Surface:
    pen = tex_pen(tex_grass())
    g = ac.rng("grass_flowers")
    cols = [(255, 255, 255), (255, 140, 180), (255, 220, 70), (170, 140, 255), (255, 120, 90)]
    for i in range(9):
        x, y = g.uniform(6, 58), g.uniform(6, 58)
        draw_flower(pen, x, y, cols[i % len(cols)], r=g.uniform(2.2, 3.0))
    return pen.out()


def draw_tuft(pen: Pen, x: float, y: float, s: float = 1.0) -> None:
    dark = ac.shade(ac.GRASS, -0.22)
    light = ac.shade(ac.GRASS, 0.22)
    for dx, h in ((-3, 6), (0, 8), (3, 6), (-1.5, 7), (1.5, 7)):
        pen.line(dark, (x + dx * s, y), (x + dx * 1.4 * s, y - h * s), 1.4 * s)
    for dx, h in ((-1, 5), (1.2, 5.5)):
        pen.line(light, (x + dx * s, y - 0.5), (x + dx * 1.6 * s, y - h * s), 0.9 * s)


def p_grass_tuft() -> pygame.Surface:
    pen = tex_pen(tex_grass())
    for x, y, s in ((20, 26, 1.2), (42, 44, 1.0), (46, 18, 0.8), (16, 50, 0.8)):
        draw_tuft(pen, x, y, s)
    return pen.out()


def p_water() -> pygame.Surface:
    pen = tex_pen(tex_water())
    for x, y in ((10, 14), (40, 10), (24, 34), (52, 40), (8, 52), (36, 56)):
        pen.arc(ac.WATER_LIGHT, x, y + 6, 6, 60, 120, 1.6, 8)
        pen.arc(ac.WATER_LIGHT, x + 7, y + 6, 6, 60, 120, 1.6, 8)
    return pen.out()


def p_sand() -> pygame.Surface:
    pen = tex_pen(tex_sand())
    return pen.out()


def p_sidewalk() -> pygame.Surface:
    return tex_pen(tex_paving()).out()


# ---- kerbs (drawn for north / north-east, then turned) -----------------------------------
KW = 6.0  # kerb width in px


def _kerb_band(pen: Pen, x: float, y: float, w: float, h: float, horizontal: bool) -> None:
    """A kerb stone strip: light top, darker face towards the road (top or left side)."""
    pen.rect(ac.KERB, x, y, w, h)
    if horizontal:
        pen.rect(ac.KERB_EDGE, x, y, w, 1.6)
        pen.rect(ac.shade(ac.KERB, -0.08), x, y + h - 1.0, w, 1.0)
        for jx in range(int(x) + 16, int(x + w), 16):
            pen.rect(ac.shade(ac.KERB, -0.12), jx, y + 1.6, 0.8, h - 1.6)
    else:
        pen.rect(ac.KERB_EDGE, x + w - 1.6, y, 1.6, h)
        pen.rect(ac.shade(ac.KERB, -0.08), x, y, 1.0, h)
        for jy in range(int(y) + 16, int(y + h), 16):
            pen.rect(ac.shade(ac.KERB, -0.12), x, jy, w - 1.6, 0.8)


def p_kerb_n() -> pygame.Surface:
    pen = tex_pen(tex_paving())
    _kerb_band(pen, 0, 0, T, KW, True)
    return pen.out()


def p_kerb_ne() -> pygame.Surface:
    r = 12.0
    pen = tex_pen(tex_asphalt())
    mask = Pen(T, T)
    mask.rect((255, 255, 255, 255), 0, 0, T, T)
    mask.rect((0, 0, 0, 0), T - r, 0, r, r)
    mask.circle((255, 255, 255, 255), T - r, r, r)
    kerb = Pen(T, T)
    kerb.texture(tex_paving(), mask)
    # kerb along the two edges with a rounded outer corner
    band = Pen(T, T)
    band.rect(ac.KERB_EDGE, 0, 0, T - r, KW)
    band.rect(ac.KERB_EDGE, T - KW, r, KW, T - r)
    band.circle(ac.KERB_EDGE, T - r, r, r)
    band.rect(ac.KERB, 0, 1.6, T - r, KW - 1.6)
    band.rect(ac.KERB, T - KW, r, KW - 1.6, T - r)
    band.circle(ac.KERB, T - r, r, r - 1.6)
    inner = Pen(T, T)
    inner.texture(tex_paving())
    inmask = Pen(T, T)
    inmask.rect((255, 255, 255, 255), 0, KW, T - KW, T - KW)
    inmask.rect((0, 0, 0, 0), T - r, KW, r - KW, r - KW)
    inmask.circle((255, 255, 255, 255), T - r, r, r - KW)
    inner2 = Pen(T, T)
    inner2.texture(tex_paving(), inmask)
    pen.blit(kerb)
    pen.blit(band)
    for jx in (16, 32):
        pen.rect(ac.shade(ac.KERB, -0.12), jx, 1.6, 0.8, KW - 1.6)
    for jy in (32, 48):
        pen.rect(ac.shade(ac.KERB, -0.12), T - KW, jy, KW - 1.6, 0.8)
    pen.blit(inner2)
    return pen.out()


def p_kerb_in_ne() -> pygame.Surface:
    pen = tex_pen(tex_paving())
    pen.rect(ac.KERB, T - KW, 0, KW, KW)
    pen.rect(ac.KERB_EDGE, T - 1.6, 0, 1.6, 1.6)
    return pen.out()


def p_curve_ne() -> pygame.Surface:
    """Sidewalk inside a quarter circle centred on the SW corner; road outside (NE)."""
    pen = tex_pen(tex_asphalt())
    pen.circle(ac.KERB_EDGE, 0, T, T)
    pen.circle(ac.KERB, 0, T, T - 1.6)
    mask = Pen(T, T)
    mask.circle((255, 255, 255, 255), 0, T, T - KW)
    inner = Pen(T, T)
    inner.texture(tex_paving(), mask)
    pen.blit(inner)
    for a in (22.5, 45, 67.5):
        r0, r1 = T - KW + 0.5, T - 1.6
        ca, sa = math.cos(math.radians(a)), math.sin(math.radians(a))
        pen.line(
            ac.shade(ac.KERB, -0.12), (r0 * ca, T - r0 * sa), (r1 * ca, T - r1 * sa), 0.8, False
        )
    return pen.out()


# ---- road, parking, crossings --------------------------------------------------------------
def p_road() -> pygame.Surface:
    return tex_pen(tex_asphalt()).out()


def p_parking() -> pygame.Surface:
    return tex_pen(tex_asphalt(ac.PARKING, "parking")).out()


def p_zebra_ns() -> pygame.Surface:
    """White bars for a road running north-south: bars run N-S, repeated across (x)."""
    pen = tex_pen(tex_asphalt())
    for x0 in (8, 40):
        pen.rect(ac.WHITE, x0, 3, 16, T - 6, 1.5)
    return pen.out()


def p_zebra_ew() -> pygame.Surface:
    return ac.rotate_cw(p_zebra_ns(), 1)


def p_crossing_plain() -> pygame.Surface:
    return p_road()


# ---- overlay markings (north versions) ----------------------------------------------------
def _mk() -> Pen:
    return Pen(T, T)


def p_mark_dash_n() -> pygame.Surface:
    pen = _mk()
    pen.rect(ac.WHITE, 16, 0, 32, 3)
    return pen.out()


def p_mark_solid_n() -> pygame.Surface:
    pen = _mk()
    pen.rect(ac.WHITE, 0, 0, T, 3)
    return pen.out()


def p_mark_stop_n() -> pygame.Surface:
    pen = _mk()
    pen.rect(ac.WHITE, 0, 3, T, 10)
    return pen.out()


def p_mark_yield_n() -> pygame.Surface:
    """Shark teeth along the north edge, points towards a driver coming from the south."""
    pen = _mk()
    for i in range(4):
        x = i * 16 + 2
        pen.poly(ac.WHITE, [(x, 3), (x + 12, 3), (x + 6, 17)])
    return pen.out()


def p_mark_bay_n() -> pygame.Surface:
    pen = _mk()
    pen.rect(ac.WHITE, 0, 0, T, 2)
    return pen.out()


def p_mark_edge_n() -> pygame.Surface:
    pen = _mk()
    pen.rect(ac.WHITE, 0, 5, T, 2.5)
    return pen.out()


def p_mark_parking_p() -> pygame.Surface:
    """A big white P painted on a parking bay."""
    pen = _mk()
    pen.text("P", ac.font("NotoSans-Bold", 44 * pen.k), ac.WHITE, 32, 30)
    return pen.out()


ARROW_W = 6.0


def _head(pen: Pen, tip: tuple[float, float], direction: str) -> None:
    x, y = tip
    s = 9.0
    if direction == "n":
        pts = [(x, y), (x + s, y + s * 1.4), (x - s, y + s * 1.4)]
    elif direction == "s":
        pts = [(x, y), (x - s, y - s * 1.4), (x + s, y - s * 1.4)]
    elif direction == "w":
        pts = [(x, y), (x + s * 1.4, y - s), (x + s * 1.4, y + s)]
    else:
        pts = [(x, y), (x - s * 1.4, y + s), (x - s * 1.4, y - s)]
    pen.poly(ac.WHITE, pts)


def p_arrow(kind: str) -> pygame.Surface:
    """A lane arrow pointing north (travel direction)."""
    pen = _mk()
    cx, bottom = 32.0, 60.0
    w = ARROW_W
    if kind in ("straight", "straight_left", "straight_right"):
        pen.line(ac.WHITE, (cx, bottom), (cx, 14), w, False)
        _head(pen, (cx, 3), "n")
    if kind in ("left", "straight_left"):
        pen.line(ac.WHITE, (cx, bottom), (cx, 36), w, False)
        pen.arc(ac.WHITE, cx - 10, 36, 10, 0, 90, w, 10)
        pen.line(ac.WHITE, (cx - 10, 26), (cx - 16, 26), w, False)
        _head(pen, (cx - 28, 26), "w")
    if kind in ("right", "straight_right"):
        pen.line(ac.WHITE, (cx, bottom), (cx, 36), w, False)
        pen.arc(ac.WHITE, cx + 10, 36, 10, 180, 90, w, 10)
        pen.line(ac.WHITE, (cx + 10, 26), (cx + 16, 26), w, False)
        _head(pen, (cx + 28, 26), "e")
    if kind == "uturn":
        cx2 = 40.0
        pen.line(ac.WHITE, (cx2, bottom), (cx2, 24), w, False)
        pen.arc(ac.WHITE, cx2 - 11, 24, 11, 0, 180, w, 16)
        pen.line(ac.WHITE, (cx2 - 22, 24), (cx2 - 22, 32), w, False)
        _head(pen, (cx2 - 22, 46), "s")
    return pen.out()


# ---- multi-tile buildings -------------------------------------------------------------------
def _roof_hip(pen: Pen, x: float, y: float, w: float, h: float, col: tuple[int, ...]) -> None:
    """A hipped roof from above, lit from the top-left, with tile rows and an outline."""
    inset = min(w, h) * 0.42
    r0 = (x + inset, y + h / 2) if w >= h else (x + w / 2, y + inset)
    r1 = (x + w - inset, y + h / 2) if w >= h else (x + w / 2, y + h - inset)
    tl, tr, br, bl = (x, y), (x + w, y), (x + w, y + h), (x, y + h)
    pen.rect(ac.OUTLINE, x - 1.5, y - 1.5, w + 3, h + 3, 3)
    faces = [
        ([tl, tr, r1, r0], ac.shade(col, 0.18)),  # north
        ([tr, br, r1], ac.shade(col, -0.12)),  # east
        ([br, bl, r0, r1], ac.shade(col, -0.2)),  # south
        ([bl, tl, r0], ac.shade(col, 0.05)),  # west
    ]
    for pts, c in faces:
        pen.poly(c, pts)
    # tile rows: short lines parallel to the eaves
    rows = ac.shade(col, -0.28)
    for i in range(1, 6):
        f = i / 6
        yy = y + (r0[1] - y) * f
        pen.line(
            rows, (x + (r0[0] - x) * f + 1, yy), (x + w - (x + w - r1[0]) * f - 1, yy), 0.7, False
        )
        yy2 = y + h - (y + h - r1[1]) * f
        pen.line(
            rows, (x + (r0[0] - x) * f + 1, yy2), (x + w - (x + w - r1[0]) * f - 1, yy2), 0.7, False
        )
    ridge = ac.shade(col, -0.35)
    for a, b in ((r0, r1), (tl, r0), (bl, r0), (tr, r1), (br, r1)):
        pen.line(ridge, a, b, 1.3)


def _garden(pen: Pen, w: int, h: int) -> None:
    pen.texture(tex_grass_big(w, h))


@cache
def tex_grass_big(w: int, h: int) -> pygame.Surface:
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    for y in range(0, h, T):
        for x in range(0, w, T):
            s.blit(tex_grass(), (x, y))
    return s


@cache
def tex_paving_big(w: int, h: int) -> pygame.Surface:
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    for y in range(0, h, T):
        for x in range(0, w, T):
            s.blit(tex_paving(), (x, y))
    return s


@cache
def img_house(color: str) -> pygame.Surface:
    """A 2 x 2 house with a hipped roof, chimney, garden path and hedge."""
    roof = {"red": (222, 92, 72), "blue": (84, 140, 222), "yellow": (244, 190, 64)}[color]
    W = H = 2 * T
    pen = Pen(W, H)
    _garden(pen, W, H)
    pen.rect(ac.PAVING, 56, 100, 16, 28)  # path to the door
    pen.rect(ac.PAVING_JOINT, 56, 100, 16, 28, width=0.6)
    body = pen.new_layer()
    _roof_hip(body, 12, 14, 104, 84, roof)
    # chimney
    body.orect(ac.shade(roof, -0.45), 84, 24, 12, 12, 1.5, 1.2)
    body.rect(ac.shade(roof, -0.7), 86.5, 26.5, 7, 7, 1)
    pen.shadow_under(body, 4, 5, 3, 110)
    pen.blit(body)
    # small bushes in the garden
    for bx, by in ((14, 112), (104, 112), (8, 60)):
        _bush(pen, bx, by, 7)
    return pen.out()


@cache
def img_shop() -> pygame.Surface:
    """A 2 x 2 corner shop: flat roof with vents and a striped awning on the south front."""
    W = H = 2 * T
    pen = Pen(W, H)
    pen.texture(tex_paving_big(W, H))
    body = pen.new_layer()
    body.orect((236, 232, 226), 10, 10, 108, 88, 4, 2)
    body.rect((214, 208, 200), 18, 18, 92, 72, 2)
    body.orect((190, 196, 204), 26, 26, 22, 16, 2, 1.2)  # AC unit
    body.circle((150, 156, 166), 37, 34, 5)
    body.orect((190, 196, 204), 60, 28, 14, 12, 2, 1.2)
    body.orect((120, 190, 230), 82, 26, 22, 22, 2, 1.2)  # skylight
    body.line((255, 255, 255), (86, 30), (98, 42), 1.5)
    # awning
    stripes = [(226, 64, 56), (255, 255, 255)]
    for i in range(9):
        body.rect(stripes[i % 2], 12 + i * 11.6, 94, 11.6, 20)
    body.rect(ac.OUTLINE, 10, 92, 108, 2)
    for i in range(9):
        body.circle(stripes[i % 2], 12 + i * 11.6 + 5.8, 114, 5.8)
    body.rect(ac.shade((226, 64, 56), -0.3), 10, 92, 2, 22)
    body.rect(ac.shade((226, 64, 56), -0.3), 116, 92, 2, 22)
    pen.shadow_under(body, 4, 5, 3, 110)
    pen.blit(body)
    # fruit crates in front
    for i, c in enumerate(((255, 140, 40), (120, 200, 60), (230, 50, 60))):
        pen.orect((190, 140, 90), 24 + i * 30, 120, 22, 8, 1, 1)
        for k in range(4):
            pen.circle(c, 28 + i * 30 + k * 4.5, 124, 2)
    return pen.out()


def _moroccan_flag(pen: Pen, x: float, y: float, w: float) -> None:
    h = w * 2 / 3
    pen.rect(ac.OUTLINE, x - 0.8, y - 0.8, w + 1.6, h + 1.6)
    pen.rect((193, 39, 45), x, y, w, h)
    cx, cy, r = x + w / 2, y + h / 2, h * 0.3
    pts = []
    for k in range(5):
        a = math.radians(90 + 144 * k)
        pts.append((cx + r * math.cos(a), cy - r * math.sin(a)))
    pts.append(pts[0])
    pen.polyline((0, 98, 51), pts, max(1.0, w / 14))


@cache
def img_school() -> pygame.Surface:
    """A 3 x 2 school: terracotta roof with a bell tower, flag, and a colourful playground."""
    W, H = 3 * T, 2 * T
    pen = Pen(W, H)
    pen.texture(tex_paving_big(W, H))
    # playground
    pen.orect((88, 170, 230), 6, 70, 118, 54, 6, 1.5, (60, 120, 180))
    pen.rect((255, 255, 255), 14, 76, 102, 42, 3, width=1.5)
    pen.line((255, 255, 255), (65, 76), (65, 118), 1.5)
    pen.circle((255, 255, 255), 65, 97, 8, 1.5)
    # hopscotch
    hs = [(255, 200, 60), (255, 120, 150), (120, 210, 110), (170, 130, 255), (255, 150, 60)]
    for i, c in enumerate(hs):
        pen.orect(c, 134, 118 - 10 * (i + 1), 14, 9, 1.5, 1, (255, 255, 255))
    pen.orect(hs[0], 150, 88, 14, 9, 1.5, 1, (255, 255, 255))
    # trees / sandpit
    pen.orect(ac.SAND, 166, 100, 22, 22, 8, 1.2, ac.shade(ac.SAND, -0.3))
    pen.circle((255, 90, 80), 174, 110, 3)
    pen.circle((80, 160, 240), 181, 115, 3)
    body = pen.new_layer()
    roof = (232, 120, 70)
    _roof_hip(body, 10, 8, 172, 54, roof)
    # bell tower
    body.orect((250, 236, 200), 84, 22, 24, 24, 2, 1.5)
    body.poly(ac.OUTLINE, [(96, 18), (110, 34), (96, 50), (82, 34)])
    body.poly(ac.shade(roof, -0.1), [(96, 20.5), (107.5, 34), (96, 47.5), (84.5, 34)])
    body.circle((250, 200, 40), 96, 34, 5.5)
    body.circle((200, 150, 20), 96, 34, 5.5, 1.2)
    body.circle(ac.OUTLINE, 96, 34, 1.6)
    # ABC blocks on the roof front
    for i, (ch, c) in enumerate(
        (("A", (230, 60, 60)), ("B", (60, 120, 220)), ("C", (60, 170, 80)))
    ):
        bx = 28 + i * 15
        body.orect(c, bx, 40, 13, 13, 2, 1.2)
        body.text(ch, ac.font("NotoSans-Bold", 11 * body.k), (255, 255, 255), bx + 6.5, 46.5)
    body.orect((255, 255, 255), 124, 40, 50, 15, 3, 1.2)
    body.text(
        ac.arabic("مدرسة"), ac.font("NotoSansArabic-Bold", 12 * body.k), (40, 90, 170), 149, 46, 44
    )
    pen.shadow_under(body, 4, 5, 3, 110)
    pen.blit(body)
    # flag pole
    pole = pen.new_layer()
    pole.circle((180, 180, 190), 12, 118, 2.5)
    pole.line((150, 150, 160), (12, 118), (12, 84), 1.6)
    _moroccan_flag(pole, 13, 84, 18)
    pen.shadow_under(pole, 3, 3, 1.5, 90)
    pen.blit(pole)
    return pen.out()


@cache
def img_police() -> pygame.Surface:
    """A 3 x 2 police station: white flat roof with a blue band, POLICE / الشرطة lettering."""
    W, H = 3 * T, 2 * T
    pen = Pen(W, H)
    pen.texture(tex_paving_big(W, H))
    blue = (30, 84, 180)
    body = pen.new_layer()
    body.orect((248, 248, 250), 8, 8, 176, 100, 5, 2)
    body.rect(blue, 10, 10, 172, 14, 3)
    body.rect(blue, 10, 92, 172, 14, 3)
    body.rect((255, 255, 255), 10, 24, 172, 2)
    body.rect((255, 255, 255), 10, 90, 172, 2)
    body.text("POLICE", ac.font("NotoSans-Bold", 22 * body.k), blue, 96, 44, 150)
    body.text(ac.arabic("الشرطة"), ac.font("NotoSansArabic-Bold", 22 * body.k), blue, 96, 72, 150)
    # beacon and star badge
    body.orect((230, 230, 236), 160, 34, 16, 16, 3, 1.2)
    body.circle((60, 140, 255), 168, 42, 5)
    body.circle((190, 220, 255), 166.5, 40.5, 1.8)
    _star(body, 24, 58, 11, (250, 200, 40))
    pen.shadow_under(body, 4, 5, 3, 110)
    pen.blit(body)
    # blue-white kerb stones along the front
    for i in range(12):
        pen.rect(blue if i % 2 == 0 else (255, 255, 255), 8 + i * 14.7, 116, 14.7, 6)
    pen.rect(ac.OUTLINE, 8, 116, 176, 6, width=0.8)
    return pen.out()


def _star(pen: Pen, cx: float, cy: float, r: float, c: tuple[int, ...]) -> None:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.45
        a = math.radians(90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
    big = [(cx + (x - cx) * 1.2, cy + (y - cy) * 1.2) for x, y in pts]
    pen.poly(ac.OUTLINE, big)
    pen.poly(c, pts)


@cache
def img_island() -> pygame.Surface:
    """The 2 x 2 roundabout island: grass and flowers in a red/white round kerb."""
    W = H = 2 * T
    pen = Pen(W, H)
    pen.texture(tex_asphalt_big(W, H))
    c = 64.0
    body = pen.new_layer()
    body.circle(ac.OUTLINE, c, c, 60)
    n = 24
    for i in range(n):
        a0, a1 = 360 * i / n, 360 * (i + 1) / n
        pts = [(c, c)] + [
            (
                c + 59 * math.cos(math.radians(a0 + (a1 - a0) * t / 4)),
                c - 59 * math.sin(math.radians(a0 + (a1 - a0) * t / 4)),
            )
            for t in range(5)
        ]
        body.poly((228, 62, 58) if i % 2 == 0 else (255, 255, 255), pts)
    mask = Pen(W, H)
    mask.circle((255, 255, 255, 255), c, c, 53)
    inner = Pen(W, H)
    inner.texture(tex_grass_big(W, H), mask)
    body.blit(inner)
    body.circle(ac.shade(ac.GRASS, -0.2), c, c, 53, 1.2)
    # flower ring and a central palm-like tree
    cols = [(255, 120, 150), (255, 220, 70), (255, 255, 255), (170, 130, 255)]
    for i in range(16):
        a = math.radians(i * 22.5)
        draw_flower(body, c + 42 * math.cos(a), c - 42 * math.sin(a), cols[i % 4], 3.2)
    pen.shadow_under(body, 2, 3, 2, 80)
    pen.blit(body)
    _tree(pen, c, c, 24, (70, 166, 74))
    return pen.out()


@cache
def tex_asphalt_big(w: int, h: int) -> pygame.Surface:
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    for y in range(0, h, T):
        for x in range(0, w, T):
            s.blit(tex_asphalt(), (x, y))
    return s


def piece(img: Callable[[], pygame.Surface], col: int, row: int) -> Callable[[], pygame.Surface]:
    """A painter returning one tile of a multi-tile image."""

    def f() -> pygame.Surface:
        return img().subsurface(pygame.Rect(col * T, row * T, T, T)).copy()

    return f


# ---- props ------------------------------------------------------------------------------------
def _bush(pen: Pen, x: float, y: float, r: float, col: tuple[int, ...] = (80, 160, 70)) -> None:
    lay = pen.new_layer()
    for dx, dy, k in ((-0.5, 0.1, 0.7), (0.45, 0.15, 0.7), (0, -0.35, 0.75), (0, 0.2, 0.8)):
        lay.circle(ac.OUTLINE, x + dx * r, y + dy * r, r * k + 1.2)
    for dx, dy, k in ((-0.5, 0.1, 0.7), (0.45, 0.15, 0.7), (0, -0.35, 0.75), (0, 0.2, 0.8)):
        lay.circle(col, x + dx * r, y + dy * r, r * k)
    lay.circle(ac.shade(col, 0.25), x - 0.3 * r, y - 0.35 * r, r * 0.35)
    pen.shadow_under(lay, 2, 2.5, 1.5, 90)
    pen.blit(lay)


def _tree(pen: Pen, x: float, y: float, r: float, col: tuple[int, ...]) -> None:
    lay = pen.new_layer()
    lobes = [
        (math.cos(math.radians(a)) * 0.45, -math.sin(math.radians(a)) * 0.45)
        for a in range(0, 360, 60)
    ]
    for dx, dy in lobes:
        lay.circle(ac.OUTLINE, x + dx * r, y + dy * r, r * 0.6 + 1.5)
    lay.circle(ac.OUTLINE, x, y, r * 0.7 + 1.5)
    for dx, dy in lobes:
        lay.circle(col, x + dx * r, y + dy * r, r * 0.6)
    lay.circle(col, x, y, r * 0.7)
    lay.circle(ac.shade(col, -0.12), x + r * 0.15, y + r * 0.18, r * 0.55)
    lay.circle(ac.shade(col, 0.12), x - r * 0.12, y - r * 0.12, r * 0.5)
    lay.circle(ac.shade(col, 0.3), x - r * 0.3, y - r * 0.32, r * 0.22)
    pen.shadow_under(lay, r * 0.2, r * 0.28, r * 0.12, 110)
    pen.blit(lay)


def _bg(tex: pygame.Surface | None) -> Pen:
    """A pen with a texture background, or transparent for overlay props."""
    return tex_pen(tex) if tex is not None else Pen(T, T)


def p_tree(bg: bool = True) -> pygame.Surface:
    pen = _bg(tex_grass() if bg else None)
    _tree(pen, 30, 30, 27, (72, 168, 70))
    return pen.out()


def p_tree_small(bg: bool = True) -> pygame.Surface:
    pen = _bg(tex_grass() if bg else None)
    _tree(pen, 31, 31, 18, (110, 186, 74))
    return pen.out()


def p_bush(bg: bool = True) -> pygame.Surface:
    pen = _bg(tex_grass() if bg else None)
    _bush(pen, 30, 32, 16, (74, 150, 74))
    return pen.out()


def p_flowerbed(bg: bool = True) -> pygame.Surface:
    pen = _bg(tex_grass() if bg else None)
    pen.orect((150, 104, 74), 6, 8, 52, 48, 10, 2, (200, 196, 186))
    cols = [(255, 90, 110), (255, 220, 70), (255, 255, 255), (170, 120, 255), (255, 150, 60)]
    k = 0
    for y in range(16, 52, 9):
        for x in range(14, 54, 9):
            off = 4.5 if (y // 9) % 2 else 0
            if x + off < 53:
                pen.circle((70, 140, 60), x + off, y + 1, 3.4)
                draw_flower(pen, x + off, y, cols[k % len(cols)], 2.8)
                k += 1
    return pen.out()


def p_cone(bg: bool = True) -> pygame.Surface:
    pen = _bg(tex_asphalt() if bg else None)
    lay = pen.new_layer()
    lay.orect((250, 120, 30), 18, 18, 28, 28, 4, 1.5)
    lay.circle(ac.OUTLINE, 32, 32, 11)
    lay.circle((255, 130, 40), 32, 32, 10)
    lay.circle((255, 255, 255), 32, 32, 7.5)
    lay.circle((255, 140, 50), 32, 32, 5)
    lay.circle((255, 190, 120), 31, 31, 2)
    pen.shadow_under(lay, 2, 3, 2, 100)
    pen.blit(lay)
    return pen.out()


def p_barrier_h(bg: bool = True) -> pygame.Surface:
    pen = _bg(tex_asphalt() if bg else None)
    lay = pen.new_layer()
    for fx in (8, 48):
        lay.orect((90, 90, 100), fx, 22, 8, 20, 2, 1.2)
    lay.orect((255, 255, 255), 2, 26, 60, 12, 3, 1.5)
    for i in range(6):
        x = 4 + i * 10
        lay.poly((226, 50, 50), [(x, 27.5), (x + 5, 27.5), (x + 9, 36.5), (x + 4, 36.5)])
    lay.rect(ac.OUTLINE, 2, 26, 60, 12, 3, width=1.5)
    pen.shadow_under(lay, 2, 3, 2, 100)
    pen.blit(lay)
    return pen.out()


def p_barrier_v(bg: bool = True) -> pygame.Surface:
    return ac.rotate_cw(p_barrier_h(bg), 1)


def p_bench(bg: bool = True) -> pygame.Surface:
    pen = _bg(tex_paving() if bg else None)
    lay = pen.new_layer()
    wood = (186, 120, 70)
    lay.orect((80, 80, 90), 12, 22, 4, 22, 1, 0.8)
    lay.orect((80, 80, 90), 48, 22, 4, 22, 1, 0.8)
    for i, y in enumerate((24, 31, 38)):
        lay.orect(ac.shade(wood, 0.1 - 0.08 * i), 8, y, 48, 6, 1.5, 1.2)
    pen.shadow_under(lay, 2, 3, 1.5, 100)
    pen.blit(lay)
    return pen.out()


def p_lamp(bg: bool = True) -> pygame.Surface:
    pen = _bg(tex_paving() if bg else None)
    glow = pen.new_layer()
    glow.circle((255, 240, 170, 60), 32, 32, 20)
    glow.circle((255, 240, 170, 60), 32, 32, 14)
    pen.blit(glow)
    lay = pen.new_layer()
    lay.circle(ac.OUTLINE, 32, 32, 9)
    lay.circle((70, 80, 96), 32, 32, 7.5)
    lay.circle((255, 236, 150), 32, 32, 5)
    lay.circle((255, 255, 230), 30.5, 30.5, 2)
    pen.shadow_under(lay, 6, 8, 2, 90)
    pen.blit(lay)
    return pen.out()


# ---- the ordered tile list --------------------------------------------------------------------
def _turned(f: Callable[[], pygame.Surface], n: int) -> Callable[[], pygame.Surface]:
    def g() -> pygame.Surface:
        return ac.rotate_cw(f(), n)

    return g


def _build() -> list[Tile]:
    t: list[Tile] = []
    t += [
        Tile("grass", "grass", p_grass),
        Tile("grass_flowers", "grass", p_grass_flowers),
        Tile("grass_tuft", "grass", p_grass_tuft),
        Tile("water", "water", p_water),
        Tile("sand", "grass", p_sand),
        Tile("sidewalk", "sidewalk", p_sidewalk),
    ]
    for i, d in enumerate(DIRS):
        t.append(Tile(f"sidewalk_kerb_{d}", "sidewalk", _turned(p_kerb_n, i)))
    for i, c in enumerate(CORNERS):
        t.append(Tile(f"sidewalk_kerb_{c}", "sidewalk", _turned(p_kerb_ne, i)))
    for i, c in enumerate(CORNERS):
        t.append(Tile(f"sidewalk_kerb_in_{c}", "sidewalk", _turned(p_kerb_in_ne, i)))
    for i, c in enumerate(CORNERS):
        t.append(Tile(f"sidewalk_curve_{c}", "sidewalk", _turned(p_curve_ne, i)))
    t += [
        Tile("road", "road", p_road),
        Tile("parking", "parking", p_parking),
        Tile("zebra_ns", "crossing", p_zebra_ns),
        Tile("zebra_ew", "crossing", p_zebra_ew),
        Tile("crossing_plain", "crossing", p_crossing_plain),
    ]
    marks = (
        ("dash", p_mark_dash_n),
        ("solid", p_mark_solid_n),
        ("stop", p_mark_stop_n),
        ("yield", p_mark_yield_n),
    )
    for kind, f in marks:
        for i, d in enumerate(DIRS):
            t.append(Tile(f"mark_{kind}_{d}", None, _turned(f, i)))
    for kind in ("straight", "left", "right", "straight_left", "straight_right", "uturn"):
        for i, d in enumerate(DIRS):
            t.append(Tile(f"mark_arrow_{kind}_{d}", None, _turned(lambda k=kind: p_arrow(k), i)))
    for kind, f in (("bay", p_mark_bay_n), ("edge", p_mark_edge_n)):
        for i, d in enumerate(DIRS):
            t.append(Tile(f"mark_{kind}_{d}", None, _turned(f, i)))
    quads = (("nw", 0, 0), ("ne", 1, 0), ("sw", 0, 1), ("se", 1, 1))
    for col in ("red", "blue", "yellow"):
        for q, cx, cy in quads:
            t.append(
                Tile(
                    f"house_{col}_{q}",
                    "building",
                    piece(lambda c=col: img_house(c), cx, cy),
                    f"house_{col}",
                )
            )
    for q, cx, cy in quads:
        t.append(Tile(f"shop_{q}", "building", piece(img_shop, cx, cy), "shop"))
    for name, img in (("school", img_school), ("police", img_police)):
        for r in range(2):
            for c in range(3):
                t.append(Tile(f"{name}_r{r}c{c}", "building", piece(img, c, r), name))
    for q, cx, cy in quads:
        t.append(Tile(f"island_{q}", "barrier", piece(img_island, cx, cy), "island"))
    t += [
        Tile("tree", "barrier", p_tree),
        Tile("tree_small", "barrier", p_tree_small),
        Tile("bush", "grass", p_bush),
        Tile("flowerbed", "grass", p_flowerbed),
        Tile("cone", "barrier", p_cone),
        Tile("barrier_h", "barrier", p_barrier_h),
        Tile("barrier_v", "barrier", p_barrier_v),
        Tile("bench", "sidewalk", p_bench),
        Tile("lamp", "sidewalk", p_lamp),
    ]
    # ---- appended after v1 (ids above are frozen) ----
    # transparent overlay versions of the props, to stand on any ground tile
    over = (
        ("tree", "barrier", p_tree),
        ("tree_small", "barrier", p_tree_small),
        ("bush", None, p_bush),
        ("flowerbed", None, p_flowerbed),
        ("cone", "barrier", p_cone),
        ("barrier_h", "barrier", p_barrier_h),
        ("barrier_v", "barrier", p_barrier_v),
        ("bench", None, p_bench),
        ("lamp", None, p_lamp),
    )
    for name, surf, f in over:
        t.append(Tile(f"{name}_overlay", surf, lambda f=f: f(False)))
    t.append(Tile("mark_parking_p", None, p_mark_parking_p))
    return t


TILES: list[Tile] = _build()
