"""Start-up time: from launching `python run_game.py` to its first frame on the screen, and
the time to load a course (read the map, build the world and the instructor).

    python bench/startup.py [--course maps/traffic_park.tmx] [--runs 5] [--json]

`title_s`: a new process runs `run_game.py` exactly as a player starts it (SDL's dummy video
driver stands in for the screen); the clock stops at its first `pygame.display.flip()`, the
first frame a player would see, whatever screen run_game.py opens with. `title_cpu_s`: the
CPU time that process used, which a busy machine disturbs less (on an idle machine it is a
little under the wall time). `load_ms`: in a process whose imports are done, reading the
course and building its World and Referee (lanes, road network, conflict zones), each run a
fresh course, in CPU time. Medians of `--runs` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# run_game.py as a player runs it, stopped at its first frame
FIRST_FRAME = """
import os, runpy, sys, time
import pygame
flip = pygame.display.flip
def first_flip(*args):
    flip(*args)
    print(time.time(), flush=True)
    os._exit(0)
pygame.display.flip = first_flip
sys.argv = ["run_game.py", *sys.argv[1:]]
runpy.run_path("run_game.py", run_name="__main__")
"""

LOAD = """
import statistics, sys, time
from game.course.loader import load_course
from game.rules.referee import Referee
from game.sim.world import World
times = []
for _ in range(int(sys.argv[2])):
    t0 = time.process_time()
    course = load_course(sys.argv[1])
    t1 = time.process_time()
    Referee(World(course, seed=1))
    t2 = time.process_time()
    times.append((t1 - t0, t2 - t0))
print(statistics.median(a for a, _ in times), statistics.median(b for _, b in times))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    env = dict(
        os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1"
    )
    firsts, cpus = [], []
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", FIRST_FRAME],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        firsts.append(float(out.split()[-1]) - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    out = subprocess.run(
        [sys.executable, "-c", LOAD, args.course, str(args.runs)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    read_s, load_s = (float(v) for v in out.split())
    report = {
        "course": args.course,
        "runs": args.runs,
        "title_s": round(statistics.median(firsts), 3),
        "load_ms": round(load_s * 1000, 1),
        "read_map_ms": round(read_s * 1000, 1),
        "all_title_s": [round(v, 3) for v in firsts],
        "title_cpu_s": round(statistics.median(cpus), 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(report))
        return
    print(f"run_game.py to its first frame: {report['title_s']:.3f} s (median of {args.runs})")
    print(
        f"course load ({args.course}): {report['load_ms']:.0f} ms, of which reading the map "
        f"{report['read_map_ms']:.0f} ms"
    )


if __name__ == "__main__":
    main()
