"""Where the focus goes: spatial enough to feel natural, and any single direction pressed
again and again visits every target (one stick, one button: PLAY.md).

Targets are grouped into rows (their vertical spans overlap) and columns (horizontal
spans overlap). Left/right walk the rows in reading order, up/down walk the columns; both
wrap around, so nothing is ever out of reach.
"""

from __future__ import annotations

from collections.abc import Sequence

Box = tuple[float, float, float, float]  # x, y, w, h


def _groups(boxes: Sequence[Box], axis: int) -> list[list[int]]:
    """Indices grouped along one axis (0: columns by x, 1: rows by y), in order."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][axis])
    groups: list[list[int]] = []
    span: tuple[float, float] | None = None
    for i in order:
        start, length = boxes[i][axis], boxes[i][axis + 2]
        centre = start + length / 2
        if span is not None and span[0] <= centre <= span[1]:
            groups[-1].append(i)
        else:
            groups.append([i])
            span = (start, start + length)
    other = 1 - axis
    return [sorted(g, key=lambda i: boxes[i][other] + boxes[i][other + 2] / 2) for g in groups]


def sequence(boxes: Sequence[Box], direction: str) -> list[int]:
    """Every target once, in the order one direction walks them."""
    axis = 1 if direction in ("left", "right") else 0
    return [i for group in _groups(boxes, axis) for i in group]


def move(boxes: Sequence[Box], current: int, direction: str) -> int:
    """The target after `current` when moving in `direction` (up, down, left, right)."""
    if not boxes:
        return -1
    order = sequence(boxes, direction)
    if current not in order:
        return order[0]
    step = 1 if direction in ("right", "down") else -1
    return order[(order.index(current) + step) % len(order)]
