"""CPU instructions per step, counted by valgrind: a speed figure that other programs
running on the machine cannot disturb (wall-clock steps/s can).

    python bench/instructions.py [--course maps/traffic_park.tmx] [--traffic busy]
                                 [--from-step 600] [--to-step 900] [--json]

Two drives (the autopilot, every rule) run under `valgrind --tool=callgrind`, one stopped
at `--from-step`, one at `--to-step`; the difference of their instruction counts divided by
the steps between is the cost of one step of the whole game, without start-up and loading.
The same for the world alone. Needs valgrind (Debian: apt-get install valgrind); about a
minute per thousand steps.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RUN = """
import sys
from game.course.loader import load_course
from game.drivers.autopilot import Autopilot
from game.sim.levels import TRAFFIC_LEVELS
from game.sim.world import World
from game.tools.headless import run_drive
course = load_course(sys.argv[1])
density = TRAFFIC_LEVELS[sys.argv[2]]
steps = int(sys.argv[3])
if sys.argv[4] == "game":
    run_drive(course, [Autopilot()], steps / 60, seed=1, density=density, max_steps=steps)
else:
    world = World(course, seed=1, density=density)
    for _ in range(steps):
        world.step()
"""


def instructions(course: str, traffic: str, steps: int, what: str) -> int:
    """Instructions valgrind counts for a whole process running `steps` steps."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    cmd += [sys.executable, "-c", RUN, course, traffic, str(steps), what]
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx")
    parser.add_argument("--traffic", default="busy")
    parser.add_argument("--from-step", type=int, default=600)
    parser.add_argument("--to-step", type=int, default=900)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    span = args.to_step - args.from_step
    report: dict = {
        "course": args.course,
        "traffic": args.traffic,
        "steps": [args.from_step, args.to_step],
    }
    for what in ("game", "world"):
        a = instructions(args.course, args.traffic, args.from_step, what)
        b = instructions(args.course, args.traffic, args.to_step, what)
        report[f"{what}_instructions_per_step"] = round((b - a) / span)
    if args.json:
        print(json.dumps(report))
        return
    print(
        f"{args.course} ({args.traffic}), steps {args.from_step}-{args.to_step}: "
        f"whole game {report['game_instructions_per_step']:,} instructions per step, "
        f"world alone {report['world_instructions_per_step']:,}"
    )


if __name__ == "__main__":
    main()
