"""Property tests: whatever a child (or a broken gamepad) does, the scoring engine never
crashes, never produces NaN, and every event it emits is well formed."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from game.course.loader import load_course
from game.drivers.replay import Recorder, ReplayDriver
from game.i18n.messages import CATALOG, LANGS
from game.rules import RULES
from game.rules.base import Timer
from game.rules.referee import Referee
from game.sim.controls import Controls
from game.sim.world import World

ROOT = Path(__file__).resolve().parent.parent
RULE_IDS = {r.id for r in RULES}


@cache
def _course(name: str):
    return load_course(ROOT / "maps" / f"{name}.tmx")


def _pedal(lo: float, hi: float) -> st.SearchStrategy[float]:
    """Any value, out of range ones and NaN included (a broken device)."""
    return st.one_of(st.floats(lo, hi), st.just(math.nan))


controls = st.builds(
    Controls,
    throttle=_pedal(-2.0, 2.0),
    brake=st.floats(-1.0, 2.0),
    steer=_pedal(-2.0, 2.0),
    indicator=st.integers(-3, 3),
    seatbelt=st.booleans(),
    horn=st.booleans(),
)
runs = st.lists(st.tuples(st.integers(1, 90), controls), min_size=1, max_size=25)


def _check_event(e: dict, steps: int) -> None:
    assert e["rule"] in RULE_IDS
    assert e["kind"] in ("mistake", "praise")
    assert e["message"] in CATALOG, e["message"]
    assert all(CATALOG[e["message"]].get(lang) for lang in LANGS)
    assert 0 < e["step"] <= steps and math.isfinite(e["t"])
    assert all(math.isfinite(v) for v in e["pos"])
    assert e["replay"]["from_step"] <= e["step"] <= e["replay"]["to_step"]
    assert isinstance(e["data"], dict) and e["player"] == 1


@settings(max_examples=examples(25), deadline=None)
@given(
    runs=runs,
    name=st.sampled_from(["first_drive", "traffic_lights", "roundabout", "parking"]),
    seed=st.integers(0, 3),
)
def test_random_controls_never_break_the_referee(runs, name: str, seed: int) -> None:
    world = World(_course(name), seed=seed)
    referee = Referee(world)
    recorder = Recorder()
    for count, c in runs:
        for _ in range(count):
            recorder.add([c])
            world.step([c])
            referee.observe()
    state = world.players[0].state
    assert all(math.isfinite(v) for v in state.as_dict().values())
    for e in referee.events:
        _check_event(e, world.steps)
    card = referee.scorecard()
    assert 0 <= card["points"] <= 30 and card["stars"] in (0, 1, 2, 3)
    # the same controls, replayed, give the same events
    again = World(_course(name), seed=seed)
    ref2 = Referee(again)
    driver = ReplayDriver(recorder.runs[0])
    while again.steps < world.steps:
        again.step([driver.controls(again, again.players[0])])
        ref2.observe()
    assert ref2.events == referee.events


@settings(max_examples=examples(100))
@given(st.lists(st.booleans(), max_size=400))
def test_timer_fires_once_per_occurrence(conds: list[bool]) -> None:
    timer = Timer(need=0.1, rearm=0.1)
    fired = [timer.update(c, 1 / 60) for c in conds]
    for i, f in enumerate(fired):
        if f:  # the condition held for the last 6 steps, and did not fire in them before
            assert all(conds[max(0, i - 5) : i + 1])
    # between two firings the condition was false for at least the rearm time
    idx = [i for i, f in enumerate(fired) if f]
    for a, b in zip(idx, idx[1:]):
        gaps = conds[a:b]
        assert any(not all(gaps[k : k + 6]) for k in range(len(gaps)))
