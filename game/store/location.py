"""Where saved games live: the user's data folder, unless told otherwise (--data-dir)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "traffic-park"
DB_NAME = "traffic_park.sqlite3"


def data_dir(override: str | Path | None = None) -> Path:
    """The folder for the database and the licences (not created here)."""
    if override is not None:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP, appauthor=False))
