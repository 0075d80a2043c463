"""Course -> tile layers: autotiled roads and kerbs, markings, then a town dressed around them.

Only the network and a few hand-placed things (buildings, water, parks) come from the
course description; kerbs, centre lines, stop bars and the houses, trees and lamps that make
it look like a little town are derived here, deterministically (seeded by the course slug).
"""

from __future__ import annotations

import random
import zlib

from game.tools.course_dsl import Course
from game.tools.course_net import DIRS, OPP, RIGHT, add, unit

Grid = list[list[str | None]]
Cell = tuple[int, int]

PAVED = {"road", "zebra_ns", "zebra_ew", "parking", "crossing_plain"}
DIAG = {"ne": (1, -1), "se": (1, 1), "sw": (-1, 1), "nw": (-1, -1)}
HOUSES = ("house_red", "house_blue", "house_yellow") * 4 + ("shop",)


def _rng(slug: str) -> random.Random:
    """Seeded from the slug with crc32: stable across runs and Python versions."""
    return random.Random(zlib.crc32(slug.encode("utf-8")))


class Town:
    """Three tile layers (names or None) for one course."""

    def __init__(self, course: Course) -> None:
        self.c = course
        w, h = course.width, course.height
        self.w, self.h = w, h
        self.ground: Grid = [["grass"] * w for _ in range(h)]
        self.markings: Grid = [[None] * w for _ in range(h)]
        self.decor: Grid = [[None] * w for _ in range(h)]
        self.warnings: list[str] = []
        self.rng = _rng(course.slug)
        self._pave()
        self._sidewalks()
        self._marks()
        self._buildings()
        self._dress()

    # ------------------------------------------------------------------ helpers

    def inside(self, x: int, y: int) -> bool:
        return 0 <= x < self.w and 0 <= y < self.h

    def g(self, x: int, y: int) -> str | None:
        return self.ground[y][x] if self.inside(x, y) else None

    def paved(self, x: int, y: int) -> bool:
        return self.g(x, y) in PAVED or (self.g(x, y) or "").startswith("island")

    # ------------------------------------------------------------------ ground

    def _pave(self) -> None:
        cells = self.c.net.cells()
        for (x, y), kind in cells.items():
            if not self.inside(x, y):
                raise ValueError(f"{self.c.slug}: road cell {(x, y)} is off the map")
            self.ground[y][x] = kind
        for n in self.c.net.nodes.values():
            if n.kind == "roundabout":
                for (dx, dy), q in (
                    ((-1, -1), "nw"),
                    ((0, -1), "ne"),
                    ((-1, 0), "sw"),
                    ((0, 0), "se"),
                ):
                    self.ground[n.cy + dy][n.cx + dx] = f"island_{q}"
        for (x, y), name in self.c.ground.items():
            self.ground[y][x] = name

    def _sidewalks(self) -> None:
        """Every cell next to a paved cell becomes sidewalk, kerbed on its road sides."""
        plaza = {cell for cell, name in self.c.ground.items() if name == "sidewalk"}
        for y in range(self.h):
            for x in range(self.w):
                if self.paved(x, y) or (x, y) in self.c.ground and (x, y) not in plaza:
                    continue
                near = [
                    (dx, dy)
                    for dx in (-1, 0, 1)
                    for dy in (-1, 0, 1)
                    if (dx or dy) and self._kerbable(x + dx, y + dy)
                ]
                if not near and (x, y) not in plaza:
                    continue
                self.ground[y][x] = self._kerb(x, y)

    def _kerbable(self, x: int, y: int) -> bool:
        g = self.g(x, y)
        return g is not None and (g in PAVED)

    def _kerb(self, x: int, y: int) -> str:
        orth = [d for d, (dx, dy) in DIRS.items() if self._kerbable(x + dx, y + dy)]
        if len(orth) == 1:
            return f"sidewalk_kerb_{orth[0]}"
        corner = {"en": "ne", "nw": "nw", "es": "se", "sw": "sw"}.get("".join(sorted(orth)))
        if len(orth) == 2 and corner:
            return f"sidewalk_curve_{corner}"
        if orth:
            self.warnings.append(f"sidewalk {(x, y)} with road on {orth}")
            return "sidewalk"
        diag = [d for d, (dx, dy) in DIAG.items() if self._kerbable(x + dx, y + dy)]
        if len(diag) == 1:
            return f"sidewalk_kerb_in_{diag[0]}"
        return "sidewalk"

    # ------------------------------------------------------------------ markings

    def _marks(self) -> None:
        """Centre lines (solid before stop lines), stop/yield bars, bays and lane arrows.

        One marking per cell, so where a bar or an arrow takes a lane's cell the centre line
        is left out on both sides of the axis (a half-width line would look broken)."""
        net = self.c.net
        special: dict[Cell, str] = {**self.c.stop_bar_cells(), **self._arrows(), **self.c.marks}
        solid: set[Cell] = set()
        for n in net.nodes.values():
            for arm in n.control:
                # solid centre line over the tiles before the stop line
                for t in (0.5, 1.5, 2.5):
                    if n.kind == "roundabout" and t > 1.5:
                        continue
                    for side in (-1, 1):
                        p = add(add(n.c, unit(arm), n.half + t), unit(RIGHT[OPP[arm]]), 0.5 * side)
                        solid.add((int(p[0] // 1), int(p[1] // 1)))
        for r in net.roads:
            d = net.direction(r)
            for t in range(net.length(r.a, r.b)):
                pair = []
                for side in (-1, 1):
                    p = net.at(r.a, r.b, t + 0.5, float(side))
                    pair.append((int(p[0] // 1), int(p[1] // 1)))
                if any(c in special or self.g(*c) != "road" for c in pair):
                    continue
                for side, (x, y) in zip((-1, 1), pair):
                    # the axis is on the side facing the other lane
                    edge = RIGHT[d] if side < 0 else OPP[RIGHT[d]]
                    style = "solid" if (x, y) in solid else "dash"
                    self.markings[y][x] = f"mark_{style}_{edge}"
        for (x, y), name in special.items():
            self.markings[y][x] = name

    def _arrows(self) -> dict[Cell, str]:
        """An arrow on each junction approach whose movements one arrow tile can show,
        four tiles before the box (past the solid line), if the road is long enough."""
        out: dict[Cell, str] = {}
        net = self.c.net
        for n in net.nodes.values():
            arms = net.arms(n.name)
            if n.kind == "roundabout" or len(arms) < 3:
                continue
            for arm, other in arms.items():
                if net.length(n.name, other) < 7:
                    continue
                kinds = sorted(k for i, _, k in net.movements(n) if i == arm)
                name = {
                    ("left",): "left",
                    ("right",): "right",
                    ("straight",): "straight",
                    ("left", "straight"): "straight_left",
                    ("right", "straight"): "straight_right",
                }.get(tuple(kinds))
                if name is None:
                    continue
                travel = OPP[arm]
                p = add(add(n.c, unit(arm), n.half + 3.5), unit(RIGHT[travel]), 0.5)
                out[(int(p[0] // 1), int(p[1] // 1))] = f"mark_arrow_{name}_{travel}"
        return out

    # ------------------------------------------------------------------ buildings and decor

    def free(self, x: int, y: int) -> bool:
        return (
            self.inside(x, y)
            and self.ground[y][x] == "grass"
            and self.decor[y][x] is None
            and (x, y) not in self.c.reserved
        )

    def _buildings(self) -> None:
        for b in self.c.buildings:
            for (x, y), name in b.tiles().items():
                if self.ground[y][x] != "grass":
                    raise ValueError(
                        f"{self.c.slug}: {b.kind} at {(b.x, b.y)} overlaps "
                        f"{self.ground[y][x]} at {(x, y)}"
                    )
                self.ground[y][x] = name
        # automatic houses: 2x2 on free grass, fronting a sidewalk
        for y in range(1, self.h - 2):
            for x in range(1, self.w - 2):
                block = [(x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1)]
                if not all(self.free(*c) for c in block):
                    continue
                if not any(self._next_to_sidewalk(*c) for c in block):
                    continue
                if self.rng.random() < 0.8:
                    kind = self.rng.choice(HOUSES)
                    for (cx, cy), name in zip(block, ("nw", "ne", "sw", "se")):
                        self.ground[cy][cx] = f"{kind}_{name}"

    def _next_to_sidewalk(self, x: int, y: int) -> bool:
        return any(
            (self.g(x + dx, y + dy) or "").startswith("sidewalk") for dx, dy in DIRS.values()
        )

    def _dress(self) -> None:
        rng = self.rng
        ped_cells = self._pedestrian_cells()
        for y in range(self.h):
            for x in range(self.w):
                g = self.ground[y][x]
                if g == "grass" and (x, y) not in self.c.decor:
                    edge = min(x, y, self.w - 1 - x, self.h - 1 - y)
                    near_walk = self._next_to_sidewalk(x, y)
                    r = rng.random()
                    if edge == 0 and r < 0.85 or edge == 1 and r < 0.4:
                        self.decor[y][x] = rng.choice(("tree", "tree", "tree_small"))
                    elif near_walk and r < 0.12:
                        self.decor[y][x] = rng.choice(("bush", "flowerbed"))
                    elif not near_walk and r < 0.3:
                        self.decor[y][x] = rng.choice(("tree", "tree_small", "bush"))
                    elif r < 0.5:
                        self.ground[y][x] = rng.choice(("grass_flowers", "grass_tuft"))
                elif g and g.startswith("sidewalk_kerb_") and len(g) == len("sidewalk_kerb_n"):
                    if (x, y) in ped_cells or self._near_crossing(x, y):
                        continue
                    if (x * 7 + y * 3) % 6 == 0:
                        self.decor[y][x] = "lamp"
                    elif self._faces_green(x, y, g[-1]) and rng.random() < 0.15:
                        self.decor[y][x] = "bench"
        for (x, y), name in self.c.decor.items():
            self.decor[y][x] = name

    def _faces_green(self, x: int, y: int, kerb: str) -> bool:
        dx, dy = DIRS[OPP[kerb]]
        return (self.g(x + dx, y + dy) or "").startswith("grass")

    def _near_crossing(self, x: int, y: int) -> bool:
        return any(
            (self.g(x + dx, y + dy) or "").startswith("zebra")
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        )

    def _pedestrian_cells(self) -> set[Cell]:
        out: set[Cell] = set()
        for o in self.c.objects():
            if o.type == "pedestrian" and o.pts:
                for px, py in o.pts:
                    out.add((int(px // 1), int(py // 1)))
        return out
