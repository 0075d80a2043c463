"""Start-up time: from a new Python process to the first frame drawn, headless.

    python bench/startup.py [--course maps/traffic_park.tmx] [--runs 5]

Prints the median wall time of the whole process and of the course load alone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import time, sys
t0 = time.perf_counter()
from game.course.loader import load_course
from game.render.snapshot import Shot, render_frame
t1 = time.perf_counter()
course = load_course(sys.argv[1])
t2 = time.perf_counter()
render_frame(course, Shot((1280, 720)))
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    totals, imports, loads, frames = [], [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", PROBE, args.course],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        totals.append(time.perf_counter() - start)
        a, b, c = (float(v) for v in out.split())
        imports.append(a)
        loads.append(b)
        frames.append(c)
    print(f"course {args.course}, {args.runs} runs (medians)")
    print(f"process start to first frame: {statistics.median(totals) * 1000:.0f} ms")
    print(f"  imports: {statistics.median(imports) * 1000:.0f} ms")
    print(f"  course load: {statistics.median(loads) * 1000:.0f} ms")
    print(f"  first frame (tile cache + draw): {statistics.median(frames) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
