"""Saved progress: players, drives, best stars and settings survive a restart; a file that
cannot be opened is moved aside with a timestamp and a new one starts; nothing is lost."""

import sqlite3
from datetime import datetime

import pytest

from game.store import Settings, SettingsError, Store
from game.store.location import DB_NAME, data_dir
from game.store.schema import MIGRATIONS, VERSION, migrate

NOW = datetime(2026, 12, 2, 10, 30, 0)


def clock():
    return NOW


def _card(stars, finished=True):
    return {"finished": finished, "stars": stars, "points": 30 - 3 * (3 - stars), "time_s": 40.0}


def test_players_drives_and_best_stars_survive_a_restart(tmp_path):
    with Store.open(tmp_path, clock) as store:
        sami = store.add_player("Sami", "cat", "blue", "ar")
        nour = store.add_player("", "frog", "green")
        store.record_drive(sami.id, "maps/first_drive.tmx", {"seed": 3, "density": 0.5}, _card(1))
        store.record_drive(sami.id, "maps/first_drive.tmx", {"seed": 4}, _card(3))
        store.record_drive(nour.id, "maps/parking.tmx", {"seed": 1}, _card(0, False))
    with Store.open(tmp_path, clock) as store:
        assert [p.nickname for p in store.players()] == ["Sami", ""]
        assert store.last_player() == nour, "the newest player is the one to continue"
        assert store.best_stars(sami.id) == {"first_drive.tmx": 3}
        assert store.best_stars(nour.id) == {"parking.tmx": 0}
        latest = store.drives(sami.id)[0]
        assert (latest.seed, latest.traffic, latest.stars, latest.finished) == (4, 1.0, 3, True)
        assert latest.started == "2026-12-02T10:30:00"
        assert store.drive(latest.id) == latest
        assert len(store.drives()) == 3


def test_the_file_runs_in_wal_mode_at_the_current_schema(tmp_path):
    Store.open(tmp_path).close()
    db = sqlite3.connect(tmp_path / DB_NAME)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION == len(MIGRATIONS)


def test_an_old_file_is_migrated_and_keeps_its_players(tmp_path):
    db = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    migrate(db, upto=1)
    db.execute(
        "INSERT INTO players (nickname, avatar, colour, language, created) "
        "VALUES ('Lina', 'fox', 'red', 'fr', '2026-01-01T00:00:00')"
    )
    db.close()
    with Store.open(tmp_path) as store:
        assert [p.nickname for p in store.players()] == ["Lina"]
        store.save_settings(Settings(language="fr"))  # a table from migration 2
        assert store.settings().language == "fr"


def test_a_corrupt_file_is_moved_aside_with_a_timestamp_and_a_new_one_starts(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"this is not a database " * 200)
    with Store.open(tmp_path, clock) as store:
        assert store.notice == tmp_path / f"{DB_NAME}.broken-20261202-103000"
        assert store.notice.read_bytes().startswith(b"this is not a database")
        assert store.players() == []
        store.add_player("Sami")
    with Store.open(tmp_path, clock) as store:
        assert store.notice is None and [p.nickname for p in store.players()] == ["Sami"]


def test_a_file_from_a_newer_game_is_kept_aside_not_changed(tmp_path):
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute(f"PRAGMA user_version = {VERSION + 5}")
    db.close()
    with Store.open(tmp_path, clock) as store:
        assert store.notice is not None and store.notice.exists()
    kept = sqlite3.connect(store.notice)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == VERSION + 5


def test_a_failed_write_leaves_nothing_half_done(tmp_path):
    with Store.open(tmp_path) as store:
        with pytest.raises(TypeError):
            store.record_drive(None, "maps/x.tmx", {"seed": 1}, {"stars": object()})
        assert store.drives() == []


def test_settings_are_typed_and_unknown_keys_are_rejected(tmp_path):
    with Store.open(tmp_path) as store:
        assert store.settings() == Settings()
        store.save_settings(Settings(language="zgh", traffic="calm", muted=True))
    with Store.open(tmp_path) as store:
        assert store.settings().language == "zgh" and store.settings().muted
    with pytest.raises(SettingsError, match="unknown setting.*langauge"):
        Settings.from_dict({"langauge": "fr"})
    with pytest.raises(SettingsError, match="traffic"):
        Settings(traffic="rush hour")
    with pytest.raises(SettingsError, match="effects_volume"):
        Settings(effects_volume=11)
    with pytest.raises(SettingsError, match="muted"):
        Settings.from_dict({"muted": "yes"})
    assert Settings().but(game_speed=0.5).game_speed == 0.5


def test_unknown_saved_settings_say_so_instead_of_becoming_defaults(tmp_path):
    with Store.open(tmp_path) as store:
        store.db.execute("INSERT INTO settings VALUES ('machine', '{\"volume\": 3}')")
        with pytest.raises(SettingsError, match="volume"):
            store.settings()


def test_data_dir_is_the_users_data_folder_unless_told(tmp_path):
    assert data_dir(tmp_path) == tmp_path
    assert "traffic-park" in str(data_dir())


def test_an_in_memory_store_for_pictures_and_tests():
    with Store.open(None) as store:
        assert store.path is None
        store.add_player("Sami")
        assert store.last_player().nickname == "Sami"
