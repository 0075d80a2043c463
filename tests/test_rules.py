"""Every rule both ways: the autopilot with that one fault makes that mistake (and no
unrelated one); the careful autopilot in the same situation makes none."""

from __future__ import annotations

import pytest
from rule_maps.cases import CASES, drive, mistakes

from game.rules import MISTAKE_RULES, RULES, WALK_RULES
from game.rules.scorecard import PENALTIES


def test_every_rule_has_a_case_and_a_penalty() -> None:
    assert set(CASES) == set(MISTAKE_RULES)
    assert set(PENALTIES) == set(MISTAKE_RULES)
    ids = [r.id for r in RULES]
    walk_ids = [r.id for r in WALK_RULES]
    assert set(MISTAKE_RULES) <= set(ids) | set(walk_ids)
    assert ids[-1] == "finish" and walk_ids[-1] == "finish"


@pytest.mark.parametrize("rule", sorted(CASES))
def test_fault_makes_that_mistake(rule: str) -> None:
    result = drive(rule, fault=True)
    found = mistakes(result)
    assert rule in found, f"{rule}: no mistake reported ({found})"
    unrelated = set(found) - {rule} - CASES[rule].companions
    assert not unrelated, f"{rule}: unrelated mistakes {unrelated}"
    assert result.world.players[0].progress.finished, f"{rule}: the faulty drive did not finish"


@pytest.mark.parametrize("rule", sorted(CASES))
def test_clean_run_has_no_mistake(rule: str) -> None:
    result = drive(rule, fault=False)
    assert mistakes(result) == []
    assert result.world.players[0].progress.finished


@pytest.mark.parametrize("rule", sorted(CASES))
def test_mistakes_are_reported_once_per_occurrence(rule: str) -> None:
    """No rule fires on consecutive steps: a mistake is an occurrence, not a frame."""
    events = [e for e in drive(rule, fault=True).referee.events if e["kind"] == "mistake"]
    steps = {}
    for e in events:
        last = steps.get(e["rule"])
        assert last is None or e["step"] - last > 30, f"{e['rule']} repeated at {e['t']}"
        steps[e["rule"]] = e["step"]


PRAISED = {
    "seatbelt": "seatbelt",
    "red_light": "red_light",
    "stop_sign": "stop_sign",
    "yield": "yield",
    "pedestrian": "pedestrian",
    "speeding": "speeding",
    "no_indicator": "no_indicator",
    "emergency": "emergency",
    "parking": "parking",
    "bus_stop": "bus_stop",
    "ped_kerb": "ped_kerb",
    "ped_look": "ped_look",
    "ped_zebra": "ped_zebra",
    "ped_signal": "ped_signal",
    "ped_hidden": "ped_hidden",
}


@pytest.mark.parametrize("rule", sorted(PRAISED))
def test_clean_run_earns_the_praise(rule: str) -> None:
    praise = [e["rule"] for e in drive(rule, fault=False).referee.events if e["kind"] == "praise"]
    assert PRAISED[rule] in praise
    assert "checkpoint" in praise or not drive(rule, fault=False).world.route
    assert "finish" in praise


def test_scorecard_of_a_clean_drive() -> None:
    data = drive("seatbelt", fault=False).as_dict()
    assert data["stars"] == 3 and data["points"] == 30
    card = data["scorecard"]
    assert card["to_practise"] == []
    assert {w["rule"] for w in card["went_well"]} >= {"seatbelt", "checkpoint", "finish"}
    assert data["events"][-1]["message"] == "rule.finish.clean"


def test_scorecard_of_a_faulty_drive() -> None:
    data = drive("red_light", fault=True).as_dict()
    card = data["scorecard"]
    assert data["points"] == 30 - PENALTIES["red_light"]
    assert data["stars"] == 2
    assert card["rules"]["red_light"]["mistakes"] == 1
    assert card["to_practise"][0]["explain"] == "rule.red_light.explain"


def test_penalties_follow_carla_severity() -> None:
    p = PENALTIES
    order = ["collision_pedestrian", "collision_vehicle", "collision_object", "red_light"]
    assert all(p[a] > p[b] for a, b in zip(order, order[1:]))
    assert p["red_light"] > p["stop_sign"] > p["amber_light"]
