"""The town alone (no player) for ten simulated minutes per seed: does anything go wrong?

python bench/soak.py [--course maps/traffic_park.tmx] [--seeds 1-12] [--seconds 600]
                     [--traffic normal] [--workers 2]

Prints one line per seed (vehicles, walkers, crossings completed, near misses, walkers
standing in each other, incidents) and a last
line with how many seeds stayed clean. The test suite soaks every course at two seeds;
this is the wider net, for the notes and for a teacher's own course.
"""

from __future__ import annotations

import argparse
import math
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.course.loader import load_course  # noqa: E402
from game.sim.levels import TRAFFIC_LEVELS  # noqa: E402
from game.sim.world import STEP_HZ, World  # noqa: E402


def seeds_of(text: str) -> list[int]:
    """`1-12` or `1,4,9`."""
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def overlapping_walkers(world: World) -> int:
    """Pairs of walkers standing in each other (closer than 80% of their two radii)."""
    walkers = world.town.pedestrians
    count = 0
    for i, p in enumerate(walkers):
        for q in walkers[i + 1 :]:
            if math.hypot(p.x - q.x, p.y - q.y) < 0.8 * (p.radius + q.radius):
                count += 1
    return count


def soak(args: tuple[str, int, float, float]) -> tuple[int, dict, int, int]:
    course_path, seed, seconds, density = args
    world = World(load_course(course_path), seed=seed, players=0, density=density)
    overlaps = 0
    for step in range(round(seconds * STEP_HZ)):
        world.step()
        if step % (STEP_HZ // 2) == 0:
            overlaps += overlapping_walkers(world)
    return seed, world.town.summary(), world.town.traffic.near_misses, overlaps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx")
    parser.add_argument("--seeds", default="1-12")
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--traffic", choices=list(TRAFFIC_LEVELS), default="normal")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    jobs = [
        (args.course, seed, args.seconds, TRAFFIC_LEVELS[args.traffic])
        for seed in seeds_of(args.seeds)
    ]
    clean = 0
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for seed, summary, near, overlaps in pool.map(soak, jobs):
            incidents = summary["incidents"]
            clean += not incidents and not near
            kinds = ", ".join(f"{i['kind']} of {i['a']} at {i['t']:.0f} s" for i in incidents)
            print(
                f"seed {seed:3d}: {summary['vehicles']:3d} vehicles, "
                f"{summary['pedestrians']:3d} walkers, "
                f"{summary['crossings_completed']:3d} crossings, near misses {near}, "
                f"overlapping walkers {overlaps} (sampled each 0.5 s), "
                f"incidents: {kinds or 'none'}",
                flush=True,
            )
    print(f"{clean}/{len(jobs)} seeds clean ({args.course}, {args.seconds:.0f} s, {args.traffic})")


if __name__ == "__main__":
    main()
