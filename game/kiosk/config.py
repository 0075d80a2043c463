"""The staff's settings file, staff.toml beside the saved games: the PIN, and how the kiosk
behaves. Read once at start; a wrong value is named in a message and its default used, so
a typo never stops an exhibition and never silently changes a setting.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

FILE_NAME = "staff.toml"
LANGS = ("ar", "fr", "en", "zgh")
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
TRAFFIC = ("off", "calm", "normal", "busy")
MODIFIERS = ("ctrl", "alt", "shift")


@dataclass(frozen=True)
class KioskConfig:
    """[kiosk] in staff.toml. Times in seconds unless the name says minutes."""

    fullscreen: bool = True
    hide_cursor: bool = True
    staff_keys: str = "ctrl+alt+shift+k"  # held together: the PIN pad opens
    staff_corner: str = "top-right"  # five taps here within staff_tap_window
    staff_taps: int = 5
    staff_tap_window: float = 2.0
    screen_timeout: float = 30.0  # a screen waiting for a choice moves on after this
    drive_idle: float = 25.0  # a drive nobody touches ends (its results are shown)
    session_minutes: float = 5.0  # each child's turn, then the next child's
    attract_course: str = "traffic_park.tmx"
    attract_seconds: float = 45.0  # one attract cycle, then a new town and the board
    languages: tuple[str, ...] = LANGS  # "touch to play" cycles through these
    traffic: str = "normal"
    board_size: int = 5
    restart: bool = True  # restart the game after a crash when no supervisor does


@dataclass(frozen=True)
class StaffConfig:
    pin: str = "2468"
    kiosk: KioskConfig = field(default_factory=KioskConfig)


def _bad(key: str, value: Any, want: str, default: Any) -> str:
    return f"{key}: {value!r} is not {want}; using {default!r}"


def _check(key: str, value: Any, default: Any) -> str | None:
    """Why `value` cannot be used for `key` (None when it can)."""
    if isinstance(default, bool):
        return None if isinstance(value, bool) else _bad(key, value, "true or false", default)
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 50:
            return _bad(key, value, "a whole number from 1 to 50", default)
        return None
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _bad(key, value, "a number", default)
        if not 0.5 <= value <= 24 * 3600:
            return _bad(key, value, "between 0.5 and 86400", default)
        return None
    if isinstance(default, tuple):
        if not isinstance(value, list) or not value or not set(value) <= set(LANGS):
            return _bad(key, value, f"a list of some of {', '.join(LANGS)}", list(default))
        return None
    if not isinstance(value, str):
        return _bad(key, value, "text in quotes", default)
    if key == "staff_corner" and value not in CORNERS:
        return _bad(key, value, f"one of {', '.join(CORNERS)}", default)
    if key == "traffic" and value not in TRAFFIC:
        return _bad(key, value, f"one of {', '.join(TRAFFIC)}", default)
    if key == "staff_keys" and parse_keys(value) is None:
        return _bad(key, value, "keys like ctrl+alt+shift+k (a modifier and one key)", default)
    if key == "attract_course" and not value.endswith(".tmx"):
        return _bad(key, value, "a course file name ending in .tmx", default)
    return None


def parse_keys(text: str) -> tuple[frozenset[str], str] | None:
    """'ctrl+alt+shift+k' -> ({ctrl, alt, shift}, 'k'); None if it is not such a combination."""
    parts = [p.strip().lower() for p in text.split("+") if p.strip()]
    if len(parts) < 2:
        return None
    mods, key = parts[:-1], parts[-1]
    if not set(mods) <= set(MODIFIERS) or key in MODIFIERS or len(set(mods)) != len(mods):
        return None
    return frozenset(mods), key


def parse(text: str) -> tuple[StaffConfig, list[str]]:
    """The settings in a staff.toml's text, and a message for each value not used."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return StaffConfig(), [f"the file cannot be read ({exc}); using every default"]
    problems: list[str] = []
    config = StaffConfig()
    for key in sorted(set(data) - {"pin", "kiosk"}):
        problems.append(f"{key}: unknown setting, ignored")
    pin = data.get("pin", config.pin)
    if isinstance(pin, int) and not isinstance(pin, bool):
        pin = str(pin)
    if not (isinstance(pin, str) and pin.isdigit() and 4 <= len(pin) <= 8 and pin.isascii()):
        problems.append(_bad("pin", pin, "4 to 8 digits in quotes", config.pin))
    else:
        config = replace(config, pin=pin)
    table = data.get("kiosk", {})
    if not isinstance(table, dict):
        problems.append("kiosk: should be a [kiosk] table; using its defaults")
        table = {}
    defaults = KioskConfig()
    known = {f.name for f in fields(KioskConfig)}
    changes: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            problems.append(f"kiosk.{key}: unknown setting, ignored")
            continue
        default = getattr(defaults, key)
        why = _check(key, value, default)
        if why is not None:
            problems.append(f"kiosk.{why}")
        elif isinstance(default, tuple):
            changes[key] = tuple(dict.fromkeys(value))
        elif isinstance(default, float):
            changes[key] = float(value)
        else:
            changes[key] = value
    return replace(config, kiosk=replace(defaults, **changes)), problems


def read(folder: str | os.PathLike[str]) -> tuple[StaffConfig, list[str]]:
    """staff.toml in `folder`; written with its defaults (and comments) when missing."""
    path = Path(folder) / FILE_NAME
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        write_default(path)
        return StaffConfig(), []
    except (OSError, UnicodeDecodeError) as exc:
        return StaffConfig(), [f"{path} cannot be read ({exc}); using every default"]
    config, problems = parse(text)
    return config, [f"{path.name}: {p}" for p in problems]


DEFAULT_TEXT = """\
# Traffic Park: the grown-ups' settings (docs/kiosk.md, docs/classroom.md).
# A wrong value is reported when the game starts and its default is used.

# The PIN that opens the teacher's screens and lets staff leave a kiosk: 4 to 8 digits.
# Change it before the game is used by a class or at an exhibition.
pin = "2468"

[kiosk]                       # used by: python run_game.py --kiosk
fullscreen = true
hide_cursor = true
staff_keys = "ctrl+alt+shift+k"   # held together: the PIN pad opens
staff_corner = "top-right"        # or five taps in this corner within staff_tap_window s
staff_taps = 5
staff_tap_window = 2.0
screen_timeout = 30.0         # seconds before a screen nobody touches moves on
drive_idle = 25.0             # seconds before a drive nobody touches ends
session_minutes = 5.0         # each child's turn
attract_course = "traffic_park.tmx"
attract_seconds = 45.0        # the demo drives this long, then a new town and the board
languages = ["ar", "fr", "en", "zgh"]
traffic = "normal"            # off, calm, normal or busy
board_size = 5                # the day's best drives shown in the demo
restart = true                # restart after a crash when no supervisor does it
"""


def write_default(path: Path) -> None:
    """The file with every default, so staff find each setting to change (best effort)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.new")
        tmp.write_text(DEFAULT_TEXT, "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
