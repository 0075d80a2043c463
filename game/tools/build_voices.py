"""Make the instructor's voice: assets/voices/<lang>/<key>.ogg for every spoken line.

    python -m game.tools.build_voices              # every line in ar, fr, en
    python -m game.tools.build_voices --lang fr    # one language
    python -m game.tools.build_voices --stale      # only lines whose words changed

Needs espeak-ng and sox at build time only (Debian: apt-get install -y espeak-ng sox
libsox-fmt-all); the game plays the committed Ogg files and needs neither. Arabic is read
from the fully vowelled lines of ar_voice.toml. assets/voices/manifest.json records what
each clip was made from, so a test can tell when a line changed and its clip did not.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from game import resources
from game.audio.voices import FOLDER, MANIFEST, VOICED, fingerprint, spoken_keys, words_for

ESPEAK_VOICE = {"ar": "ar", "fr": "fr-fr", "en": "en-gb"}
SPEED = 140  # words per minute (espeak-ng's default is 175: slower for young children)
GAP = 3  # extra pause between words, in 10 ms units
RATE = "22050"  # espeak-ng's own rate; mono
TIDY = "highpass 70 silence 1 0.01 0.2% reverse silence 1 0.01 0.2% reverse norm -3 pad 0.05 0.15"
QUALITY = "0"  # Vorbis quality: speech stays clear at about 30 kbit/s


def settings(lang: str) -> str:
    voice = f"espeak-ng -v {ESPEAK_VOICE[lang]} -s {SPEED} -g {GAP}"
    return f"{voice}; sox {RATE} Hz q{QUALITY} {TIDY}"


def espeak_version() -> str:
    out = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout
    return " ".join(out.split()[:4])


def speak(words: str, lang: str, out: Path, tmp: Path) -> None:
    raw = tmp / "raw.wav"
    voice = ["-v", ESPEAK_VOICE[lang], "-s", str(SPEED), "-g", str(GAP)]
    subprocess.run(
        ["espeak-ng", *voice, "-w", str(raw), "--stdin"], input=words.encode(), check=True
    )
    # trim the silence espeak-ng leaves around a line, bring the peak to -3 dBFS (room for
    # the codec's overshoot: nothing clips), pad a little
    encode = ["-r", RATE, "-c", "1", "-C", QUALITY, str(out)]
    subprocess.run(["sox", str(raw), *encode, *TIDY.split()], check=True)


def read_manifest(path: Path) -> dict:
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=VOICED, action="append", help="default: all")
    parser.add_argument("--stale", action="store_true", help="only missing or changed lines")
    args = parser.parse_args(argv)
    for tool, package in (("espeak-ng", "espeak-ng"), ("sox", "sox libsox-fmt-all")):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed to build the voices (Debian: apt-get install -y {package})")
    root = resources.assets_dir() / FOLDER
    manifest_path = root / MANIFEST
    manifest = read_manifest(manifest_path)
    manifest["espeak-ng"] = espeak_version()
    lines = manifest.setdefault("lines", {})
    made = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.lang or VOICED:
            folder = root / lang
            folder.mkdir(parents=True, exist_ok=True)
            done = lines.setdefault(lang, {})
            manifest.setdefault("settings", {})[lang] = settings(lang)
            for key in spoken_keys():
                words = words_for(key, lang)
                mark = fingerprint(words, settings(lang))
                out = folder / f"{key}.ogg"
                if args.stale and done.get(key) == mark and out.is_file():
                    continue
                speak(words, lang, out, Path(tmp))
                done[key] = mark
                made += 1
            for key in set(done) - set(spoken_keys()):  # lines no longer spoken
                del done[key]
                (folder / f"{key}.ogg").unlink(missing_ok=True)
    manifest_path.write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{made} clips made in {root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
