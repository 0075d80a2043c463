"""What the store keeps, as plain values: scenes read these, never rows or SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PlayerRecord:
    """One child on this machine (a family or a class shares it)."""

    id: int
    nickname: str = ""  # optional: an avatar alone is enough
    avatar: str = "cat"  # game.ui.avatars.AVATARS
    colour: str = "red"  # the car: game.ui.avatars.CAR_COLOURS
    language: str = ""  # "" = the machine's language
    created: str = ""  # ISO date and time
    uid: str = ""  # the same on every computer a class's exports are merged into


@dataclass(frozen=True)
class DriveRecord:
    """One drive: enough to score it again and to play any moment of it back."""

    id: int
    player_id: int | None
    course: str  # the course's file name, e.g. first_drive.tmx
    course_path: str
    seed: int
    traffic: float  # density, game.sim.levels
    started: str  # ISO date and time
    finished: bool
    stars: int
    points: int
    time_s: float
    replay: dict[str, Any] = field(default_factory=dict)  # game.drivers.replay.Replay.as_dict
    scorecard: dict[str, Any] = field(default_factory=dict)  # game.rules.scorecard
    uid: str = ""  # kept through export and import: a merged drive is never doubled
