"""The course's hidden objects drawn over the town: what the game reads from a map.

Teachers see their lanes, stop lines, checkpoints and zones as the game understands
them (`screenshot --objects`), which is how a map is checked by eye.
"""

from __future__ import annotations

import pygame

from game.course.geometry import heading_vector
from game.course.model import Course
from game.render.camera import Camera
from game.render.text import outlined

LANE = (40, 120, 255)
STOP = (255, 40, 40)
YIELD = (255, 150, 0)
CROSSING = (255, 255, 255)
ZONE = (255, 220, 0)
SCHOOL = (255, 120, 200)
CHECKPOINT = (0, 200, 255)
FINISH = (20, 20, 20)
SPAWN = (0, 200, 80)
WALK = (180, 60, 220)
VEHICLE = (0, 150, 150)


def draw_course_objects(target: pygame.Surface, course: Course, camera: Camera) -> None:
    """Areas first (translucent), then lines, then points with their labels."""
    layer = pygame.Surface(target.get_size(), pygame.SRCALPHA)
    s = camera.to_screen
    for zone in course.speed_zones:
        colour = SCHOOL if zone.school else ZONE
        _area(layer, [s(p) for p in zone.polygon], colour, 50)
        _label(target, f"{zone.limit:g} km/h", s(zone.polygon[0]), colour, (6, 6))
    for ring in course.roundabouts:
        _area(layer, [s(p) for p in ring.polygon], (120, 255, 120), 40)
    for crossing in course.crossings:
        _area(layer, [s(p) for p in crossing.polygon], CROSSING, 70)
    for spot in course.parking_spots:
        _area(
            layer,
            [s(p) for p in spot.polygon],
            (0, 255, 120) if spot.target else (200, 200, 200),
            90 if spot.target else 40,
        )
    for cp in course.checkpoints:
        _area(layer, [s(p) for p in cp.polygon], CHECKPOINT, 70)
    for finish in course.finishes:
        _area(layer, [s(p) for p in finish.polygon], FINISH, 90)
    for hint in course.hints:
        _area(layer, [s(p) for p in hint.polygon], (255, 255, 160), 40)
    target.blit(layer, (0, 0))

    for lane in course.lanes:
        pts = [s(p) for p in lane.line.points]
        pygame.draw.lines(target, LANE, False, pts, 3)
        step = max(1, round(lane.line.length / 6))
        d = step / 2
        while d < lane.line.length:
            _arrow(
                target, s(lane.line.position_at(d)), lane.line.heading_at(d), LANE, camera.px_per_m
            )
            d += step
        if not lane.next_ids:
            pygame.draw.circle(target, STOP, pts[-1], 5)
    for route in course.pedestrian_routes:
        pygame.draw.lines(target, WALK, False, [s(p) for p in route.line.points], 2)
    for line in course.stop_lines:
        colour = YIELD if line.sign == "yield" else STOP
        pygame.draw.line(target, colour, s(line.a), s(line.b), 5)
    for cp in course.route():
        cx = sum(p[0] for p in cp.polygon) / len(cp.polygon)
        cy = sum(p[1] for p in cp.polygon) / len(cp.polygon)
        _label(target, str(cp.order), s((cx, cy)), CHECKPOINT, (-8, -14), size=26)
    for spawn in course.spawns:
        pygame.draw.circle(target, SPAWN, s(spawn.pos), 9)
        _arrow(target, s(spawn.pos), spawn.heading, SPAWN, camera.px_per_m * 1.8)
        _label(target, f"P{spawn.player}", s(spawn.pos), SPAWN, (10, -24))
    for source in course.vehicle_sources:
        pygame.draw.rect(
            target,
            VEHICLE,
            pygame.Rect(0, 0, 14, 14).move(s(source.pos)[0] - 7, s(source.pos)[1] - 7),
            3,
        )
    for signal in course.signals:
        pygame.draw.circle(target, (30, 30, 30), s(signal.pos), 8)
        _label(target, signal.name, s(signal.pos), (255, 255, 255), (10, 4))


def _area(layer: pygame.Surface, pts, colour, alpha: int) -> None:
    if len(pts) >= 3:
        pygame.draw.polygon(layer, (*colour, alpha), pts)
        pygame.draw.polygon(layer, (*colour, 220), pts, 2)


def _arrow(target: pygame.Surface, at, heading: float, colour, px_per_m: float) -> None:
    hx, hy = heading_vector(heading)
    size = max(5.0, px_per_m * 0.35)
    tip = (at[0] + hx * size, at[1] + hy * size)
    left = (at[0] - hx * size * 0.6 + hy * size * 0.7, at[1] - hy * size * 0.6 - hx * size * 0.7)
    right = (at[0] - hx * size * 0.6 - hy * size * 0.7, at[1] - hy * size * 0.6 + hx * size * 0.7)
    pygame.draw.polygon(target, colour, [tip, left, right])


def _label(target: pygame.Surface, text: str, at, colour, offset=(0, 0), size: int = 16) -> None:
    if not text:
        return
    surf = outlined(text, size, colour, (20, 20, 30), 2)
    target.blit(surf, (at[0] + offset[0], at[1] + offset[1]))
