"""Sprites from assets/sprites, scaled to their size in metres and rotated on demand.

The pictures the game ships are listed in assets/sprites/sprites.json (written by
game.tools.build_art). A picture that is missing is an error that names it (MissingAsset),
checked when the game starts: the game never quietly draws boxes instead of cars. Tests and
headless tools that want plain shapes for missing pictures ask for them with
allow_plain_shapes().
"""

from __future__ import annotations

import json
from functools import cache

import pygame

from game import resources
from game.render.surface_cache import SurfaceCache

FOLDER = "sprites"
ANGLE_STEP = 2  # degrees between cached rotations
ROTATIONS_BUDGET = 4_000_000  # bytes of rotations and shadows kept, unless a view says
_plain_shapes = False


def allow_plain_shapes(allowed: bool = True) -> None:
    """Draw plain shapes for missing pictures instead of raising MissingAsset (never in play)."""
    global _plain_shapes
    _plain_shapes = allowed
    has_sprite.cache_clear()
    shipped.cache_clear()


@cache
def shipped() -> frozenset[str]:
    """The names of the sprites the game ships (sprites.json; with plain shapes, what is there)."""
    if _plain_shapes:
        return frozenset(p.stem for p in (resources.assets_dir() / FOLDER).glob("*.png"))
    manifest = resources.asset(FOLDER, "sprites.json")
    return frozenset(json.loads(manifest.read_text(encoding="utf-8"))["sprites"])


def sprite_files() -> list[tuple[str, ...]]:
    """Every sprite file, for the start-up check (resources.require)."""
    return [(FOLDER, "sprites.json"), *((FOLDER, f"{n}.png") for n in sorted(shipped()))]


@cache
def has_sprite(name: str) -> bool:
    """Whether to draw this picture (True) or plain shapes (only when they were allowed).

    Asked once per name, not on every frame. A name the game does not ship raises
    MissingAsset unless allow_plain_shapes() was called.
    """
    if name not in shipped():
        if _plain_shapes:
            return False
        raise resources.MissingAsset(f"no sprite '{name}' in assets/sprites/sprites.json")
    return True


def _image(name: str) -> pygame.Surface | None:
    """The picture, converted for fast drawing; None only when plain shapes are allowed."""
    if _plain_shapes and not has_sprite(name):
        return None
    image = pygame.image.load(str(resources.asset(FOLDER, f"{name}.png")))
    return image.convert_alpha() if pygame.display.get_surface() else image


class SpriteBank:
    """Sprites at one scale: each kind and size once, its rotations while they are in use
    (a bank kept all day, the kiosk's demo, would otherwise fill with every heading)."""

    def __init__(self, px_per_m: float, budget: int = ROTATIONS_BUDGET) -> None:
        self.px_per_m = px_per_m
        self._base: dict[tuple[str, float, float], pygame.Surface] = {}
        self._rotated = SurfaceCache(budget)

    def base(
        self,
        name: str,
        width_m: float,
        length_m: float,
        fallback: tuple[int, int, int] = (220, 60, 60),
    ) -> pygame.Surface:
        """The sprite facing north at its size in pixels (see allow_plain_shapes)."""
        key = (name, width_m, length_m)
        surf = self._base.get(key)
        if surf is None:
            size = (max(2, round(width_m * self.px_per_m)), max(2, round(length_m * self.px_per_m)))
            image = _image(name)
            if image is not None:
                surf = pygame.transform.smoothscale(image, size)
            else:
                surf = pygame.Surface(size, pygame.SRCALPHA)
                pygame.draw.rect(surf, fallback, surf.get_rect(), border_radius=size[0] // 3)
                pygame.draw.rect(
                    surf,
                    (250, 250, 250),
                    (size[0] * 0.2, size[1] * 0.25, size[0] * 0.6, size[1] * 0.2),
                    border_radius=3,
                )
            self._base[key] = surf
        return surf

    def upright(
        self, name: str, height_m: float, fallback: tuple[int, int, int] = (230, 230, 240)
    ) -> pygame.Surface:
        """A front-view sprite (a sign) scaled to a height, keeping its proportions."""
        key = (name + "#upright", height_m, 0.0)
        surf = self._base.get(key)
        if surf is None:
            h = max(4, round(height_m * self.px_per_m))
            image = _image(name)
            if image is not None:
                w = max(2, round(image.get_width() * h / image.get_height()))
                surf = pygame.transform.smoothscale(image, (w, h))
            else:
                surf = pygame.Surface((h // 2, h), pygame.SRCALPHA)
                pygame.draw.circle(surf, fallback, (h // 4, h // 4), h // 4)
                pygame.draw.line(surf, (90, 90, 95), (h // 4, h // 2), (h // 4, h), 3)
            self._base[key] = surf
        return surf

    def rotated(
        self,
        name: str,
        width_m: float,
        length_m: float,
        heading: float,
        fallback: tuple[int, int, int] = (220, 60, 60),
    ) -> pygame.Surface:
        bucket = round(heading / ANGLE_STEP) % (360 // ANGLE_STEP)
        key = (name, width_m, length_m, bucket)
        surf = self._rotated.get(key)
        if surf is None:
            surf = pygame.transform.rotate(
                self.base(name, width_m, length_m, fallback), -bucket * ANGLE_STEP
            )
            self._rotated.put(key, surf)
        return surf

    def shadow(self, name: str, width_m: float, length_m: float, heading: float) -> pygame.Surface:
        """A soft dark silhouette of the rotated sprite, drawn under it."""
        bucket = round(heading / ANGLE_STEP) % (360 // ANGLE_STEP)
        key = (name + "#shadow", width_m, length_m, bucket)
        surf = self._rotated.get(key)
        if surf is None:
            surf = self.rotated(name, width_m, length_m, heading).copy()
            surf.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGB_MIN)
            surf.fill((255, 255, 255, 80), special_flags=pygame.BLEND_RGBA_MIN)
            self._rotated.put(key, surf)
        return surf

    def blit_centred(
        self, target: pygame.Surface, surf: pygame.Surface, centre: tuple[float, float]
    ) -> None:
        target.blit(surf, surf.get_rect(center=(round(centre[0]), round(centre[1]))))
