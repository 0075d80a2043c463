"""The game's sounds by name: which volume each follows, whether it loops, and its place
in the mix. Pure Python: the builder (game.tools.build_sounds), the mixer and the tests
all read this one list.

Kinds are the settings' volumes: ``effects`` (the car, the town's vehicles, the screens'
cues), ``ambience`` (birds, the town, people at the crossings). Voices have their own
volume and live in assets/voices/ (game.audio.voices).
"""

from __future__ import annotations

from dataclasses import dataclass

FOLDER = "sounds"  # under assets/
SUFFIX = ".ogg"

# the engine's hum is six loops a little apart in pitch; the mixer crossfades the two
# nearest the car's speed, so the hum rises as the car goes faster
ENGINE_PITCHES = (55, 70, 90, 115, 145, 185)  # Hz, whole numbers: 1 s loops join up
ENGINE = tuple(f"engine_{i}" for i in range(len(ENGINE_PITCHES)))


@dataclass(frozen=True)
class SoundSpec:
    kind: str  # "effects" or "ambience": the volume it follows
    loop: bool = False
    gain: float = 1.0  # its level in the mix, before the player's volume


SOUNDS: dict[str, SoundSpec] = {
    **{name: SoundSpec("effects", loop=True, gain=0.35) for name in ENGINE},
    "horn": SoundSpec("effects", loop=True, gain=0.55),
    "siren": SoundSpec("effects", loop=True, gain=0.6),
    "tick": SoundSpec("effects", gain=0.35),
    "tock": SoundSpec("effects", gain=0.35),
    "belt": SoundSpec("effects", gain=0.6),
    "bump": SoundSpec("effects", gain=0.8),
    "praise": SoundSpec("effects", gain=0.6),
    "mistake": SoundSpec("effects", gain=0.55),
    "hint": SoundSpec("effects", gain=0.5),
    "focus": SoundSpec("effects", gain=0.35),
    "choose": SoundSpec("effects", gain=0.5),
    "back": SoundSpec("effects", gain=0.5),
    "error": SoundSpec("effects", gain=0.5),
    "letter": SoundSpec("effects", gain=0.4),
    "saved": SoundSpec("effects", gain=0.6),
    "pause": SoundSpec("effects", gain=0.5),
    "resume": SoundSpec("effects", gain=0.5),
    "star_1": SoundSpec("effects", gain=0.6),
    "star_2": SoundSpec("effects", gain=0.6),
    "star_3": SoundSpec("effects", gain=0.6),
    "cheer": SoundSpec("effects", gain=0.6),
    "time_up": SoundSpec("effects", gain=0.55),
    "footsteps": SoundSpec("ambience", loop=True, gain=0.7),
    "chatter": SoundSpec("ambience", loop=True, gain=0.5),
    "birds": SoundSpec("ambience", loop=True, gain=0.45),
    "town": SoundSpec("ambience", loop=True, gain=0.5),
}

# what screens ask for (Sound.cue) -> the sound played; a name not here is ignored
CUES = {
    "focus": "focus",
    "choose": "choose",
    "back": "back",
    "error": "error",
    "letter": "letter",
    "saved": "saved",
    "pause": "pause",
    "resume": "resume",
    "star": "star_1",  # the mixer climbs star_1, star_2, star_3 as the stars appear
    "cheer": "cheer",
    "time_up": "time_up",
    "praise": "praise",
    "mistake": "mistake",
    "hint": "hint",
    "horn": "horn",
    "bump": "bump",
    "belt": "belt",
    "birds": "birds",  # the settings screen lets the ambience's volume be heard
}


def file_name(name: str) -> str:
    return f"{name}{SUFFIX}"
