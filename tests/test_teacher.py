"""The teacher's flows, headless, through the buttons: the PIN, the roster, a lesson, two
pupils driving it, the results table and chart, the CSV export (read back), the class's
licences in one PDF (read back), importing another computer's export, deleting a pupil and
resetting the class."""

import csv
import io
import json
from datetime import date

import pygame
import pypdf
import pytest

from game.classroom import results
from game.drivers.autopilot import Autopilot
from game.render.snapshot import headless_display
from game.scenes import flow
from game.scenes.base import SceneStack
from game.session import open_context
from game.sim.world import DT
from game.store import Store

DAY = date(2026, 12, 2)


class Room:
    def __init__(self, folder):
        headless_display()
        self.ctx = open_context(folder, (1280, 720), "en")
        self.ctx.today = lambda: DAY
        self.stack = SceneStack()
        flow.home(self.stack, self.ctx)

    @property
    def top(self):
        return self.stack.top

    def press(self, name):
        top = self.top
        top.ensure_built()
        button = top.button(name)
        assert button is not None, (top.name, name, [b.name for b in top.buttons])
        for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            event = pygame.event.Event(kind, pos=button.rect.center, button=1)
            top.handle_event(event, self.stack)

    def run(self, seconds):
        for _ in range(round(seconds / DT)):
            self.top.update(DT, self.stack)

    def draw(self):
        self.top.draw(pygame.Surface(self.ctx.size), 1.0, DT)


@pytest.fixture
def room(tmp_path):
    r = Room(tmp_path)
    yield r
    r.ctx.store.close()


def _open_teacher(room):
    room.press("settings")
    room.press("teacher")
    assert room.top.name == "pin"
    for digit in "1357":
        room.press(f"digit_{digit}")
    room.press("ok")
    assert room.top.name == "pin", "a wrong code keeps the pad"
    for digit in "2468":
        room.press(f"digit_{digit}")
    room.press("ok")
    assert room.top.name == "teacher"


def _add_pupil(room, face, letters):
    room.press("add")
    room.press(f"avatar_{face}")
    room.press("name")
    for letter in letters:
        room.press(f"letter_{ord(letter) - ord('A')}")
    room.press("ok")
    room.press("done")
    assert room.top.name == "teacher_roster"


def _drive(room, pupil):
    """The pupil drives the lesson's first course with the autopilot to the results."""
    room.ctx.choose_player(pupil)
    room.ctx.pilot = lambda: Autopilot(fault="seatbelt")
    flow.courses(room.stack, room.ctx)
    room.press(f"course_{room.ctx.courses.entries[0].key}")
    room.press("go")
    for _ in range(120):
        if room.top.name == "results":
            break
        room.run(1)
    assert room.top.name == "results"
    flow.home(room.stack, room.ctx)


def test_roster_lesson_two_pupils_results_csv_and_class_licences(room, tmp_path):
    _open_teacher(room)
    room.press("class")
    _add_pupil(room, "fox", "LINA")
    _add_pupil(room, "lion", "OMAR")
    room.draw()
    assert [p.nickname for p in room.ctx.store.players()] == ["Lina", "Omar"]
    room.press("back")
    room.press("lesson")
    room.press("course_first_drive.tmx")
    room.press("course_traffic_lights.tmx")
    room.press("traffic_calm")
    room.draw()
    assert "rule_seatbelt" in [b.name for b in room.top.buttons]
    room.press("save")
    assert [e.key for e in room.ctx.courses.entries] == ["first_drive.tmx", "traffic_lights.tmx"]
    assert all(e.always_open for e in room.ctx.courses.entries)
    assert room.ctx.settings.traffic == "calm"
    assert room.ctx.store.lesson()["courses"] == ["first_drive.tmx", "traffic_lights.tmx"]

    for pupil in room.ctx.store.players():
        _drive(room, pupil)
    _open_teacher(room)
    room.press("results")
    room.draw()
    assert [r.name for r in room.top.rows] == ["Lina", "Omar"]
    assert room.top.hard[0] == ("seatbelt", 2), "the rule the class struggles with comes first"
    room.press(f"pupil_{room.ctx.store.players()[0].id}")
    assert room.top.name == "teacher_pupil"
    room.draw()
    room.press("mistake_0")
    assert room.top.name == "replay"
    room.run(2)
    room.stack.pop()
    room.stack.pop()
    room.stack.pop()
    assert room.top.name == "teacher"

    room.press("csv")
    exports = tmp_path / "exports"
    rows = list(csv.DictReader(io.StringIO((exports / "class-results-2026-12-02.csv").read_text())))
    assert [(r["pupil"], r["avatar"], r["drives"], r["seatbelt"]) for r in rows] == [
        ("Lina", "fox", "1", "1"),
        ("Omar", "lion", "1", "1"),
    ]
    drives = list(
        csv.DictReader(io.StringIO((exports / "class-drives-2026-12-02.csv").read_text()))
    )
    assert [(d["pupil"], d["course"], d["seatbelt"]) for d in drives] == [
        ("Lina", "first_drive.tmx", "1"),
        ("Omar", "first_drive.tmx", "1"),
    ]
    room.press("licences")
    pdf = pypdf.PdfReader(exports / "class-licences-2026-12-02.pdf")
    assert len(pdf.pages) == 2
    assert "Lina" in pdf.pages[0].extract_text() and "Omar" in pdf.pages[1].extract_text()
    assert room.top.ok and "class-licences" in room.top.status


