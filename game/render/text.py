"""Fonts and text drawing: the only place that turns strings into pixels.

Any string of any catalog (Arabic, Tifinagh, Latin, digits, punctuation, key names) is laid
out in four steps, so that no character is ever an empty box and mixed text reads in order:

1. **Key caps.** ``[B]``, ``[Esc]`` … in a string are keys of the keyboard, drawn as key-cap
   icons in every language (never as Latin letters inside an Arabic or Tifinagh sentence).
   For the bidi algorithm a key cap is one neutral object (U+FFFC).
2. **Bidi.** python-bidi's reference algorithm (``bidi.algorithm``; its Rust ``get_display``
   does not mirror brackets) gives each character its embedding level, with L1 applied.
3. **Runs.** Consecutive characters with the same level and the same font form a run. The
   font of a character is the first shipped font whose cmap has it (Arabic letters prefer
   the Arabic font, Tifinagh the Tifinagh one); spaces, marks and punctuation stay in the
   font of the letters before them when it has them.
4. **Shaping, once.** Each run is drawn by SDL_ttf's HarfBuzz with its own direction and
   script: Arabic is joined, vowel marks placed and brackets mirrored by HarfBuzz only
   (arabic-reshaper is not used here). Right-to-left runs in another font hold only neutral
   characters (punctuation), which are reversed and mirrored here. Runs are placed in visual
   order (UBA rule L2) on one baseline.

Rendered lines are cached (they are drawn every frame): a returned Surface is shared, so copy
it before changing it (``set_alpha``, ``fill``…). ``forget()`` drops every cache (the app
calls it when the window closes and pygame's fonts die).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pygame
from bidi import algorithm as uba
from bidi.mirror import MIRRORED
from fontTools.ttLib import TTFont

from game import resources

FONT_FILES = {
    ("latin", "regular"): "NotoSans-Regular.ttf",
    ("latin", "bold"): "NotoSans-Bold.ttf",
    ("arabic", "regular"): "NotoSansArabic-Regular.ttf",
    ("arabic", "bold"): "NotoSansArabic-Bold.ttf",
    ("tifinagh", "regular"): "NotoSansTifinagh-Regular.ttf",
    ("tifinagh", "bold"): "NotoSansTifinagh-Regular.ttf",
}
SCRIPTS = ("latin", "arabic", "tifinagh")
HB_SCRIPT = {"latin": "Latn", "arabic": "Arab", "tifinagh": "Tfng"}

KEY = re.compile(r"\[([A-Za-z0-9]{1,5}|Esc|Space|Enter|Tab|Shift|←|→|↑|↓)\]")
OBJECT = "\ufffc"  # a key cap, for the bidi algorithm: one neutral object
KEY_INK = (40, 42, 52)
KEY_FACE = (255, 255, 255)
KEY_SIDE = (150, 150, 165)


def font_files() -> list[tuple[str, ...]]:
    """Every font file, for the start-up check (resources.require)."""
    return [("fonts", name) for name in sorted(set(FONT_FILES.values()))]


def script_of(text: str) -> str:
    """The script a string needs a font for first: arabic, tifinagh or latin."""
    for ch in text:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFEFF or 0x0750 <= code <= 0x077F:
            return "arabic"
        if 0x2D30 <= code <= 0x2D7F:
            return "tifinagh"
    return "latin"


def _open_font(size: int, weight: str, script: str) -> pygame.font.Font:
    """The shipped font of a script, weight and size, opened afresh (not kept)."""
    if not pygame.font.get_init():
        pygame.font.init()
    name = FONT_FILES.get((script, weight), FONT_FILES[("latin", weight)])
    return pygame.font.Font(str(resources.asset("fonts", name)), size)


@lru_cache(maxsize=64)
def font(size: int, weight: str = "bold", script: str = "latin") -> pygame.font.Font:
    """The shipped font of a script, weight and size (left to right, as pygame makes it)."""
    return _open_font(size, weight, script)


@lru_cache(maxsize=8)
def cmap(filename: str) -> frozenset[int]:
    """The code points a font file has a glyph for (its cmap), read once."""
    with TTFont(str(resources.asset("fonts", filename)), lazy=True) as ttf:
        return frozenset(ttf.getBestCmap())


def has_glyph(script: str, weight: str, ch: str) -> bool:
    return ord(ch) in cmap(FONT_FILES[(script, weight)])


def _preferred(ch: str) -> tuple[str, ...]:
    first = script_of(ch)
    return (first, *(s for s in SCRIPTS if s != first))


def _neutral(ch: str) -> bool:
    """Spaces, marks, punctuation and digits: they may take the font of the letters before."""
    return not unicodedata.category(ch).startswith("L")


def fonts_for(text: str, weight: str = "bold") -> list[str]:
    """The script of the font that draws each character of a (markup-free) string."""
    out: list[str] = []
    prev: str | None = None
    for ch in text:
        if prev is not None and _neutral(ch) and has_glyph(prev, weight, ch):
            choice = prev
        else:
            choice = next((s for s in _preferred(ch) if has_glyph(s, weight, ch)), "latin")
        out.append(choice)
        prev = choice
    return out


# -- layout ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A piece of one line, in visual order: text in logical order, or a key cap."""

    text: str
    script: str  # the font's script ("latin", "arabic", "tifinagh"), or "key"
    rtl: bool
    level: int

    def visual(self) -> str:
        """Its characters as they appear from left to right (mirrored when right to left)."""
        if self.script == "key":
            return f"[{self.text}]"
        if not self.rtl:
            return self.text
        return "".join(MIRRORED.get(ch, ch) for ch in reversed(self.text))


