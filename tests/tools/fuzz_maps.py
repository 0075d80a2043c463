"""Damage test maps byte by byte and check the loader names every problem.

    nice -n 10 python tests/tools/fuzz_maps.py [--examples 20000] [--seed 0]
        [--maps tests/maps/encodings/*.tmx ...] [--time-bound 5] [--play SECONDS] [--json]

Each example picks a byte position and a byte value and reads three damaged copies of a
map: the map cut short there, that byte changed, that byte deleted. A damaged map must
give named problems: the loader may not raise, may not fall back on its catch-all
("could not read the map (SomeError ...)"), may not refuse a map without an error, and
may not take longer than the time bound. Each failure is printed once per kind (the
exception and where it was raised), with the map, the damage and a traceback, so it can
be kept as an `@example` of `tests/test_check_map.py::test_damaged_maps_never_raise`.

The random choices come from `--seed`, so a run is repeatable; the figures at the end
(examples, reads, CPU seconds) are what the sweep did. Run it under `nice -n 10` on a
shared machine: 20,000 examples (60,000 reads) of one test map take about a minute of CPU.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from game.course import loader  # noqa: E402
from game.course.problems import MapProblem  # noqa: E402

DEFAULT_MAPS = sorted(glob.glob(str(ROOT / "tests/maps/encodings/*.tmx"))) + sorted(
    glob.glob(str(ROOT / "tests/maps/*.tmx"))
)
KINDS = ("cut", "change", "delete")


def damage(original: bytes, kind: str, at: int, byte: int) -> bytes:
    """One damaged copy: cut at `at`, the byte at `at` changed to `byte`, or deleted."""
    if kind == "cut":
        return original[:at]
    if kind == "change":
        return original[:at] + bytes([byte]) + original[at + 1 :]
    return original[:at] + original[at + 1 :]


def judge(path: str, time_bound: float, play: float = 0.0) -> tuple[str, str] | None:
    """None when the damaged map is read well, else (kind of failure, details).

    With `play` seconds, a map the loader accepts without an error must also drive that
    long (the autopilot, every rule, the town) without raising.
    """
    problems: list[MapProblem] = []
    start = time.process_time()
    try:
        course, _ = loader._read(path, problems)
    except Exception as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        last = frames[-1] if frames else None
        here = f"{Path(last.filename).name}:{last.lineno}" if last else "?"
        return f"{type(exc).__name__} at {here}", traceback.format_exc()
    elapsed = time.process_time() - start
    if elapsed > time_bound:
        return "slow", f"{elapsed:.1f} s of CPU"
    if course is None and not any(p.is_error for p in problems):
        return "refused without an error", "\n".join(map(str, problems))
    if play and course is not None and not any(p.is_error for p in problems):
        return _drive(course, play)
    return None


def _drive(course, seconds: float) -> tuple[str, str] | None:
    from game.drivers.autopilot import Autopilot
    from game.tools.headless import run_drive

    try:
        run_drive(course, [Autopilot()], seconds, seed=0)
    except Exception as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        last = frames[-1] if frames else None
        here = f"{Path(last.filename).name}:{last.lineno}" if last else "?"
        return f"drive: {type(exc).__name__} at {here}", traceback.format_exc()
    return None


class MapCopies:
    """A copy of tests/maps in a temporary folder, where damaged maps are written.

    The maps' tilesets, images and templates sit where their relative paths expect, so
    a damaged map's bytes are exactly the original's but for the damage.
    """

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory()
        self.tree = Path(self._folder.name) / "tests"
        shutil.copytree(ROOT / "tests" / "maps", self.tree / "maps")

    def target(self, map_path: str | Path) -> Path:
        """Where the damaged copy of `map_path` is written (beside its original's copy)."""
        try:
            rel = Path(map_path).resolve().relative_to(ROOT / "tests")
            return self.tree / rel.parent / ("damaged_" + rel.name)
        except ValueError:
            return self.tree / "maps" / ("damaged_" + Path(map_path).name)

    def close(self) -> None:
        self._folder.cleanup()


def sweep(
    maps: list[str], examples: int, seed: int, time_bound: float, out, play: float = 0.0
) -> dict:
    """Run the sweep; print each new kind of failure as it is found; return the figures."""
    found: dict[str, dict] = {}
    reads = 0
    cpu = time.process_time()
    wall = time.perf_counter()
    per_map = {}
    copies = MapCopies()
    try:
        for map_path in maps:
            original = Path(map_path).read_bytes()
            target = copies.target(map_path)
            rng = random.Random(f"{seed}:{Path(map_path).name}")
            map_cpu = time.process_time()
            for _ in range(examples):
                at = rng.randrange(len(original))
                byte = rng.randrange(256)
                for kind in KINDS:
                    target.write_bytes(damage(original, kind, at, byte))
                    reads += 1
                    failure = judge(str(target), time_bound, play)
                    if failure is None:
                        continue
                    key = failure[0]
                    case = found.setdefault(
                        key,
                        {
                            "count": 0,
                            "map": map_path,
                            "kind": kind,
                            "at": at,
                            "byte": byte,
                            "details": failure[1],
                        },
                    )
                    case["count"] += 1
                    if case["count"] == 1:
                        print(f"NEW {key}: {map_path} {kind} at={at} byte={byte}", file=out)
                        print(failure[1], file=out)
                        out.flush()
            per_map[map_path] = round(time.process_time() - map_cpu, 1)
            print(f"{map_path}: {examples} examples, {per_map[map_path]} s CPU", file=out)
            out.flush()
    finally:
        copies.close()
    return {
        "maps": len(maps),
        "examples_per_map": examples,
        "reads": reads,
        "seed": seed,
        "cpu_s": round(time.process_time() - cpu, 1),
        "wall_s": round(time.perf_counter() - wall, 1),
        "cpu_s_per_map": per_map,
        "failures": {
            k: {kk: vv for kk, vv in v.items() if kk != "details"} for k, v in found.items()
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20000, help="per map (default 20000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--maps", nargs="+", default=DEFAULT_MAPS)
    parser.add_argument("--time-bound", type=float, default=5.0, help="CPU seconds per read")
    parser.add_argument(
        "--play",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="also drive each map the loader accepts for this long (slower)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = sweep(args.maps, args.examples, args.seed, args.time_bound, sys.stderr, args.play)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"{figures['maps']} maps x {args.examples} examples = {figures['reads']} reads, "
            f"{figures['cpu_s']} s CPU ({figures['wall_s']} s wall), "
            f"{len(figures['failures'])} kinds of failure"
        )
        for key, case in figures["failures"].items():
            print(
                f"  {key}: {case['count']} times, e.g. {case['map']} {case['kind']} "
                f"at={case['at']} byte={case['byte']}"
            )
    return 1 if figures["failures"] else 0


if __name__ == "__main__":
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    sys.exit(main())
