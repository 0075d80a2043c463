"""Shared drawing helpers for the generated art (supersampled, deterministic).

Everything is drawn on a supersampled canvas (``SS`` times the output size) with plain
pygame primitives and reduced with a premultiplied-alpha box filter in numpy, which gives
clean anti-aliased edges and the same bytes on every run.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence

import numpy as np
import pygame

from game import resources

SS = 4  # supersampling factor

Color = tuple[int, ...]
Pt = tuple[float, float]

# ---- palette: bright, soft toy-town colours -------------------------------------------
GRASS = (118, 196, 84)
GRASS_LIGHT = (138, 212, 98)
GRASS_DARK = (96, 172, 70)
ASPHALT = (124, 122, 124)
PARKING = (134, 130, 126)
PAVING = (230, 220, 198)
PAVING_JOINT = (204, 192, 168)
KERB = (246, 244, 238)
KERB_EDGE = (150, 146, 144)
WHITE = (250, 250, 246)
WATER = (88, 170, 226)
WATER_LIGHT = (150, 208, 244)
SAND = (236, 214, 160)
OUTLINE = (58, 52, 66)
SHADOW = (20, 30, 40)
RED = (226, 64, 56)
BLUE = (52, 116, 214)
YELLOW = (250, 204, 52)
GREEN = (70, 170, 80)
ORANGE = (246, 140, 44)


def seed_of(name: str) -> int:
    """A stable seed from a name (never Python's salted ``hash``)."""
    return zlib.crc32(name.encode("utf-8"))


def rng(name: str) -> np.random.Generator:
    """A numpy generator seeded from ``name``."""
    return np.random.default_rng(seed_of(name))


def shade(c: Sequence[int], f: float) -> Color:
    """Lighten (f > 0) towards white or darken (f < 0) towards black."""
    if f >= 0:
        return tuple(int(round(v + (255 - v) * f)) for v in c[:3])
    return tuple(int(round(v * (1 + f))) for v in c[:3])


class Pen:
    """Draw on a supersampled SRCALPHA surface using output-pixel coordinates."""

    def __init__(self, w: int, h: int, ss: int = SS) -> None:
        self.w, self.h, self.k = w, h, ss
        self.surf = pygame.Surface((w * ss, h * ss), pygame.SRCALPHA)

    # coordinate helpers
    def p(self, v: float) -> int:
        return int(round(v * self.k))

    def pt(self, xy: Pt) -> tuple[int, int]:
        return (self.p(xy[0]), self.p(xy[1]))

    def new_layer(self) -> Pen:
        return Pen(self.w, self.h, self.k)

    # primitives
    def fill(self, c: Color) -> None:
        self.surf.fill(c)

    def rect(
        self, c: Color, x: float, y: float, w: float, h: float, r: float = 0, width: float = 0
    ) -> None:
        rr = pygame.Rect(self.p(x), self.p(y), self.p(x + w) - self.p(x), self.p(y + h) - self.p(y))
        pygame.draw.rect(
            self.surf, c, rr, self.p(width) if width else 0, border_radius=self.p(r) if r else -1
        )

    def orect(
        self,
        c: Color,
        x: float,
        y: float,
        w: float,
        h: float,
        r: float = 0,
        ow: float = 1.5,
        oc: Color = OUTLINE,
    ) -> None:
        """A filled rounded rectangle with an outline."""
        self.rect(oc, x, y, w, h, r)
        self.rect(c, x + ow, y + ow, w - 2 * ow, h - 2 * ow, max(0.0, r - ow))

    def circle(self, c: Color, cx: float, cy: float, r: float, width: float = 0) -> None:
        pygame.draw.circle(
            self.surf, c, self.pt((cx, cy)), self.p(r), self.p(width) if width else 0
        )

    def ocircle(
        self, c: Color, cx: float, cy: float, r: float, ow: float = 1.5, oc: Color = OUTLINE
    ) -> None:
        self.circle(oc, cx, cy, r)
        self.circle(c, cx, cy, r - ow)

    def ellipse(self, c: Color, x: float, y: float, w: float, h: float, width: float = 0) -> None:
        rr = pygame.Rect(self.p(x), self.p(y), self.p(w), self.p(h))
        pygame.draw.ellipse(self.surf, c, rr, self.p(width) if width else 0)

    def poly(self, c: Color, pts: Sequence[Pt]) -> None:
        pygame.draw.polygon(self.surf, c, [self.pt(q) for q in pts])

    def line(self, c: Color, a: Pt, b: Pt, width: float, round_caps: bool = True) -> None:
        """A thick line as a polygon, optionally with round caps."""
        (x0, y0), (x1, y1) = a, b
        dx, dy = x1 - x0, y1 - y0
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln * width / 2, dx / ln * width / 2
        self.poly(
            c, [(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)]
        )
        if round_caps:
            self.circle(c, x0, y0, width / 2)
            self.circle(c, x1, y1, width / 2)

    def polyline(self, c: Color, pts: Sequence[Pt], width: float) -> None:
        for a, b in zip(pts, pts[1:]):
            self.line(c, a, b, width)

    def arc(
        self,
        c: Color,
        cx: float,
        cy: float,
        r: float,
        a0: float,
        a1: float,
        width: float,
        steps: int = 24,
    ) -> None:
        """A thick arc; angles in degrees, 0 = east, counter-clockwise on screen."""
        pts = []
        for i in range(steps + 1):
            a = math.radians(a0 + (a1 - a0) * i / steps)
            pts.append((cx + r * math.cos(a), cy - r * math.sin(a)))
        self.polyline(c, pts, width)

    def blit(self, other: Pen | pygame.Surface, x: float = 0, y: float = 0) -> None:
        src = other.surf if isinstance(other, Pen) else other
        self.surf.blit(src, self.pt((x, y)))

    def texture(self, tex: pygame.Surface, mask: Pen | None = None) -> None:
        """Blit an output-resolution texture (scaled up exactly), optionally masked."""
        big = pygame.transform.scale(_to_alpha(tex), (self.w * self.k, self.h * self.k))
        if mask is not None:
            big.blit(mask.surf, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        self.surf.blit(big, (0, 0))

    def shadow_under(
        self, layer: Pen, dx: float = 2.0, dy: float = 3.0, blur: float = 2.5, alpha: int = 90
    ) -> None:
        """Draw a soft drop shadow of ``layer``'s shape on this pen (not the layer)."""
        self.surf.blit(soft_shadow(layer.surf, self.p(blur), alpha), self.pt((dx, dy)))

    def text(
        self,
        s: str,
        font: pygame.font.Font,
        c: Color,
        cx: float,
        cy: float,
        max_w: float | None = None,
    ) -> None:
        """Centre a rendered string at (cx, cy), shrinking it to fit ``max_w``."""
        img = font.render(s, True, c)
        if max_w is not None and img.get_width() > self.p(max_w):
            f = self.p(max_w) / img.get_width()
            img = pygame.transform.smoothscale(
                img, (self.p(max_w), max(1, int(img.get_height() * f)))
            )
        self.surf.blit(img, img.get_rect(center=self.pt((cx, cy))))

    def out(self) -> pygame.Surface:
        return downsample(self.surf, self.k)


def _to_alpha(s: pygame.Surface) -> pygame.Surface:
    o = pygame.Surface(s.get_size(), pygame.SRCALPHA)
    o.blit(s, (0, 0))
    return o


def box_blur(a: np.ndarray, r: int, passes: int = 3) -> np.ndarray:
    """Separable box blur (zero padded) of a 2-D float array."""
    if r <= 0:
        return a
    out = a.astype(np.float64)
    for _ in range(passes):
        for axis in (0, 1):
            pad = [(0, 0), (0, 0)]
            pad[axis] = (r + 1, r)
            c = np.cumsum(np.pad(out, pad), axis=axis)
            n = out.shape[axis]
            hi = np.take(c, range(2 * r + 1, 2 * r + 1 + n), axis=axis)
            lo = np.take(c, range(0, n), axis=axis)
            out = (hi - lo) / (2 * r + 1)
    return out


def soft_shadow(src: pygame.Surface, blur: int, alpha: int) -> pygame.Surface:
    """A blurred, dark copy of ``src``'s alpha."""
    return soft_shadow_colour(src, blur, SHADOW, alpha)


def soft_shadow_colour(
    src: pygame.Surface, blur: int, colour: Sequence[int], alpha: int = 255
) -> pygame.Surface:
    """A blurred copy of ``src``'s alpha in one colour (shadows and glows)."""
    a = pygame.surfarray.array_alpha(src).astype(np.float64) / 255.0
    a = box_blur(a, blur)
    out = pygame.Surface(src.get_size(), pygame.SRCALPHA)
    out.fill((*colour[:3], 0))
    pa = pygame.surfarray.pixels_alpha(out)
    pa[:] = np.clip(a * alpha, 0, 255).astype(np.uint8)
    del pa
    return out


def downsample(s: pygame.Surface, k: int) -> pygame.Surface:
    """Box-filter ``s`` by ``k`` with premultiplied alpha (no dark fringes)."""
    w, h = s.get_width() // k, s.get_height() // k
    rgb = pygame.surfarray.array3d(s).astype(np.float64)[: w * k, : h * k]
    al = pygame.surfarray.array_alpha(s).astype(np.float64)[: w * k, : h * k]
    pm = rgb * al[..., None]
    pm = pm.reshape(w, k, h, k, 3).mean(axis=(1, 3))
    am = al.reshape(w, k, h, k).mean(axis=(1, 3))
    col = np.where(am[..., None] > 0, pm / np.maximum(am[..., None], 1e-9), 0)
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    px = pygame.surfarray.pixels3d(out)
    px[:] = np.clip(np.round(col), 0, 255).astype(np.uint8)
    del px
    pa = pygame.surfarray.pixels_alpha(out)
    pa[:] = np.clip(np.round(am), 0, 255).astype(np.uint8)
    del pa
    return out


def surf_from_rgb(arr: np.ndarray) -> pygame.Surface:
    """An opaque SRCALPHA surface from an (h, w, 3) array."""
    h, w = arr.shape[:2]
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    out.fill((0, 0, 0, 255))
    px = pygame.surfarray.pixels3d(out)
    px[:] = np.clip(np.round(arr), 0, 255).astype(np.uint8).transpose(1, 0, 2)
    del px
    return out


def rotate_cw(s: pygame.Surface, quarter_turns: int) -> pygame.Surface:
    """Rotate by multiples of 90 degrees clockwise (exact)."""
    return pygame.transform.rotate(s, -90 * (quarter_turns % 4))


# ---- fonts ----------------------------------------------------------------------------
_FONT_CACHE: dict[tuple[str, int], pygame.font.Font] = {}


def font(name: str, size: int) -> pygame.font.Font:
    """A font from assets/fonts (e.g. ``NotoSans-Bold``) at a pixel size."""
    key = (name, size)
    if key not in _FONT_CACHE:
        path = resources.asset("fonts", f"{name}.ttf")  # from fonts-noto-core (see CREDITS)
        _FONT_CACHE[key] = pygame.font.Font(str(path), size)
    return _FONT_CACHE[key]


def arabic(s: str) -> str:
    """Shape and reorder Arabic text for a renderer without complex-script shaping."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(s))


def init() -> None:
    """Initialise pygame headless."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    pygame.display.init()
    pygame.font.init()
