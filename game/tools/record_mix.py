"""Record what the game plays during a drive, to measure the mix (or listen to it later).

    python -m game.tools.record_mix OUT.wav [--course emergency_vehicle] [--seconds 30]
                                    [--lang fr] [--fault no_seatbelt]

The autopilot drives the course in real time (a drive of 30 s takes 30 s) with the game's
real mixer on SDL's "disk" audio driver, which writes the mixed output to a file instead of
a sound card; the result is saved as a WAV. Then e.g. `sox OUT.wav -n stat` gives the mix's
peak and RMS, `sox OUT.wav -n spectrogram -o OUT.png` a picture of it. Needs no sound card.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import wave
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--course", default="emergency_vehicle")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--fault", default=None, help="an autopilot fault (a mistake to hear)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    raw = Path(tempfile.mkdtemp()) / "mix.raw"
    os.environ["SDL_AUDIODRIVER"] = "disk"
    os.environ["SDL_DISKAUDIOFILE"] = str(raw)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

    import pygame

    from game import resources
    from game.audio.mixer import CHANNELS, FREQUENCY, open_mixer
    from game.course.catalog import single_course
    from game.drivers.autopilot import Autopilot
    from game.scenes.drive import DriveScene, load_entry
    from game.session import open_context

    pygame.display.init()
    pygame.display.set_mode((320, 180))
    ctx = open_context(None, (1280, 720), args.lang, in_memory=True)
    ctx.sound = mixer = open_mixer(lambda: ctx.settings)
    if not mixer.ok:
        raise SystemExit("SDL's disk audio driver did not open")
    ctx.pilot = lambda: Autopilot(args.fault) if args.fault else Autopilot()
    entry = single_course(resources.course(args.course)).entries[0]
    scene = load_entry(ctx, entry)
    assert isinstance(scene, DriveScene)
    start = time.perf_counter()
    clock = 0.0
    loudest: dict[str, float] = {}
    while clock < args.seconds:
        clock += 1 / 60
        scene.update(1 / 60, _Stack())
        mixer.update(1 / 60)
        for name, level in mixer.loop_level.items():
            loudest[name] = max(loudest.get(name, 0.0), level)
        lag = clock - (time.perf_counter() - start)
        if lag > 0:
            time.sleep(lag)
    pygame.mixer.quit()
    pygame.quit()
    data = raw.read_bytes()
    with wave.open(str(args.out), "wb") as f:
        f.setnchannels(CHANNELS)
        f.setsampwidth(2)
        f.setframerate(FREQUENCY)
        f.writeframes(data[: len(data) // 4 * 4])
    raw.unlink()
    print(f"{args.out}: {len(data) / 4 / FREQUENCY:.1f} s; heard: {', '.join(_summary(mixer))}")
    print("loops, loudest level: " + ", ".join(f"{n} {v:.2f}" for n, v in loudest.items()))
    return 0


class _Stack:
    """The drive's scene stack, reduced to what a recorded drive needs."""

    quit = False
    top = None

    def pop(self) -> None:
        self.quit = True

    def push(self, scene) -> None:
        pass

    def replace(self, scene) -> None:
        pass


def _summary(mixer) -> list[str]:
    counts: dict[str, int] = {}
    for name in mixer.played:
        counts[name] = counts.get(name, 0) + 1
    return [f"{name} x{n}" if n > 1 else name for name, n in counts.items()]


if __name__ == "__main__":
    raise SystemExit(main())
