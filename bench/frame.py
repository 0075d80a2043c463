"""Frame time: one whole frame of a drive (world step + every rule + the autopilot at the
wheel + drawing the town, HUD and the instructor's bubbles), beside a bare full-screen
blit of the same size measured in the same run.

    python bench/frame.py [--course maps/traffic_park.tmx] [--traffic busy]
                          [--sizes 1280x720,1920x1080] [--frames 600] [--fill 60]
                          [--warmup 120] [--json]

The town first fills up for `--fill` simulated seconds (stepped without drawing); then
`--warmup` frames fill the sprite and text caches, untimed; then `--frames` are timed.
Frames and blits alternate, so both see the same machine load and their ratio holds even
when the machine is busy; both are timed in this thread's CPU time, which other programs
disturb far less than the wall clock (on an idle machine the two agree). Headless (SDL's
dummy video driver): the frame is drawn into an ordinary surface of the window's size, as
the window's own surface would be.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame  # noqa: E402

from game.course.loader import load_course  # noqa: E402
from game.drivers.autopilot import Autopilot  # noqa: E402
from game.render.snapshot import headless_display  # noqa: E402
from game.scenes.base import SceneStack  # noqa: E402
from game.scenes.drive import DriveScene  # noqa: E402
from game.sim.levels import TRAFFIC_LEVELS  # noqa: E402
from game.sim.world import DT, World  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(
    course, size: tuple[int, int], density: float, frames: int, warmup: int, fill: float
) -> dict:
    world = World(course, seed=1, density=density)
    scene = DriveScene(world, size, drivers=[Autopilot()])
    stack = SceneStack()
    stack.push(scene)
    for _ in range(round(fill / DT)):
        scene.update(DT, stack)
    screen = pygame.Surface(size).convert()
    full = pygame.Surface(size).convert()
    full.fill((100, 150, 100))
    frame_ms, blit_ms = [], []
    for i in range(warmup + frames):
        t0 = time.thread_time()
        scene.update(DT, stack)
        scene.draw(screen, 1.0, DT)
        t1 = time.thread_time()
        screen.blit(full, (0, 0))
        t2 = time.thread_time()
        if i >= warmup:
            frame_ms.append((t1 - t0) * 1000)
            blit_ms.append((t2 - t1) * 1000)
    median = statistics.median(frame_ms)
    blit = statistics.median(blit_ms)
    return {
        "size": f"{size[0]}x{size[1]}",
        "median_ms": round(median, 3),
        "p99_ms": round(percentile(frame_ms, 0.99), 3),
        "blit_ms": round(blit, 3),
        "ratio": round(median / blit, 2),
        "frames": frames,
        "vehicles_end": len(world.town.vehicles),
        "walkers_end": len(world.town.pedestrians),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/traffic_park.tmx")
    parser.add_argument("--traffic", choices=list(TRAFFIC_LEVELS), default="busy")
    parser.add_argument("--sizes", default="1280x720,1920x1080")
    parser.add_argument("--frames", type=int, default=600)
    parser.add_argument("--warmup", type=int, default=120)
    parser.add_argument("--fill", type=float, default=60.0, help="simulated seconds first")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    headless_display()
    course = load_course(args.course)
    density = TRAFFIC_LEVELS[args.traffic]
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
    results = {
        f"{w}x{h}": measure(course, (w, h), density, args.frames, args.warmup, args.fill)
        for w, h in sizes
    }
    report = {
        "course": args.course,
        "traffic": args.traffic,
        "load_average_1min": round(os.getloadavg()[0], 2),
        **results,
    }
    if args.json:
        print(json.dumps(report))
        return
    for r in results.values():
        print(
            f"{args.course} ({args.traffic}) at {r['size']}: frame median {r['median_ms']:.2f} ms, "
            f"p99 {r['p99_ms']:.2f} ms; bare blit {r['blit_ms']:.3f} ms; ratio {r['ratio']:.1f}x"
        )


if __name__ == "__main__":
    main()
