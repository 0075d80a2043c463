"""Where the game's shipped files are: the one place that finds assets/ and maps/.

The repository keeps pictures, fonts and sounds in assets/ and the courses in maps/, at its
top. The build installs them inside the game as the packages ``game.assets`` and
``game.maps`` (setup.py), and an editable install maps those names onto the checkout's
folders, so the same call finds a file in a checkout, an installed wheel and the standalone
app. No code builds a path from its own source file's place.

    from game import resources

    resources.asset("fonts", "NotoSans-Bold.ttf")   # a Path to a file under assets/
    resources.asset("sounds", "horn.wav")           # new kinds of file: just a new folder
    resources.assets_dir() / "voices"               # a folder, to list what is in it
    resources.course("first_drive")                 # maps/first_drive.tmx
    resources.courses()                             # every shipped course

A file that is not there raises MissingAsset, which names it: the game says so when it
starts instead of drawing plain shapes or staying silent. A teacher's own course is any
path on disk and never goes through this module.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

ASSETS_PACKAGE = "game.assets"
MAPS_PACKAGE = "game.maps"
DEFAULT_COURSE = "first_drive"


class MissingAsset(RuntimeError):
    """A file the game ships is not where it should be: the installation is incomplete."""


def assets_dir() -> Path:
    """The folder of the shipped pictures, fonts and sounds (assets/ in the repository)."""
    return _folder(ASSETS_PACKAGE, "assets")


def maps_dir() -> Path:
    """The folder of the shipped courses and tilesets (maps/ in the repository)."""
    return _folder(MAPS_PACKAGE, "maps")


def asset(*parts: str) -> Path:
    """A shipped file under assets/, e.g. ``asset("sprites", "car_red.png")``."""
    return _existing(assets_dir(), "assets", parts)


def map_file(*parts: str) -> Path:
    """A shipped file under maps/, e.g. ``map_file("tilesets", "town.tsx")``."""
    return _existing(maps_dir(), "maps", parts)


def course(name: str = DEFAULT_COURSE) -> Path:
    """A shipped course by its name, e.g. ``course("roundabout")`` for maps/roundabout.tmx."""
    return map_file(f"{name}.tmx")


def courses() -> list[Path]:
    """Every shipped course (the .tmx files in maps/), sorted by name."""
    return sorted(maps_dir().glob("*.tmx"))


def missing(files: list[tuple[str, ...]]) -> list[str]:
    """Of these files under assets/ (each given as its parts), the ones that are not there."""
    root = assets_dir()
    return [_shown("assets", parts) for parts in files if not root.joinpath(*parts).is_file()]


def require(files: list[tuple[str, ...]]) -> None:
    """Raise MissingAsset naming every one of these files under assets/ that is not there."""
    absent = missing(files)
    if absent:
        raise MissingAsset(_message(absent))


@cache
def _folder(package: str, shown: str) -> Path:
    try:
        root = importlib_resources.files(package)
    except ModuleNotFoundError:
        raise MissingAsset(
            f"the game's {shown}/ folder is not installed (no package {package}); "
            "reinstall the game (in a checkout: pip install -e . again)"
        ) from None
    if not isinstance(root, Path) or not root.is_dir():
        raise MissingAsset(f"the game's {shown}/ folder is not a folder on disk: {root}")
    return root


def _existing(root: Path, shown: str, parts: tuple[str, ...]) -> Path:
    path = root.joinpath(*parts)
    if not path.is_file():
        raise MissingAsset(_message([_shown(shown, parts)]))
    return path


def _shown(folder: str, parts: tuple[str, ...]) -> str:
    return "/".join((folder, *parts))


def _message(names: list[str]) -> str:
    what = "a file" if len(names) == 1 else f"{len(names)} files"
    return (
        f"the game is missing {what} it needs: {', '.join(names)}. "
        "Reinstall the game (in a checkout: git status shows what was deleted)"
    )
