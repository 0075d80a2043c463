"""Memory over a long run: the autopilot drives a course again and again, headless.

    python bench/memory.py [--course maps/traffic_park.tmx] [--minutes 30]

Prints the resident set size after each drive; a leak shows as steady growth.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.course.loader import load_course  # noqa: E402
from game.drivers.autopilot import Autopilot  # noqa: E402
from game.tools.headless import run_drive  # noqa: E402


def rss_mb() -> float:
    """Current resident set size (Linux), falling back to the peak elsewhere."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx")
    parser.add_argument("--minutes", type=float, default=30.0, help="simulated minutes in all")
    args = parser.parse_args()
    course = load_course(args.course)
    simulated = 0.0
    drive = 0
    start = time.perf_counter()
    print(f"start: {rss_mb():.1f} MB")
    while simulated < args.minutes * 60:
        result = run_drive(course, [Autopilot()], seconds=600, seed=drive)
        simulated += result.world.t
        drive += 1
        print(f"drive {drive}: {simulated / 60:.1f} simulated min, {rss_mb():.1f} MB")
    wall = time.perf_counter() - start
    factor = simulated / wall
    print(f"{simulated / 60:.1f} simulated minutes in {wall:.1f} s ({factor:.0f}x real time)")


if __name__ == "__main__":
    main()
