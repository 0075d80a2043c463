"""Text drawing by runs: every glyph in a shipped font, the right visual order, key caps."""

from __future__ import annotations

import pygame
import pytest
from fontTools.ttLib import TTFont

from game import resources
from game.i18n.messages import CATALOG, LANGS, PLURALS, text_n
from game.render import text as T
from game.tools.course_texts import HINTS, TITLES


@pytest.fixture(autouse=True, scope="module")
def _pygame():
    pygame.font.init()
    yield


def _strings() -> list[tuple[str, str]]:
    out = []
    for key, entry in CATALOG.items():
        for lang in LANGS:
            if entry.get(lang):
                out.append((f"{key}/{lang}", entry[lang]))
    for key in PLURALS:
        for lang in LANGS:
            for n in (0, 1, 2, 5, 11, 100, 2.5, 1_000_000):
                out.append((f"{key}/{lang}/{n}", text_n(key, n, lang)))
    for table, name in ((TITLES, "title"), (HINTS, "hint")):
        for key, texts in table.items():
            for lang, words in texts.items():
                out.append((f"{name}:{key}/{lang}", words))
    return out


_CMAPS: dict[str, set[int]] = {}


def _glyphs(filename: str) -> set[int]:
    """The font's cmap, read here by fontTools independently of the renderer's own copy."""
    if filename not in _CMAPS:
        with TTFont(str(resources.asset("fonts", filename))) as ttf:
            _CMAPS[filename] = set(ttf.getBestCmap())
    return _CMAPS[filename]


@pytest.mark.parametrize("weight", ["bold", "regular"])
def test_every_character_of_every_string_has_a_glyph_in_its_runs_font(weight):
    missing = []
    for where, words in _strings():
        for run in T.runs(words, weight):
            if run.script == "key":
                glyphs = _glyphs(T.FONT_FILES[("latin", "bold")])
                chars = run.text
            else:
                glyphs = _glyphs(T.FONT_FILES[(run.script, weight)])
                chars = run.text
            missing += [(where, ch, f"U+{ord(ch):04X}") for ch in chars if ord(ch) not in glyphs]
    assert not missing, missing[:20]


def test_catalogs_hold_no_character_outside_the_shipped_fonts():
    every = set().union(*(_glyphs(f) for f in set(T.FONT_FILES.values())))
    strays = {ch for _, words in _strings() for ch in words if ord(ch) not in every}
    assert not strays


@pytest.mark.parametrize(
    "logical, on_screen",
    [
        # Arabic reads from the right: the unit and number sit to the left of the word
        ("السرعة 50 km/h", "km/h 50 ةعرسلا"),
        ("20 كلم/س", "س/ملك 20"),
        # a Latin nickname keeps its own order inside an Arabic sentence; '!' ends on the left
        ("أحسنت يا Sami!", "!Sami اي تنسحأ"),
        # brackets are mirrored in right-to-left text: «…» and (B) still point outward
        ("عُدَّ «واحد، اثنان».", ".«" + "واحد، اثنان"[::-1] + "» " + "عُدَّ"[::-1]),
        ("اربط (B)", "(B) طبرا"),
        # a key cap is one object: at the end of an Arabic sentence it sits on the left
        ("اربط حزام السلامة! [B]", "[B] !ةمالسلا مازح طبرا"),
        ("Buckle up! [B]", "Buckle up! [B]"),
        # Tifinagh is left to right, with Latin digits and punctuation in place
        ("ⵜⵉⵏⵎⵍ: 20!", "ⵜⵉⵏⵎⵍ: 20!"),
        ("ⴳ ⵓⵎⴰⵜⴰⵔ STOP, ⵉⵇⵇⴰⵏ", "ⴳ ⵓⵎⴰⵜⴰⵔ STOP, ⵉⵇⵇⴰⵏ"),
        ("Ali dit « مرحبا » !", "Ali dit « ابحرم » !"),
    ],
)
def test_mixed_text_comes_out_in_visual_order(logical, on_screen):
    assert T.visual(logical) == on_screen


def test_harfbuzz_mirrors_brackets_once_in_arabic_runs():
    """The renderer leaves mirroring of Arabic runs to HarfBuzz: never mirrored twice."""
    rtl = T._shaped_font(30, "bold", "arabic", True)
    ltr = T._shaped_font(30, "bold", "arabic", False)

    def pixels(s: pygame.Surface) -> bytes:
        return pygame.image.tobytes(s, "RGBA")

    assert pixels(rtl.render("«", True, (0, 0, 0))) == pixels(ltr.render("»", True, (0, 0, 0)))


