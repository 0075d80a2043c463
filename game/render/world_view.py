"""Draws the world as the player sees it. Reads the world, never changes it."""

from __future__ import annotations

import pygame

from game.course.geometry import heading_vector
from game.render.bus_stops import paint_bus_stops, sign_spot
from game.render.camera import Camera
from game.render.hud import Hud
from game.render.route_marks import draw_marks
from game.render.sprites import SpriteBank, has_sprite, shipped
from game.render.text import render
from game.render.tiles import TileAtlas, render_course_layers
from game.render.town_view import draw_town
from game.render.walker_view import draw_look_button, draw_parked, draw_walker, look_heading
from game.sim.car import CarState
from game.sim.world import World

PLAYER_SPRITES = ("car_red", "car_blue", "car_green", "car_yellow")
LAMP_COLOURS = {"red": (255, 50, 40), "yellow": (255, 196, 0), "green": (40, 210, 95)}
LAMP_OFF = (62, 64, 72)
LAMPS = ("red", "yellow", "green")  # top to bottom
SIGN_HEIGHT_M = 2.2  # a sign on its pole, drawn upright as a child sees it
PULSE_FRAMES = 20  # frames a light change pulses for
WALK_ZOOM = 2.0  # on foot the town is seen closer: a child is small
WALKER_COLOURS = ((230, 120, 60), (70, 110, 200), (70, 170, 90), (240, 200, 40))


def lerp_state(a: CarState, b: CarState, alpha: float) -> CarState:
    """Between two steps, for smooth drawing at any frame rate."""
    dh = ((b.heading - a.heading + 180.0) % 360.0) - 180.0
    return CarState(
        a.x + (b.x - a.x) * alpha,
        a.y + (b.y - a.y) * alpha,
        (a.heading + dh * alpha) % 360.0,
        a.speed + (b.speed - a.speed) * alpha,
        a.steer + (b.steer - a.steer) * alpha,
    )


