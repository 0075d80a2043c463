"""Building blocks for the game's sounds, made with numpy (no recordings, no pygame).

Every sound is a mono float32 array in -1..1 at RATE samples per second. Loops are built
so that their end joins their start: whole numbers of cycles, and noise shaped in the
frequency domain (which is circular), so a looping sound never clicks.
"""

from __future__ import annotations

import numpy as np

RATE = 44100
Array = np.ndarray


def seconds(n: float) -> int:
    return int(round(n * RATE))


def timeline(duration: float) -> Array:
    return np.arange(seconds(duration), dtype=np.float64) / RATE


def envelope(n: int, attack: float, release: float, hold: float | None = None) -> Array:
    """A smooth rise and fall (raised cosines), so no sound starts or stops with a click."""
    env = np.ones(n)
    a = min(n, max(1, seconds(attack)))
    r = min(n - a, max(1, seconds(release)))
    env[:a] = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, a))
    env[n - r :] = 0.5 + 0.5 * np.cos(np.linspace(0, np.pi, r))
    if hold is not None:  # exponential decay after the attack (bells, plucks, thuds)
        env[a:] *= np.exp(-np.arange(n - a) / max(1.0, hold * RATE))
    return env


def tone(
    freq: float | Array,
    duration: float,
    partials: tuple[tuple[float, float], ...] = ((1.0, 1.0),),
    phase: float = 0.0,
) -> Array:
    """A sum of partials (ratio to the fundamental, amplitude); `freq` may glide (an array)."""
    t = timeline(duration)
    f = np.broadcast_to(np.asarray(freq, dtype=np.float64), t.shape)
    cycles = np.cumsum(f) / RATE + phase
    out = np.zeros_like(t)
    for ratio, amp in partials:
        out += amp * np.sin(2 * np.pi * ratio * cycles)
    return out


def note(
    freq: float,
    duration: float,
    partials: tuple[tuple[float, float], ...] = ((1.0, 1.0),),
    attack: float = 0.01,
    release: float = 0.05,
    decay: float | None = None,
) -> Array:
    wave = tone(freq, duration, partials)
    return wave * envelope(len(wave), attack, release, decay)


def noise(duration: float, rng: np.random.Generator) -> Array:
    return rng.standard_normal(seconds(duration))


def shaped(wave: Array, low: float | None = None, high: float | None = None, tilt: float = 0.0):
    """Band-limit a sound in the frequency domain (circular: loops stay seamless).

    `tilt` in dB per octave above 100 Hz (negative: darker, like far-away traffic).
    """
    spectrum = np.fft.rfft(wave)
    f = np.fft.rfftfreq(len(wave), 1 / RATE)
    gain = np.ones_like(f)
    if low is not None:
        gain *= 1 / (1 + (low / np.maximum(f, 1e-3)) ** 4)
    if high is not None:
        gain *= 1 / (1 + (f / high) ** 4)
    if tilt:
        gain *= 10 ** (tilt * np.log2(np.maximum(f, 100) / 100) / 20)
    return np.fft.irfft(spectrum * gain, len(wave))


def place(target: Array, sound: Array, at: float, gain: float = 1.0, wrap: bool = False) -> None:
    """Add `sound` into `target` from time `at`; with `wrap` the tail goes round to the start."""
    start = seconds(at)
    end = start + len(sound)
    if end <= len(target):
        target[start:end] += gain * sound
    elif wrap:
        cut = len(target) - start
        target[start:] += gain * sound[:cut]
        target[: len(sound) - cut] += gain * sound[cut:]
    else:
        target[start:] += gain * sound[: len(target) - start]


def concat(*parts: Array) -> Array:
    return np.concatenate(parts)


def silence(duration: float) -> Array:
    return np.zeros(seconds(duration))


def master(wave: Array, peak_db: float) -> Array:
    """Scale to a peak level in dBFS (below 0: never clips), as float32."""
    peak = float(np.max(np.abs(wave))) or 1.0
    return (wave / peak * 10 ** (peak_db / 20)).astype(np.float32)


def level_db(wave: Array) -> tuple[float, float]:
    """(peak, RMS) in dBFS: how loud a sound is, as sox's stat reports it."""
    peak = float(np.max(np.abs(wave)))
    rms = float(np.sqrt(np.mean(np.square(wave, dtype=np.float64))))
    return 20 * np.log10(max(peak, 1e-9)), 20 * np.log10(max(rms, 1e-9))