def base_is_rtl(text: str) -> bool:
    """Rules P2/P3: a paragraph is right to left when its first strong letter is."""
    for ch in KEY.sub("", text):
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def _levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding levels of a line (UBA X1-I2 and L1), one per character."""
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    chars = storage["chars"]
    levels = [c["level"] for c in chars]
    trailing = True  # L1: whitespace at the end of the line takes the paragraph's level
    for i in range(len(chars) - 1, -1, -1):
        if chars[i]["orig"] in ("B", "S"):
            levels[i] = storage["base_level"]
            trailing = True
        elif trailing and chars[i]["orig"] in ("WS", "BN"):
            levels[i] = storage["base_level"]
        else:
            trailing = False
    return levels


def _clean(text: str) -> str:
    """Drop explicit bidi controls (the layout never needs them) so indices stay aligned."""
    return "".join(ch for ch in text if unicodedata.bidirectional(ch) not in uba.X9_REMOVED)


@lru_cache(maxsize=2048)
def runs(text: str, weight: str = "bold", rtl: bool | None = None) -> tuple[Run, ...]:
    """One line laid out as runs in visual order (left to right on the screen)."""
    keys = [m.group(1) for m in KEY.finditer(text)]
    plain = _clean(KEY.sub(OBJECT, text))
    if not plain:
        return ()
    base = base_is_rtl(text) if rtl is None else rtl
    levels = _levels(plain, base)
    scripts = fonts_for(plain, weight)
    logical: list[Run] = []
    key_iter = iter(keys)
    start = 0
    for i in range(1, len(plain) + 1):
        cut = (
            i == len(plain)
            or plain[i] == OBJECT
            or plain[i - 1] == OBJECT
            or levels[i] != levels[start]
            or scripts[i] != scripts[start]
        )
        if not cut:
            continue
        piece = plain[start:i]
        level = levels[start]
        if piece == OBJECT:
            logical.append(Run(next(key_iter), "key", level % 2 == 1, level))
        else:
            logical.append(Run(piece, scripts[start], level % 2 == 1, level))
        start = i
    return tuple(_reorder(logical))


def _reorder(pieces: list[Run]) -> list[Run]:
    """UBA L2 over whole runs: reverse every sequence at each level, highest first."""
    if not pieces:
        return pieces
    out = list(pieces)
    top = max(p.level for p in out)
    odd = [p.level for p in out if p.level % 2 == 1]
    lowest_odd = min(odd) if odd else top + 1
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(out):
            if out[i].level >= level:
                j = i
                while j < len(out) and out[j].level >= level:
                    j += 1
                out[i:j] = reversed(out[i:j])
                i = j
            else:
                i += 1
    return out


def visual(text: str, rtl: bool | None = None, weight: str = "bold") -> str:
    """The line's code points in the order they appear on screen, left to right."""
    return "".join(run.visual() for run in runs(text, weight, rtl))


