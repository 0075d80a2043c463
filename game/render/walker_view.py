"""Drawing the child on foot: the walker, where its head looks, and parked vehicles.

Reads the world, never changes it. The walker is drawn larger than life (as the town's
walkers are) with a ring so a child finds itself at once; while it looks, a soft cone
shows what it sees, swinging left, right and left again.
"""

from __future__ import annotations

import math

import pygame

from game.course.geometry import heading_vector
from game.course.model import Course
from game.render.camera import Camera
from game.render.sprites import SpriteBank
from game.sim.car import CarState
from game.sim.walker import Gaze

WALKER_SIZE = 1.1  # metres drawn: a child seen from above, larger than life
RING = (255, 255, 255)
CONE = (255, 240, 140)
PARKED_SPRITES = ("car_blue", "car_red", "car_white", "car_green", "car_yellow", "car_orange")
PARKED_COLOURS = (
    (70, 110, 200),
    (210, 60, 60),
    (235, 235, 235),
    (70, 170, 90),
    (240, 200, 40),
    (240, 140, 40),
)
LOOK_REACH = 14.0  # metres the cone reaches


def draw_parked(
    target: pygame.Surface, camera: Camera, sprites: SpriteBank, course: Course
) -> None:
    """Each parked vehicle, standing where the map puts it, in a colour of its own."""
    for car in course.parked:
        length, width = car.size
        centre = camera.to_screen(car.pos)
        if not target.get_rect().inflate(200, 200).collidepoint(centre):
            continue
        if car.kind == "bus":
            name, colour = "bus", (60, 110, 200)
        else:
            k = car.id % len(PARKED_SPRITES)
            name, colour = PARKED_SPRITES[k], PARKED_COLOURS[k]
        shade = sprites.shadow(name, width, length, car.heading)
        sprites.blit_centred(target, shade, (centre[0] + 4, centre[1] + 5))
        sprites.blit_centred(
            target, sprites.rotated(name, width, length, car.heading, colour), centre
        )


def look_heading(state: CarState, gaze: Gaze | None, t: float) -> float:
    """Where the head faces now (the body's heading when it is not looking)."""
    return (state.heading + (gaze.head(t) if gaze is not None else 0.0)) % 360.0


def draw_walker(
    target: pygame.Surface,
    camera: Camera,
    sprites: SpriteBank,
    state: CarState,
    gaze: Gaze | None,
    t: float,
    colour: tuple[int, int, int] = (230, 120, 60),
    frame: int = 0,
) -> None:
    """The child: a ring on the ground, the walking figure, and the look cone."""
    px = camera.px_per_m
    cx, cy = camera.to_screen(state.pos)
    if gaze is not None and gaze.looking:
        _cone(target, camera, state, look_heading(state, gaze, t))
    pulse = 1.0 + 0.06 * math.sin(frame * 0.12)
    r = max(8, WALKER_SIZE * px * 0.75 * pulse)
    pygame.draw.circle(target, (30, 30, 40), (cx, cy), r + 2, 3)
    pygame.draw.circle(target, RING, (cx, cy), r, 3)
    moving = state.speed > 0.05
    bob = math.sin((state.x + state.y) * 5.0) * 1.5 if moving else 0.0
    shade = sprites.shadow("ped_child", WALKER_SIZE, WALKER_SIZE, state.heading)
    sprites.blit_centred(target, shade, (cx + 2, cy + 3))
    body = sprites.rotated("ped_child", WALKER_SIZE, WALKER_SIZE, state.heading, colour)
    sprites.blit_centred(target, body, (cx, cy - bob))
    # the nose: a dot showing where the head turns
    hx, hy = heading_vector(look_heading(state, gaze, t))
    nose = (cx + hx * r * 0.8, cy + hy * r * 0.8 - bob)
    pygame.draw.circle(target, (30, 30, 40), nose, max(3, px * 0.12) + 1)
    pygame.draw.circle(target, (255, 255, 255), nose, max(3, px * 0.12))


def _cone(target: pygame.Surface, camera: Camera, state: CarState, heading: float) -> None:
    """A soft wedge of sight, 50° wide, from the walker along the head's heading."""
    reach = LOOK_REACH * camera.px_per_m
    cx, cy = camera.to_screen(state.pos)
    pts = [(cx, cy)]
    for k in range(9):
        a = math.radians(heading - 25.0 + 50.0 * k / 8)
        pts.append((cx + math.sin(a) * reach, cy - math.cos(a) * reach))
    box = pygame.Rect(0, 0, 1, 1).unionall([pygame.Rect(p[0], p[1], 1, 1) for p in pts])
    layer = pygame.Surface(box.size, pygame.SRCALPHA)
    local = [(p[0] - box.x, p[1] - box.y) for p in pts]
    pygame.draw.polygon(layer, (*CONE, 70), local)
    pygame.draw.lines(layer, (*CONE, 160), True, local, 2)
    target.blit(layer, box.topleft)


def draw_look_button(target: pygame.Surface, gaze: Gaze, scale: float, rtl: bool) -> None:
    """Where the speed dial is when driving (the top corner, clear of the touch buttons below):
    the eyes of the look button, lit while looking."""
    from game.ui.rule_icons import rule_icon

    size = round(110 * scale)
    w = target.get_width()
    margin = round(24 * scale)
    centre = (margin + size / 2 if rtl else w - margin - size / 2, margin + size / 2)
    ring = (255, 220, 60) if gaze.looking else (255, 255, 255)
    pygame.draw.circle(target, (30, 30, 40), centre, size / 2 + 4)
    pygame.draw.circle(target, ring, centre, size / 2)
    pic = rule_icon("ped_look", round(size * 0.8))
    if gaze.looking:  # the eyes swing with the head
        pic = pygame.transform.rotate(pic, -gaze.head_now * 0.25)
    target.blit(pic, pic.get_rect(center=centre))
