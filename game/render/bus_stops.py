"""Bus stops as a child sees them: a yellow box painted on the road with BUS written along
the lane, and the blue bus-stop sign on the pavement beside it. The box is painted once into
the course picture; the sign stands with the other signs."""

from __future__ import annotations

import math

import pygame

from game.course.geometry import Point, heading_vector, polygon_centroid
from game.course.model import BusStop, Course
from game.render.text import render

PAINT = (255, 204, 0)  # the yellow of bus-stop road markings
DASH_M, GAP_M = 1.0, 0.6


def lane_heading(course: Course, stop: BusStop) -> float | None:
    """The driving direction through the stop: the heading of the nearest lane there."""
    centre = polygon_centroid(stop.polygon)
    best: tuple[float, float] | None = None
    for lane in course.lanes:
        d = lane.line.distance_to(centre)
        if best is None or d < best[0]:
            s, _lat = lane.line.local(centre)
            best = (d, lane.line.heading_at(s))
    return None if best is None or best[0] > 6.0 else best[1]


def sign_spot(course: Course, stop: BusStop) -> Point | None:
    """Where the sign stands: on the kerb side of the stop (the driver's right where traffic
    keeps right), just off its edge, near its front end."""
    heading = lane_heading(course, stop)
    if heading is None:
        return None
    cx, cy = polygon_centroid(stop.polygon)
    hx, hy = heading_vector(heading)
    rx, ry = -hy * course.kerb_side, hx * course.kerb_side  # towards the kerb
    reach = max((px - cx) * rx + (py - cy) * ry for px, py in stop.polygon)
    ahead = max((px - cx) * hx + (py - cy) * hy for px, py in stop.polygon)
    forward = max(0.0, ahead - 1.0)  # by the front of the stop, where the bus's door halts
    return (cx + rx * (reach + 0.9) + hx * forward, cy + ry * (reach + 0.9) + hy * forward)


def paint_bus_stops(background: pygame.Surface, course: Course, px_per_m: float) -> None:
    """Paint each stop's dashed yellow box and the word BUS on the road, as a driver reads it."""
    for stop in course.bus_stops:
        pts = [(x * px_per_m, y * px_per_m) for x, y in stop.polygon]
        width = max(2, round(0.15 * px_per_m))
        for a, b in zip(pts, pts[1:] + pts[:1]):
            _dashed(background, a, b, width, px_per_m)
        heading = lane_heading(course, stop)
        if heading is None:
            continue
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        across = min(max(xs) - min(xs), max(ys) - min(ys))
        word = render("BUS", max(8, round(across * 0.5)), PAINT)
        # written across the lane, the tops of the letters ahead: read by a driver coming along
        word = pygame.transform.rotate(word, -heading)
        word.set_alpha(215)
        centre = polygon_centroid(stop.polygon)
        background.blit(word, word.get_rect(center=(centre[0] * px_per_m, centre[1] * px_per_m)))


def _dashed(surf: pygame.Surface, a, b, width: int, px_per_m: float) -> None:
    length = math.dist(a, b)
    if length < 1:
        return
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    dash, gap = DASH_M * px_per_m, GAP_M * px_per_m
    s = 0.0
    while s < length:
        e = min(length, s + dash)
        pygame.draw.line(
            surf, PAINT, (a[0] + ux * s, a[1] + uy * s), (a[0] + ux * e, a[1] + uy * e), width
        )
        s = e + gap
