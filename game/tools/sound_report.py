"""Measure every shipped sound and voice clip with sox: length, peak, RMS, clipping.

    python -m game.tools.sound_report            # a table of every file, then a summary
    python -m game.tools.sound_report --summary  # the summary only

Uses `sox FILE -n stat` (Debian: apt-get install -y sox libsox-fmt-all). A clip is
flagged when its peak reaches full scale (clipping) or its RMS is below -40 dBFS (near
silence). Exit status 1 if any file is flagged.
"""

from __future__ import annotations

import argparse
import math
import subprocess
from dataclasses import dataclass
from pathlib import Path

from game import resources

QUIET_DB = -40.0
FULL_SCALE = 0.999


@dataclass(frozen=True)
class Stat:
    name: str
    seconds: float
    peak: float  # 0..1
    rms: float
    bytes: int

    @property
    def peak_db(self) -> float:
        return 20 * math.log10(max(self.peak, 1e-9))

    @property
    def rms_db(self) -> float:
        return 20 * math.log10(max(self.rms, 1e-9))

    @property
    def problem(self) -> str:
        if self.peak >= FULL_SCALE:
            return "CLIPS"
        if self.rms_db < QUIET_DB:
            return "QUIET"
        return ""


def stat(path: Path, root: Path) -> Stat:
    out = subprocess.run(
        ["sox", str(path), "-n", "stat"], capture_output=True, text=True, check=True
    ).stderr
    values = {}
    for line in out.splitlines():
        name, _, value = line.partition(":")
        try:
            values[name.strip()] = float(value.split()[0])
        except (ValueError, IndexError):
            continue
    peak = max(abs(values["Maximum amplitude"]), abs(values["Minimum amplitude"]))
    return Stat(
        str(path.relative_to(root)),
        values["Length (seconds)"],
        peak,
        values["RMS     amplitude"],
        path.stat().st_size,
    )


def shipped() -> list[Path]:
    root = resources.assets_dir()
    return sorted((root / "sounds").glob("*.ogg")) + sorted((root / "voices").glob("*/*.ogg"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summary", action="store_true", help="only the summary per folder")
    args = parser.parse_args(argv)
    root = resources.assets_dir()
    stats = [stat(p, root) for p in shipped()]
    if not args.summary:
        print(f"{'file':44s} {'len s':>6s} {'peak dB':>8s} {'RMS dB':>7s} {'kB':>5s}")
        for s in stats:
            print(
                f"{s.name:44s} {s.seconds:6.2f} {s.peak_db:8.1f} {s.rms_db:7.1f} "
                f"{s.bytes / 1024:5.1f} {s.problem}"
            )
    groups: dict[str, list[Stat]] = {}
    for s in stats:
        groups.setdefault(str(Path(s.name).parent), []).append(s)
    print(
        f"\n{'folder':16s} {'files':>5s} {'total s':>8s} {'kB':>7s} "
        f"{'peak dB max':>11s} {'RMS dB min..max':>16s} {'flagged':>7s}"
    )
    for folder, group in groups.items():
        print(
            f"{folder:16s} {len(group):5d} {sum(s.seconds for s in group):8.1f} "
            f"{sum(s.bytes for s in group) / 1024:7.0f} {max(s.peak_db for s in group):11.1f} "
            f"{min(s.rms_db for s in group):7.1f}..{max(s.rms_db for s in group):6.1f} "
            f"{sum(1 for s in group if s.problem):7d}"
        )
    return 1 if any(s.problem for s in stats) else 0


if __name__ == "__main__":
    raise SystemExit(main())
