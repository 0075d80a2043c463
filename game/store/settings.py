"""The game's settings: one typed value, checked when read, so a misspelt key never
silently becomes a default (ARCHITECTURE.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

LANGS = ("ar", "fr", "en", "zgh")
TRAFFIC = ("off", "calm", "normal", "busy")
GAME_SPEEDS = (0.5, 0.75, 1.0)


class SettingsError(ValueError):
    """Settings that cannot be used; says which key and why."""


@dataclass(frozen=True)
class Settings:
    """What a parent or teacher sets once for the machine (behind the cog)."""

    language: str = "en"
    traffic: str = "normal"  # game.sim.levels
    game_speed: float = 1.0  # the world runs at this fraction of real time
    effects_volume: int = 8  # 0..10
    voice_volume: int = 8
    ambience_volume: int = 5
    muted: bool = False
    all_courses_open: bool = False  # skip the unlock order (a teacher's choice)

    def __post_init__(self) -> None:
        check(self)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        if not isinstance(data, dict):
            raise SettingsError("settings must be a table of keys and values")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
        return cls(**data)

    def but(self, **changes: Any) -> Settings:
        """A copy with some values changed (checked like any other)."""
        return Settings.from_dict(self.as_dict() | changes)


def check(s: Settings) -> None:
    for f in fields(s):
        value = getattr(s, f.name)
        want = {"str": str, "float": (int, float), "int": int, "bool": bool}[str(f.type)]
        if isinstance(value, bool) and want is not bool:
            raise SettingsError(f"{f.name}: {value!r} is not a {f.type}")
        if not isinstance(value, want):
            raise SettingsError(f"{f.name}: {value!r} is not a {f.type}")
    if s.language not in LANGS:
        raise SettingsError(f"language: {s.language!r} is not one of {', '.join(LANGS)}")
    if s.traffic not in TRAFFIC:
        raise SettingsError(f"traffic: {s.traffic!r} is not one of {', '.join(TRAFFIC)}")
    if float(s.game_speed) not in GAME_SPEEDS:
        raise SettingsError(f"game_speed: {s.game_speed!r} is not one of {GAME_SPEEDS}")
    for name in ("effects_volume", "voice_volume", "ambience_volume"):
        if not 0 <= getattr(s, name) <= 10:
            raise SettingsError(f"{name}: {getattr(s, name)} is not between 0 and 10")
