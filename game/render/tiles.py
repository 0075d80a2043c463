"""Tile layers drawn once into a big picture of the course; each frame blits a window of it."""

from __future__ import annotations

import pygame

from game.course.model import Course, TileRef


class TileAtlas:
    """Loads each tileset image once and cuts tiles on demand."""

    def __init__(self) -> None:
        self._images: dict[str, pygame.Surface] = {}
        self._tiles: dict[TileRef, pygame.Surface] = {}

    def tile(self, ref: TileRef, size: int) -> pygame.Surface:
        surf = self._tiles.get(ref)
        if surf is None:
            try:
                surf = self._cut(ref)
            except (pygame.error, ValueError, OSError):
                # check-map reads every tileset picture; one that still fails here (an odd
                # format, a rectangle past its edge) shows as a plain tile, not a crash
                surf = pygame.Surface((max(1, ref.width), max(1, ref.height)))
                surf.fill((128, 128, 128))
            if ref.flip_diagonal:
                surf = pygame.transform.flip(pygame.transform.rotate(surf, 90), False, True)
            if ref.flip_x or ref.flip_y:
                surf = pygame.transform.flip(surf, ref.flip_x, ref.flip_y)
            if surf.get_size() != (size, size) and ref.width == ref.height:
                surf = pygame.transform.smoothscale(surf, (size, size))
            self._tiles[ref] = surf
        return surf

    def _cut(self, ref: TileRef) -> pygame.Surface:
        sheet = self._images.get(ref.image)
        if sheet is None:
            sheet = pygame.image.load(ref.image)
            sheet = sheet.convert_alpha() if pygame.display.get_surface() else sheet
            self._images[ref.image] = sheet
        return sheet.subsurface(pygame.Rect(ref.x, ref.y, ref.width, ref.height)).copy()


def render_course_layers(course: Course, px_per_tile: int, atlas: TileAtlas) -> pygame.Surface:
    """All visible tile layers, bottom to top, into one opaque surface."""
    w, h = course.width * px_per_tile, course.height * px_per_tile
    canvas = pygame.Surface((w, h))
    canvas.fill((116, 190, 92))
    for layer in course.layers:
        if not layer.visible:
            continue
        target = canvas
        if layer.opacity < 1.0:
            target = pygame.Surface((w, h), pygame.SRCALPHA)
        rows, cols = layer.gids.shape
        for row in range(rows):
            for col in range(cols):
                gid = int(layer.gids[row, col])
                ref = course.tiles.get(gid)
                if ref is None:
                    continue
                tile = atlas.tile(ref, px_per_tile)
                # tiles taller than the grid sit on the cell's bottom edge, as in Tiled
                target.blit(tile, (col * px_per_tile, (row + 1) * px_per_tile - tile.get_height()))
        if target is not canvas:
            target.set_alpha(round(layer.opacity * 255))
            canvas.blit(target, (0, 0))
    return canvas.convert() if pygame.display.get_surface() else canvas
