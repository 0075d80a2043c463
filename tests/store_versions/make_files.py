"""Writes the database files kept here, one per earlier schema version, as that version of
the game left them (run once when a migration is added; the files are then kept as they are):

    python tests/store_versions/make_files.py
"""

import sqlite3
from pathlib import Path

from game.store.schema import VERSION, migrate

HERE = Path(__file__).parent


def write(version: int) -> Path:
    path = HERE / f"v{version}.sqlite3"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, upto=version)
    db.execute(
        "INSERT INTO players (nickname, avatar, colour, language, created) "
        "VALUES ('Lina', 'fox', 'red', 'fr', '2026-01-01T09:00:00'), "
        "('', 'owl', 'blue', '', '2026-01-01T09:05:00')"
    )
    card = '{"finished": true, "stars": 2, "points": 27, "rules": {"seatbelt": {"mistakes": 1}}}'
    db.execute(
        "INSERT INTO drives (player_id, course, course_path, seed, traffic, started, finished, "
        "stars, points, time_s, replay, scorecard) VALUES "
        "(1, 'first_drive.tmx', 'maps/first_drive.tmx', 3, 1.0, '2026-01-01T09:10:00', 1, 2, "
        f"27, 61.5, '{{\"seed\": 3}}', '{card}')"
    )
    if version >= 2:
        db.execute("INSERT INTO settings VALUES ('machine', '{\"language\": \"fr\"}')")
        db.execute("INSERT INTO meta VALUES ('last_player', '1')")
    db.close()
    return path


if __name__ == "__main__":
    for v in range(1, VERSION):
        print(write(v))