def for_display(text: str) -> str:
    """Visual order of a line (kept for older callers; `visual` is the same)."""
    return visual(text)


# -- drawing --------------------------------------------------------------------------------


def _colour(colour) -> tuple[int, int, int, int]:
    return tuple(pygame.Color(colour))  # type: ignore[return-value]


@lru_cache(maxsize=128)
def _shaped_font(size: int, weight: str, script: str, rtl: bool) -> pygame.font.Font:
    """A font object of our own, set once for HarfBuzz's script and direction."""
    if not pygame.font.get_init():
        pygame.font.init()
    f = pygame.font.Font(str(resources.asset("fonts", FONT_FILES[(script, weight)])), size)
    f.set_script(HB_SCRIPT[script])
    f.set_direction(pygame.DIRECTION_RTL if rtl else pygame.DIRECTION_LTR)
    return f


def _run_text(run: Run) -> tuple[str, bool]:
    """What to give HarfBuzz and in which direction (only Arabic is shaped right to left)."""
    if run.rtl and run.script != "arabic":
        return run.visual(), False
    return run.text, run.rtl


@lru_cache(maxsize=512)
def _metrics(size: int, weight: str) -> tuple[int, int]:
    """Ascent and height of a line: room for the tallest of the fonts.

    Two numbers kept per size; the fonts opened to read them are not (a day of menus uses
    a few dozen sizes, and keeping three open fonts per size churned `font`'s cache)."""
    fonts = [_open_font(size, weight, s) for s in SCRIPTS]
    ascent = max(f.get_ascent() for f in fonts)
    descent = max(-f.get_descent() for f in fonts)
    return ascent, ascent + descent


@lru_cache(maxsize=256)
def key_cap(label: str, size: int, edge: tuple[int, int, int, int] | None = None) -> pygame.Surface:
    """A keyboard key with its name on it; ``edge`` draws only its silhouette in that colour."""
    f = _shaped_font(max(8, round(size * 0.72)), "bold", "latin", False)
    name = f.render(label, True, KEY_INK)
    h = round(size * 1.3)
    w = max(h, name.get_width() + round(size * 0.6))
    depth = max(2, round(size * 0.12))
    surf = pygame.Surface((w, h + depth), pygame.SRCALPHA)
    radius = max(3, round(size * 0.25))
    if edge is not None:
        pygame.draw.rect(surf, edge, surf.get_rect(), border_radius=radius)
        return surf
    pygame.draw.rect(surf, KEY_SIDE, (0, depth, w, h), border_radius=radius)
    pygame.draw.rect(surf, KEY_FACE, (0, 0, w, h), border_radius=radius)
    pygame.draw.rect(surf, KEY_INK, (0, 0, w, h), max(1, round(size * 0.08)), border_radius=radius)
    surf.blit(name, name.get_rect(center=(w / 2, h / 2)))
    return surf


def _run_width(run: Run, size: int, weight: str) -> int:
    if run.script == "key":
        return key_cap(run.text, size).get_width() + 2 * max(1, round(size * 0.12))
    words, rtl = _run_text(run)
    return _shaped_font(size, weight, run.script, rtl).size(words)[0]


@lru_cache(maxsize=2048)
def size_of(
    text: str, size: int, weight: str = "bold", rtl: bool | None = None
) -> tuple[int, int]:
    """Width and height of one line as `render` would draw it."""
    width = sum(_run_width(r, size, weight) for r in runs(text, weight, rtl))
    return width, _metrics(size, weight)[1]


