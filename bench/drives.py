"""CPU seconds of the autopilot's drive to the finish on each course: what the test suite's
drives cost (tests/test_autopilot.py, tests/test_unseen_courses.py).

    python bench/drives.py [--maps maps] [--seed 0] [--json]

Each drive is the test's own: `run_drive(course, [Autopilot()], time_limit or 600, seed)` at
normal traffic; time is the process's CPU time around it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.course.loader import load_course  # noqa: E402
from game.drivers.autopilot import Autopilot  # noqa: E402
from game.tools.headless import run_drive  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--maps", default="maps", help="a folder of .tmx courses")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    drives = {}
    for path in sorted(Path(args.maps).glob("*.tmx")):
        course = load_course(path)
        if not (course.finishes or course.route()):
            continue
        cpu = time.process_time()
        result = run_drive(course, [Autopilot()], course.time_limit or 600, seed=args.seed)
        drives[path.stem] = {
            "cpu_s": round(time.process_time() - cpu, 2),
            "steps": result.world.steps,
            "finished": result.world.players[0].progress.finished,
        }
        if not args.json:
            print(path.stem, drives[path.stem], flush=True)
    total = round(sum(d["cpu_s"] for d in drives.values()), 1)
    out = {"maps": args.maps, "seed": args.seed, "cpu_s_total": total, "drives": drives}
    out["load_average_1min"] = round(os.getloadavg()[0], 2)
    print(json.dumps(out) if args.json else f"total {total} s of CPU")


if __name__ == "__main__":
    main()
