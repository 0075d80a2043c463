"""The store for a class and a kiosk: files of every earlier schema open, a truncated file is
moved aside, two processes writing at once lose nothing, pupils are deleted with all their
data, exports merge without doubles, and the day's leader board starts again at midnight."""

import json
import multiprocessing
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from game.store import ClassFileError, Store
from game.store.location import DB_NAME
from game.store.schema import VERSION

KEPT = Path(__file__).parent / "store_versions"
NOW = datetime(2026, 12, 2, 10, 30, 0)


def _card(stars, points, finished=True, **mistakes):
    rules = {rule: {"mistakes": n} for rule, n in mistakes.items()}
    return {"finished": finished, "stars": stars, "points": points, "time_s": 50.0, "rules": rules}


@pytest.mark.parametrize("version", range(1, VERSION))
def test_a_file_from_every_earlier_schema_opens_with_its_players_and_drives(tmp_path, version):
    shutil.copy(KEPT / f"v{version}.sqlite3", tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert store.notice is None
        assert [p.nickname for p in store.players()] == ["Lina", ""]
        assert all(len(p.uid) == 32 for p in store.players())
        assert len({p.uid for p in store.players()}) == 2
        (drive,) = store.drives()
        assert (drive.course, drive.stars, drive.points, drive.player_id) == (
            "first_drive.tmx",
            2,
            27,
            1,
        )
        assert drive.scorecard["rules"]["seatbelt"]["mistakes"] == 1 and drive.uid
        if version >= 2:
            assert store.settings().language == "fr"
            assert store.last_player().nickname == "Lina"
        store.add_player("Sami")  # and it takes new data
    db = sqlite3.connect(tmp_path / DB_NAME)
    assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_a_truncated_file_is_moved_aside_and_a_new_one_starts(tmp_path):
    with Store.open(tmp_path) as store:
        for i in range(30):
            store.add_player(f"P{i}")
    path = tmp_path / DB_NAME
    for suffix in ("-wal", "-shm"):
        (tmp_path / (DB_NAME + suffix)).unlink(missing_ok=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with Store.open(tmp_path, lambda: NOW) as store:
        assert store.notice is not None and store.notice.exists()
        assert store.players() == []
        store.add_player("Sami")
        assert [p.nickname for p in store.players()] == ["Sami"]


def _writer(folder: str, who: str, n: int) -> None:
    with Store.open(folder) as store:
        player = store.add_player(who)
        for i in range(n):
            store.record_drive(player.id, "maps/first_drive.tmx", {"seed": i}, _card(1, 20))


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    Store.open(tmp_path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), w, 150)) for w in ("A", "B")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with Store.open(tmp_path) as store:
        assert sorted(p.nickname for p in store.players()) == ["A", "B"]
        for p in store.players():
            assert len(store.drives(p.id)) == 150


def test_deleting_a_pupil_takes_all_their_drives_and_reset_empties_the_class(tmp_path):
    with Store.open(tmp_path) as store:
        sami, nour = store.add_player("Sami"), store.add_player("Nour")
        for _ in range(3):
            store.record_drive(sami.id, "maps/first_drive.tmx", {}, _card(2, 27))
        store.record_drive(nour.id, "maps/first_drive.tmx", {}, _card(3, 30))
        assert store.delete_player(sami.id) == 3
        assert [p.nickname for p in store.players()] == ["Nour"]
        assert all(d.player_id == nour.id for d in store.drives())
        assert len(store.drives()) == 1
        store.save_lesson({"courses": ["first_drive.tmx"], "traffic": "calm"})
        store.reset_class()
        assert store.players() == [] and store.drives() == [] and store.lesson() is None
        assert store.last_player() is None


def test_an_export_merges_into_another_computer_once(tmp_path):
    with Store.open(tmp_path / "a") as a:
        lina = a.add_player("Lina", "fox")
        a.record_drive(lina.id, "/other/maps/first_drive.tmx", {"seed": 1}, _card(2, 27))
        a.record_drive(lina.id, "/other/maps/parking.tmx", {"seed": 2}, _card(0, 10, False))
        exported = json.loads(json.dumps(a.export_class()))
    with Store.open(tmp_path / "b") as b:
        b.add_player("Omar")
        here = lambda name, path: f"maps/{name}"  # noqa: E731
        assert b.import_class(exported, here) == (1, 2)
        assert b.import_class(exported, here) == (0, 0), "importing twice adds nothing"
        names = sorted(p.nickname for p in b.players())
        assert names == ["Lina", "Omar"]
        lina_b = next(p for p in b.players() if p.nickname == "Lina")
        drives = b.drives(lina_b.id)
        assert sorted(d.course_path for d in drives) == ["maps/first_drive.tmx", "maps/parking.tmx"]
        assert lina_b.uid == lina.uid


@pytest.mark.parametrize(
    "data, words",
    [
        ([], "not a Traffic Park class export"),
        ({"format": "traffic-park-class", "version": 99}, "newer"),
        ({"format": "traffic-park-class", "version": 1, "players": {}}, "no list"),
        (
            {"format": "traffic-park-class", "version": 1, "players": [{"uid": "x"}], "drives": []},
            "player 1 is incomplete",
        ),
    ],
)
def test_a_damaged_export_is_refused_with_a_reason_and_changes_nothing(tmp_path, data, words):
    with Store.open(tmp_path) as store:
        store.add_player("Omar")
        with pytest.raises(ClassFileError, match=words):
            store.import_class(data)
        assert [p.nickname for p in store.players()] == ["Omar"]


def test_the_leader_board_is_the_days_best_drive_of_each_player(tmp_path):
    clock = [datetime(2026, 12, 2, 10, 0)]
    with Store.open(tmp_path, lambda: clock[0]) as store:
        a, b, c = store.add_player("A", "fox"), store.add_player("B", "owl"), store.add_player("")
        store.record_drive(a.id, "x/first_drive.tmx", {}, _card(2, 26))
        store.record_drive(a.id, "x/first_drive.tmx", {}, _card(3, 30))
        store.record_drive(b.id, "x/parking.tmx", {}, _card(3, 28))
        store.record_drive(c.id, "x/parking.tmx", {}, _card(3, 30, finished=False))
        board = store.day_best(date(2026, 12, 2))
        assert [(line.nickname, line.points) for line in board] == [("A", 30), ("B", 28)]
        assert board[0].avatar == "fox"
        assert store.day_best(date(2026, 12, 3)) == [], "a new day, an empty board"
        clock[0] = datetime(2026, 12, 3, 0, 0, 1)
        store.record_drive(b.id, "x/parking.tmx", {}, _card(1, 12))
        assert [line.points for line in store.day_best(date(2026, 12, 3))] == [12]
