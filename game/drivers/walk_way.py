"""The walking autopilot's way over the tiles: pavement first, the road only where it must
be crossed (straight over, at a zebra when there is one, never beside a parked car), and
on a road without a pavement the verge facing the traffic.

A faulty walk asks for its mistake's way: the road cheap (off the zebra), beside the
parked cars, or the verge with the traffic behind."""

from __future__ import annotations

import heapq
import math

from game.course.geometry import angle_diff, heading_of
from game.course.model import SOLID_SURFACES, Course, Surface
from game.rules.context import lane_map
from game.rules.walking import ROAD, W, crossing_at, pavement_within, road_within
from game.sim.parked import parked_boxes

COST = {
    Surface.SIDEWALK: 1.0,
    Surface.GRASS: 1.6,
    Surface.PARKING: 2.0,
    Surface.CROSSING: 1.2,
    Surface.ROAD: 60.0,
}
HIDDEN_COST = 2000.0  # a road cell beside a parked car: only if nothing else goes there
WRONG_SIDE_COST = 40.0  # a verge step with the traffic behind (no pavement): cross over first


def verges_of(course: Course) -> dict[tuple[int, int], float]:
    """Cells beside a road that has no pavement (as the rule judges them), with the heading
    of the traffic in the nearest lane."""
    out: dict[tuple[int, int], float] = {}
    t = course.tile_metres
    lanes = lane_map(course)
    for cy in range(course.height):
        for cx in range(course.width):
            surf = Surface(int(course.surfaces[cy, cx]))
            if surf in ROAD or surf in SOLID_SURFACES or surf == Surface.SIDEWALK:
                continue
            centre = ((cx + 0.5) * t, (cy + 0.5) * t)
            if not road_within(course, centre, W.verge):
                continue
            if pavement_within(course, centre, W.pavement_near):
                continue
            cands = lanes.candidates(centre, 0.0, W.verge + 4.0)
            if cands and not lanes.in_junction(centre):
                out[(cx, cy)] = cands[0].heading
    return out


def with_traffic_steps(cells: list[tuple[int, int]], verges: dict[tuple[int, int], float]) -> int:
    """Steps of a way onto verge cells with the cars behind (going their way)."""
    n = 0
    for a, b in zip(cells, cells[1:]):
        traffic = verges.get(b)
        step = heading_of(b[0] - a[0], b[1] - a[1])
        if traffic is not None and angle_diff(step, traffic) <= W.along_deg:
            n += 1
    return n


def tile_way(
    course: Course,
    start: tuple[int, int],
    goal: tuple[int, int],
    cheap_road: bool,
    near_parked: bool,
    verges: dict[tuple[int, int], float] | None = None,
    with_traffic: bool = False,
) -> list[tuple[int, int]]:
    """Cheapest four-neighbour way over the tiles; the road costs dear, a hidden spot more,
    and a verge walked with the traffic behind (`with_traffic`: facing it) dearer too."""
    boxes = parked_boxes(course)
    t = course.tile_metres
    verges = verges or {}

    def side_cost(cell: tuple[int, int], step: tuple[int, int]) -> float:
        traffic = verges.get(cell)
        if traffic is None:
            return 0.0
        diff = angle_diff(heading_of(step[0], step[1]), traffic)
        behind = diff <= W.along_deg
        facing = diff >= 180.0 - W.along_deg
        return WRONG_SIDE_COST if (facing if with_traffic else behind) else 0.0

    def cost(cell: tuple[int, int]) -> float:
        surf = Surface(int(course.surfaces[cell[1], cell[0]]))
        c = COST.get(surf, 1.0)
        if surf == Surface.ROAD and cheap_road:
            c = 1.5
        elif surf == Surface.ROAD:
            centre = ((cell[0] + 0.5) * t, (cell[1] + 0.5) * t)
            if crossing_at(course, centre, W.zebra_reach) is not None:
                c = COST[Surface.CROSSING]  # the rounded corner beside a junction's zebra
        if surf in ROAD and boxes:
            centre = ((cell[0] + 0.5) * t, (cell[1] + 0.5) * t)
            hidden = any(b.distance_to(centre) <= W.hidden_near + t / 2 for b in boxes)
            if near_parked:
                c = 1.0 if hidden else c
            elif hidden:
                c += HIDDEN_COST
        return c

    # states are (cell, the way we came in): on the road only straight on, so every
    # crossing is square and straight, as the lesson teaches
    State = tuple[tuple[int, int], tuple[int, int]]
    first: State = (start, (0, 0))
    frontier: list[tuple[float, int, State]] = [(0.0, 0, first)]
    came: dict[State, State | None] = {first: None}
    best: dict[State, float] = {first: 0.0}
    n = 0
    end: State | None = None
    while frontier:
        _, _, state = heapq.heappop(frontier)
        cur, way = state
        if cur == goal:
            end = state
            break
        x, y = cur
        on_road = way != (0, 0) and Surface(int(course.surfaces[y, x])) in ROAD
        for step in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if on_road and step != way:
                continue
            nx, ny = x + step[0], y + step[1]
            if not (0 <= nx < course.width and 0 <= ny < course.height):
                continue
            if Surface(int(course.surfaces[ny, nx])) in SOLID_SURFACES:
                continue
            if any(b.contains(((nx + 0.5) * t, (ny + 0.5) * t), 0.3) for b in boxes):
                continue
            g = best[state] + cost((nx, ny)) + side_cost((nx, ny), step)
            g += 0.05 if step != way else 0.0
            nxt: State = ((nx, ny), step)
            if g < best.get(nxt, math.inf):
                best[nxt] = g
                came[nxt] = state
                n += 1
                h = abs(goal[0] - nx) + abs(goal[1] - ny)
                heapq.heappush(frontier, (g + h, n, nxt))
    if end is None:
        return [start]
    out = [end]
    while came[out[-1]] is not None:
        out.append(came[out[-1]])  # type: ignore[arg-type]
    return [cell for cell, _ in out[::-1]]