class WorldView:
    """Owns the camera and the cached course picture for one screen area."""

    def __init__(self, world: World, size: tuple[int, int], zoom: float | None = None) -> None:
        course = world.course
        if zoom is None:
            zoom = WALK_ZOOM if course.walking else 1.0
        self.world = world
        self.size = size
        px_per_tile = max(8, round(course.tile_px * zoom))
        self.px_per_m = px_per_tile / course.tile_metres
        self.atlas = TileAtlas()
        self.background = render_course_layers(course, px_per_tile, self.atlas)
        paint_bus_stops(self.background, course, self.px_per_m)
        self.camera = Camera(size[0], size[1], course.width_m, course.height_m, self.px_per_m)
        # rotations kept up to a screenful of pixels: a frame draws far less (0.5 MB on The
        # Traffic Park at busy traffic, 0.3 MB on foot at Walk to School, at 1920x1080)
        self.sprites = SpriteBank(self.px_per_m, budget=size[0] * size[1] * 4)
        self._speed_signs: dict[str, pygame.Surface] = {}  # speed limit value -> its sign
        self.hud = Hud(size)
        self.frame = 0
        self.follow_player = True  # False: the camera stays where it was put
        self._light_changes: dict[int, tuple[str, int]] = {}  # light id -> (colour, frame)
        self._light_heads: dict[tuple[str, int, float], pygame.Surface] = {}
        self._signs: list[tuple[pygame.Surface, tuple[float, float]]] | None = None
        self.car_sprites = list(PLAYER_SPRITES)  # per player: the colour they chose
        self.show_route = True  # the glowing next checkpoint and the chequered finish
        lead = world.players[0].state
        self.camera.follow(lead.pos, lead.heading, 0.0, 0.0, snap=True)

    def draw(
        self,
        target: pygame.Surface,
        alpha: float,
        dt: float,
        player_index: int = 0,
        hud: bool = True,
    ) -> None:
        world = self.world
        self.frame += 1
        me = world.players[player_index]
        shown = lerp_state(me.previous, me.state, alpha)
        if self.follow_player:
            if me.gaze is not None and me.gaze.looking:  # the camera looks where the head does
                self.camera.follow(shown.pos, look_heading(shown, me.gaze, world.t), 12.0, dt)
            else:
                self.camera.follow(shown.pos, shown.heading, shown.speed, dt)
        ox, oy = self.camera.offset
        spot = self.background.get_rect(topleft=(round(ox), round(oy)))
        if not spot.contains(target.get_rect()):  # grass where the map does not reach
            target.fill((60, 140, 70))
        target.blit(self.background, spot)
        if self.show_route:
            draw_marks(target, self.camera, world, me, self.frame / 60.0)
        self._draw_signs(target)
        if world.course.parked:
            draw_parked(target, self.camera, self.sprites, world.course)
        draw_town(target, self.camera, self.sprites, world.town, alpha, self.frame)
        for i, player in enumerate(world.players):
            state = lerp_state(player.previous, player.state, alpha)
            if player.gaze is not None:
                colour = WALKER_COLOURS[i % len(WALKER_COLOURS)]
                draw_walker(
                    target,
                    self.camera,
                    self.sprites,
                    state,
                    player.gaze,
                    world.t,
                    colour,
                    self.frame,
                )
                continue
            self._draw_car(target, state, self.car_sprites[i % len(self.car_sprites)], player)
        self._draw_lights(target)
        if hud:
            self.hud.draw(target, world, me, self.frame)
            if me.gaze is not None:
                draw_look_button(target, me.gaze, self.hud.scale, self.hud.rtl)

    # ------------------------------------------------------------------
    def _draw_car(self, target: pygame.Surface, state: CarState, sprite: str, player) -> None:
        spec = player.spec
        centre = self.camera.to_screen(state.pos)
        surf = self.sprites.rotated(sprite, spec.width, spec.length, state.heading)
        shade = self.sprites.shadow(sprite, spec.width, spec.length, state.heading)
        self.sprites.blit_centred(target, shade, (centre[0] + 4, centre[1] + 5))
        self.sprites.blit_centred(target, surf, centre)
        c = player.controls
        blink_on = (self.frame // 20) % 2 == 0
        if c.brake > 0.05 or (c.throttle < -0.05 and state.speed > 0.05):
            self._overlay(target, "lights_brake", spec, state, centre)
        if c.indicator and blink_on:
            name = "lights_indicator_left" if c.indicator < 0 else "lights_indicator_right"
            self._overlay(target, name, spec, state, centre)

    def _overlay(self, target, name: str, spec, state: CarState, centre) -> None:
        if has_sprite(name):
            surf = self.sprites.rotated(name, spec.width, spec.length, state.heading)
            self.sprites.blit_centred(target, surf, centre)
            return
        hx, hy = heading_vector(state.heading)
        rx, ry = -hy, hx
        px = self.px_per_m
        if name == "lights_brake":
            for side in (-1, 1):
                x = state.x - hx * spec.length * 0.48 + rx * side * spec.width * 0.3
                y = state.y - hy * spec.length * 0.48 + ry * side * spec.width * 0.3
                pygame.draw.circle(
                    target, (255, 40, 40), self.camera.to_screen((x, y)), max(2, px * 0.18)
                )
        else:
            side = -1 if name.endswith("left") else 1
            for along in (-0.48, 0.48):
                x = state.x + hx * spec.length * along + rx * side * spec.width * 0.45
                y = state.y + hy * spec.length * along + ry * side * spec.width * 0.45
                pygame.draw.circle(
                    target, (255, 170, 0), self.camera.to_screen((x, y)), max(2, px * 0.16)
                )

    def _draw_signs(self, target: pygame.Surface) -> None:
        """Signs stand on the verge as a child sees them: a face on a pole, upright."""
        if self._signs is None:  # their pictures and map pixels, found once
            self._signs = []
            course = self.world.course
            for sign in course.signs:
                surf = self._sign_picture(sign.kind, sign.value)
                at = (sign.pos[0] * self.px_per_m, sign.pos[1] * self.px_per_m)
                self._signs.append((surf, at))
            for stop in course.bus_stops:  # each bus stop has its sign on the pavement
                spot = sign_spot(course, stop)
                if spot is not None:
                    surf = self.sprites.upright("sign_bus_stop", height_m=SIGN_HEIGHT_M)
                    self._signs.append((surf, (spot[0] * self.px_per_m, spot[1] * self.px_per_m)))
        ox, oy = self.camera.offset
        right, bottom = self.size[0] + 64, self.size[1] + 96
        for surf, (sx, sy) in self._signs:
            x, y = ox + sx, oy + sy
            if -64 < x < right and -96 < y < bottom:
                # the pole's foot stands on the sign's point
                target.blit(surf, surf.get_rect(midbottom=(round(x), round(y))))

    def _sign_picture(self, kind: str, value: str) -> pygame.Surface:
        """A sign's face; a speed limit the art has no face for gets its number written on."""
        name = f"sign_speed_limit_{value}" if kind == "speed_limit" else f"sign_{kind}"
        if kind != "speed_limit" or name in shipped():
            return self.sprites.upright(name, height_m=SIGN_HEIGHT_M)
        surf = self._speed_signs.get(value)
        if surf is None:
            surf = self.sprites.upright("sign_speed_limit", height_m=SIGN_HEIGHT_M).copy()
            w, h = surf.get_size()
            number = render(value, max(6, round(h * 0.26)), (20, 20, 24))
            fit = min(1.0, w * 0.54 / max(1, number.get_width()))
            if fit < 1.0:
                number = pygame.transform.smoothscale_by(number, fit)
            surf.blit(number, number.get_rect(center=(w / 2, h * 0.335)))
            self._speed_signs[value] = surf
        return surf

    def _draw_lights(self, target: pygame.Surface) -> None:
        """Light heads: three lamps in a column on a pole standing on the light's point, so
        the lit one's place tells its colour.

        The lit lamp glows; when a light changes, a ring pulses out of the new lamp for
        a third of a second so a child notices the change even out of the corner of an eye.
        """
        town = self.world.town
        changes = self._light_changes
        lamp = getattr(town, "lamp", town.light)  # the heads, even under an officer
        for light in self.world.course.traffic_lights:
            colour = lamp(light.signal, light.phase)
            seen = changes.get(light.id)
            if seen is None or seen[0] != colour:
                changes[light.id] = (colour, self.frame if seen is not None else -PULSE_FRAMES)
            since = self.frame - changes[light.id][1]
            x, y = self.camera.to_screen(light.pos)
            if not (-80 < x < self.size[0] + 80 and -80 < y < self.size[1] + 80):
                continue
            pulse = since if 0 <= since < PULSE_FRAMES else -1
            head = self._light_head(colour, pulse, light.heading)
            target.blit(head, head.get_rect(midbottom=(round(x), round(y))))

    def _light_head(self, colour: str, pulse: int, heading: float) -> pygame.Surface:
        """One light head on its pole, drawn once per look (colour, pulse frame) and kept.

        Upright and larger than the walkers' heads, as a child sees a real one: red on
        top, amber in the middle, green at the bottom, all three lamps always there (the
        unlit ones dark), and each lit lamp with its own white shape (a bar, a ring, an
        arrow), so its place and its shape tell the state on a grey-scale screen too."""
        heads = self._light_heads
        key = (colour, pulse, 0.0)
        cached = heads.get(key)
        if cached is not None:
            return cached
        head = light_head(colour, self.px_per_m, pulse)
        heads[key] = head
        return head


def light_head(colour: str, px_per_m: float, pulse: int = -1) -> pygame.Surface:
    """A traffic light head on a short pole (the pole's foot at the bottom middle)."""
    w = max(20.0, px_per_m * 0.95)
    h = w * 2.75
    pole = w * 0.6
    pad = round(w * 0.7)
    head = pygame.Surface((round(w + 2 * pad), round(h + pole + 2 * pad)), pygame.SRCALPHA)
    cx0 = pad + w / 2
    pygame.draw.rect(head, (40, 42, 48), (cx0 - w * 0.09, pad + h - 2, w * 0.18, pole + pad))
    body = pygame.Rect(pad, pad, round(w), round(h))
    pygame.draw.rect(head, (24, 26, 30), body, border_radius=int(w * 0.3))
    pygame.draw.rect(head, (250, 250, 250), body, max(2, round(w / 12)), border_radius=int(w * 0.3))
    r = w * 0.36
    for i, name in enumerate(LAMPS):
        lit = colour == name
        cx, cy = cx0, pad + h * (0.18 + 0.32 * i)
        if lit:  # a soft glow around the lit lamp
            glow = LAMP_COLOURS[name]
            for k, a in ((1.6, 60), (1.3, 110)):
                pygame.draw.circle(head, (*glow, a), (cx, cy), r * k)
            if pulse >= 0:  # the change pulse: a ring flying out
                grow = pulse / PULSE_FRAMES
                ring = r * (1.2 + 1.2 * grow)
                pygame.draw.circle(
                    head, (255, 255, 255, int(230 * (1.0 - grow))), (cx, cy), ring, 3
                )
        pygame.draw.circle(head, LAMP_COLOURS[name] if lit else LAMP_OFF, (cx, cy), r)
        pygame.draw.circle(head, (12, 12, 14), (cx, cy), r, max(1, round(w / 16)))
        if not lit:
            continue
        white = (255, 255, 255)
        if name == "red":  # a bar: "stop", as on a no-entry sign
            pygame.draw.rect(head, white, (cx - r * 0.62, cy - r * 0.2, r * 1.24, r * 0.4))
        elif name == "yellow":  # a ring: "careful"
            pygame.draw.circle(head, white, (cx, cy), r * 0.52, max(2, round(r * 0.2)))
        else:  # an arrow up: "go"
            pts = [
                (cx, cy - r * 0.62),
                (cx + r * 0.55, cy + r * 0.05),
                (cx + r * 0.2, cy + r * 0.05),
                (cx + r * 0.2, cy + r * 0.55),
                (cx - r * 0.2, cy + r * 0.55),
                (cx - r * 0.2, cy + r * 0.05),
                (cx - r * 0.55, cy + r * 0.05),
            ]
            pygame.draw.polygon(head, white, pts)
    return head
