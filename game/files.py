"""Every file the game writes goes through here: whole or not at all, and never over a
file of another kind.

A file is written to a temporary name in its own folder, flushed to the disk and then
renamed over the target, so a kill or a full disk mid-write leaves the old file as it
was. Before a long piece of work (a drive, a town left to live for minutes) the caller
asks `check_output` whether the output can be written at all, so it is refused at once,
not after the work. Pure Python: the core (replays, the store) uses it too.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

# what each kind of file the game writes starts with; an existing file that starts with
# something else is not ours to replace
SIGNATURES = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "pdf": (b"%PDF",),
    "replay": (b'{"format":"traffic-park-replay"', b'{"format": "traffic-park-replay"'),
}
KIND_NAMES = {"png": "a PNG picture", "pdf": "a PDF", "replay": "a Traffic Park replay"}
# files the game must never write over, whatever the kind asked for
PROTECTED_SUFFIXES = (".tmx", ".tsx", ".tx", ".tj", ".tmj", ".tsj", ".sqlite3", ".py", ".toml")


class WriteError(OSError):
    """A file that cannot or must not be written; the message says why, in plain words."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def describe(exc: OSError) -> str:
    """An OSError in words a teacher understands (a full disk, no permission...)."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is used up"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "there is no permission to write there"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    return exc.strerror or str(exc)


def check_output(path: str | os.PathLike[str], kind: str) -> None:
    """Raise WriteError unless `path` can be written as a file of `kind` right now.

    Refused: a folder; a map, tileset, template, database or source file; an existing
    file that is not of `kind` (a screenshot may replace a PNG, never the course); a
    folder that cannot be created or written to (tried with a real temporary file).
    """
    target = Path(path)
    if target.name == "" or target.is_dir():
        raise WriteError(errno.EISDIR, f"{target} is a folder; give a file name")
    if target.suffix.lower() in PROTECTED_SUFFIXES:
        raise WriteError(
            errno.EEXIST,
            f"{target} is the name of a map, tileset or game file; "
            f"write {KIND_NAMES.get(kind, kind)} to another name",
        )
    if target.exists():
        if not target.is_file():
            raise WriteError(errno.EEXIST, f"{target} is not a regular file")
        if not _is_kind(target, kind):
            raise WriteError(
                errno.EEXIST,
                f"{target} already exists and is not {KIND_NAMES.get(kind, kind)}; "
                "it was left as it is (give another name, or remove it first)",
            )
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".check", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise WriteError(exc.errno, f"cannot write in {folder}: {describe(exc)}") from None


def _is_kind(path: Path, kind: str) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return False
    if not head:
        return True  # an empty file holds nothing to lose
    return any(head.startswith(sig) for sig in SIGNATURES.get(kind, ()))


@contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Write `path` through a temporary file that replaces it only when all went well.

    Raises WriteError (an OSError) with plain words when the folder or disk refuses.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise WriteError(exc.errno, f"cannot write {target}: {describe(exc)}") from None
    try:
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(exc.errno, f"cannot write {target}: {describe(exc)}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The old file's permissions, else what a plain open() would give (not mkstemp's 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write all of `data` to `path`, or leave `path` as it was."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_file(path) as fh:
        fh.write(raw)
