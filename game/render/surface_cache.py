"""Pictures kept for reuse under a budget of bytes, the least recently used dropped first.

A cache bounded by its number of entries holds a few kilobytes or many megabytes depending
on what it keeps; a kiosk keeps its demo's town drawn all day, so what bounds its memory
must be bytes. Rotations of sprites are the case: each vehicle kind at each of 180
headings, with its shadow, fills a cache without end in hours of town traffic.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

import pygame


def surface_bytes(surf: pygame.Surface) -> int:
    """The bytes of a surface's pixels (its rows as stored, padding included)."""
    return surf.get_pitch() * surf.get_height()


class SurfaceCache:
    """Surfaces by key; adding one past `budget` bytes drops the least recently used."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.bytes = 0
        self._items: OrderedDict[Hashable, pygame.Surface] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> pygame.Surface | None:
        surf = self._items.get(key)
        if surf is not None:
            self._items.move_to_end(key)
        return surf

    def put(self, key: Hashable, surf: pygame.Surface) -> pygame.Surface:
        """Keep `surf` under `key` (returned, for chaining); older ones go to make room."""
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= surface_bytes(old)
        self._items[key] = surf
        self.bytes += surface_bytes(surf)
        while self.bytes > self.budget and len(self._items) > 1:
            _, dropped = self._items.popitem(last=False)
            self.bytes -= surface_bytes(dropped)
        return surf

    def clear(self) -> None:
        self._items.clear()
        self.bytes = 0
