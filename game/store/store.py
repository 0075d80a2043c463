"""Saved progress in one SQLite file: players, every drive, best stars, settings.

The only place with SQL. Every write is one transaction; the file runs in WAL mode so a
crash mid-write loses at most that write. A file that cannot be opened is moved aside with
a timestamp (never deleted) and a new one is started; `notice` then says where the old one
went, so the game can tell the grown-ups. Nothing here touches the network or pygame.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from game.files import describe
from game.store.classroom import ClassroomStore, new_uid
from game.store.driving import DrivingPrefs
from game.store.driving import scope as driving_scope
from game.store.location import DB_NAME
from game.store.records import DriveRecord, PlayerRecord
from game.store.schema import migrate
from game.store.settings import Settings, SettingsError

Clock = Callable[[], datetime]
MACHINE = "machine"  # the settings scope of the whole install

_PLAYER_COLS = "id, nickname, avatar, colour, language, created, uid"
_DRIVE_COLS = (
    "id, player_id, course, course_path, seed, traffic, started, finished, stars, points, "
    "time_s, replay, scorecard, uid"
)
BUSY_WAIT_S = 30.0  # another process writing: wait this long for it before giving up


class Store(ClassroomStore):
    """Open with Store.open(folder); close when done (or use it as a context manager)."""

    def __init__(self, db: sqlite3.Connection, path: Path | None, now: Clock) -> None:
        self.db = db
        self.path = path
        self.now = now
        self.notice: Path | None = None  # where an unreadable file was moved, if one was

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, folder: str | os.PathLike[str] | None, now: Clock = datetime.now) -> Store:
        """The store in `folder` (created if needed); None keeps everything in memory."""
        if folder is None:
            return cls(_connect(":memory:"), None, now)
        folder = Path(folder)
        if folder.exists() and not folder.is_dir():
            raise StoreUnavailable(f"{folder} is a file, not a folder for the saved games")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(
                f"cannot make the folder for the saved games, {folder}: {describe(exc)}"
            ) from None
        path = folder / DB_NAME
        try:
            return cls(_connect(path), path, now)
        except sqlite3.OperationalError as exc:
            # locked by another copy of the game, no permission, a disk error: the file
            # itself may be fine, so it is never moved aside for this
            raise StoreUnavailable(f"cannot open the saved games in {path}: {exc}") from None
        except sqlite3.DatabaseError:
            moved = _move_aside(path, now())
            store = cls(_connect(path), path, now)
            store.notice = moved
            return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _stamp(self) -> str:
        return self.now().isoformat(timespec="seconds")

    # -- players -------------------------------------------------------------------
    def players(self) -> list[PlayerRecord]:
        rows = self.db.execute(f"SELECT {_PLAYER_COLS} FROM players ORDER BY id").fetchall()
        return [PlayerRecord(*row) for row in rows]

    def player(self, player_id: int) -> PlayerRecord | None:
        row = self.db.execute(
            f"SELECT {_PLAYER_COLS} FROM players WHERE id = ?", (player_id,)
        ).fetchone()
        return PlayerRecord(*row) if row else None

    def add_player(
        self, nickname: str = "", avatar: str = "cat", colour: str = "red", language: str = ""
    ) -> PlayerRecord:
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO players (nickname, avatar, colour, language, created, uid) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (nickname.strip(), avatar, colour, language, self._stamp(), new_uid()),
            )
            player_id = int(cur.lastrowid or 0)
            _set_meta(db, "last_player", str(player_id))
        found = self.player(player_id)
        assert found is not None
        return found

    def update_player(self, player: PlayerRecord) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE players SET nickname = ?, avatar = ?, colour = ?, language = ? "
                "WHERE id = ?",
                (player.nickname.strip(), player.avatar, player.colour, player.language, player.id),
            )

    def last_player(self) -> PlayerRecord | None:
        value = self._meta("last_player")
        return self.player(int(value)) if value and value.isdigit() else None

    def set_last_player(self, player_id: int) -> None:
        with self._tx() as db:
            _set_meta(db, "last_player", str(player_id))

    # -- drives --------------------------------------------------------------------
    def record_drive(
        self,
        player_id: int | None,
        course_path: str,
        replay: dict[str, Any],
        scorecard: dict[str, Any],
    ) -> DriveRecord:
        """Keep a finished (or abandoned) drive: its replay and what the referee said."""
        started = self._stamp()
        with self._tx() as db:
            cur = db.execute(
                f"INSERT INTO drives ({_DRIVE_COLS.split(', ', 1)[1]}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    player_id,
                    os.path.basename(course_path),
                    course_path,
                    int(replay.get("seed", 0)),
                    float(replay.get("density", 1.0)),
                    started,
                    int(bool(scorecard.get("finished"))),
                    int(scorecard.get("stars", 0)),
                    int(scorecard.get("points", 0)),
                    float(scorecard.get("time_s", 0.0)),
                    json.dumps(replay, ensure_ascii=False, separators=(",", ":")),
                    json.dumps(scorecard, ensure_ascii=False, separators=(",", ":")),
                    new_uid(),
                ),
            )
            drive_id = int(cur.lastrowid or 0)
        found = self.drive(drive_id)
        assert found is not None
        return found

    def drive(self, drive_id: int) -> DriveRecord | None:
        row = self.db.execute(
            f"SELECT {_DRIVE_COLS} FROM drives WHERE id = ?", (drive_id,)
        ).fetchone()
        return _drive(row) if row else None

    def drives(self, player_id: int | None = None, limit: int = 1000) -> list[DriveRecord]:
        """Newest first; every player's when player_id is None."""
        if player_id is None:
            rows = self.db.execute(
                f"SELECT {_DRIVE_COLS} FROM drives ORDER BY id DESC LIMIT ?", (limit,)
            )
        else:
            rows = self.db.execute(
                f"SELECT {_DRIVE_COLS} FROM drives WHERE player_id = ? ORDER BY id DESC LIMIT ?",
                (player_id, limit),
            )
        return [_drive(row) for row in rows.fetchall()]

    def best_stars(self, player_id: int) -> dict[str, int]:
        """Course file name -> the most stars this player earned there."""
        rows = self.db.execute(
            "SELECT course, MAX(stars) FROM drives WHERE player_id = ? GROUP BY course",
            (player_id,),
        )
        return {course: int(stars) for course, stars in rows.fetchall()}

    # -- settings ------------------------------------------------------------------
    def settings(self) -> Settings:
        row = self.db.execute("SELECT data FROM settings WHERE scope = ?", (MACHINE,)).fetchone()
        if row is None:
            return Settings()
        try:
            return Settings.from_dict(json.loads(row[0]))
        except (ValueError, TypeError) as exc:
            raise SettingsError(f"the saved settings cannot be used: {exc}") from None

    def save_settings(self, settings: Settings) -> None:
        data = json.dumps(settings.as_dict(), sort_keys=True)
        with self._tx() as db:
            db.execute(
                "INSERT INTO settings (scope, data) VALUES (?, ?) "
                "ON CONFLICT(scope) DO UPDATE SET data = excluded.data",
                (MACHINE, data),
            )

    def driving(self, player_id: int | None, seat: int = 1) -> DrivingPrefs:
        """A child's driving settings; defaults when none are saved or they can't be used
        (a broken row never stops a child from driving)."""
        row = self.db.execute(
            "SELECT data FROM settings WHERE scope = ?", (driving_scope(player_id, seat),)
        ).fetchone()
        if row is None:
            return DrivingPrefs()
        try:
            return DrivingPrefs.from_dict(json.loads(row[0]))
        except (ValueError, TypeError):
            return DrivingPrefs()

    def save_driving(self, player_id: int | None, prefs: DrivingPrefs, seat: int = 1) -> None:
        data = json.dumps(prefs.as_dict(), sort_keys=True)
        with self._tx() as db:
            db.execute(
                "INSERT INTO settings (scope, data) VALUES (?, ?) "
                "ON CONFLICT(scope) DO UPDATE SET data = excluded.data",
                (driving_scope(player_id, seat), data),
            )

    # -- small facts ---------------------------------------------------------------
    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None


