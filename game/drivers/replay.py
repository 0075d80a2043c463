"""Replays: a drive is its course, seed, players (and the help each drove with: the
instructor's reaction time follows it) and per-step controls, nothing more.

Because the world is deterministic, re-running those controls re-creates every step, and
the referee re-scores it to the identical events. Controls are stored run-length encoded
(children hold a key for many steps), as JSON a teacher can keep next to the results.

    {"format": "traffic-park-replay", "version": 1, "engine": 1,
     "course": "maps/first_drive.tmx", "seed": 0, "traffic": true, "players": 1,
     "levels": ["normal"], "steps": 2420,
     "controls": [[[120, [0.0, 1.0, 0.0, 0, true, false]], [300, [...]], ...]],
     "events": [...], "summary": {"finished": true, "stars": 3, "points": 30}}

A control tuple is [throttle, brake, steer, indicator, seatbelt, horn]; floats are written
with Python's repr, which reads back bit for bit. `engine` is the simulation's engine
(game.sim.world.ENGINE) that recorded it: a replay from an older engine still loads and
plays, but its events may differ, and the replay command says so. Files written before
the field existed are engine 1; those written before `levels` drove as normal.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from typing import Any

from game import resources
from game.drivers.base import LEVELS
from game.files import write_atomic
from game.sim.controls import IDLE, Controls
from game.sim.world import ENGINE, Player, World

FORMAT = "traffic-park-replay"
VERSION = 1
MAX_PLAYERS = 8
MAX_STEPS = 86_400 * 60  # a day of driving at 60 steps a second
MAX_SEED = 2**63 - 1
MAX_REPLAY_BYTES = 256 * 1024 * 1024


class ReplayError(ValueError):
    """A replay file that cannot be used; says why."""


def pack(c: Controls) -> list[Any]:
    return [c.throttle, c.brake, c.steer, c.indicator, c.seatbelt, c.horn]


def unpack(v: list[Any]) -> Controls:
    if not isinstance(v, list) or len(v) != 6:
        raise ReplayError(f"a control must be 6 values, got {str(v)[:60]}")
    pedals = [float(x) for x in v[:3]]
    if not all(math.isfinite(x) and abs(x) <= 2.0 for x in pedals):
        raise ReplayError(f"a control's throttle, brake or steer is out of range: {str(v)[:60]}")
    indicator = int(v[3])
    if indicator not in (-1, 0, 1):
        raise ReplayError(f"a control's indicator must be -1, 0 or 1, got {str(v[3])[:20]}")
    return Controls(pedals[0], pedals[1], pedals[2], indicator, bool(v[4]), bool(v[5]))


def file_digest(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of a course file, so a replay knows the exact map it was driven on."""
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return ""


@dataclass
class Recorder:
    """Run-length encodes each player's controls as the drive goes."""

    runs: list[list[list[Any]]] = field(default_factory=list)  # per player: [count, packed]

    def add(self, controls: list[Controls]) -> None:
        while len(self.runs) < len(controls):
            self.runs.append([])
        for runs, c in zip(self.runs, controls):
            packed = pack(c.clamped())
            if runs and runs[-1][1] == packed:
                runs[-1][0] += 1
            else:
                runs.append([1, packed])


