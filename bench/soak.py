"""The town for minutes on end, alone or with the player's car parked somewhere awkward:
does anything go wrong, does anything freeze?

python bench/soak.py [--course maps/traffic_park.tmx | --course all] [--seeds 1-12]
                     [--seconds 600] [--traffic normal | --traffic all]
                     [--spots still | all | kerb | box | ring | NAME,...] [--workers 2]

`--spots` parks the player's car: `still` (the default) runs the town with no player,
`kerb` at the kerb before each crossing, `box` in the middle of each junction box, `ring`
on each roundabout, `all` every one of them (names as printed, e.g. kerb-c59-l7). After
the run the parked car tries to reverse, then to go forward.

Prints one line per run (vehicles and walkers seen, near misses, walkers standing in each
other, the longest anyone stood not held up by the parked car, how the car got away,
incidents) and a last line with how many runs stayed clean. The test suite runs a few of
these; this is the wider net, for the notes and for a teacher's own course.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.course.loader import load_course  # noqa: E402
from game.sim.levels import TRAFFIC_LEVELS  # noqa: E402
from game.tools.town_probe import STILL, ProbeResult, probe_args, spots  # noqa: E402


def seeds_of(text: str) -> list[int]:
    """`1-12` or `1,4,9`."""
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def courses_of(text: str) -> list[str]:
    """A course, or `all`: every shipped course and the small test towns."""
    if text != "all":
        return [text]
    found = sorted((ROOT / "maps").glob("*.tmx")) + sorted(
        (ROOT / "tests" / "town_maps").glob("*.tmx")
    )
    return [str(p.relative_to(ROOT)) for p in found]


def spots_of(course: str, text: str) -> list[str]:
    if text == STILL:
        return [STILL]
    names = [s.name for s in spots(load_course(course))]
    if text == "all":
        return names
    if text in ("kerb", "box", "ring"):
        return [n for n in names if n.startswith(text)]
    wanted = text.split(",")
    return [n for n in names if n in wanted]


def line_of(r: ProbeResult) -> str:
    where = Path(r.course).stem
    escape = f", drove away in {r.escape}" if r.escape and r.escape != "walled in" else ""
    held = f", {r.held_by_player} held behind the car" if r.held_by_player else ""
    return (
        f"{where} {r.level} seed {r.seed} {r.spot}: longest stand {r.worst_stand:.0f} s"
        f" ({r.worst_who or 'nobody'}){held}{escape}, near misses {r.near_misses},"
        f" overlapping walkers {r.overlapping_walkers}, last third {r.driven_late:.0f} m"
        f" driven and {r.crossings_late} crossings: {r.outcome}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx", help="a .tmx, or all")
    parser.add_argument("--seeds", default="1-12")
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--traffic", choices=[*TRAFFIC_LEVELS, "all"], default="normal")
    parser.add_argument("--spots", default=STILL, help="still, all, kerb, box, ring or names")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    levels = list(TRAFFIC_LEVELS) if args.traffic == "all" else [args.traffic]
    jobs = [
        (course, level, seed, spot, args.seconds)
        for course in courses_of(args.course)
        for spot in spots_of(course, args.spots)
        for level in levels
        for seed in seeds_of(args.seeds)
    ]
    clean = 0
    start = time.process_time()
    wall = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for r in pool.map(probe_args, jobs):
            clean += not r.failures
            print(line_of(r), flush=True)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - start + children.ru_utime + children.ru_stime
    print(
        f"{clean}/{len(jobs)} runs clean ({args.course}, {args.seconds:.0f} s, {args.traffic},"
        f" spots {args.spots}); {cpu:.0f} s of CPU, {time.perf_counter() - wall:.0f} s of"
        " wall time (the machine may be shared)"
    )


if __name__ == "__main__":
    main()
