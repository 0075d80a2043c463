"""Draws the town's agents: computer vehicles, pedestrians, officers, walk signals.

Reads the town, never changes it. Motion is interpolated between the last two steps
(`px, py, pheading` -> `x, y, heading`), so agents glide at any frame rate. Every signal
a child must read has a shape as well as a colour (a standing or walking figure, a "!"
bubble, arm positions), for colour-blind players.
"""

from __future__ import annotations

import math
from typing import Any

import pygame

from game.course.geometry import heading_vector
from game.render.camera import Camera
from game.render.sprites import SpriteBank, has_sprite
from game.sim.town import Town

CAR_SPRITES = ("car_green", "car_yellow", "car_white", "car_orange")
CAR_COLOURS = ((70, 170, 90), (240, 200, 40), (235, 235, 235), (240, 140, 40))
KIND_SPRITES = {"bus": "bus", "bike": "bike", "ambulance": "ambulance"}
KIND_COLOURS = {"bus": (60, 110, 200), "bike": (90, 90, 100), "ambulance": (245, 245, 245)}
# drawn 1.6 times larger than life: from above a real child is a dot a player can miss
PED_SIZES = {
    "child": (0.8, 0.8),
    "adult": (0.96, 0.96),
    "stroller": (0.96, 2.24),
    "dog": (0.96, 2.24),
}
PED_COLOURS = {
    "child": (230, 120, 60),
    "adult": (70, 90, 160),
    "stroller": (160, 90, 160),
    "dog": (150, 110, 70),
}
WALK_GREEN, STOP_RED = (60, 220, 110), (240, 60, 50)
BLINK = 20  # frames per indicator half-period (about 1.5 Hz at 60 fps)
MARGIN = 80  # pixels outside the view still drawn


def draw_town(
    target: pygame.Surface,
    camera: Camera,
    sprites: SpriteBank,
    town: Town,
    alpha: float,
    frame: int,
) -> None:
    """Walk signals, then pedestrians, vehicles and officers, all at the interpolated pose."""
    view = target.get_rect().inflate(MARGIN * 2, MARGIN * 2)
    _draw_walk_signals(target, camera, town, view, frame)
    for p in getattr(town, "pedestrians", ()):
        _draw_pedestrian(target, camera, sprites, p, alpha, frame, view)
    for v in getattr(town, "vehicles", ()):
        _draw_vehicle(target, camera, sprites, v, alpha, frame, view)
    for o in getattr(town, "officers", ()):
        _draw_officer(target, camera, sprites, o, frame, view)


# -- helpers ---------------------------------------------------------------------------
def _pose(agent: Any, alpha: float) -> tuple[float, float, float]:
    px, py = getattr(agent, "px", agent.x), getattr(agent, "py", agent.y)
    ph = getattr(agent, "pheading", agent.heading)
    dh = ((agent.heading - ph + 180.0) % 360.0) - 180.0
    return (
        px + (agent.x - px) * alpha,
        py + (agent.y - py) * alpha,
        (ph + dh * alpha) % 360.0,
    )


