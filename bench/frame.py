"""Median time of one frame (world step + draw) at 1280x720, beside a bare full-screen blit.

python bench/frame.py [--course maps/traffic_park.tmx] [--frames 600]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame  # noqa: E402

from game.course.loader import load_course  # noqa: E402
from game.render.snapshot import headless_display  # noqa: E402
from game.render.world_view import WorldView  # noqa: E402
from game.sim.controls import Controls  # noqa: E402
from game.sim.world import DT, World  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default="maps/first_drive.tmx")
    parser.add_argument("--frames", type=int, default=600)
    args = parser.parse_args()
    headless_display()
    size = (1280, 720)
    screen = pygame.Surface(size)
    course = load_course(args.course)
    world = World(course, seed=1)
    view = WorldView(world, size)
    full = pygame.Surface(size).convert()
    full.fill((100, 150, 100))
    frame_times, blit_times = [], []
    controls = [Controls(throttle=0.6, steer=0.15)]
    for _ in range(args.frames):
        t0 = time.perf_counter()
        world.step(controls)
        view.draw(screen, 0.5, DT)
        t1 = time.perf_counter()
        screen.blit(full, (0, 0))
        t2 = time.perf_counter()
        frame_times.append(t1 - t0)
        blit_times.append(t2 - t1)
    frame = statistics.median(frame_times) * 1000
    blit = statistics.median(blit_times) * 1000
    print(f"course {args.course} at {size[0]}x{size[1]}, {args.frames} frames")
    print(f"median frame (step + draw): {frame:.3f} ms")
    print(f"median bare full-screen blit: {blit:.3f} ms")
    print(f"ratio: {frame / blit:.1f}x")


if __name__ == "__main__":
    main()
