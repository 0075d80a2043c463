"""Pictures that need no reading, drawn in code at any size: play, home, back, cog, stars,
lock, pause, door, retry, paper, speaker... Each is drawn on a 100x100 grid and cached.

Arrows take a direction (+1 right, -1 left) so right-to-left screens can point the other way.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import pygame

from game.ui.theme import INK, STAR, STAR_EMPTY, WHITE

Colour = tuple[int, int, int]
Painter = Callable[[pygame.Surface, Callable[[float], float], Colour], None]
_PAINTERS: dict[str, Painter] = {}


def _painter(name: str) -> Callable[[Painter], Painter]:
    def register(fn: Painter) -> Painter:
        _PAINTERS[name] = fn
        return fn

    return register


def names() -> list[str]:
    return sorted(_PAINTERS)


@lru_cache(maxsize=512)
def icon(name: str, size: int, colour: Colour = WHITE, direction: int = 1) -> pygame.Surface:
    """The picture `name`, `size` pixels square; mirrored when direction is -1."""
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    _PAINTERS[name](surf, lambda v: v * size / 100.0, colour)
    if direction < 0:
        surf = pygame.transform.flip(surf, True, False)
    return surf


def _poly(s: pygame.Surface, u, colour, pts, width: int = 0) -> None:
    pygame.draw.polygon(s, colour, [(u(x), u(y)) for x, y in pts], width)


@_painter("play")
def _play(s, u, c):
    _poly(s, u, c, [(30, 18), (30, 82), (84, 50)])


@_painter("pause")
def _pause(s, u, c):
    pygame.draw.rect(s, c, (u(24), u(18), u(18), u(64)), border_radius=round(u(4)))
    pygame.draw.rect(s, c, (u(58), u(18), u(18), u(64)), border_radius=round(u(4)))


@_painter("home")
def _home(s, u, c):
    _poly(s, u, c, [(50, 10), (92, 48), (80, 48), (80, 88), (20, 88), (20, 48), (8, 48)])
    pygame.draw.rect(s, (0, 0, 0, 0), (u(42), u(60), u(16), u(28)))


@_painter("arrow")
def _arrow(s, u, c):
    _poly(s, u, c, [(10, 40), (52, 40), (52, 16), (92, 50), (52, 84), (52, 60), (10, 60)])


@_painter("back")
def _back(s, u, c):
    _poly(s, u, c, [(90, 40), (48, 40), (48, 16), (8, 50), (48, 84), (48, 60), (90, 60)])


@_painter("retry")
def _retry(s, u, c):
    rect = pygame.Rect(u(16), u(16), u(68), u(68))
    pygame.draw.arc(s, c, rect, math.radians(-30), math.radians(200), max(3, round(u(13))))
    _poly(s, u, c, [(62, 30), (94, 30), (80, 58)])
    _poly(s, u, c, [(70, 8), (96, 36), (60, 44)])


@_painter("check")
def _check(s, u, c):
    pygame.draw.lines(s, c, False, [(u(14), u(52)), (u(40), u(78)), (u(88), u(24))], round(u(16)))


@_painter("cross")
def _cross(s, u, c):
    w = round(u(16))
    pygame.draw.line(s, c, (u(20), u(20)), (u(80), u(80)), w)
    pygame.draw.line(s, c, (u(80), u(20)), (u(20), u(80)), w)


@_painter("plus")
def _plus(s, u, c):
    pygame.draw.rect(s, c, (u(40), u(12), u(20), u(76)), border_radius=round(u(5)))
    pygame.draw.rect(s, c, (u(12), u(40), u(76), u(20)), border_radius=round(u(5)))


@_painter("minus")
def _minus(s, u, c):
    pygame.draw.rect(s, c, (u(12), u(40), u(76), u(20)), border_radius=round(u(5)))


@_painter("cog")
def _cog(s, u, c):
    for k in range(8):
        a = math.radians(k * 45)
        pts = []
        for da, r in ((-0.22, 30), (-0.16, 46), (0.16, 46), (0.22, 30)):
            pts.append((50 + r * math.cos(a + da), 50 + r * math.sin(a + da)))
        _poly(s, u, c, pts)
    pygame.draw.circle(s, c, (u(50), u(50)), u(34))
    pygame.draw.circle(s, (0, 0, 0, 0), (u(50), u(50)), u(14))


def star_points(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.45
        a = math.radians(-90 + 36 * i)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


@_painter("star")
def _star(s, u, c):
    pts = [(u(x), u(y)) for x, y in star_points(50, 53, 46)]
    pygame.draw.polygon(s, STAR if c == WHITE else c, pts)
    pygame.draw.polygon(s, INK, pts, max(2, round(u(5))))


@_painter("star_empty")
def _star_empty(s, u, c):
    pts = [(u(x), u(y)) for x, y in star_points(50, 53, 46)]
    pygame.draw.polygon(s, STAR_EMPTY, pts)
    pygame.draw.polygon(s, (150, 155, 170), pts, max(2, round(u(5))))


@_painter("lock")
def _lock(s, u, c):
    pygame.draw.rect(s, c, (u(18), u(44), u(64), u(48)), border_radius=round(u(8)))
    pygame.draw.arc(s, c, (u(28), u(10), u(44), u(64)), 0, math.pi, max(3, round(u(10))))
    pygame.draw.circle(s, INK, (u(50), u(64)), u(7))


@_painter("door")
def _door(s, u, c):
    pygame.draw.rect(s, c, (u(18), u(8), u(50), u(86)), max(3, round(u(7))))
    _poly(s, u, c, [(18, 8), (56, 18), (56, 90), (18, 94)])
    pygame.draw.circle(s, INK, (u(46), u(54)), u(5))
    _poly(s, u, c, [(70, 40), (84, 40), (84, 30), (98, 50), (84, 70), (84, 60), (70, 60)])


@_painter("paper")
def _paper(s, u, c):
    _poly(s, u, c, [(20, 6), (62, 6), (82, 26), (82, 94), (20, 94)])
    for y in (40, 54, 68, 82):
        pygame.draw.line(s, INK, (u(30), u(y)), (u(72), u(y)), max(2, round(u(5))))
    _poly(s, u, INK, [(62, 6), (62, 26), (82, 26)])


@_painter("picture")
def _picture(s, u, c):
    pygame.draw.rect(s, c, (u(8), u(16), u(84), u(68)), border_radius=round(u(6)))
    _poly(s, u, (90, 170, 90), [(14, 78), (40, 44), (58, 66), (70, 54), (86, 78)])
    pygame.draw.circle(s, (255, 200, 40), (u(70), u(34)), u(8))


@_painter("printer")
def _printer(s, u, c):
    pygame.draw.rect(s, c, (u(26), u(8), u(48), u(30)))
    pygame.draw.rect(s, c, (u(8), u(36), u(84), u(38)), border_radius=round(u(8)))
    pygame.draw.rect(s, c, (u(26), u(62), u(48), u(32)))
    for y in (72, 82):
        pygame.draw.line(s, INK, (u(34), u(y)), (u(66), u(y)), max(2, round(u(4))))


@_painter("speaker")
def _speaker(s, u, c):
    _poly(s, u, c, [(8, 36), (28, 36), (52, 14), (52, 86), (28, 64), (8, 64)])
    for r in (18, 32):
        rect = pygame.Rect(u(52 - r), u(50 - r), u(2 * r), u(2 * r))
        pygame.draw.arc(s, c, rect, math.radians(-50), math.radians(50), max(2, round(u(7))))


@_painter("mute")
def _mute(s, u, c):
    _poly(s, u, c, [(8, 36), (28, 36), (52, 14), (52, 86), (28, 64), (8, 64)])
    w = max(2, round(u(8)))
    pygame.draw.line(s, c, (u(62), u(34)), (u(92), u(66)), w)
    pygame.draw.line(s, c, (u(92), u(34)), (u(62), u(66)), w)


@_painter("person")
def _person(s, u, c):
    pygame.draw.circle(s, c, (u(50), u(30)), u(18))
    pygame.draw.ellipse(s, c, (u(18), u(54), u(64), u(60)))


@_painter("card")
def _card(s, u, c):
    pygame.draw.rect(s, c, (u(4), u(18), u(92), u(64)), border_radius=round(u(8)))
    pygame.draw.circle(s, INK, (u(28), u(46)), u(12))
    pygame.draw.rect(s, INK, (u(16), u(60), u(24), u(12)), border_radius=round(u(4)))
    for y in (36, 50, 64):
        pygame.draw.line(s, INK, (u(50), u(y)), (u(86), u(y)), max(2, round(u(5))))


@_painter("chequered")
def _chequered(s, u, c):
    pygame.draw.line(s, INK, (u(16), u(8)), (u(16), u(96)), max(3, round(u(7))))
    n = 4
    cell = 72 / n
    for row in range(3):
        for col in range(n):
            colour = INK if (row + col) % 2 == 0 else WHITE
            pygame.draw.rect(
                s, colour, (u(20 + col * cell), u(10 + row * cell), u(cell) + 1, u(cell) + 1)
            )
    pygame.draw.rect(s, INK, (u(20), u(10), u(72), u(3 * cell)), max(1, round(u(3))))


@_painter("snail")
def _snail(s, u, c):
    pygame.draw.ellipse(s, c, (u(6), u(66), u(86), u(22)))
    pygame.draw.circle(s, c, (u(50), u(52)), u(30))
    pygame.draw.circle(s, INK, (u(50), u(52)), u(30), max(2, round(u(5))))
    pygame.draw.circle(s, INK, (u(50), u(52)), u(15), max(2, round(u(5))))
    pygame.draw.line(s, c, (u(86), u(70)), (u(94), u(44)), max(2, round(u(5))))


@_painter("rabbit")
def _rabbit(s, u, c):
    pygame.draw.ellipse(s, c, (u(30), u(4), u(14), u(44)))
    pygame.draw.ellipse(s, c, (u(52), u(4), u(14), u(44)))
    pygame.draw.circle(s, c, (u(48), u(60)), u(30))
    pygame.draw.circle(s, INK, (u(38), u(56)), u(4))
    pygame.draw.circle(s, INK, (u(58), u(56)), u(4))


@_painter("backspace")
def _backspace(s, u, c):
    _poly(s, u, c, [(4, 50), (30, 18), (94, 18), (94, 82), (30, 82)])
    w = max(2, round(u(9)))
    pygame.draw.line(s, INK, (u(46), u(34)), (u(76), u(66)), w)
    pygame.draw.line(s, INK, (u(76), u(34)), (u(46), u(66)), w)


@_painter("car")
def _car(s, u, c):
    pygame.draw.rect(s, c, (u(6), u(42), u(88), u(30)), border_radius=round(u(10)))
    _poly(s, u, c, [(22, 44), (34, 20), (70, 20), (82, 44)])
    _poly(s, u, (200, 235, 255), [(30, 42), (38, 26), (50, 26), (50, 42)])
    _poly(s, u, (200, 235, 255), [(56, 42), (56, 26), (66, 26), (74, 42)])
    for x in (28, 72):
        pygame.draw.circle(s, INK, (u(x), u(74)), u(12))
        pygame.draw.circle(s, (200, 200, 210), (u(x), u(74)), u(5))


@_painter("traffic")
def _traffic(s, u, c):
    for i, x in enumerate((4, 36, 68)):
        colour = c if i == 0 else (c[0] // 2 + 110, c[1] // 2 + 110, c[2] // 2 + 110)
        pygame.draw.rect(s, colour, (u(x), u(36), u(28), u(36)), border_radius=round(u(6)))
        pygame.draw.circle(s, INK, (u(x + 7), u(74)), u(6))
        pygame.draw.circle(s, INK, (u(x + 21), u(74)), u(6))


@_painter("open_lock")
def _open_lock(s, u, c):
    pygame.draw.rect(s, c, (u(18), u(44), u(64), u(48)), border_radius=round(u(8)))
    pygame.draw.arc(s, c, (u(46), u(4), u(44), u(64)), 0, math.pi, max(3, round(u(10))))
    pygame.draw.circle(s, INK, (u(50), u(64)), u(7))
