"""A class's part of the store: the lesson, deleting a pupil or the whole class, the day's
leader board, and the export that another computer imports (its drives merged, never doubled).

Mixed into Store, so scenes still only call store methods; the SQL stays in game/store.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import Any

EXPORT_FORMAT = "traffic-park-class"
EXPORT_VERSION = 1
LESSON = "lesson"  # the settings scope that holds the class's lesson
_PLAYER_FIELDS = ("uid", "nickname", "avatar", "colour", "language", "created")
_DRIVE_FIELDS = (
    "uid",
    "course",
    "course_path",
    "seed",
    "traffic",
    "started",
    "finished",
    "stars",
    "points",
    "time_s",
)


def new_uid() -> str:
    return uuid.uuid4().hex


class ClassFileError(ValueError):
    """A file that is not a class export, or a damaged one: says what is wrong."""


@dataclass(frozen=True)
class BoardLine:
    """One line of the day's leader board: who (face and nickname only) and their best drive."""

    nickname: str
    avatar: str
    colour: str
    course: str
    stars: int
    points: int
    time_s: float


class ClassroomStore:
    db: sqlite3.Connection

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:  # provided by Store
        raise NotImplementedError

    # -- the lesson ----------------------------------------------------------------
    def lesson(self) -> dict[str, Any] | None:
        """The teacher's lesson (courses, rules, traffic), or None: every course, as usual."""
        row = self.db.execute("SELECT data FROM settings WHERE scope = ?", (LESSON,)).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def save_lesson(self, lesson: dict[str, Any] | None) -> None:
        with self._tx() as db:
            if lesson is None:
                db.execute("DELETE FROM settings WHERE scope = ?", (LESSON,))
                return
            db.execute(
                "INSERT INTO settings (scope, data) VALUES (?, ?) "
                "ON CONFLICT(scope) DO UPDATE SET data = excluded.data",
                (LESSON, json.dumps(lesson, sort_keys=True)),
            )

    # -- forgetting ----------------------------------------------------------------
    def delete_player(self, player_id: int) -> int:
        """The pupil and every drive of theirs; returns how many drives went with them."""
        with self._tx() as db:
            n = db.execute("DELETE FROM drives WHERE player_id = ?", (player_id,)).rowcount
            db.execute("DELETE FROM players WHERE id = ?", (player_id,))
            db.execute(
                "DELETE FROM meta WHERE key = 'last_player' AND value = ?", (str(player_id),)
            )
        return n

    def reset_class(self) -> None:
        """Every pupil, every drive and the lesson; the machine's settings stay."""
        with self._tx() as db:
            db.execute("DELETE FROM drives")
            db.execute("DELETE FROM players")
            db.execute("DELETE FROM meta WHERE key = 'last_player'")
            db.execute("DELETE FROM settings WHERE scope = ?", (LESSON,))

    # -- the kiosk's leader board ----------------------------------------------------
    def day_best(self, day: date, limit: int = 5) -> list[BoardLine]:
        """The day's best finished drives, one per player: most points, then the quickest.

        Only that day's drives count, so the board starts empty again at midnight.
        """
        rows = self.db.execute(
            "SELECT p.id, p.nickname, p.avatar, p.colour, d.course, d.stars, d.points, d.time_s "
            "FROM drives d JOIN players p ON p.id = d.player_id "
            "WHERE d.started >= ? AND d.started < ? AND d.finished = 1 "
            "ORDER BY d.points DESC, d.time_s ASC, d.id ASC",
            (day.isoformat(), day.isoformat() + "T99"),
        ).fetchall()
        seen: set[int] = set()
        board = []
        for pid, nickname, avatar, colour, course, stars, points, time_s in rows:
            if pid in seen:
                continue
            seen.add(pid)
            board.append(BoardLine(nickname, avatar, colour, course, stars, points, time_s))
            if len(board) == limit:
                break
        return board

    # -- export and import ---------------------------------------------------------
    def export_class(self) -> dict[str, Any]:
        """Every pupil and drive as plain JSON values: what another computer imports."""
        players = self.db.execute(
            f"SELECT id, {', '.join(_PLAYER_FIELDS)} FROM players ORDER BY id"
        ).fetchall()
        uid_of = {row[0]: row[1] for row in players}
        drives = self.db.execute(
            f"SELECT player_id, {', '.join(_DRIVE_FIELDS)}, replay, scorecard FROM drives "
            "ORDER BY id"
        ).fetchall()
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "players": [dict(zip(_PLAYER_FIELDS, row[1:])) for row in players],
            "drives": [
                {
                    "player": uid_of.get(row[0]),
                    **dict(zip(_DRIVE_FIELDS, row[1 : 1 + len(_DRIVE_FIELDS)])),
                    "finished": bool(row[7]),
                    "replay": json.loads(row[-2]),
                    "scorecard": json.loads(row[-1]),
                }
                for row in drives
            ],
        }

    def import_class(
        self, data: Any, course_path: Callable[[str, str], str] = lambda name, path: path
    ) -> tuple[int, int]:
        """Merge an export: new pupils and drives are added, ones already here are skipped.

        `course_path(name, path)` finds the course on this computer (the exporting one may
        keep its maps elsewhere). Returns (pupils added, drives added). All or nothing.
        """
        players, drives = _checked(data)
        added_players = added_drives = 0
        with self._tx() as db:
            ids: dict[str, int] = {}
            for p in players:
                row = db.execute("SELECT id FROM players WHERE uid = ?", (p["uid"],)).fetchone()
                if row is None:
                    cur = db.execute(
                        f"INSERT INTO players ({', '.join(_PLAYER_FIELDS)}) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        tuple(p[k] for k in _PLAYER_FIELDS),
                    )
                    row = (cur.lastrowid,)
                    added_players += 1
                ids[p["uid"]] = int(row[0])
            for d in drives:
                if db.execute("SELECT 1 FROM drives WHERE uid = ?", (d["uid"],)).fetchone():
                    continue
                values = dict(d, course_path=course_path(d["course"], d["course_path"]))
                db.execute(
                    f"INSERT INTO drives (player_id, {', '.join(_DRIVE_FIELDS)}, replay, "
                    "scorecard) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        ids.get(d.get("player") or ""),
                        *(values[k] for k in _DRIVE_FIELDS[:6]),
                        int(bool(values["finished"])),
                        *(values[k] for k in _DRIVE_FIELDS[7:]),
                        json.dumps(d["replay"], ensure_ascii=False, separators=(",", ":")),
                        json.dumps(d["scorecard"], ensure_ascii=False, separators=(",", ":")),
                    ),
                )
                added_drives += 1
        return added_players, added_drives


