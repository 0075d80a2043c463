"""Every word a player sees comes from here, by key, in the player's language.

THE WORDS LIVE IN DATA FILES, NOT IN PYTHON: ``game/i18n/catalogs/<lang>.toml`` (en, fr, ar,
zgh), one ``key = "text"`` line per message, grouped under ``[tables]`` whose names are the
key's prefix (``[rule.red_light]`` + ``mistake = …`` is the key ``rule.red_light.mistake``).
To add a message, add its line to each of the four files (a test checks that every key is
in every language with the same ``{placeholders}`` and ``[B]`` key caps).

- ``[B]``, ``[Esc]`` … in a text are keys of the keyboard, drawn as key caps in every language.
- A message that depends on a number is a table of CLDR plural forms (``zero one two few many
  other``; ``other`` is required): call ``text_n(key, n, lang)``. Arabic uses all six.
- ``ar_voice.toml`` holds the same Arabic lines fully vowelled, for the spoken voice.
- ``zgh_review.toml`` (beside this file) records how sure the Tamazight wording is.

The core only ever emits keys; screens translate them at the last moment. This module is
pure Python (no pygame).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from babel import Locale
from babel.numbers import format_decimal
from babel.plural import PluralRule

LANGS = ("ar", "fr", "en", "zgh")
DEFAULT_LANG = "en"
RTL_LANGS = frozenset({"ar"})
CATALOGS = Path(__file__).resolve().parent / "catalogs"
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")

# Babel locale per game language: Morocco writes Arabic and French with Latin digits.
LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en", "zgh": "zgh"}
# CLDR has no plural rules for Standard Moroccan Tamazight: nouns are singular with exactly
# one (ⵢⴰⵏ ⵓⵣⴳⴰⵍ) and plural otherwise (ⵙⵉⵏ ⵉⵣⴳⴰⵍⵏ). To be confirmed by the teacher's review.
PLURAL_OVERRIDES = {"zgh": PluralRule({"one": "n is 1"})}

PLACEHOLDER = re.compile(r"{(\w+)}")
KEY_CAP = re.compile(r"\[[^\[\]\s]{1,8}\]")


def _flatten(table: dict, prefix: str, out: dict) -> None:
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and "other" in value and set(value) <= set(PLURAL_FORMS):
            out[key] = {form: str(words) for form, words in value.items()}
        elif isinstance(value, dict):
            _flatten(value, f"{key}.", out)
        else:
            out[key] = str(value)


def load(path: Path) -> dict[str, str | dict[str, str]]:
    """One catalog file as {key: text}, or {key: {plural form: text}} for counted messages."""
    with path.open("rb") as f:
        table = tomllib.load(f)
    out: dict[str, str | dict[str, str]] = {}
    _flatten(table, "", out)
    return out


def _load_all() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, dict[str, str]]]]:
    words: dict[str, dict[str, str]] = {}
    counted: dict[str, dict[str, dict[str, str]]] = {}
    for lang in LANGS:
        for key, value in load(CATALOGS / f"{lang}.toml").items():
            if isinstance(value, dict):
                counted.setdefault(key, {})[lang] = value
            else:
                words.setdefault(key, {})[lang] = value
    return words, counted


# key -> {lang: text}, as the game always had it; PLURALS: key -> {lang: {form: text}}
CATALOG, PLURALS = _load_all()


def is_rtl(lang: str) -> bool:
    """Whether a language is written right to left (its layouts mirror)."""
    return lang in RTL_LANGS


def text(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The message for a key; English, then the key itself, when a translation is missing.

    ``values`` fill the message's ``{placeholders}`` (numbers formatted for the language).
    """
    entry = CATALOG.get(key)
    if entry is None:
        return key
    words = entry.get(lang) or entry.get(DEFAULT_LANG) or key
    return _fill(words, lang, values) if values else words


@lru_cache(maxsize=8)
def plural_rule(lang: str) -> PluralRule:
    return PLURAL_OVERRIDES.get(lang) or Locale.parse(LOCALES.get(lang, lang)).plural_form


def plural_form(n: float, lang: str) -> str:
    """The CLDR plural category of a number in a language: zero, one, two, few, many, other."""
    return plural_rule(lang)(n)


def number(n: float, lang: str = DEFAULT_LANG) -> str:
    """A number as the language writes it (Latin digits; the decimal sign of the language)."""
    return format_decimal(n, locale=LOCALES.get(lang, lang))


def text_n(key: str, n: float, lang: str = DEFAULT_LANG, **values: object) -> str:
    """A counted message in the plural form the number takes in the language.

    ``{n}`` in the message is the number, written for the language.
    """
    entry = PLURALS.get(key)
    if entry is None:
        return text(key, lang, n=n, **values) if key in CATALOG else key
    forms = entry.get(lang) or entry.get(DEFAULT_LANG) or {}
    words = forms.get(plural_form(n, lang)) or forms.get("other", key)
    return _fill(words, lang, {"n": n, **values})


@lru_cache(maxsize=1)
def _voice_ar() -> dict[str, str | dict[str, str]]:
    return load(CATALOGS / "ar_voice.toml")


def spoken(key: str, lang: str = DEFAULT_LANG) -> str:
    """The words a voice says for a message: Arabic fully vowelled (``ar_voice.toml``), for
    espeak-ng; other languages as written. Key caps (``[B]``) are not spoken."""
    if lang == "ar":
        voiced = _voice_ar().get(key)
        if isinstance(voiced, str):
            return voiced
    return " ".join(KEY_CAP.sub("", text(key, lang)).split())


def _fill(words: str, lang: str, values: dict[str, object]) -> str:
    def one(match: re.Match[str]) -> str:
        value = values.get(match.group(1), match.group(0))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return number(value, lang)
        return str(value)

    return PLACEHOLDER.sub(one, words)
