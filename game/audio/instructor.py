"""What the instructor makes heard of a step's events: a chime for praise or a soft tone for
a mistake, then the words, in the child's language. One place for the drive and its replays,
so a mistake played back sounds as it did when it happened."""

from __future__ import annotations

from typing import Protocol


class Hears(Protocol):
    def cue(self, name: str) -> None: ...
    def say(self, key: str, lang: str) -> None: ...


def speak(sound: Hears, events: list[dict], player: int, lang: str) -> None:
    """The cues and lines of the events that belong to `player` (1 or 2)."""
    mine = [e for e in events if e.get("player", 1) == player]
    kinds = ["praise" if e.get("kind") == "praise" else "mistake" for e in mine]
    for kind in dict.fromkeys(kinds):
        sound.cue(kind)
    for event in mine:
        sound.say(str(event.get("message", "")), lang)