def _checked(data: Any) -> tuple[list[dict], list[dict]]:
    """The export's players and drives, or ClassFileError naming the first thing wrong."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ClassFileError("this is not a Traffic Park class export")
    if not isinstance(data.get("version"), int) or data["version"] > EXPORT_VERSION:
        raise ClassFileError(f"export version {data.get('version')!r} is newer than this game's")
    players, drives = data.get("players"), data.get("drives")
    if not isinstance(players, list) or not isinstance(drives, list):
        raise ClassFileError("the export has no list of players or of drives")
    kinds = {"seed": int, "traffic": (int, float), "stars": int, "points": int}
    kinds["time_s"] = (int, float)
    for i, p in enumerate(players):
        if not isinstance(p, dict) or not all(isinstance(p.get(k), str) for k in _PLAYER_FIELDS):
            raise ClassFileError(f"player {i + 1} is incomplete")
        if not p["uid"]:
            raise ClassFileError(f"player {i + 1} has no id")
    for i, d in enumerate(drives):
        ok = isinstance(d, dict) and all(
            isinstance(d.get(k), kinds.get(k, str)) for k in _DRIVE_FIELDS if k != "finished"
        )
        if not ok or not d["uid"] or not isinstance(d.get("scorecard"), dict):
            raise ClassFileError(f"drive {i + 1} is incomplete")
        if not isinstance(d.get("replay"), dict):
            raise ClassFileError(f"drive {i + 1} has no replay")
    return players, drives
