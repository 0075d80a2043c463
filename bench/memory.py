"""Memory over a kiosk day: the autopilot drives a course again and again, headless, each
drive scored by every rule and recorded for its replay, as the attract mode does.

    python bench/memory.py [--course maps/traffic_park.tmx] [--traffic normal]
                           [--hours 4] [--json]

The resident set size is read after the first drive (`rss_mb_start`: imports, course and
caches warmed up) and after the last (`rss_mb_end`); a leak shows as steady growth between
them. Each drive is up to ten simulated minutes, with a new seed each time.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.course.loader import load_course  # noqa: E402
from game.drivers.autopilot import Autopilot  # noqa: E402
from game.sim.levels import TRAFFIC_LEVELS  # noqa: E402
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
    parser.add_argument("--traffic", choices=list(TRAFFIC_LEVELS), default="normal")
    parser.add_argument("--hours", type=float, default=4.0, help="simulated hours in all")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    course = load_course(args.course)
    density = TRAFFIC_LEVELS[args.traffic]
    simulated = 0.0
    drive = 0
    start = time.perf_counter()
    samples = []
    rss_start = None
    while simulated < args.hours * 3600:
        result = run_drive(course, [Autopilot()], seconds=600, seed=drive, density=density)
        result.replay()  # what the kiosk keeps of a drive
        simulated += result.world.t
        drive += 1
        del result
        gc.collect()
        rss = rss_mb()
        samples.append(round(rss, 1))
        if rss_start is None:
            rss_start = rss
        if not args.json:
            print(f"drive {drive}: {simulated / 3600:.2f} simulated h, {rss:.1f} MB", flush=True)
    wall = time.perf_counter() - start
    report = {
        "course": args.course,
        "traffic": args.traffic,
        "drives": drive,
        "simulated_h": round(simulated / 3600, 2),
        "wall_s": round(wall, 1),
        "rss_mb_start": round(rss_start or 0.0, 1),
        "rss_mb_end": round(samples[-1] if samples else 0.0, 1),
        "rss_mb_max": max(samples, default=0.0),
        "rss_mb_after_each_drive": samples,
    }
    if args.json:
        print(json.dumps(report))
        return
    print(
        f"{report['simulated_h']} simulated h in {wall:.0f} s: {report['rss_mb_start']} MB after "
        f"the first drive, {report['rss_mb_end']} MB after the last"
    )


if __name__ == "__main__":
    main()
