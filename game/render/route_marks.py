"""The way to go, always clear: the next checkpoint glows on the road, the finish is
chequered, and an arrow at the screen's edge points to the next place when it is off screen.
Reads the world, never changes it."""

from __future__ import annotations

import math

import pygame

from game.course.geometry import Point
from game.render.camera import Camera
from game.sim.world import Player, World

GLOW = (255, 220, 40)
INK = (30, 32, 44)


def next_target(world: World, player: Player) -> tuple[tuple[Point, ...], bool] | None:
    """The outline of where to go next, and whether it is the finish; None when done."""
    if player.progress.finished:
        return None
    i = player.progress.next_checkpoint
    if i < len(world.route):
        return world.route[i].polygon, False
    if world.course.finishes:
        return world.course.finishes[0].polygon, True
    return None


def draw_marks(target: pygame.Surface, camera: Camera, world: World, player: Player, t: float):
    """Under the cars: the chequered finish, then the glowing next checkpoint."""
    for finish in world.course.finishes:
        _chequer(target, [camera.to_screen(p) for p in finish.polygon], camera.px_per_m)
    goal = next_target(world, player)
    if goal is None or goal[1]:
        if goal is not None:  # heading for the finish: it glows as well
            _glow(target, [camera.to_screen(p) for p in goal[0]], t)
        return
    _glow(target, [camera.to_screen(p) for p in goal[0]], t)


def draw_edge_arrow(
    target: pygame.Surface, camera: Camera, world: World, player: Player, t: float, scale: float
) -> None:
    """Over everything: when the next place is off screen, a big arrow on the edge points to it."""
    goal = next_target(world, player)
    if goal is None:
        return
    xs = [p[0] for p in goal[0]]
    ys = [p[1] for p in goal[0]]
    gx, gy = camera.to_screen(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    w, h = target.get_size()
    margin = 70 * scale
    if margin <= gx <= w - margin and margin <= gy <= h - margin:
        return
    cx, cy = w / 2, h / 2
    dx, dy = gx - cx, gy - cy
    k = min(
        (cx - margin) / abs(dx) if dx else math.inf,
        (cy - margin) / abs(dy) if dy else math.inf,
    )
    ax, ay = cx + dx * k, cy + dy * k
    angle = math.atan2(dy, dx)
    bob = math.sin(t * math.tau * 1.2) * 6 * scale  # gently nudging towards the goal
    ax += math.cos(angle) * bob
    ay += math.sin(angle) * bob
    size = 48 * scale
    pts = [(1.0, 0.0), (-0.6, -0.75), (-0.25, 0.0), (-0.6, 0.75)]
    ca, sa = math.cos(angle), math.sin(angle)
    poly = [(ax + (x * ca - y * sa) * size, ay + (x * sa + y * ca) * size) for x, y in pts]
    pygame.draw.polygon(target, GLOW, poly)
    pygame.draw.polygon(target, INK, poly, max(3, round(5 * scale)))


def _glow(target: pygame.Surface, poly: list[tuple[float, float]], t: float) -> None:
    box = pygame.Rect(_bounds(poly)).inflate(24, 24)
    if not box.colliderect(target.get_rect()):
        return
    layer = pygame.Surface(box.size, pygame.SRCALPHA)
    local = [(x - box.x, y - box.y) for x, y in poly]
    pulse = 0.5 + 0.5 * math.sin(t * math.tau * 0.9)  # under once a second: calm, not a flash
    pygame.draw.polygon(layer, (*GLOW, round(70 + 60 * pulse)), local)
    pygame.draw.polygon(layer, (255, 255, 255, 230), local, 6)
    pygame.draw.polygon(layer, (*GLOW, 255), local, 3)
    target.blit(layer, box)


def _chequer(target: pygame.Surface, poly: list[tuple[float, float]], px_per_m: float) -> None:
    box = pygame.Rect(_bounds(poly))
    if box.w < 2 or box.h < 2 or not box.colliderect(target.get_rect()):
        return
    cell = max(6, round(px_per_m * 0.75))
    board = pygame.Surface(box.size, pygame.SRCALPHA)
    for row in range(box.h // cell + 1):
        for col in range(box.w // cell + 1):
            colour = (20, 20, 24, 190) if (row + col) % 2 == 0 else (255, 255, 255, 190)
            board.fill(colour, (col * cell, row * cell, cell, cell))
    mask = pygame.Surface(box.size, pygame.SRCALPHA)
    pygame.draw.polygon(mask, (255, 255, 255, 255), [(x - box.x, y - box.y) for x, y in poly])
    board.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    target.blit(board, box)


def _bounds(poly: list[tuple[float, float]]) -> tuple[int, int, int, int]:
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    x0, y0 = math.floor(min(xs)), math.floor(min(ys))
    return (x0, y0, math.ceil(max(xs)) - x0, math.ceil(max(ys)) - y0)
