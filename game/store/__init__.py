"""Saved progress: players, drives, best stars and settings, behind one small interface.

Scenes use `Store` and the records; no SQL lives anywhere else, and nothing here imports
pygame (tests/test_purity.py).
"""

from game.store.classroom import BoardLine, ClassFileError
from game.store.location import data_dir
from game.store.records import DriveRecord, PlayerRecord
from game.store.settings import Settings, SettingsError
from game.store.store import Store, StoreUnavailable

__all__ = [
    "BoardLine",
    "ClassFileError",
    "DriveRecord",
    "PlayerRecord",
    "Settings",
    "SettingsError",
    "Store",
    "StoreUnavailable",
    "data_dir",
]
