"""Give memory back between children: a kiosk runs all day in one process.

Each turn builds and drops whole worlds, map pictures and full-screen surfaces of several
megabytes. glibc keeps freed blocks inside the process's heap, and a heap pocked with holes
between long-lived blocks only grows; `malloc_trim` hands the free pages back to the system.
Called when the demo starts again, a moment when nobody waits for a frame.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


@cache
def _trim():
    """glibc's malloc_trim, or None elsewhere (macOS, Windows, musl: nothing to do)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back() -> bool:
    """Collect cycles and return free heap pages to the system; True if pages went back."""
    gc.collect()
    trim = _trim()
    return bool(trim(0)) if trim is not None else False
