"""Parked vehicles (map objects `parked`): bodies that never move.

Solid for the player (car or walker), and what hides a child who steps out between them.
"""

from __future__ import annotations

from game.course.geometry import Point
from game.course.model import Course
from game.sim.shapes import Box


def parked_boxes(course: Course) -> list[Box]:
    """One body per parked vehicle, built once per course and shared."""
    cached = course.__dict__.get("_parked_boxes")
    if cached is None:
        cached = [Box(p.pos[0], p.pos[1], p.heading, *p.size) for p in course.parked]
        course.__dict__["_parked_boxes"] = cached
    return cached


def parked_at(course: Course, points: list[Point]) -> int | None:
    """The index of a parked vehicle that one of the points touches, if any."""
    for i, box in enumerate(parked_boxes(course)):
        if any(box.contains(p) for p in points):
            return i
    return None