def test_another_computers_export_is_imported_once(room, tmp_path):
    with Store.open(tmp_path / "other") as other:
        sami = other.add_player("Sami", "cat")
        card = {"finished": True, "stars": 2, "points": 26, "rules": {"red_light": {"mistakes": 2}}}
        other.record_drive(sami.id, "/elsewhere/maps/traffic_lights.tmx", {"seed": 1}, card)
        data = other.export_class()
    (tmp_path / "import").mkdir()
    (tmp_path / "import" / "other.json").write_text(json.dumps(data))
    _open_teacher(room)
    room.press("import")
    assert room.top.ok and room.top.status.endswith("1 / 1")
    room.press("import")
    assert room.top.status.endswith("0 / 0"), "the same file again adds nothing"
    (drive,) = room.ctx.store.drives()
    assert drive.course_path.endswith("maps/traffic_lights.tmx")
    assert not drive.course_path.startswith("/elsewhere")
    table = results.class_table(room.ctx.store)
    assert results.struggles(table)[0] == ("red_light", 2)


def test_a_damaged_import_says_which_file_and_changes_nothing(room, tmp_path):
    (tmp_path / "import").mkdir()
    (tmp_path / "import" / "bad.json").write_text('{"format": "something else"}')
    _open_teacher(room)
    room.press("import")
    assert not room.top.ok and "bad.json: this is not a Traffic Park class export" in (
        room.top.status
    )


def test_deleting_a_pupil_and_resetting_the_class(room):
    store = room.ctx.store
    lina, omar = store.add_player("Lina"), store.add_player("Omar")
    for who in (lina, omar, omar):
        store.record_drive(who.id, "maps/first_drive.tmx", {}, {"finished": True, "stars": 1})
    room.ctx.licence_dir.mkdir(parents=True)
    picture = room.ctx.licence_dir / f"licence-{omar.id}-Omar-2026-12-02.png"
    picture.write_bytes(b"png")
    _open_teacher(room)
    room.press("class")
    room.press(f"pupil_{omar.id}")
    room.press("delete")
    room.press("no")
    assert len(store.players()) == 2
    room.press("delete")
    room.press("yes")
    assert room.top.name == "teacher_roster"
    assert [p.nickname for p in store.players()] == ["Lina"]
    assert [d.player_id for d in store.drives()] == [lina.id] and not picture.exists()
    room.press("reset")
    room.press("yes")
    assert store.players() == [] and store.drives() == []


def test_a_lesson_with_the_passenger_lesson_offers_its_rules(tmp_path):
    """Riding as a passenger is a lesson like the others: choosing it offers its three rules,
    and a lesson saved with them keeps them."""
    from game.course.checks import PASSENGER_RULE_IDS
    from game.scenes.teacher_lesson import LessonScene

    headless_display()
    ctx = open_context(tmp_path, (1280, 720), "en")
    try:
        scene = LessonScene(ctx)
        scene.chosen = {"passenger.lesson"}
        assert set(PASSENGER_RULE_IDS) <= set(scene.offered_rules())
        scene.rules = set(PASSENGER_RULE_IDS)
        scene._save(SceneStack())
        assert set(ctx.store.lesson()["rules"]) == set(PASSENGER_RULE_IDS)
    finally:
        ctx.store.close()
