"""The catalogs: every key in every language, placeholders and key caps kept, plural forms."""

from __future__ import annotations

import re

import pytest

from game.i18n import messages as M

PLACEHOLDER = re.compile(r"{(\w+)}")


def _marks(words: str) -> tuple[set[str], list[str]]:
    return set(PLACEHOLDER.findall(words)), sorted(M.KEY_CAP.findall(words))


def test_every_catalog_file_loads_and_every_key_is_in_every_language():
    keys = {lang: set(M.load(M.CATALOGS / f"{lang}.toml")) for lang in M.LANGS}
    for lang in M.LANGS:
        assert keys[lang] == keys["en"], (lang, keys[lang] ^ keys["en"])
    assert all(len(entry) == len(M.LANGS) for entry in M.CATALOG.values())
    assert all(len(entry) == len(M.LANGS) for entry in M.PLURALS.values())


@pytest.mark.parametrize("key", sorted(M.CATALOG))
def test_placeholders_and_key_caps_match_english(key):
    english = _marks(M.CATALOG[key]["en"])
    for lang in M.LANGS:
        words = M.CATALOG[key][lang]
        assert words.strip() == words and words, (key, lang)
        assert _marks(words) == english, (key, lang, words)


@pytest.mark.parametrize("key", sorted(M.PLURALS))
def test_counted_messages_have_every_form_their_language_uses(key):
    for lang in M.LANGS:
        forms = M.PLURALS[key][lang]
        assert "other" in forms
        needed = set(M.plural_rule(lang).tags) | {"other"}
        assert needed <= set(forms), (key, lang, needed - set(forms))
        for words in forms.values():
            assert set(PLACEHOLDER.findall(words)) <= {"n"}


@pytest.mark.parametrize(
    "n, form",
    [(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"), (11, "many"), (99, "many"),
     (100, "other"), (102, "other"), (103, "few"), (111, "many")],
)
def test_arabic_has_six_plural_categories(n, form):
    assert M.plural_form(n, "ar") == form


def test_counted_messages_pick_the_form_of_the_number():
    assert M.text_n("count.stars", 0, "ar") == "لا نجوم"
    assert M.text_n("count.stars", 2, "ar") == "نجمتان"
    assert M.text_n("count.stars", 5, "ar") == "5 نجوم"
    assert M.text_n("count.stars", 25, "ar") == "25 نجمة"
    assert M.text_n("count.stars", 1, "en") == "1 star"
    assert M.text_n("count.stars", 3, "en") == "3 stars"
    assert M.text_n("count.stars", 0, "fr") == "0 étoile"  # French: 0 and 1 are singular
    assert M.text_n("count.stars", 1, "zgh").endswith("ⵉⵜⵔⵉ")
    assert M.text_n("count.stars", 2, "zgh").endswith("ⵉⵜⵔⴰⵏ")
    assert M.text_n("no.such.key", 3, "ar") == "no.such.key"


def test_numbers_are_written_for_the_language_with_latin_digits():
    assert M.number(1234.5, "en") == "1,234.5"
    assert M.number(2.5, "fr") == "2,5"
    assert M.number(1234, "ar") == "1.234"  # Morocco: Latin digits
    assert M.text("hud.kmh", "ar") and M.text_n("count.mistakes", 1234, "en") == "1,234 mistakes"


def test_text_falls_back_to_english_then_to_the_key_and_fills_placeholders():
    assert M.text("hud.finished", "xx") == M.text("hud.finished", "en")
    assert M.text("no.such.key", "ar") == "no.such.key"
    assert M.is_rtl("ar") and not M.is_rtl("zgh")


IRCAM = set("ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥⵯ")


def _all_words(lang: str) -> list[tuple[str, str]]:
    out = [(key, entry[lang]) for key, entry in M.CATALOG.items()]
    out += [(key, w) for key, entry in M.PLURALS.items() for w in entry[lang].values()]
    return out


def test_tamazight_uses_only_ircam_tifinagh_letters():
    odd = [
        (key, ch)
        for key, words in _all_words("zgh")
        for ch in words
        if 0x2D30 <= ord(ch) <= 0x2D7F and ch not in IRCAM
    ]
    assert not odd  # e.g. ⴵ (U+2D35) is not IRCAM: ⴰⵊⵊ, not ⴰⴵⵊ


def test_every_tamazight_line_has_a_confidence_label():
    review = M.tomllib.loads((M.CATALOGS.parent / "zgh_review.toml").read_text("utf-8"))
    zgh = M.load(M.CATALOGS / "zgh.toml")
    assert set(review) == set(zgh)
    allowed = {"teacher", "high", "medium", "low", "unreviewed"}
    assert all(entry["confidence"] in allowed and entry["note"] for entry in review.values())


VOWEL_MARKS = re.compile("[\u064b-\u0652\u0670]")
SPOKEN = ("rule.", "course.title.", "course.hint.", "hud.finished", "hud.time_up", "hud.seatbelt")


def _bare(words: str) -> str:
    return " ".join(M.KEY_CAP.sub("", VOWEL_MARKS.sub("", words)).split())


def test_every_arabic_line_a_child_hears_has_a_vowelled_copy_of_the_same_words():
    voice = M.load(M.CATALOGS / "ar_voice.toml")
    needed = {key for key in M.CATALOG if key.startswith(SPOKEN)}
    assert needed <= set(voice), needed - set(voice)
    for key, words in voice.items():
        assert _bare(words) == _bare(M.CATALOG[key]["ar"]), key
        letters = [ch for ch in words if "\u0621" <= ch <= "\u064a"]
        marks = VOWEL_MARKS.findall(words)
        assert len(marks) >= 0.6 * len(letters), (key, "not vowelled")
    assert M.spoken("hud.finished", "ar") == voice["hud.finished"]
    assert M.spoken("hud.seatbelt", "en") == "Buckle up!"
