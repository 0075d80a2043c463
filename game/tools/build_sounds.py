"""Make the game's sound effects and ambience: assets/sounds/*.ogg from game/audio/recipes.py.

    python -m game.tools.build_sounds            # every sound
    python -m game.tools.build_sounds horn bump  # some of them

Needs numpy and sox (Debian: apt-get install sox libsox-fmt-all) at build time only; the
game plays the Ogg Vorbis files that are committed. The sounds are seeded: running this
again makes the same sounds.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

from game import resources
from game.audio.catalog import FOLDER, SOUNDS, file_name
from game.audio.recipes import build
from game.audio.synth import RATE

QUALITY = "4"  # Vorbis quality (-1..10): 4 keeps the bells clean; mono, 44.1 kHz


def write_wav(path: Path, wave_data: np.ndarray, rate: int = RATE) -> None:
    """16-bit mono PCM (the level is already below full scale: nothing clips)."""
    pcm = np.round(np.clip(wave_data, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(pcm.tobytes())


def encode(wav: Path, ogg: Path, quality: str = QUALITY) -> None:
    subprocess.run(["sox", str(wav), "-C", quality, str(ogg)], check=True)


def need(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        sys.exit(f"{tool} is needed to build the sounds (Debian: apt-get install -y {package})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="sounds to make (default: all)")
    args = parser.parse_args(argv)
    need("sox", "sox libsox-fmt-all")
    names = args.names or list(SOUNDS)
    unknown = [n for n in names if n not in SOUNDS]
    if unknown:
        parser.error(f"no such sound: {', '.join(unknown)} (known: {', '.join(SOUNDS)})")
    folder = resources.assets_dir() / FOLDER
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            wav = Path(tmp) / f"{name}.wav"
            write_wav(wav, build(name))
            encode(wav, folder / file_name(name))
            print(f"{FOLDER}/{file_name(name)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
