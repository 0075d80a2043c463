"""The database's shape, version by version. A migration is only ever added, never edited:
a file written by any earlier version is brought up to date step by step."""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: players and their drives
    """
    CREATE TABLE players (
        id INTEGER PRIMARY KEY,
        nickname TEXT NOT NULL DEFAULT '',
        avatar TEXT NOT NULL,
        colour TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    );
    CREATE TABLE drives (
        id INTEGER PRIMARY KEY,
        player_id INTEGER REFERENCES players(id) ON DELETE SET NULL,
        course TEXT NOT NULL,
        course_path TEXT NOT NULL,
        seed INTEGER NOT NULL,
        traffic REAL NOT NULL,
        started TEXT NOT NULL,
        finished INTEGER NOT NULL,
        stars INTEGER NOT NULL,
        points INTEGER NOT NULL,
        time_s REAL NOT NULL,
        replay TEXT NOT NULL,
        scorecard TEXT NOT NULL
    );
    """,
    # 2: settings and small facts (the last player), and faster best-stars look-ups
    """
    CREATE TABLE settings (scope TEXT PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE INDEX drives_by_player_course ON drives (player_id, course);
    """,
    # 3: a lasting id for each player and drive (a class merges the exports of several
    # computers without doubles), and the day's drives found fast (the kiosk's leader board)
    """
    ALTER TABLE players ADD COLUMN uid TEXT NOT NULL DEFAULT '';
    UPDATE players SET uid = lower(hex(randomblob(16))) WHERE uid = '';
    ALTER TABLE drives ADD COLUMN uid TEXT NOT NULL DEFAULT '';
    UPDATE drives SET uid = lower(hex(randomblob(16))) WHERE uid = '';
    CREATE UNIQUE INDEX players_by_uid ON players (uid);
    CREATE UNIQUE INDEX drives_by_uid ON drives (uid);
    CREATE INDEX drives_by_start ON drives (started);
    """,
)
VERSION = len(MIGRATIONS)


class NewerDatabaseError(sqlite3.DatabaseError):
    """Written by a newer version of the game: not ours to change."""


def migrate(db: sqlite3.Connection, upto: int = VERSION) -> int:
    """Bring the file to `upto`, one migration per transaction; returns the old version."""
    old = db.execute("PRAGMA user_version").fetchone()[0]
    if old > VERSION:
        raise NewerDatabaseError(f"schema version {old} is newer than this game's {VERSION}")
    for version in range(old + 1, upto + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version - 1].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {version}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return old
