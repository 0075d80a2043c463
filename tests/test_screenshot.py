"""The screenshot command writes a PNG of the asked size showing the map's colours."""

import subprocess
import sys

import pygame
from conftest import ROOT, TEST_MAPS

from game.course.loader import load_course
from game.render.snapshot import headless_display
from game.render.world_view import WorldView
from game.sim.world import World

ROAD = (120, 120, 125)
GRASS = (90, 180, 80)


def test_screenshot_shows_road_and_grass_where_the_map_has_them(tmp_path):
    out = tmp_path / "shot.png"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "run_game.py"),
            "screenshot",
            "--course",
            str(TEST_MAPS / "mini_class.tmx"),
            "--out",
            str(out),
            "--size",
            "800x600",
        ],
        check=True,
        capture_output=True,
    )
    image = pygame.image.load(str(out))
    assert image.get_size() == (800, 600)
    # find where cells landed with the same camera the command used
    headless_display()
    course = load_course(TEST_MAPS / "mini_class.tmx")
    view = WorldView(World(course), (800, 600))
    road = view.camera.to_screen((12.5, 5.5))
    grass = view.camera.to_screen((12.5, 1.5))
    assert tuple(image.get_at((round(road[0]), round(road[1]))))[:3] == ROAD
    assert tuple(image.get_at((round(grass[0]), round(grass[1]))))[:3] == GRASS