class StoreUnavailable(Exception):
    """The saved games cannot be opened now (a bad folder, a locked or unreadable file);
    nothing was changed, and the message says why."""


def _connect(path: str | Path) -> sqlite3.Connection:
    """Open, check and migrate; any sqlite3.DatabaseError means the file is unusable."""
    db = sqlite3.connect(os.fspath(path), isolation_level=None, timeout=BUSY_WAIT_S)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.DatabaseError(f"cannot use WAL mode (got {mode})")
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the file failed its integrity check")
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _move_aside(path: Path, when: datetime) -> Path:
    """Rename an unusable file (and its WAL companions) to name.broken-YYYYmmdd-HHMMSS."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            os.replace(part, target.with_name(target.name + suffix))
    return target


def _set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _drive(row: tuple[Any, ...]) -> DriveRecord:
    did, pid, course, cpath, seed, traffic, started, finished, stars, points, t, rep, card, uid = (
        row
    )
    return DriveRecord(
        id=did,
        player_id=pid,
        course=course,
        course_path=cpath,
        seed=seed,
        traffic=traffic,
        started=started,
        finished=bool(finished),
        stars=stars,
        points=points,
        time_s=t,
        replay=json.loads(rep),
        scorecard=json.loads(card),
        uid=uid,
    )