def test_arabic_is_joined_by_harfbuzz():
    joined = T.size_of("سلام", 30)[0]
    apart = sum(T.size_of(ch, 30)[0] for ch in "سلام")
    assert joined < apart


def test_arabic_runs_use_the_arabic_font_and_tifinagh_the_tifinagh_font():
    assert {r.script for r in T.runs("مرحبا بك")} == {"arabic"}
    assert [r.script for r in T.runs("ⴰⵣⵓⵍ!")] == ["tifinagh", "latin"]


def test_key_caps_are_drawn_not_spelled():
    with_key = T.render("اربط حزام السلامة! [B]", 24, (255, 255, 255))
    without = T.render("اربط حزام السلامة!", 24, (255, 255, 255))
    assert with_key.get_width() > without.get_width()
    assert all(r.text != "[" for r in T.runs("Press [Esc]"))
    assert [r.script for r in T.runs("Press [Esc]")][-1] == "key"
    assert T.visual("[ not a key") == "[ not a key"


def test_rendered_lines_are_cached():
    a = T.render("ⴰⵢⵓⵣ!", 20, (1, 2, 3))
    assert T.render("ⴰⵢⵓⵣ!", 20, pygame.Color(1, 2, 3)) is a
    assert T.outlined("ⴰⵢⵓⵣ!", 20) is T.outlined("ⴰⵢⵓⵣ!", 20)


def test_measure_matches_render():
    for words in ("Bravo !", "كلم/س 50", "ⵜⵉⵏⵎⵍ: 20!", "Press [B]"):
        assert T.size_of(words, 22)[0] == T.render(words, 22, (0, 0, 0)).get_width()


def test_wrap_keeps_every_word_and_each_line_fits():
    words = "ممر الراجلين: إذا كان شخص يعبر أو ينتظر، أتوقف وأتركه يعبر. " * 3
    lines = T.wrap(words.strip(), 24, 300)
    assert len(lines) > 2
    assert " ".join(lines).split() == words.split()
    assert all(T.size_of(line, 24, rtl=True)[0] <= 300 for line in lines)


def test_right_to_left_paragraphs_align_right():
    para = "الضوء الأحمر: أتوقف قبل الخط الأبيض وأنتظر الضوء الأخضر."
    surf = T.paragraph(para, 24, (0, 0, 0), 260)
    last = T.render(T.wrap(para, 24, 260, "regular")[-1], 24, (0, 0, 0), "regular", True)
    assert last.get_width() < surf.get_width()
    band = surf.subsurface((0, surf.get_height() - last.get_height(), surf.get_width(),
                            last.get_height())).get_bounding_rect()
    assert band.right > surf.get_width() - 6  # the short last line hugs the right edge
    assert band.left > 20  # and leaves the left side empty


def test_forget_drops_fonts_and_surfaces():
    a = T.render("x", 10, (0, 0, 0))
    T.forget()
    assert T.render("x", 10, (0, 0, 0)) is not a


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_fits_its_box_at_1280x720(lang):
    """Bubbles of every instructor line and course hint, and the HUD's words, fit the screen."""
    from game.render.feedback import Feedback

    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    feedback = Feedback((1280, 720), lang)
    too_wide = []
    for key in CATALOG:
        if key.startswith("rule."):
            kind = "praise" if ".praise" in key else "mistake"
            event = {"kind": kind, "message": key, "rule": key.split(".")[1]}
        elif key.startswith("course.hint."):
            event = {"kind": "hint", "text": CATALOG[key][lang]}
        else:
            continue
        bubble = feedback._bubble(event)
        if bubble.get_width() > 1280 * 0.9 or bubble.get_height() > 720 * 0.25:
            too_wide.append((key, bubble.get_size()))
    for key, size in (("hud.finished", 64), ("hud.time_up", 64), ("hud.seatbelt", 20)):
        if T.outlined(CATALOG[key][lang], size).get_width() > 1280 * 0.8:
            too_wide.append((key, size))
    for key in (k for k in CATALOG if k.startswith("course.title.")):
        if T.outlined(CATALOG[key][lang], 48).get_width() > 1280 * 0.8:
            too_wide.append((key, 48))
    assert not too_wide
