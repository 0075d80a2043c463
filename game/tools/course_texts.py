"""Titles and hints of the shipped courses, in the four languages of the game.

The words live in the catalogs with every other message (``game/i18n/catalogs/<lang>.toml``,
tables ``[course.title]`` and ``[course.hint]``), so a translator or teacher corrects one
file per language. ``python -m game.tools.build_courses`` copies them into the maps'
``title_*`` and ``text_*`` properties.
"""

from __future__ import annotations

from game.i18n.messages import CATALOG

Texts = dict[str, str]


def _table(prefix: str) -> dict[str, Texts]:
    return {
        key[len(prefix) :]: dict(texts) for key, texts in CATALOG.items() if key.startswith(prefix)
    }


TITLES: dict[str, Texts] = _table("course.title.")
HINTS: dict[str, Texts] = _table("course.hint.")
