"""Headless steps per second: the whole game (world + every rule + the autopilot) and the
world alone, on one course and traffic level.

    python bench/headless.py [--course maps/traffic_park.tmx] [--traffic busy]
                             [--seconds 120] [--seed 1] [--repeat 3] [--json]

The world advances 60 steps per simulated second, so 12,000 steps/s is 200x real time.
Each figure is the median of `--repeat` timed runs. The whole game is timed over one
autopilot drive (until it finishes or `--seconds` pass); the world alone steps the same
number of steps with the player parked, after the same warm-up-free start.

Time is the process's CPU time (`steps_per_s`), which other programs on a shared machine
disturb far less than the wall clock; the wall-clock rates are printed beside it
(`wall_steps_per_s`), and equal it on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.course.loader import load_course  # noqa: E402
from game.drivers.autopilot import Autopilot  # noqa: E402
from game.sim.levels import TRAFFIC_LEVELS  # noqa: E402
from game.sim.world import STEP_HZ, World  # noqa: E402
from game.tools.headless import run_drive  # noqa: E402


def time_game(course, seconds: float, seed: int, density: float) -> tuple[int, tuple, dict]:
    """Steps and (CPU, wall) seconds of one autopilot drive scored by every rule."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = run_drive(course, [Autopilot()], seconds, seed=seed, density=density)
    elapsed = (time.process_time() - cpu, time.perf_counter() - wall)
    card = result.referee.scorecard()
    outcome = {
        "finished": result.world.players[0].progress.finished,
        "mistakes": sum(1 for e in result.referee.events if e.get("kind") == "mistake"),
        "stars": card.get("stars"),
        "vehicles_alive_end": len(result.world.town.vehicles),
        "walkers_alive_end": len(result.world.town.pedestrians),
    }
    return result.world.steps, elapsed, outcome


def time_world(course, steps: int, seed: int, density: float) -> tuple[float, float]:
    """(CPU, wall) seconds of `steps` world steps with the player standing still."""
    world = World(course, seed=seed, density=density)
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(steps):
        world.step()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx")
    parser.add_argument("--traffic", choices=list(TRAFFIC_LEVELS), default="busy")
    parser.add_argument("--seconds", type=float, default=300.0, help="simulated seconds at most")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    course = load_course(args.course)
    density = TRAFFIC_LEVELS[args.traffic]
    game, world, game_wall, world_wall = [], [], [], []
    steps, outcome = 0, {}
    for _ in range(args.repeat):
        steps, (cpu, wall), outcome = time_game(course, args.seconds, args.seed, density)
        game.append(steps / cpu)
        game_wall.append(steps / wall)
        cpu, wall = time_world(course, steps, args.seed, density)
        world.append(steps / cpu)
        world_wall.append(steps / wall)
    rate = statistics.median(game)
    world_rate = statistics.median(world)
    report = {
        "course": args.course,
        "traffic": args.traffic,
        "seed": args.seed,
        "steps": steps,
        "repeat": args.repeat,
        "steps_per_s": round(rate),
        "realtime_x": round(rate / STEP_HZ, 1),
        "world_steps_per_s": round(world_rate),
        "world_realtime_x": round(world_rate / STEP_HZ, 1),
        "wall_steps_per_s": round(statistics.median(game_wall)),
        "wall_world_steps_per_s": round(statistics.median(world_wall)),
        "all_runs_steps_per_s": [round(r) for r in game],
        "all_world_runs_steps_per_s": [round(r) for r in world],
        "load_average_1min": round(os.getloadavg()[0], 2),
        **outcome,
    }
    if args.json:
        print(json.dumps(report))
        return
    print(
        f"{args.course} ({args.traffic}): whole game {rate:,.0f} steps/s = "
        f"{rate / STEP_HZ:,.0f}x real time; world alone {world_rate:,.0f} steps/s "
        f"({steps} steps, median of {args.repeat}, load {report['load_average_1min']})"
    )


if __name__ == "__main__":
    main()