# -- vehicles ----------------------------------------------------------------------------
def _draw_vehicle(target, camera, sprites, v, alpha, frame, view) -> None:
    x, y, heading = _pose(v, alpha)
    centre = camera.to_screen((x, y))
    if not view.collidepoint(centre):
        return
    if v.kind == "car":
        k = getattr(v, "variant", 0) % len(CAR_SPRITES)
        name, colour = CAR_SPRITES[k], CAR_COLOURS[k]
    else:
        name = KIND_SPRITES.get(v.kind, "car_white")
        colour = KIND_COLOURS.get(v.kind, (200, 200, 200))
    w, length = v.width, v.length
    shade = sprites.shadow(name, w, length, heading)
    sprites.blit_centred(target, shade, (centre[0] + 4, centre[1] + 5))
    sprites.blit_centred(target, sprites.rotated(name, w, length, heading, colour), centre)
    if v.braking:
        _overlay(target, camera, sprites, "lights_brake", v, x, y, heading)
    if v.indicator and (frame // BLINK) % 2 == 0:
        side = "left" if v.indicator < 0 else "right"
        _overlay(target, camera, sprites, f"lights_indicator_{side}", v, x, y, heading)
    if getattr(v, "siren", False):
        bar = "ambulance_lights_a" if (frame // 8) % 2 == 0 else "ambulance_lights_b"
        if has_sprite(bar):
            sprites.blit_centred(target, sprites.rotated(bar, w, length, heading), centre)
        else:
            _light_bar(target, camera, v, x, y, heading, frame)


def _overlay(target, camera, sprites, name, v, x, y, heading) -> None:
    """Brake or indicator lamps: the artist's overlay, or small discs where lamps sit."""
    if has_sprite(name):
        surf = sprites.rotated(name, v.width, v.length, heading)
        sprites.blit_centred(target, surf, camera.to_screen((x, y)))
        return
    hx, hy = heading_vector(heading)
    rx, ry = -hy, hx
    r = max(2, camera.px_per_m * 0.17)
    if name == "lights_brake":
        spots, colour = [(-0.48, s * 0.3) for s in (-1, 1)], (255, 40, 40)
    else:
        side = -1 if name.endswith("left") else 1
        spots, colour = [(a, side * 0.45) for a in (-0.48, 0.48)], (255, 170, 0)
    for along, across in spots:
        px = x + hx * v.length * along + rx * v.width * across
        py = y + hy * v.length * along + ry * v.width * across
        pygame.draw.circle(target, colour, camera.to_screen((px, py)), r)


def _light_bar(target, camera, v, x, y, heading, frame) -> None:
    hx, hy = heading_vector(heading)
    rx, ry = -hy, hx
    blue_left = (frame // 8) % 2 == 0
    for side in (-1, 1):
        lit = (side < 0) == blue_left
        colour = (60, 120, 255) if lit else (255, 60, 60)
        px = x + hx * v.length * 0.1 + rx * v.width * 0.25 * side
        py = y + hy * v.length * 0.1 + ry * v.width * 0.25 * side
        pygame.draw.circle(target, colour, camera.to_screen((px, py)), camera.px_per_m * 0.25)


# -- pedestrians ------------------------------------------------------------------------
def _draw_pedestrian(target, camera, sprites, p, alpha, frame, view) -> None:
    x, y, heading = _pose(p, alpha)
    cx, cy = camera.to_screen((x, y))
    if not view.collidepoint((cx, cy)):
        return
    w, length = PED_SIZES.get(p.kind, (0.96, 0.96))
    name = f"ped_{p.kind}"
    moving = p.speed > 0.05
    # a little walking bob: a step every ~0.6 m, tied to the ground, not to the clock
    bob = math.sin((x + y) * 5.0) * 1.5 if moving else 0.0
    shade = sprites.shadow(name, w, length, heading)
    sprites.blit_centred(target, shade, (cx + 2, cy + 3))
    surf = sprites.rotated(name, w, length, heading, PED_COLOURS.get(p.kind, (200, 100, 60)))
    sprites.blit_centred(target, surf, (cx, cy - bob))
    if getattr(p, "flinch", 0.0) > 0.0:
        _bubble(target, (cx, cy - camera.px_per_m * 0.9 - bob), camera.px_per_m, frame)


def _bubble(target, pos, px_per_m, frame) -> None:
    """A white speech bubble with a red "!": the walker got a fright."""
    r = max(7, px_per_m * 0.32) * (1.0 + 0.08 * math.sin(frame * 0.5))
    x, y = pos
    pygame.draw.circle(target, (30, 30, 30), (x, y), r + 2)
    pygame.draw.circle(target, (255, 255, 255), (x, y), r)
    pygame.draw.polygon(
        target,
        (255, 255, 255),
        [(x - r * 0.3, y + r * 0.8), (x, y + r * 1.5), (x + r * 0.2, y + r * 0.8)],
    )
    bar = pygame.Rect(0, 0, max(2, r * 0.3), r * 0.9)
    bar.midtop = (round(x), round(y - r * 0.7))
    pygame.draw.rect(target, STOP_RED, bar, border_radius=2)
    pygame.draw.circle(target, STOP_RED, (x, y + r * 0.5), max(1.5, r * 0.17))


# -- officers -----------------------------------------------------------------------------
def _draw_officer(target, camera, sprites, o, frame, view) -> None:
    """Arms out along the moving traffic for go; one arm raised to stop everyone."""
    centre = camera.to_screen((o.x, o.y))
    if not view.collidepoint(centre):
        return
    pygame.draw.circle(target, (250, 250, 250), centre, camera.px_per_m * 0.75)
    pygame.draw.circle(target, (40, 80, 160), centre, camera.px_per_m * 0.75, 2)
    face = (o.heading + 90.0) % 360.0  # arms along the traffic that may go
    if o.gesture == "go":
        name, size = "officer_arms_out", (1.2, 0.6)
    else:
        name, size = "officer_arm_up", (0.6, 1.2)
    if has_sprite(name):
        surf = sprites.rotated(name, size[0], size[1], face)
        sprites.blit_centred(target, surf, centre)
        return
    # fallback: a body and arms drawn with lines
    hx, hy = heading_vector(o.heading)
    arm = camera.px_per_m * 0.6
    pygame.draw.circle(target, (40, 60, 140), centre, camera.px_per_m * 0.3)
    if o.gesture == "go":
        a = (centre[0] - hx * arm, centre[1] - hy * arm)
        b = (centre[0] + hx * arm, centre[1] + hy * arm)
        pygame.draw.line(target, (40, 60, 140), a, b, 4)
    else:
        pygame.draw.line(target, (40, 60, 140), centre, (centre[0], centre[1] - arm), 4)


# -- walk signals -----------------------------------------------------------------------
_FONTS: dict[int, pygame.font.Font] = {}


def _font(size: int) -> pygame.font.Font:
    """pygame's own font at a size, opened once per size (not once per frame)."""
    font = _FONTS.get(size)
    if font is None:
        if not pygame.font.get_init():
            pygame.font.init()
        if not _FONTS:
            pygame.register_quit(_FONTS.clear)  # fonts die with pygame: forget them then
        font = _FONTS[size] = pygame.font.Font(None, size)
    return font


def _draw_walk_signals(target, camera, town, view, frame) -> None:
    """A head at each end of a signalled crossing: a red standing figure or a green walking
    one, and the seconds left in digits while walkers may (or must finish) crossing."""
    crowd = getattr(town, "crowd", None)
    if crowd is None:
        return
    for cid, info in crowd.info.items():
        state = town.walk_signal(cid)
        if state is None:
            continue
        box = info.box
        # the walking axis is the crossing's long side
        if box.hl >= box.hw:
            ax, ay, reach = box.fx, box.fy, box.hl
        else:
            ax, ay, reach = -box.fy, box.fx, box.hw
        # stand the heads beside the crossing, on the side away from the junction
        bx, by = ay, -ax
        across = min(box.hl, box.hw)
        signal = town.course.signal_by_name(info.crossing.signal or "")
        if signal is not None:
            to_x, to_y = signal.pos[0] - box.x, signal.pos[1] - box.y
            if to_x * bx + to_y * by > 0:
                bx, by = -bx, -by
        for side in (-1, 1):
            along, off = side * (reach + 0.7), across + 0.2
            p = (box.x + ax * along + bx * off, box.y + ay * along + by * off)
            pos = camera.to_screen(p)
            if view.collidepoint(pos):
                _walk_head(target, pos, camera.px_per_m, state, frame)


def _walk_head(target, pos, px_per_m, state, frame) -> None:
    h = max(22, px_per_m * 1.0)
    w = h * 0.62
    rect = pygame.Rect(0, 0, w, h)
    rect.center = (round(pos[0]), round(pos[1]))
    pygame.draw.rect(target, (25, 25, 30), rect, border_radius=int(w * 0.25))
    pygame.draw.rect(target, (240, 240, 240), rect, 2, border_radius=int(w * 0.25))
    walking = state.state == "walk"
    flashing = state.state == "flash"
    blink_off = flashing and (frame // 24) % 2 == 1
    colour = WALK_GREEN if walking else STOP_RED
    if not blink_off:
        _figure(target, rect.centerx, rect.top + h * 0.42, h * 0.62, colour, walking)
    if walking or flashing:
        secs = max(0, math.ceil(state.remaining))
        text = _font(int(h * 0.55)).render(str(secs), True, colour)
        tag = text.get_rect(midtop=(rect.centerx, rect.bottom + 1))
        pygame.draw.rect(target, (25, 25, 30), tag.inflate(6, 2), border_radius=4)
        target.blit(text, tag)


def _figure(target, x, y, size, colour, walking) -> None:
    """A pictogram person: standing straight (stop) or mid-stride (walk)."""
    head = size * 0.13
    lw = max(2, int(size * 0.1))
    pygame.draw.circle(target, colour, (x, y - size * 0.38), head)
    hip = (x, y + size * 0.1)
    neck = (x, y - size * 0.22)
    pygame.draw.line(target, colour, neck, hip, lw)
    if walking:
        pygame.draw.line(target, colour, hip, (x - size * 0.22, y + size * 0.45), lw)
        pygame.draw.line(target, colour, hip, (x + size * 0.2, y + size * 0.42), lw)
        pygame.draw.line(target, colour, (x, y - size * 0.15), (x - size * 0.2, y), lw)
        pygame.draw.line(
            target, colour, (x, y - size * 0.15), (x + size * 0.2, y - size * 0.05), lw
        )
    else:
        pygame.draw.line(target, colour, hip, (x - size * 0.07, y + size * 0.45), lw)
        pygame.draw.line(target, colour, hip, (x + size * 0.07, y + size * 0.45), lw)
        pygame.draw.line(
            target,
            colour,
            (x - size * 0.16, y - size * 0.18),
            (x - size * 0.16, y + size * 0.08),
            lw,
        )
        pygame.draw.line(
            target,
            colour,
            (x + size * 0.16, y - size * 0.18),
            (x + size * 0.16, y + size * 0.08),
            lw,
        )