def _draw_line(
    text: str, size: int, colour, weight: str, rtl: bool | None, edge: bool
) -> pygame.Surface:
    ascent, height = _metrics(size, weight)
    line = runs(text, weight, rtl)
    widths = [_run_width(r, size, weight) for r in line]
    surf = pygame.Surface((max(1, sum(widths)), height), pygame.SRCALPHA)
    x = 0
    for run, w in zip(line, widths):
        if run.script == "key":
            cap = key_cap(run.text, size, colour if edge else None)
            surf.blit(cap, cap.get_rect(midleft=(x + (w - cap.get_width()) // 2, height / 2)))
        else:
            words, right_to_left = _run_text(run)
            f = _shaped_font(size, weight, run.script, right_to_left)
            glyphs = f.render(words, True, colour)
            surf.blit(glyphs, (x, ascent - f.get_ascent()))
        x += w
    return surf


@lru_cache(maxsize=256)
def _render(text: str, size: int, colour, weight: str, rtl: bool | None) -> pygame.Surface:
    return _draw_line(text, size, colour, weight, rtl, edge=False)


def render(
    text: str, size: int, colour, weight: str = "bold", rtl: bool | None = None
) -> pygame.Surface:
    """One line of text in any of the game's languages (shared, cached: do not change it).

    ``rtl`` forces the paragraph direction; by default the first strong letter decides.
    """
    return _render(text, size, _colour(colour), weight, rtl)


@lru_cache(maxsize=128)
def _outlined(
    text: str, size: int, colour, outline, width: int, weight: str, rtl: bool | None
) -> pygame.Surface:
    inner = _draw_line(text, size, colour, weight, rtl, edge=False)
    edge = _draw_line(text, size, outline, weight, rtl, edge=True)
    surf = pygame.Surface(
        (inner.get_width() + 2 * width, inner.get_height() + 2 * width), pygame.SRCALPHA
    )
    for dx in range(-width, width + 1):
        for dy in range(-width, width + 1):
            if dx * dx + dy * dy <= width * width:
                surf.blit(edge, (dx + width, dy + width))
    surf.blit(inner, (width, width))
    return surf


def outlined(
    text: str,
    size: int,
    colour=(255, 255, 255),
    outline=(30, 30, 40),
    width: int = 2,
    weight: str = "bold",
    rtl: bool | None = None,
) -> pygame.Surface:
    """Text with a dark outline, readable over any part of the town (shared, cached)."""
    return _outlined(text, size, _colour(colour), _colour(outline), width, weight, rtl)


# -- paragraphs -----------------------------------------------------------------------------


@lru_cache(maxsize=512)
def wrap(text: str, size: int, width: float, weight: str = "bold") -> tuple[str, ...]:
    """A paragraph broken at spaces into lines no wider than ``width`` (in logical order).

    Each line keeps the paragraph's direction when drawn; a single word wider than the width
    stays whole on its own line. Newlines in the text always break.
    """
    rtl = base_is_rtl(text)
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and size_of(candidate, size, weight, rtl)[0] > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return tuple(lines)


@lru_cache(maxsize=256)
def _paragraph(
    text: str,
    size: int,
    colour,
    width: int,
    weight: str,
    align: str,
    spacing: float,
    outline,
    outline_width: int,
) -> pygame.Surface:
    rtl = base_is_rtl(text)
    lines = wrap(text, size, width, weight)
    if outline is None:
        surfs = [_render(line, size, colour, weight, rtl) for line in lines]
    else:
        surfs = [_outlined(ln, size, colour, outline, outline_width, weight, rtl) for ln in lines]
    step = round(surfs[0].get_height() * spacing)
    height = step * (len(surfs) - 1) + surfs[-1].get_height()
    full = max(s.get_width() for s in surfs)
    out = pygame.Surface((full, height), pygame.SRCALPHA)
    side = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}.get(
        align, align
    )
    for i, surf in enumerate(surfs):
        if side == "right":
            x = out.get_width() - surf.get_width()
        elif side == "center":
            x = (out.get_width() - surf.get_width()) // 2
        else:
            x = 0
        out.blit(surf, (x, i * step))
    return out


def paragraph(
    text: str,
    size: int,
    colour,
    width: float,
    weight: str = "regular",
    align: str = "start",
    spacing: float = 1.1,
    outline=None,
    outline_width: int = 2,
) -> pygame.Surface:
    """A paragraph wrapped to ``width`` pixels (shared, cached).

    ``align``: "start" (right in a right-to-left paragraph, left otherwise), "end", "center",
    "left" or "right". The surface is as wide as the widest line.
    """
    return _paragraph(
        text,
        size,
        _colour(colour),
        int(width),
        weight,
        align,
        spacing,
        None if outline is None else _colour(outline),
        outline_width,
    )


def forget() -> None:
    """Drop every cached font and surface (pygame's fonts die when the window closes)."""
    caches = (
        font,
        _shaped_font,
        _metrics,
        runs,
        size_of,
        _render,
        _outlined,
        key_cap,
        wrap,
        _paragraph,
    )
    for cached in caches:
        cached.cache_clear()
