"""Riding as a passenger: the judge (pure), its autopilot and faults, the command line."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from game.course.checks import ALL_RULE_IDS, PASSENGER_RULE_IDS
from game.i18n.messages import CATALOG, LANGS
from game.lessons.files import LessonFileError, read_lesson
from game.lessons.passenger import (
    DT,
    PHONE_WAIT_S,
    RING_AFTER_S,
    PassengerLesson,
    play,
    seat_mistake,
)
from game.lessons.passenger_pilot import PassengerPilot, run

LESSON_FILE = ROOT / "maps" / "passenger.lesson"


def _seated(lesson: PassengerLesson | None = None) -> PassengerLesson:
    lesson = lesson or PassengerLesson()
    assert lesson.place("baby", "child_seat")
    assert lesson.place("child", "back_right")
    assert lesson.place("adult", "front")
    return lesson


def _ride_to_phone(lesson: PassengerLesson) -> None:
    for who in ("baby", "child", "adult"):
        assert lesson.buckle(who)
    assert lesson.go()
    for _ in range(round(RING_AFTER_S / DT) + 1):
        lesson.step()
    assert lesson.stage == "phone"


def _said(lesson: PassengerLesson) -> list[tuple[str, str, str]]:
    return [(e["rule"], e["kind"], e["message"]) for e in lesson.events]


def test_the_right_seats_are_praised_once_and_open_the_belts():
    lesson = _seated()
    assert _said(lesson) == [("pass_seat", "praise", "rule.pass_seat.praise")]
    assert lesson.stage == "belt" and lesson.waiting == []
    assert lesson.seats == {"child_seat": "baby", "back_right": "child", "front": "adult"}


def test_a_child_in_the_front_seat_is_a_mistake_and_climbs_back_out():
    lesson = PassengerLesson()
    assert not lesson.place("child", "front")
    assert _said(lesson) == [("pass_seat", "mistake", "rule.pass_seat.mistake")]
    assert lesson.seat_of("child") is None and "child" in lesson.waiting
    _seated(lesson)
    assert lesson.stage == "belt"
    # put right afterwards: no praise for seats (that rule was broken), no second mistake
    assert [e["kind"] for e in lesson.events if e["rule"] == "pass_seat"] == ["mistake"]
    card = lesson.scorecard()
    assert card["rules"]["pass_seat"] == {"mistakes": 1, "praise": 0, "points_lost": 3}


@pytest.mark.parametrize(
    "who, seat, message",
    [
        ("baby", "back_left", "rule.pass_seat.baby"),
        ("baby", "front", "rule.pass_seat.baby"),
        ("adult", "child_seat", "rule.pass_seat.child_seat"),
        ("child", "child_seat", "rule.pass_seat.child_seat"),
        ("child", "front", "rule.pass_seat.mistake"),
    ],
)
def test_each_wrong_place_has_its_own_words(who, seat, message):
    assert seat_mistake(who, seat) == message


@pytest.mark.parametrize(
    "who, seat",
    [
        ("adult", "front"),
        ("adult", "back_left"),
        ("child", "back_left"),
        ("child", "back_right"),
        ("baby", "child_seat"),
    ],
)
def test_the_right_places_are_not_mistakes(who, seat):
    assert seat_mistake(who, seat) is None


def test_a_taken_seat_or_a_seated_passenger_cannot_be_placed_again():
    lesson = PassengerLesson()
    assert lesson.place("adult", "front")
    assert not lesson.place("child", "front"), "the seat is taken"
    assert not lesson.place("adult", "back_left"), "already seated"
    assert lesson.events == [], "nothing judged for a move that did not happen"


def test_going_with_someone_unbuckled_is_judged_and_the_car_waits():
    lesson = _seated()
    lesson.buckle("baby")
    lesson.buckle("adult")
    assert not lesson.go()
    assert lesson.stage == "belt"
    mistake = lesson.events[-1]
    assert (mistake["rule"], mistake["kind"]) == ("pass_belt", "mistake")
    assert mistake["data"]["loose"] == ["child"]
    lesson.buckle("child")
    assert lesson.go() and lesson.stage == "ride"
    assert not any(e["kind"] == "praise" and e["rule"] == "pass_belt" for e in lesson.events)


def test_every_belt_buckled_is_praised_and_the_car_sets_off():
    lesson = _seated()
    for who in ("baby", "child", "adult"):
        lesson.buckle(who)
    assert _said(lesson)[-1] == ("pass_belt", "praise", "rule.pass_belt.praise")
    assert lesson.go() and lesson.stage == "ride"


def test_the_phone_in_the_glovebox_is_praised_and_the_car_arrives():
    lesson = _seated()
    _ride_to_phone(lesson)
    assert lesson.phone("glovebox")
    assert _said(lesson)[-1] == ("pass_phone", "praise", "rule.pass_phone.praise")
    for _ in range(600):
        lesson.step()
    assert lesson.finished
    card = lesson.scorecard()
    assert card["finished"] and card["stars"] == 3 and card["points"] == 30
    assert [i["rule"] for i in card["went_well"]] == list(PASSENGER_RULE_IDS)
    assert card["to_practise"] == []


def test_the_phone_handed_to_the_driver_is_judged_and_must_still_go_away():
    lesson = _seated()
    _ride_to_phone(lesson)
    assert not lesson.phone("driver")
    assert _said(lesson)[-1] == ("pass_phone", "mistake", "rule.pass_phone.mistake")
    assert lesson.stage == "phone", "the phone still rings until it is put away"
    assert lesson.phone("glovebox")
    assert not any(e["kind"] == "praise" and e["rule"] == "pass_phone" for e in lesson.events)


def test_a_phone_left_ringing_is_picked_up_by_the_driver_once():
    lesson = _seated()
    _ride_to_phone(lesson)
    for _ in range(round(PHONE_WAIT_S / DT) - 2):
        lesson.step()
    assert not lesson.broke("pass_phone"), "a child may think a few seconds"
    for _ in range(round(3 * PHONE_WAIT_S / DT)):
        lesson.step()
    phone = [e for e in lesson.events if e["rule"] == "pass_phone"]
    assert [e["kind"] for e in phone] == ["mistake"] and phone[0]["data"] == {"given": False}


def test_nothing_happens_out_of_turn():
    lesson = PassengerLesson()
    assert not lesson.buckle("baby") and not lesson.go() and not lesson.phone("glovebox")
    assert lesson.events == [] and lesson.actions == []
    with pytest.raises(ValueError):
        lesson.apply(["fly"])


def test_the_autopilot_rides_clean_and_each_fault_is_caught_and_costs_a_star():
    clean = run()
    assert clean.finished and clean.scorecard()["stars"] == 3
    assert not any(e["kind"] == "mistake" for e in clean.events)
    for fault in PASSENGER_RULE_IDS:
        lesson = run(fault)
        card = lesson.scorecard()
        broken = {e["rule"] for e in lesson.events if e["kind"] == "mistake"}
        assert broken == {fault}, fault
        assert card["finished"] and card["stars"] == 2 and card["points"] < 30
        assert card["to_practise"][0]["explain"] == f"rule.{fault}.explain"
    with pytest.raises(ValueError):
        PassengerPilot("red_light")


def test_a_lesson_played_again_from_its_actions_gives_the_same_card():
    for fault in (None, *PASSENGER_RULE_IDS):
        first = run(fault)
        again = play(first.actions, first.step_no)
        assert again.events == first.events
        assert again.scorecard() == first.scorecard()
        assert json.loads(json.dumps(first.replay()))["actions"] == first.actions


def test_every_word_of_the_lesson_is_in_every_language():
    keys = [f"rule.{r}.{k}" for r in PASSENGER_RULE_IDS for k in ("mistake", "praise", "explain")]
    keys += ["rule.pass_seat.baby", "rule.pass_seat.child_seat", "course.title.passenger"]
    keys += [f"lesson.{r}" for r in PASSENGER_RULE_IDS]
    keys += ["passenger.seat", "passenger.belt", "passenger.phone"]
    for key in keys:
        assert set(CATALOG[key]) == set(LANGS), key
    assert set(PASSENGER_RULE_IDS) <= set(ALL_RULE_IDS)


def test_the_lesson_file_and_bad_ones(tmp_path):
    assert read_lesson(LESSON_FILE) == "passenger"
    bad = tmp_path / "odd.lesson"
    bad.write_text('lesson = "swimming"\n', encoding="utf-8")
    with pytest.raises(LessonFileError, match="passenger"):
        read_lesson(bad)
    bad.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(LessonFileError, match="not a lesson"):
        read_lesson(bad)
    with pytest.raises(LessonFileError, match="cannot read"):
        read_lesson(tmp_path / "missing.lesson")


def test_the_command_line_plays_the_lesson_and_its_faults(capsys):
    from game.cli import main

    assert main(["drive", "--course", str(LESSON_FILE), "--headless", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["finished"] and data["stars"] == 3 and data["fault_missed"] is None
    assert (
        main(
            ["drive", "--course", str(LESSON_FILE), "--headless", "--json", "--fault", "pass_phone"]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["scorecard"]["rules"]["pass_phone"]["mistakes"] == 1
    assert data["fault_missed"] is None and data["stars"] == 2
    assert main(["drive", "--course", str(LESSON_FILE), "--headless", "--fault", "red_light"]) == 2
    assert "pass_seat" in capsys.readouterr().err


def test_a_stored_lesson_is_scored_again_from_the_saved_games(tmp_path, capsys):
    from game.cli import main
    from game.store import Store

    lesson = run("pass_belt")
    with Store.open(tmp_path) as store:
        kept = store.record_drive(None, str(LESSON_FILE), lesson.replay(), lesson.scorecard())
    args = ["replay", "--drive", str(kept.id), "--headless", "--json", "--data-dir", str(tmp_path)]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["replay"]["same_events"]
    assert data["scorecard"]["rules"]["pass_belt"]["mistakes"] == 1


def test_the_class_results_count_the_passenger_mistakes(tmp_path):
    from game.classroom import results
    from game.store import Store

    lesson = run("pass_phone")
    with Store.open(tmp_path) as store:
        lina = store.add_player("Lina")
        store.record_drive(lina.id, str(LESSON_FILE), lesson.replay(), lesson.scorecard())
        table = results.class_table(store)
        assert table[0].mistakes == {"pass_phone": 1}
        assert results.struggles(table)[0] == ("pass_phone", 1)
        assert "pass_phone" in results.results_csv(table).splitlines()[0]
