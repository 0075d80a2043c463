"""How each of the game's sounds is made (numpy only): gentle, round, never harsh.

`build(name)` gives the finished sound, mastered to its peak level; the builder
(python -m game.tools.build_sounds) writes them to assets/sounds/. Seeded: the same
code always makes the same sound.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from game.audio.catalog import ENGINE_PITCHES
from game.audio.synth import (
    Array,
    concat,
    envelope,
    master,
    noise,
    note,
    place,
    seconds,
    shaped,
    silence,
    timeline,
    tone,
)

BELL = ((1.0, 1.0), (2.76, 0.25), (5.4, 0.08))  # a soft marimba-like bell
BRASS = ((1.0, 1.0), (2.0, 0.6), (3.0, 0.42), (4.0, 0.28), (5.0, 0.16), (6.0, 0.08))
ROUND = ((1.0, 1.0), (2.0, 0.18), (3.0, 0.05))


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(sum(map(ord, name)) * 7919)


# -- the car and the street -----------------------------------------------------------
def engine(f0: int) -> Callable[[np.random.Generator], Array]:
    """A small electric car's hum: a soft motor tone, a faint whine, a slow throb; 1 s loop."""

    def make(rng: np.random.Generator) -> Array:
        t = timeline(1.0)
        hum = tone(f0, 1.0, ((1, 1.0), (2, 0.55), (3, 0.3), (4, 0.16), (6, 0.07), (8, 0.05)))
        throb = 1 + 0.12 * np.sin(2 * np.pi * 6 * t)
        rumble = shaped(noise(1.0, rng), low=30, high=350) * 0.25
        return shaped(hum * throb + rumble, low=35, high=1400)

    return make


def horn(rng: np.random.Generator) -> Array:
    """A friendly two-note beep (420 + 520 Hz, whole cycles in 0.5 s: it loops while held)."""
    partials = ((1, 1.0), (2, 0.35), (3, 0.3), (4, 0.12), (5, 0.1))
    wave = tone(420, 0.5, partials) + 0.8 * tone(520, 0.5, partials)
    return shaped(wave, low=200, high=2600)


def siren(rng: np.random.Generator) -> Array:
    """An ambulance's wail, rising and falling once in 3 s (a loop)."""
    t = timeline(3.0)
    f = 1000 - 350 * np.cos(2 * np.pi * t / 3.0)
    return tone(f, 3.0, ((1, 1.0), (2, 0.3), (3, 0.12)))


def click(freq: float, rng: np.random.Generator, length: float = 0.05) -> Array:
    ping = note(freq, length, ROUND, attack=0.001, release=0.01, decay=0.012)
    snap = shaped(noise(length, rng), low=1500, high=6000) * envelope(
        seconds(length), 0.0005, 0.01, 0.003
    )
    return ping + 0.4 * snap


def tick(rng: np.random.Generator) -> Array:
    return click(2200, rng)


def tock(rng: np.random.Generator) -> Array:
    return click(1650, rng)


def belt(rng: np.random.Generator) -> Array:
    """The seatbelt's click-clack."""
    out = silence(0.25)
    place(out, click(3000, rng, 0.06), 0.0)
    place(out, click(2300, rng, 0.08), 0.09, 1.2)
    return out


def bump(rng: np.random.Generator) -> Array:
    """A soft thud: a low falling tone and a muffled knock, no crash."""
    f = np.linspace(85, 45, seconds(0.35))
    thud = tone(f, 0.35, ROUND) * envelope(seconds(0.35), 0.003, 0.05, 0.07)
    knock = shaped(noise(0.35, rng), low=60, high=500) * envelope(seconds(0.35), 0.002, 0.05, 0.03)
    return thud + 0.6 * knock


def footsteps(rng: np.random.Generator) -> Array:
    """Three people walking at their own pace, soft soles on the pavement; 2 s loop."""
    out = silence(2.0)
    for period, offset, gain in ((0.5, 0.0, 1.0), (0.4, 0.13, 0.7), (2 / 3, 0.31, 0.55)):
        k = 0
        while offset + k * period < 2.0 - 1e-6:
            step = shaped(noise(0.09, rng), low=120, high=1100)
            step *= envelope(len(step), 0.003, 0.03, 0.025)
            place(out, step, offset + k * period + rng.uniform(-0.01, 0.01), gain, wrap=True)
            k += 1
    return out


