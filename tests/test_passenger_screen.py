"""Riding as a passenger on screen: chosen from the course list, played with a mouse, a
finger's drag and the keyboard, judged, kept like a drive, on the results and the licence."""

from __future__ import annotations

import pygame
import pytest
from test_game_flow import SIZE, Game, click, key

from game.licence import model
from game.scenes import flow
from game.scenes.licence import _course_lesson, _course_titles
from game.session import open_context


@pytest.fixture
def game(tmp_path):
    ctx = open_context(tmp_path, SIZE, "en")
    ctx.choose_player(ctx.store.add_player("Sami"))
    game = Game(ctx)
    flow.courses(game.stack, game.ctx)
    game.run()
    yield game
    ctx.store.close()


def _drag(game, start: str, end: str) -> None:
    a, b = game.button(start).center, game.button(end).center
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=a, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=b, rel=(0, 0), buttons=(1, 0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=b, button=1))
    game.run()


def _start(game):
    assert game.top.focused.name == "course_passenger.lesson", "a new child starts in the car"
    key(pygame.K_RETURN)
    game.run()
    assert game.top.name == "passenger"
    return game.top


def test_a_child_seats_buckles_puts_the_phone_away_and_earns_three_stars(game):
    scene = _start(game)
    click(game.button("who_baby"))
    game.run()
    assert scene.held == "baby"
    click(game.button("seat_child_seat"))
    game.run()
    _drag(game, "who_child", "seat_back_left")  # a finger drags the six-year-old in
    click(game.button("who_adult"))
    click(game.button("seat_front"))
    game.run()
    lesson = scene.lesson
    assert lesson.seats == {"child_seat": "baby", "back_left": "child", "front": "adult"}
    assert lesson.stage == "belt"
    for _ in range(3):  # the focus walks from one belt to the next: one button buckles all
        key(pygame.K_RETURN)
        game.run()
    assert lesson.buckled == {"baby", "child", "adult"}
    assert game.top.focused.name == "go"
    key(pygame.K_RETURN)
    game.run()
    assert lesson.stage == "ride"
    game.run(round(2.5 * 60 / 8), dt=8 / 60)
    assert lesson.stage == "phone" and game.top.focused.name == "put_away"
    key(pygame.K_SPACE)
    game.run()
    game.until("results")
    record = game.ctx.store.drives(game.ctx.player.id)[0]
    assert record.course == "passenger.lesson" and record.stars == 3 and record.points == 30
    assert record.replay["lesson"] == "passenger" and record.replay["actions"]
    assert [i["rule"] for i in record.scorecard["went_well"]] == [
        "pass_seat",
        "pass_belt",
        "pass_phone",
    ]
    assert game.top.next_entry is not None and game.top.next_entry.key == "first_drive.tmx"
    lic = model.build(
        game.ctx.store,
        game.ctx.player,
        game.ctx.courses,
        game.ctx.today(),
        _course_titles,
        _course_lesson,
    )
    assert lic.courses[0].key == "passenger.lesson" and lic.courses[0].stars == 3
    assert lic.courses[0].title("fr") == "En voiture"
    assert {"pass_seat", "pass_belt", "pass_phone"} <= set(lic.rules)


def test_the_child_in_front_and_a_loose_belt_are_judged_and_played_back(game):
    scene = _start(game)
    click(game.button("who_child"))
    click(game.button("seat_front"))
    game.run()
    assert scene.lesson.seat_of("child") is None, "the six-year-old climbs back out"
    assert scene.feedback.bubbles[-1].event["message"] == "rule.pass_seat.mistake"
    for who, seat in (("baby", "child_seat"), ("child", "back_right"), ("adult", "back_left")):
        click(game.button(f"who_{who}"))
        click(game.button(f"seat_{seat}"))
        game.run()
    click(game.button("go"))  # nobody buckled yet
    game.run()
    assert scene.lesson.stage == "belt" and scene.lesson.broke("pass_belt")
    for seat in ("child_seat", "back_right", "back_left"):
        click(game.button(f"seat_{seat}"))
    click(game.button("go"))
    game.run()
    game.run(round(12 * 60 / 8), dt=8 / 60)  # the phone rings and rings: the driver reaches for it
    assert scene.lesson.broke("pass_phone")
    click(game.button("put_away"))
    game.until("results")
    card = game.ctx.store.drives()[0].scorecard
    assert [i["rule"] for i in card["to_practise"]] == ["pass_seat", "pass_belt", "pass_phone"]
    assert card["stars"] == 1 and card["points"] == 30 - 7
    click(game.button("practise_0"))
    game.run()
    watch = game.top
    assert watch.name == "passenger" and watch.script is not None
    game.run(200)
    assert watch.lesson.broke("pass_seat"), "the playback shows the same moment"
    assert watch.lesson.step_no == watch.watch_until, "and stops a little after it"
    key(pygame.K_ESCAPE)
    game.run()
    assert game.top.name == "results"
    click(game.button("practise_2"))  # the phone, late in the ride: skipped to just before
    game.run()
    watch = game.top
    assert watch.lesson.stage == "phone" and not watch.lesson.broke("pass_phone")
    game.run(round(4 * 60 / 8), dt=8 / 60)
    assert watch.lesson.broke("pass_phone")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_lesson_draws_in_every_moment(tmp_path, lang):
    from game.commands import build_scene
    from game.scenes.base import SceneStack
    from game.tools.sample import sample_context

    ctx = sample_context((1280, 720), lang)
    scene = build_scene("passenger", ctx)
    stack = SceneStack()
    stack.push(scene)
    frame = pygame.Surface((1280, 720))
    stages = set()
    while stack.top is scene:  # seats, belts, the ride, the phone, the arrival
        scene.draw(frame, 1.0, 1 / 60)
        stages.add(scene.lesson.stage)
        for _ in range(30):
            scene.update(1 / 60, stack)
    assert stages == {"seat", "belt", "ride", "phone", "arrived"}
    assert stack.top.name == "results" and ctx.store.drives()[0].stars == 3
    ctx.store.close()


def test_one_switch_play_scans_the_targets_and_the_one_button_chooses(game):
    prefs = game.ctx.driving_for(1)
    game.ctx.save_driving(prefs.but(one_switch=True))
    scene = _start(game)
    assert scene.one_switch
    seen = []
    for _ in range(8):  # the focus walks by itself
        game.run(round(1.5 * 60))
        seen.append(scene.focused.name)
    assert {"who_baby", "who_child", "who_adult", "seat_child_seat"} <= set(seen)
    assert "back" not in seen and "home" not in seen
    while scene.focused.name != "who_baby":
        game.run(30)
    key(pygame.K_SPACE)  # the one button
    game.run()
    assert scene.held == "baby"
    while scene.focused.name != "seat_child_seat":
        game.run(30)
    key(pygame.K_SPACE)
    game.run()
    assert scene.lesson.seats == {"child_seat": "baby"} and not scene.lesson.events


def test_a_child_who_waits_hears_what_to_do_again(game):
    from test_audio import Heard

    game.ctx.sound = heard = Heard()
    scene = _start(game)
    assert heard.lines == [("passenger.seat", "en")]
    game.run(round(10.5 * 60 / 8), dt=8 / 60)
    assert heard.lines == [("passenger.seat", "en")] * 2, "said again after 10 s of nothing"
    click(game.button("who_baby"))
    game.run(round(9 * 60 / 8), dt=8 / 60)
    assert len(heard.lines) == 2, "a move starts the count again"
    assert scene.lesson.stage == "seat"
