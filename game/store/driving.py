"""How one child likes to drive: the help (easy / normal / hard), the steering, one-switch
play and their own keys. Typed and checked like the machine's settings, and kept per child
(or per seat, for a guest) in the store's settings table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from game.store.settings import SettingsError

ASSISTS = ("easy", "normal", "hard")
STEERINGS = ("", "car", "direct")  # "": the help's own (direct when easy)
KEY_ACTIONS = (
    "up",
    "down",
    "left",
    "right",
    "brake",
    "indicator_left",
    "indicator_right",
    "seatbelt",
    "horn",
)


@dataclass(frozen=True)
class DrivingPrefs:
    assist: str = "normal"
    steering: str = ""
    one_switch: bool = False  # the autopilot steers; one button goes, letting go stops
    keys: dict[str, list[str]] = field(default_factory=dict)  # action -> key names

    def __post_init__(self) -> None:
        if self.assist not in ASSISTS:
            raise SettingsError(f"assist: {self.assist!r} is not one of {', '.join(ASSISTS)}")
        if self.steering not in STEERINGS:
            raise SettingsError(f"steering: {self.steering!r} is not car or direct")
        if not isinstance(self.one_switch, bool):
            raise SettingsError(f"one_switch: {self.one_switch!r} is not true or false")
        if not isinstance(self.keys, dict):
            raise SettingsError("keys: must be a table of action = [key names]")
        for action, names in self.keys.items():
            if action not in KEY_ACTIONS:
                raise SettingsError(f"keys: unknown action {action!r}")
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise SettingsError(f"keys.{action}: must be a list of key names")

    @property
    def steering_mode(self) -> str:
        return self.steering or ("direct" if self.assist == "easy" else "car")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DrivingPrefs:
        if not isinstance(data, dict):
            raise SettingsError("driving settings must be a table of keys and values")
        unknown = sorted(set(data) - {f.name for f in fields(cls)})
        if unknown:
            raise SettingsError(f"unknown driving setting(s): {', '.join(unknown)}")
        return cls(**data)

    def but(self, **changes: Any) -> DrivingPrefs:
        return DrivingPrefs.from_dict(self.as_dict() | changes)


def scope(player_id: int | None, seat: int = 1) -> str:
    """The settings row of a child, or of a guest in seat 1 or 2."""
    return f"player:{player_id}" if player_id is not None else f"seat:{seat}"
