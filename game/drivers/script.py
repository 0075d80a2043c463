"""A driver that plays back a hand-written control script.

Format (plain text, one instruction per line, `#` starts a comment):

    <duration> [throttle=T] [brake=B] [steer=S] [indicator=left|right|off]
               [seatbelt=on|off] [horn]

`<duration>` is a number of steps (1/60 s each), or seconds with an `s` suffix
(`2.5s`). Values hold for that duration; anything not given is released (0,
indicator off, horn off) except `seatbelt`, which stays as last set (fastened at
start). After the last line the driver releases everything.

    # accelerate for two seconds, then brake to a stop
    2s throttle=1
    90 brake=1
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

from game.sim.controls import Controls
from game.sim.world import STEP_HZ, Player, World

MAX_SCRIPT_CHARS = 4_000_000
INDICATORS = {"left": -1, "off": 0, "none": 0, "right": 1}


class ScriptError(ValueError):
    """A script line that can't be read; says the file, the line and why."""


@dataclass(frozen=True)
class ScriptStep:
    steps: int
    controls: Controls


def parse_script(text: str, name: str = "<script>") -> list[ScriptStep]:
    out: list[ScriptStep] = []
    seatbelt = True
    if len(text) > MAX_SCRIPT_CHARS:
        raise ScriptError(f"{name}: the script is over {MAX_SCRIPT_CHARS} characters long")
    text = text.removeprefix("\ufeff")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        where = f"{name}, line {number}"
        steps = _duration(words[0], where)
        values: dict[str, float] = {"throttle": 0.0, "brake": 0.0, "steer": 0.0}
        indicator, horn = 0, False
        for word in words[1:]:
            key, sep, value = word.partition("=")
            key = key.lower()
            if key == "horn" and not sep:
                horn = True
            elif key in values and sep:
                try:
                    values[key] = float(value)
                except ValueError:
                    values[key] = math.nan
                if not math.isfinite(values[key]):
                    raise ScriptError(f"{where}: '{value}' is not a number for {key}")
            elif key == "indicator" and value.lower() in INDICATORS:
                indicator = INDICATORS[value.lower()]
            elif key == "seatbelt" and value.lower() in ("on", "off"):
                seatbelt = value.lower() == "on"
            else:
                raise ScriptError(
                    f"{where}: cannot read '{word}' (expected throttle=, brake=, steer=, "
                    "indicator=left|right|off, seatbelt=on|off or horn)"
                )
        controls = Controls(
            values["throttle"], values["brake"], values["steer"], indicator, seatbelt, horn
        ).clamped()
        out.append(ScriptStep(steps, controls))
    return out


MAX_STEPS = 86_400 * STEP_HZ  # a day: a longer line is a typo and would never end


def _duration(word: str, where: str) -> int:
    """A line's length in steps: a whole number of steps, or seconds with an `s`."""
    seconds = word.lower().endswith("s")
    try:
        value = float(word[:-1] if seconds else word)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ScriptError(f"{where}: '{word}' is not a number of steps (or seconds, like 2s)")
    if value < 0:
        raise ScriptError(f"{where}: '{word}' is below zero; a duration is 0 or more")
    steps = round(value * STEP_HZ) if seconds else value
    if not seconds and value != int(value):
        raise ScriptError(f"{where}: '{word}' steps must be a whole number, 0 or more")
    if steps > MAX_STEPS:
        raise ScriptError(f"{where}: '{word}' is longer than a day; write at most 86400s")
    return int(steps)


class ScriptDriver:
    """Replays ScriptSteps in order, one Controls per world step."""

    def __init__(self, steps: list[ScriptStep]) -> None:
        self._flat: list[tuple[int, Controls]] = []
        end = 0
        for s in steps:
            end += s.steps
            self._flat.append((end, s.controls))
        self._index = 0
        self._step = 0
        self._released = Controls(seatbelt=steps[-1].controls.seatbelt if steps else True)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> ScriptDriver:
        # utf-8-sig: a byte-order mark that Windows' Notepad writes is not a character
        with open(path, encoding="utf-8-sig") as fh:
            return cls(parse_script(fh.read(MAX_SCRIPT_CHARS + 1), os.fspath(path)))

    def controls(self, world: World, player: Player) -> Controls:
        self._step += 1
        while self._index < len(self._flat) and self._step > self._flat[self._index][0]:
            self._index += 1
        if self._index >= len(self._flat):
            return self._released
        return self._flat[self._index][1]
