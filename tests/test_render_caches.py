"""Caches of drawn pictures stay within their bounds however long the game runs (a kiosk
keeps its demo's town drawn all day)."""

import pygame

from game.render import sprites
from game.render.surface_cache import SurfaceCache, surface_bytes


def test_a_surface_cache_drops_the_least_recently_used_past_its_budget():
    one = surface_bytes(pygame.Surface((10, 10), pygame.SRCALPHA))  # 400 bytes
    cache = SurfaceCache(budget=3 * one)
    for k in "abc":
        cache.put(k, pygame.Surface((10, 10), pygame.SRCALPHA))
    assert cache.get("a") is not None  # "a" used again: "b" is now the oldest
    cache.put("d", pygame.Surface((10, 10), pygame.SRCALPHA))
    assert cache.get("b") is None
    assert all(cache.get(k) is not None for k in "acd")
    assert (len(cache), cache.bytes) == (3, 3 * one)
    cache.put("a", pygame.Surface((10, 10), pygame.SRCALPHA))  # replaced, not counted twice
    assert cache.bytes == 3 * one


def test_a_surface_bigger_than_the_budget_is_kept_alone():
    cache = SurfaceCache(budget=100)
    cache.put("small", pygame.Surface((2, 2)))
    big = cache.put("big", pygame.Surface((50, 50)))
    assert cache.get("big") is big and cache.get("small") is None and len(cache) == 1


def test_a_sprite_bank_turned_through_every_heading_stays_within_its_budget():
    budget = 300_000
    bank = sprites.SpriteBank(20.0, budget=budget)
    kept = 0
    for heading in range(0, 360, sprites.ANGLE_STEP):
        for name in ("car_red", "bus"):
            bank.rotated(name, 1.8, 4.2, heading)
            bank.shadow(name, 1.8, 4.2, heading)
            assert bank._rotated.bytes <= budget
            kept = max(kept, len(bank._rotated))
    assert kept > 4  # it still keeps what a frame needs
    first = bank.rotated("bus", 1.8, 4.2, 358)
    assert bank.rotated("bus", 1.8, 4.2, 358) is first  # recent rotations are reused


def test_lines_at_many_sizes_keep_no_font_open_for_their_metrics():
    from game.render import text

    text.forget()
    for size in range(10, 90):
        text.render("Stop ⵜ قف", size, (0, 0, 0))
    assert text.font.cache_info().currsize == 0  # only numbers were kept for the line heights
    bold = text.font(40, "bold", "arabic")
    assert text._metrics(40, "bold")[0] >= bold.get_ascent()
    text.forget()
