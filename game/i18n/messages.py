"""Every word a player sees comes from here, by key, in the player's language.

The core only ever emits keys; screens translate them at the last moment.
"""

from __future__ import annotations

LANGS = ("ar", "fr", "en", "zgh")
DEFAULT_LANG = "en"

CATALOG: dict[str, dict[str, str]] = {
    "hud.kmh": {"en": "km/h", "fr": "km/h", "ar": "كم/س", "zgh": "km/h"},
    "hud.finished": {
        "en": "Well done!",
        "fr": "Bravo !",
        "ar": "أحسنت!",
        "zgh": "ⴰⵢⵓⵣ!",
    },
    "hud.time_up": {
        "en": "Time is up",
        "fr": "Temps écoulé",
        "ar": "انتهى الوقت",
        "zgh": "ⵉⴽⵎⵍ ⵓⵣⵎⵣ",
    },
    "hud.seatbelt": {
        "en": "Buckle up! (B)",
        "fr": "Attache ta ceinture ! (B)",
        "ar": "اربط حزام الأمان! (B)",
        "zgh": "ⵇⵇⵏ ⵜⴰⴳⵓⵙⵜ! (B)",
    },
    "error.course": {
        "en": "This course cannot be played",
        "fr": "Ce parcours ne peut pas être joué",
        "ar": "لا يمكن اللعب في هذا المسار",
        "zgh": "ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⴱⵔⵉⴷ ⴰⴷ ⴰⴷ ⵉⵜⵜⵓⵓⵔⴰⵔ",
    },
}


def text(key: str, lang: str = DEFAULT_LANG) -> str:
    """The message for a key; English, then the key itself, when a translation is missing."""
    entry = CATALOG.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry.get(DEFAULT_LANG) or key