VOWELS = ((730, 1090), (270, 2290), (300, 870), (530, 1840), (570, 840), (440, 1020))


def syllable(f0: float, length: float, vowel: tuple[int, int]) -> Array:
    """A voiced sound with a vowel's two formants (additive: harmonics shaped by them)."""
    t = timeline(length)
    glide = f0 * (1 + 0.08 * np.sin(np.pi * t / length))  # speech rises and falls
    out = np.zeros_like(t)
    h = 1
    while h * f0 < 3200:
        amp = sum(1 / (1 + ((h * f0 - f) / 90.0) ** 2) for f in vowel) / h**0.5
        out += amp * np.sin(2 * np.pi * h * np.cumsum(glide) / 44100)
        h += 1
    return out * envelope(len(out), 0.03, 0.04)


def chatter(rng: np.random.Generator) -> Array:
    """People talking at the kerb, too far to make out words (no language); 6 s loop."""
    out = silence(6.0)
    for speaker, f0 in enumerate((120, 210, 180, 250)):
        at = rng.uniform(0, 1.5)
        while at < 6.0 + speaker * 0.3:
            for _ in range(int(rng.integers(2, 6))):  # a word of a few syllables
                length = float(rng.uniform(0.09, 0.2))
                vowel = VOWELS[int(rng.integers(len(VOWELS)))]
                syl = syllable(f0 * float(rng.uniform(0.9, 1.15)), length, vowel)
                place(out, syl, at % 6.0, 0.6, wrap=True)
                at += length * 0.9
            at += float(rng.uniform(0.15, 1.2))  # between words and turns
    return shaped(out, low=150, high=2200)


def chirp(rng: np.random.Generator) -> Array:
    length = float(rng.uniform(0.04, 0.12))
    t = timeline(length)
    start, end = rng.uniform(2600, 5200, 2)
    f = start + (end - start) * (t / length) ** 0.7
    f = f * (1 + 0.04 * np.sin(2 * np.pi * rng.uniform(20, 45) * t))
    return tone(f, length) * envelope(len(t), 0.006, 0.02)


def birds(rng: np.random.Generator) -> Array:
    """Sparrows and a blackbird in the town's trees; 10 s loop."""
    out = silence(10.0)
    at = 0.2
    while at < 10.0:
        for _ in range(int(rng.integers(2, 7))):
            c = chirp(rng)
            place(out, c, at % 10.0, float(rng.uniform(0.4, 1.0)), wrap=True)
            at += len(c) / 44100 + float(rng.uniform(0.02, 0.09))
        at += float(rng.uniform(0.4, 1.8))
    for start in (2.5, 7.2):  # a blackbird's fluted phrase, lower and rounder
        for k, f in enumerate((1800, 2100, 1950, 2400)):
            place(out, note(f, 0.16, ROUND, 0.02, 0.06), start + k * 0.17, 0.5, wrap=True)
    return shaped(out, low=1200, high=7500)


def town(rng: np.random.Generator) -> Array:
    """A small town's far-off murmur: traffic streets away, swelling and fading; 8 s loop."""
    t = timeline(8.0)
    roar = shaped(noise(8.0, rng), low=40, high=700, tilt=-4.0)
    swell = 1 + 0.35 * np.sin(2 * np.pi * t / 8.0) + 0.2 * np.sin(2 * np.pi * 3 * t / 8.0 + 1)
    return roar * swell


# -- the instructor and the screens ---------------------------------------------------
def melody(notes: list[tuple[float, float, float]], partials, length: float, **shape) -> Array:
    """Notes as (start s, frequency Hz, duration s), mixed."""
    out = silence(length)
    for at, f, dur in notes:
        place(out, note(f, dur, partials, **shape), at)
    return out


def praise(rng: np.random.Generator) -> Array:
    """A gentle rising chime (C6 then G6)."""
    return melody([(0, 1046.5, 0.7), (0.12, 1568.0, 0.8)], BELL, 1.0, decay=0.3)


def mistake(rng: np.random.Generator) -> Array:
    """A soft, low, falling 'oh-oh' (E4 then C4): no buzz, no edge."""
    tones = [(0, 329.6, 0.32), (0.3, 261.6, 0.45)]
    return shaped(melody(tones, ROUND, 0.8, attack=0.04, release=0.15), high=1200)