@dataclass
class Replay:
    course: str
    seed: int
    density: float  # how busy the town was (0: no traffic)
    players: int
    steps: int
    controls: list[list[list[Any]]]
    events: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    engine: int = ENGINE  # the simulation engine that recorded it
    course_sha256: str = ""  # the course file's digest when recorded ("" in older files)
    # each player's help (easy / normal / hard), which sets the instructor's reaction time;
    # empty in older files: normal
    levels: list[str] = field(default_factory=list)

    @property
    def older_engine(self) -> bool:
        """Recorded by an older engine: replaying it may give different events."""
        return self.engine < ENGINE

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "engine": self.engine,
            "course": self.course,
            "course_sha256": self.course_sha256 or file_digest(self.course),
            "seed": self.seed,
            "traffic": self.density > 0.0,
            "density": self.density,
            "players": self.players,
            "levels": self.levels or ["normal"] * self.players,
            "steps": self.steps,
            "controls": self.controls,
            "events": self.events,
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Replay:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ReplayError("this is not a Traffic Park replay (no 'format' field)")
        if data.get("version") != VERSION:
            raise ReplayError(f"replay version {data.get('version')} is not supported")
        try:
            controls = data["controls"]
            if not isinstance(controls, list) or len(controls) > MAX_PLAYERS:
                raise ReplayError(f"a replay holds the controls of 1 to {MAX_PLAYERS} players")
            players = _whole(data.get("players", len(controls) or 1), "players", 1, MAX_PLAYERS)
            steps = _whole(data["steps"], "steps", 0, MAX_STEPS)
            if len(controls) != players and (controls or steps):
                raise ReplayError(
                    f"the replay says {players} players but holds {len(controls)} players' controls"
                )
            for runs in controls:
                if not isinstance(runs, list):
                    raise ReplayError("a player's controls must be a list of runs")
                total = 0
                for count, packed in runs:
                    total += _whole(count, "a run of controls", 1, MAX_STEPS)
                    unpack(packed)
                if total > MAX_STEPS:
                    raise ReplayError("the controls last longer than a day of driving")
            events = data.get("events", [])
            if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
                raise ReplayError("its events are not a list of events")
            summary = data.get("summary", {})
            if not isinstance(summary, dict):
                raise ReplayError("its summary is not a table of values")
            digest = data.get("course_sha256", "")
            levels = data.get("levels", [])
            if not isinstance(levels, list) or levels and len(levels) != players:
                raise ReplayError(f"its levels must be a list of {players} help levels")
            if not all(level in LEVELS for level in levels):
                raise ReplayError(f"its levels must each be one of {', '.join(LEVELS)}")
            return cls(
                course=_text(data["course"], "course"),
                seed=_whole(data["seed"], "seed", 0, MAX_SEED),
                density=_density(data),
                players=players,
                steps=steps,
                controls=controls,
                events=events,
                summary=summary,
                engine=_whole(data.get("engine", 1), "engine", 0, 10**6),
                course_sha256=digest if isinstance(digest, str) else "",
                levels=list(levels),
            )
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            if isinstance(exc, ReplayError):
                raise
            raise ReplayError(f"the replay is damaged: {str(exc)[:120]}") from None

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the replay whole (game.files): a kill mid-write keeps the old file."""
        text = json.dumps(self.as_dict(), ensure_ascii=False, separators=(",", ":"))
        write_atomic(path, text + "\n")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Replay:
        if not os.path.isfile(path):
            if os.path.exists(path):
                raise ReplayError(f"{os.fspath(path)} is not a regular file (a device or a pipe)")
            raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
        if os.path.getsize(path) > MAX_REPLAY_BYTES:
            raise ReplayError(
                f"{os.fspath(path)} is far bigger than any replay, so it was not read"
            )
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except json.JSONDecodeError as exc:
            raise ReplayError(f"{os.fspath(path)} is not JSON ({exc})") from None
        except UnicodeDecodeError:
            raise  # the command says it is not even text
        except RecursionError:
            raise ReplayError(f"{os.fspath(path)} is not a replay (nested far too deep)") from None
        except ValueError as exc:  # e.g. a number of thousands of digits
            raise ReplayError(f"{os.fspath(path)} is damaged ({str(exc)[:120]})") from None
        return cls.from_dict(data)

    def course_problem(self, path: str | os.PathLike[str]) -> str | None:
        """Why the course at `path` is not the one this replay was driven on, or None."""
        if not self.course_sha256:
            return None  # recorded before replays knew their course's digest
        found = file_digest(path)
        if found == self.course_sha256:
            return None
        return (
            f"the replay was driven on another course, or on an older version of "
            f"{os.path.basename(self.course)} (recorded: {self.course}); "
            f"the course at {os.fspath(path)} is not the same map"
        )

    def course_path(self, replay_file: str | os.PathLike[str] | None = None) -> str:
        """The course as recorded, else next to the replay, else in the game's maps/."""
        if os.path.isfile(self.course):
            return self.course
        base = os.path.basename(self.course)
        here = os.path.dirname(os.path.abspath(replay_file)) if replay_file else ""
        for candidate in (os.path.join(here, base), os.path.join(resources.maps_dir(), base)):
            if os.path.isfile(candidate):
                return candidate
        return self.course

    def drivers(self) -> list[ReplayDriver]:
        levels = self.levels or ["normal"] * len(self.controls)
        return [ReplayDriver(runs, level) for runs, level in zip(self.controls, levels)]


class ReplayDriver:
    """Plays one player's recorded controls back, one per step; idle (belt as last) after."""

    def __init__(self, runs: list[list[Any]], level: str = "normal") -> None:
        self.level = level  # the help it was driven with (game.drivers.base.level_of)
        self.runs = [(int(n), unpack(p)) for n, p in runs]
        self.index = 0
        self.left = self.runs[0][0] if self.runs else 0
        last = self.runs[-1][1] if self.runs else IDLE
        self.after = Controls(seatbelt=last.seatbelt)

    def controls(self, world: World, player: Player) -> Controls:
        while self.index < len(self.runs) and self.left <= 0:
            self.index += 1
            self.left = self.runs[self.index][0] if self.index < len(self.runs) else 0
        if self.index >= len(self.runs):
            return self.after
        self.left -= 1
        return self.runs[self.index][1]


def _whole(value: Any, what: str, low: int, high: int) -> int:
    """A whole number in [low, high] (not a bool, not a float with a fraction)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ReplayError(f"its {what} is not a whole number")
    if isinstance(value, float) and not (math.isfinite(value) and value == int(value)):
        raise ReplayError(f"its {what} is not a whole number")
    if not low <= value <= high:
        raise ReplayError(f"its {what} {str(value)[:24]} is outside {low} to {high}")
    return int(value)


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 4096:
        raise ReplayError(f"its {what} is not a file name")
    return value


def _density(data: dict[str, Any]) -> float:
    """Replays written before traffic levels only say whether there was traffic."""
    if "density" in data:
        value = float(data["density"])
        if not 0.0 <= value <= 10.0:
            raise ValueError(f"density {value} is outside 0-10")
        return value
    return 1.0 if data.get("traffic", True) else 0.0
