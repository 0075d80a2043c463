"""A replay re-scores to exactly the same events: the world is deterministic and a drive is
nothing but its course, seed and per-step controls."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rule_maps.cases import CASES, course, drive, prepare_for

from game.drivers.replay import Replay, ReplayError
from game.sim.world import ENGINE
from game.tools.headless import run_replay


@pytest.mark.parametrize(
    "fault",
    # every case's prepared town and map replayed with its fault in the README's test
    # command; the clean drives' replays (the same replay, other controls) with -m slow
    [True, pytest.param(False, marks=pytest.mark.slow)],
    ids=["fault", "clean"],
)
@pytest.mark.parametrize("rule", sorted(CASES))
def test_replay_rescores_identically(rule: str, fault: bool, tmp_path) -> None:
    case = CASES[rule]
    original = drive(rule, fault)
    path = tmp_path / "drive.json"
    original.replay().save(path)
    replay = Replay.load(path)
    again = run_replay(replay, course(case.course), prepare=prepare_for(case))
    assert again.referee.events == original.referee.events
    assert again.world.steps == original.world.steps
    assert again.world.snapshot()["players"] == original.world.snapshot()["players"]


def test_replay_cli_round_trip(tmp_path) -> None:
    out = tmp_path / "first.json"
    cmd = [sys.executable, "run_game.py", "drive", "--course", "maps/first_drive.tmx"]
    cmd += ["--headless", "--json", "--record", str(out), "--fault", "seatbelt"]
    drive_json = json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout)
    cmd = [sys.executable, "run_game.py", "replay", str(out), "--json"]
    proc = subprocess.run(cmd, capture_output=True)
    assert proc.returncode == 0, proc.stderr
    replay_json = json.loads(proc.stdout)
    assert replay_json["events"] == drive_json["events"]
    assert replay_json["replay"]["same_events"] is True
    assert [e["rule"] for e in drive_json["events"] if e["kind"] == "mistake"] == ["seatbelt"]
    for key in ("finished", "stars", "points", "events", "scorecard", "time_s", "car", "town"):
        assert key in drive_json


def test_replays_from_an_older_engine_load_and_say_so(tmp_path) -> None:
    """A replay names the engine that recorded it; one from an older engine (or from before
    replays named it) still loads and plays, and the replay command says it is older."""
    data = drive("seatbelt", True).replay().as_dict()
    assert data["engine"] == ENGINE
    del data["engine"]  # written before the field existed: engine 1
    assert Replay.from_dict(data).engine == 1
    data["engine"] = ENGINE - 1
    old = Replay.from_dict(data)
    assert old.older_engine and not drive("seatbelt", True).replay().older_engine
    path = tmp_path / "old.json"
    first = [sys.executable, "run_game.py", "drive", "--course", "maps/first_drive.tmx"]
    subprocess.run([*first, "--headless", "--record", str(path)], check=True, capture_output=True)
    saved = json.loads(path.read_text())
    saved["engine"] = ENGINE - 1
    path.write_text(json.dumps(saved))
    cmd = [sys.executable, "run_game.py", "replay", str(path), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr  # this engine still gives the same events
    assert "older engine" in proc.stderr
    assert json.loads(proc.stdout)["replay"]["older_engine"] is True


def test_damaged_replays_are_refused(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    with pytest.raises(ReplayError):
        Replay.load(bad)
    bad.write_text("not json")
    with pytest.raises(ReplayError):
        Replay.load(bad)
    data = json.loads(json.dumps(drive("seatbelt", True).replay().as_dict()))  # a copy
    data["controls"][0][0][1] = [1, 2]
    with pytest.raises(ReplayError):
        Replay.from_dict(data)


def test_run_length_encoding_is_compact() -> None:
    replay = drive("seatbelt", False).replay()
    runs = sum(len(r) for r in replay.controls)
    assert sum(n for r in replay.controls for n, _ in r) == replay.steps
    assert runs < replay.steps


def test_traffic_level_is_recorded_and_replayed(tmp_path) -> None:
    out = tmp_path / "busy.json"
    cmd = [sys.executable, "run_game.py", "drive", "--course", "maps/traffic_park.tmx"]
    cmd += ["--headless", "--json", "--record", str(out), "--traffic", "busy", "--seconds", "15"]
    busy = json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout)
    assert Replay.load(out).density == 1.5
    cmd = [sys.executable, "run_game.py", "replay", str(out), "--json"]
    again = json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout)
    assert again["town"] == busy["town"]
    cmd = [sys.executable, "run_game.py", "drive", "--course", "maps/traffic_park.tmx"]
    cmd += ["--headless", "--json", "--traffic", "off", "--seconds", "15"]
    off = json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout)
    assert off["town"]["vehicles"] == 0 and busy["town"]["vehicles"] > 0


def test_replays_from_before_traffic_levels_still_load() -> None:
    data = json.loads(json.dumps(drive("seatbelt", True).replay().as_dict()))
    del data["density"]
    data["traffic"] = False
    assert Replay.from_dict(data).density == 0.0
    data["traffic"] = True
    assert Replay.from_dict(data).density == 1.0
    data["density"] = -1
    with pytest.raises(ReplayError):
        Replay.from_dict(data)
