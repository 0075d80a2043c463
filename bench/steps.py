"""Headless world steps per second on a course, with the town alive, and the real-time factor.

python bench/steps.py [--course maps/traffic_park.tmx] [--seconds 120] [--seed 1]

The world advances 60 steps per simulated second, so 6,000 steps/s is 100x real time.
The first `--warmup` simulated seconds (default 30) fill the town before timing starts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.course.loader import load_course  # noqa: E402
from game.sim.world import STEP_HZ, World  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx")
    parser.add_argument("--seconds", type=float, default=120.0, help="simulated seconds timed")
    parser.add_argument("--warmup", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--players", type=int, default=1)
    args = parser.parse_args()
    course = load_course(args.course)
    world = World(course, seed=args.seed, players=args.players)
    for _ in range(round(args.warmup * STEP_HZ)):
        world.step()
    steps = round(args.seconds * STEP_HZ)
    start = time.perf_counter()
    for _ in range(steps):
        world.step()
    elapsed = time.perf_counter() - start
    rate = steps / elapsed
    town = world.town
    print(
        f"{args.course}: {rate:,.0f} steps/s = {rate / STEP_HZ:,.0f}x real time "
        f"({len(town.vehicles)} vehicles, {len(town.pedestrians)} pedestrians alive, "
        f"{steps} steps in {elapsed:.2f} s)"
    )


if __name__ == "__main__":
    main()
