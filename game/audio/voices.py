"""The instructor's spoken lines: which keys are spoken, in which voice, from which file,
and which line goes first when two want to be heard. Pure Python (no pygame).

Spoken keys are those of ``game/i18n/catalogs/ar_voice.toml`` (every line a child must
understand: mistakes, praise, explanations, course titles and hints, the HUD's words).
Each has a clip per voiced language in ``assets/voices/<lang>/<key>.ogg``, made by
``python -m game.tools.build_voices`` with espeak-ng and committed.

Tamazight: espeak-ng has no Tamazight voice (and reads Tifinagh letters as their code
numbers), so a Tamazight player hears the Arabic voice, which Moroccan schoolchildren learn
from their first year, while the Tifinagh words and the rule's picture are on screen. A
clip recorded by a Tamazight speaker, put in ``assets/voices/zgh/<key>.ogg``, is played
instead (docs/sound.md).
"""

from __future__ import annotations

import hashlib
from functools import cache

from game.i18n.messages import CATALOG, CATALOGS, LANGS, load, spoken

FOLDER = "voices"  # under assets/
MANIFEST = "manifest.json"
VOICED = ("ar", "fr", "en")  # the languages espeak-ng speaks
FALLBACK = {"zgh": "ar"}  # a language with no synthetic voice -> the voice it hears

# who goes first (PLAY.md: collision > red light > ... > hint); bigger is more urgent
RULE_ORDER = (
    "collision_pedestrian",
    "collision_vehicle",
    "collision_object",
    "pedestrian",
    "red_light",
    "emergency",
    "stop_sign",
    "yield",
    "wrong_way",
    "speeding",
    "amber_light",
    "off_road",
    "tailgating",
    "no_indicator",
    "seatbelt",
    "parking",
)
KIND_ORDER = ("mistake", "school", "praise", "explain")


@cache
def spoken_keys() -> tuple[str, ...]:
    """Every message that has a voice: the keys of ar_voice.toml, in its order."""
    return tuple(load(CATALOGS / "ar_voice.toml"))


def is_spoken(key: str) -> bool:
    return key in spoken_keys()


def voice_for(lang: str) -> str:
    """The voice a language is heard in (itself, or its fallback)."""
    return FALLBACK.get(lang, lang)


def clip_path(key: str, voice: str) -> tuple[str, str, str]:
    """Where a clip is under assets/, as parts for game.resources."""
    return (FOLDER, voice, f"{key}.ogg")


def fingerprint(words: str, settings: str) -> str:
    """What a clip was made from: a changed line or voice setting shows the clip is stale."""
    return hashlib.sha1(f"{settings}\n{words}".encode()).hexdigest()[:16]


def words_for(key: str, voice: str) -> str:
    return spoken(key, voice)


def priority(key: str) -> int:
    """How urgent a line is: collisions first, then the rules in PLAY.md's order, then the
    finish, hints and titles. Mistakes before praise within a rule."""
    parts = key.split(".")
    if parts[0] == "rule" and len(parts) == 3 and parts[1] in RULE_ORDER:
        rank = len(RULE_ORDER) - RULE_ORDER.index(parts[1])
        kind = KIND_ORDER.index(parts[2]) if parts[2] in KIND_ORDER else len(KIND_ORDER)
        return 100 + rank * 10 - kind
    if parts[0] == "rule":  # checkpoint, finish, and rules added later
        return 60
    if parts[0] == "hud":
        return 50
    if key.startswith("course.hint"):
        return 20
    return 10


def hint_key(words: str) -> str | None:
    """The catalog key of a course hint written in a map (any language), if it has a voice.

    Maps carry their hints as text (MAP_SPEC: ``text``, ``text_fr``...); the shipped
    courses' hints are copied from the catalog, so their key can be found back. A teacher's
    own words have no clip: the screen shows them and the mixer plays the hint chime.
    """
    wanted = " ".join(words.split())
    if not wanted:
        return None
    for key, by_lang in CATALOG.items():
        if key.startswith("course.hint.") and any(
            " ".join(by_lang.get(lang, "").split()) == wanted for lang in LANGS
        ):
            return key
    return None
