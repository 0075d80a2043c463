"""Checks for walking courses (`mode = walk`) and parked vehicles.

A walking course has no car to put on a lane: the child starts on the pavement and must be
able to reach every checkpoint and the finish on foot. A parked vehicle standing on a
lane would be driven through by computer cars, which only follow lanes.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from game.course import geometry as geo
from game.course.model import SOLID_SURFACES, Course, Surface

if TYPE_CHECKING:
    from game.course.loader import LoadContext

ROAD_SURFACES = frozenset({Surface.ROAD, Surface.CROSSING})


def walk_checks(course: Course, ctx: LoadContext) -> None:
    """Every walking-course check; adds problems to ctx."""
    spawn = course.spawn_for(1) if course.spawns else None
    if spawn is None or course.is_solid(spawn.pos):
        return  # already an error
    if course.surface_at(spawn.pos) in ROAD_SURFACES:
        ctx.warn(
            ctx.label(spawn),
            "stands on the road, so the walk starts in the traffic",
            "move the spawn onto the pavement (a sidewalk tile)",
        )
    reach = walkable_from(course, course.cell_of(spawn.pos))
    for area in (*course.route(), *course.finishes):
        cells = _cells_of(course, area.polygon)
        if cells and not cells & reach:
            ctx.error(
                ctx.label(area),
                "cannot be reached on foot from the spawn (buildings, water or barriers are "
                "in the way), so the walk cannot be finished",
                "open a path of pavement, grass or road to it",
            )


def parked_checks(course: Course, ctx: LoadContext) -> None:
    """A parked vehicle on a lane's centre line is in the computer cars' way."""
    for car in course.parked:
        if course.is_solid(car.pos):
            ctx.warn(ctx.label(car), "stands inside a building, water or a barrier", "move it")
            continue
        for lane in course.lanes:
            if lane.line.distance_to(car.pos) < car.size[1] / 2 + 0.5:
                ctx.warn(
                    ctx.label(car),
                    f"stands on {ctx.label(lane)}, and computer cars would drive through it",
                    "park it beside the road: in a bay or on the parking strip",
                )
                break


def walkable_from(course: Course, start: tuple[int, int]) -> set[tuple[int, int]]:
    """Every cell reachable on foot (four neighbours, no solid cells) from start."""
    seen = {start}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if (nx, ny) in seen or not (0 <= nx < course.width and 0 <= ny < course.height):
                continue
            if Surface(int(course.surfaces[ny, nx])) in SOLID_SURFACES:
                continue
            seen.add((nx, ny))
            queue.append((nx, ny))
    return seen


def _cells_of(course: Course, poly: tuple[geo.Point, ...]) -> set[tuple[int, int]]:
    x0, y0, x1, y1 = geo.polygon_bounds(poly)
    t = course.tile_metres
    out = set()
    for cy in range(int(y0 // t), int(y1 // t) + 1):
        for cx in range(int(x0 // t), int(x1 // t) + 1):
            centre = ((cx + 0.5) * t, (cy + 0.5) * t)
            if geo.point_in_polygon(centre, poly):
                out.add((cx, cy))
    if not out:
        out.add(course.cell_of(geo.polygon_centroid(poly)))
    return out
