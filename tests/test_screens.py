"""Every screen: drawn in every language at two sizes, targets big and apart, the words in
all four catalogs, and the command line's pictures and stored-drive playback."""

import json

import pygame
import pytest

from game.commands import build_scene
from game.course.catalog import read_course_list
from game.course.checks import RULE_IDS
from game.i18n.messages import CATALOG, LANGS, text
from game.render.snapshot import headless_display
from game.tools.sample import sample_context

SCENES = [
    "title",
    "player",
    "courses",
    "briefing",
    "drive",
    "pause",
    "results",
    "replay",
    "licence",
    "attract",
    "pin",
    "staff",
    "teacher",
    "teacher_roster",
    "teacher_lesson",
    "teacher_results",
    "teacher_pupil",
]
MENUS = [s for s in SCENES if s not in ("drive", "attract")]


@pytest.fixture(scope="module")
def contexts():
    headless_display()
    made = {}

    def get(size, lang):
        if (size, lang) not in made:
            made[(size, lang)] = sample_context(size, lang)
        return made[(size, lang)]

    yield get
    for ctx in made.values():
        ctx.store.close()


@pytest.mark.parametrize("name", MENUS)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_targets_are_at_least_64px_apart_and_inside_the_screen_at_720p(contexts, name, lang):
    ctx = contexts((1280, 720), lang)
    scene = build_scene(name, ctx)
    scene.ensure_built()
    screen = pygame.Rect(0, 0, 1280, 720)
    assert scene.buttons, f"{name} has nothing to choose"
    for b in scene.buttons:
        assert b.rect.w >= 64 and b.rect.h >= 64, f"{name}: {b.name} is {b.rect.size}"
        assert screen.contains(b.rect), f"{name}: {b.name} leaves the screen"
    for i, a in enumerate(scene.buttons):
        for b in scene.buttons[i + 1 :]:
            assert not a.rect.colliderect(b.rect), f"{name}: {a.name} overlaps {b.name}"


@pytest.mark.parametrize("name", MENUS)
def test_right_to_left_mirrors_the_menus(contexts, name):
    left = build_scene(name, contexts((1280, 720), "en"))
    right = build_scene(name, contexts((1280, 720), "ar"))
    left.ensure_built()
    right.ensure_built()
    mirrored = {b.name: b.rect for b in right.buttons}
    for b in left.buttons:
        if b.name in mirrored:
            assert mirrored[b.name].centerx == pytest.approx(1280 - b.rect.centerx, abs=2), b.name


@pytest.mark.parametrize("name", SCENES)
def test_every_screen_draws_in_every_language(contexts, name):
    for lang in LANGS:
        scene = build_scene(name, contexts((960, 540), lang))
        frame = pygame.Surface((960, 540))
        scene.draw(frame, 1.0, 1 / 60)
        colours = {frame.get_at((x, y))[:3] for x in range(0, 960, 48) for y in range(0, 540, 48)}
        assert len(colours) > 8, f"{name} in {lang} is nearly blank"


def test_every_menu_word_exists_in_the_four_languages():
    words = {k: v for k, v in CATALOG.items() if k.startswith(("ui.", "lesson."))}
    for key, entry in words.items():
        for lang in LANGS:
            assert entry.get(lang, "").strip(), f"{key} has no {lang}"
    for rule in RULE_IDS:
        assert f"lesson.{rule}" in words
        assert text(f"lesson.{rule}", "ar") != f"lesson.{rule}"


def test_the_shipped_course_list_names_every_course_once():
    from conftest import ROOT

    courses = read_course_list(ROOT / "maps" / "courses.txt")
    assert courses.problems == ()
    keys = [e.key for e in courses.entries]
    assert len(keys) == len(set(keys)) == 15
    assert keys[:2] == ["passenger.lesson", "first_drive.tmx"], "riding in the car comes first"
    assert courses.entries[1].always_open, "and the first drive does not wait for it"


def test_a_teachers_list_adds_courses_and_reports_mistakes(tmp_path):
    from conftest import ROOT

    for name in ("mine.tmx", "yours.tmx"):
        (tmp_path / name).write_bytes((ROOT / "maps" / "template.tmx").read_bytes())
    listing = tmp_path / "courses.txt"
    listing.write_text("# mine\nyours.tmx\nmissing.tmx\nmine.tmx later\n", encoding="utf-8")
    courses = read_course_list(listing)
    assert [e.key for e in courses.entries] == ["yours.tmx", "mine.tmx"]
    assert any("missing.tmx" in p for p in courses.problems)
    assert any("'open'" in p for p in courses.problems)
    assert not courses.is_open(1, {}), "locked until the one before is finished"
    assert courses.is_open(1, {"yours.tmx": 1})
    assert courses.is_open(1, {}, all_open=True)
    listing.write_text("yours.tmx\nmine.tmx open\n", encoding="utf-8")
    assert read_course_list(listing).is_open(1, {}), "an `open` line is open from the start"


def test_screenshot_of_a_scene_from_the_command_line(tmp_path, capsys):
    from game.cli import main

    out = tmp_path / "results_ar.png"
    assert (
        main(
            [
                "screenshot",
                "--scene",
                "results",
                "--lang",
                "ar",
                "--size",
                "640x360",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert pygame.image.load(out).get_size() == (640, 360)


def test_a_drive_saved_by_the_game_is_listed_and_rescored(tmp_path, capsys):
    from game.cli import main
    from game.session import open_context
    from game.tools.sample import sample_drive

    ctx = open_context(tmp_path, (640, 360))
    ctx.choose_player(ctx.store.add_player("Sami"))
    record = sample_drive(ctx)
    ctx.store.close()
    assert main(["replay", "--list", "--data-dir", str(tmp_path)]) == 0
    assert "first_drive.tmx" in capsys.readouterr().out
    assert main(["replay", "--drive", "last", "--json", "--data-dir", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["replay"] == {"drive": record.id, "same_events": True}
    assert main(["replay", "--drive", "99", "--headless", "--data-dir", str(tmp_path)]) == 2
    assert "no saved drive '99'" in capsys.readouterr().err


def test_a_watched_drive_closes_a_few_seconds_after_the_finish():
    from conftest import ROOT

    from game.course.loader import load_course
    from game.drivers.autopilot import Autopilot
    from game.scenes.base import SceneStack
    from game.scenes.drive import WATCH_AFTER_END, DriveScene
    from game.sim.world import DT, World

    world = World(load_course(ROOT / "maps" / "first_drive.tmx"))
    stack = SceneStack()
    scene = DriveScene(world, (320, 240), drivers=[Autopilot()], seconds=300.0)
    stack.push(scene)
    while not stack.quit and world.t < 300:
        scene.update(DT, stack)
    assert stack.quit and scene.done_at is not None
    assert world.t == pytest.approx(scene.done_at + WATCH_AFTER_END, abs=2 * DT)
