"""The same course, seed and controls give the identical final state, bit for bit."""

import json
import subprocess
import sys

from conftest import ROOT, TEST_MAPS

from game.course.loader import load_course
from game.drivers.script import ScriptDriver, parse_script
from game.tools.headless import run_drive

SCRIPT = """
# buckle, accelerate, weave, brake
2s throttle=1
30 throttle=0.6 steer=0.3
30 throttle=0.6 steer=-0.3
1s brake=1
2s throttle=-0.5
"""


def final_state(seed):
    course = load_course(TEST_MAPS / "mini_type.tmx")
    result = run_drive(course, [ScriptDriver(parse_script(SCRIPT))], seconds=8, seed=seed)
    return result.world.snapshot()


def test_same_script_twice_gives_identical_state():
    a, b = final_state(7), final_state(7)
    assert a == b
    assert a["players"][0]["odometer"] > 5


def test_drive_command_prints_the_same_json_twice(tmp_path):
    script = tmp_path / "drive.txt"
    script.write_text(SCRIPT)
    cmd = [
        sys.executable,
        str(ROOT / "run_game.py"),
        "drive",
        "--course",
        str(TEST_MAPS / "mini_type.tmx"),
        "--driver",
        f"script:{script}",
        "--headless",
        "--seconds",
        "8",
        "--seed",
        "3",
        "--json",
    ]
    runs = [subprocess.run(cmd, capture_output=True, text=True, check=True).stdout for _ in "ab"]
    assert runs[0] == runs[1]
    data = json.loads(runs[0])
    assert {"finished", "time_s", "car", "events"} <= set(data)
    assert data["car"]["x"] > 5 and isinstance(data["events"], list)