def hint(rng: np.random.Generator) -> Array:
    return melody([(0, 880.0, 0.6)], BELL, 0.65, decay=0.25)


def glide(f_from: float, f_to: float, length: float) -> Array:
    f = np.geomspace(f_from, f_to, seconds(length))
    return tone(f, length, ROUND) * envelope(seconds(length), 0.005, length * 0.6)


def focus(rng: np.random.Generator) -> Array:
    return note(1500, 0.04, ROUND, attack=0.002, release=0.02, decay=0.012)


def choose(rng: np.random.Generator) -> Array:
    return glide(520, 900, 0.09)


def back(rng: np.random.Generator) -> Array:
    return glide(800, 460, 0.09)


def error(rng: np.random.Generator) -> Array:
    """'Not this one': two soft low notes, like a wooden block."""
    return melody([(0, 220.0, 0.12), (0.13, 196.0, 0.16)], ROUND, 0.32, decay=0.05)


def letter(rng: np.random.Generator) -> Array:
    return click(1900, rng, 0.035)


def saved(rng: np.random.Generator) -> Array:
    notes = [(0, 784.0, 0.5), (0.09, 1046.5, 0.5), (0.18, 1318.5, 0.7)]
    return melody(notes, BELL, 0.9, decay=0.25)


def pause(rng: np.random.Generator) -> Array:
    return glide(700, 350, 0.2)


def resume(rng: np.random.Generator) -> Array:
    return glide(350, 700, 0.2)


def brass(f: float, length: float) -> Array:
    t = timeline(length)
    vib = f * (1 + 0.006 * np.sin(2 * np.pi * 5.5 * t) * np.minimum(1, t / 0.15))
    wave = tone(vib, length, BRASS) * envelope(len(t), 0.025, 0.12)
    return shaped(wave, high=3500)


def star(f: float) -> Callable[[np.random.Generator], Array]:
    """One star of the results: a bright horn note and a sparkle, each a step higher."""

    def make(rng: np.random.Generator) -> Array:
        out = concat(brass(f, 0.45), silence(0.3))
        for k in range(3):
            place(out, note(f * 4 * (1 + k * 0.25), 0.25, BELL, decay=0.08), 0.05 + k * 0.06, 0.25)
        return out

    return make


def cheer(rng: np.random.Generator) -> Array:
    """The finish: a short fanfare (G4 C5 E5 ... G5)."""
    out = silence(1.4)
    for at, f, dur in ((0, 392.0, 0.14), (0.15, 523.3, 0.14), (0.3, 659.3, 0.14), (0.45, 784, 0.8)):
        place(out, brass(f, dur), at)
    return out


def time_up(rng: np.random.Generator) -> Array:
    """Time is up: three gentle falling notes, no alarm."""
    return melody([(0, 784.0, 0.4), (0.22, 659.3, 0.4), (0.44, 523.3, 0.7)], BELL, 1.2, decay=0.3)


RECIPES: dict[str, tuple[Callable[[np.random.Generator], Array], float]] = {
    **{f"engine_{i}": (engine(f0), -6.0) for i, f0 in enumerate(ENGINE_PITCHES)},
    "horn": (horn, -3.0),
    "siren": (siren, -3.0),
    "tick": (tick, -3.0),
    "tock": (tock, -3.0),
    "belt": (belt, -3.0),
    "bump": (bump, -3.0),
    "footsteps": (footsteps, -3.0),
    "chatter": (chatter, -6.0),
    "birds": (birds, -3.0),
    "town": (town, -6.0),
    "praise": (praise, -3.0),
    "mistake": (mistake, -4.0),
    "hint": (hint, -4.0),
    "focus": (focus, -6.0),
    "choose": (choose, -4.0),
    "back": (back, -4.0),
    "error": (error, -4.0),
    "letter": (letter, -6.0),
    "saved": (saved, -3.0),
    "pause": (pause, -4.0),
    "resume": (resume, -4.0),
    "star_1": (star(523.3), -3.0),
    "star_2": (star(659.3), -3.0),
    "star_3": (star(784.0), -3.0),
    "cheer": (cheer, -3.0),
    "time_up": (time_up, -3.0),
}


def build(name: str) -> Array:
    """The finished sound: made from its seed, at its peak level (float32, mono)."""
    make, peak_db = RECIPES[name]
    return master(make(_rng(name)), peak_db)
