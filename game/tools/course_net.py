"""Road network -> road cells, lane centre lines and junction objects for generated courses.

A course is described as nodes (junction centres on the tile-corner grid) joined by straight
two-lane roads. Everything that must agree with MAP_SPEC (lane centres, connectors through
junctions, ring pieces, stop lines on the stop bar's edge) is derived here from one set of
offsets, so a designer never places a lane point by hand.

Units: tiles, with (0, 0) the map's top-left corner; a node at (cx, cy) is the corner point
where the axes of its roads cross. Right-hand traffic: a lane's centre is half a tile to the
right of its road's axis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

Vec = tuple[float, float]

DIRS: dict[str, tuple[int, int]] = {"n": (0, -1), "e": (1, 0), "s": (0, 1), "w": (-1, 0)}
OPP = {"n": "s", "s": "n", "e": "w", "w": "e"}
RIGHT = {"n": "e", "e": "s", "s": "w", "w": "n"}
LEFT = {v: k for k, v in RIGHT.items()}
HEADING = {"n": 0, "e": 90, "s": 180, "w": 270}

# Where lanes end/start, in tiles outward from a node's box edge. The loader links a lane to
# every lane starting within one tile of its end; these offsets keep every pair of lane ends
# that must not link at least 1.118 tiles apart (checked in tests/test_courses.py). At a
# junction the arriving lane ends just inside the stop line (one tile out) and the leaving lane
# starts further out, so a right turn is a 1.25-tile arc: wider than the game car's smallest
# turning circle (wheelbase 2 m, 34 degrees: about one tile) and clear of the flared kerb.
JUNCTION_IN, JUNCTION_OUT = 0.75, 1.25
# A roundabout is a 6x6 box (corners cut) around the 2x2 island; its one lane runs 2.4 tiles
# from the centre, so entries and exits are single 1.4-tile arcs a real car can follow.
RING_IN, RING_OUT = 1.0, 0.5
RING_RADIUS = 2.4
RING_SPLIT = 30.0  # degrees either side of an arm's axis: exit before, entry after


def add(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    return (a[0] + b[0] * k, a[1] + b[1] * k)


def unit(d: str) -> Vec:
    return (float(DIRS[d][0]), float(DIRS[d][1]))


def snap(p: Vec) -> Vec:
    """Round to whole pixels (64 px tiles) so shared lane ends are bit-identical in the TMX."""
    return (round(p[0] * 64) / 64, round(p[1] * 64) / 64)


@dataclass
class Lane:
    """A lane centre line in tiles, in driving order."""

    name: str
    pts: list[Vec]
    speed: int = 30
    kind: str = "road"  # road / connector / ring


@dataclass
class Node:
    """A junction (2x2 box) or a roundabout (4x4 box with a 2x2 island)."""

    name: str
    cx: int
    cy: int
    kind: str = "junction"
    control: dict[str, str] = field(default_factory=dict)  # arm -> stop / yield / signal
    zebras: set[str] = field(default_factory=set)  # arms with a zebra next to the box
    phases: str = "NS=12,3;EW=12,3"
    banned: set[tuple[str, str]] = field(default_factory=set)  # (in arm, out arm) movements

    @property
    def c(self) -> Vec:
        return (float(self.cx), float(self.cy))

    @property
    def half(self) -> int:
        return 3 if self.kind == "roundabout" else 1

    @property
    def off_in(self) -> float:
        return RING_IN if self.kind == "roundabout" else JUNCTION_IN

    @property
    def off_out(self) -> float:
        return RING_OUT if self.kind == "roundabout" else JUNCTION_OUT

    @property
    def signal_name(self) -> str:
        return f"signal_{self.name}"

    def in_end(self, arm: str) -> Vec:
        """Where the lane arriving from `arm` ends (its travel direction is OPP[arm])."""
        p = add(self.c, unit(arm), self.half + self.off_in)
        return snap(add(p, unit(RIGHT[OPP[arm]]), 0.5))

    def out_start(self, arm: str) -> Vec:
        """Where the lane leaving through `arm` starts."""
        p = add(self.c, unit(arm), self.half + self.off_out)
        return snap(add(p, unit(RIGHT[arm]), 0.5))

    def stop_line(self, arm: str) -> tuple[Vec, Vec]:
        """Across the arriving lane: a tile before a junction box, on a roundabout's edge."""
        dist = self.half if self.kind == "roundabout" else self.half + 1
        a = add(self.c, unit(arm), dist)
        return a, add(a, unit(RIGHT[OPP[arm]]), 1.0)

    def phase_of(self, arm: str) -> str:
        names = [p.split("=")[0] for p in self.phases.split(";")]
        return names[0] if arm in "ns" else names[1 % len(names)]


@dataclass
class Zebra:
    """A mid-block zebra crossing `t` tiles from the road's first node's box edge."""

    t: int
    signal: str | None = None  # name of a signal object; phase is the road's phase
    phase: str = "ROAD"
    walkers: tuple[str, ...] = ("adult",)
    every: float = 14.0
    delay: float = 3.0


@dataclass
class Road:
    """A straight two-lane road between two nodes on a common axis."""

    a: str
    b: str
    speed: int = 30
    zebras: list[Zebra] = field(default_factory=list)


def quarter_turn(p0: Vec, h0: Vec, p3: Vec, h1: Vec, n: int) -> list[Vec]:
    """A 90-degree turn as straight + circular arc (n points) + straight: the arc is as
    wide as the corner allows, so a car with a real turning circle can follow it."""
    d = (p3[0] - p0[0], p3[1] - p0[1])
    l0 = d[0] * h0[0] + d[1] * h0[1]
    l1 = d[0] * h1[0] + d[1] * h1[1]
    r = min(l0, l1)
    a = add(p0, h0, l0 - r)
    centre = add(a, h1, r)
    arc = []
    for i in range(n):
        phi = math.pi / 2 * i / (n - 1)
        arc.append(snap(add(add(centre, h1, -r * math.cos(phi)), h0, r * math.sin(phi))))
    out = [p0] + [q for q in arc if q != p0 and q != p3] + [p3]
    return out


def _arcs(h0: float, turns: list[float], r: float, step_deg: float) -> list[Vec]:
    """Points (relative to the start) of arcs of radius r turning by `turns` (radians,
    positive = clockwise on screen) from screen heading angle h0, about every step_deg."""
    x = y = 0.0
    h = h0
    out = []
    for turn in turns:
        n = max(1, round(abs(math.degrees(turn)) / step_deg))
        for _ in range(n):
            dh = turn / n
            # exact chord of an arc turning by dh
            chord = 2 * r * math.sin(abs(dh) / 2)
            x += chord * math.cos(h + dh / 2)
            y += chord * math.sin(h + dh / 2)
            h += dh
            out.append((x, y))
    return out


def s_curve(p0: Vec, h0: Vec, p1: Vec, h1: Vec, exit_side: bool = False) -> list[Vec]:
    """From p0 (heading h0) to p1 (heading h1) as straight + two opposite arcs, as wide as
    fits: roundabout entries must swing out before they turn in, or a real car can't make
    the turn onto a ring this small. With exit_side the straight comes last instead."""
    if exit_side:
        rev = s_curve(p1, (-h1[0], -h1[1]), p0, (-h0[0], -h0[1]))
        return rev[::-1]
    a0 = math.atan2(h0[1], h0[0])
    delta = (math.atan2(h1[1], h1[0]) - a0 + math.pi) % (2 * math.pi) - math.pi
    sgn = 1.0 if delta >= 0 else -1.0
    d = (p1[0] - p0[0], p1[1] - p0[1])
    right = (-h0[1], h0[0])
    along = d[0] * h0[0] + d[1] * h0[1]
    lateral = d[0] * right[0] + d[1] * right[1]
    r_one = lateral / (sgn * (1 - math.cos(delta))) if abs(delta) > 1e-6 else 0.0
    if r_one >= 1.0 and r_one * math.sin(abs(delta)) <= along:
        # one arc after a straight: the smoothest way in
        start = add(p0, h0, along - r_one * math.sin(abs(delta)))
        rel = _arcs(a0, [delta], r_one, 15.0)
        pts = [p0] + ([snap(start)] if along - r_one * math.sin(abs(delta)) > 0.05 else [])
        return pts + [snap((start[0] + x, start[1] + y)) for x, y in rel[:-1]] + [p1]

    def shape(r: float, alpha: float) -> tuple[float, float]:
        end = _arcs(0.0, [-sgn * alpha, delta + sgn * alpha], r, 1.0)[-1]
        return end[0], end[1]  # (along, lateral) in the start frame

    for r10 in range(10, 4, -1):  # 1 tile: the car's turning circle, a small swing out
        r = r10 / 10
        lo, hi = 0.0, math.pi / 2
        if sgn * shape(r, lo)[1] < sgn * lateral:
            continue  # even without swinging out the turn can't reach sideways enough
        for _ in range(50):
            mid = (lo + hi) / 2
            if sgn * shape(r, mid)[1] > sgn * lateral:
                lo = mid
            else:
                hi = mid
        alpha = (lo + hi) / 2
        run, _ = shape(r, alpha)
        straight = along - run
        if straight < 0:
            continue
        start = add(p0, h0, straight)
        rel = _arcs(a0, [-sgn * alpha, delta + sgn * alpha], r, 22.0)
        pts = [p0] + ([snap(start)] if straight > 0.05 else [])
        pts += [snap((start[0] + x, start[1] + y)) for x, y in rel[:-1]]
        return pts + [p1]
    raise ValueError(f"no smooth curve from {p0} to {p1}")


class Network:
    """Nodes and roads; derives cells and lanes."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.roads: list[Road] = []

    def node(self, name: str, cx: int, cy: int, **kw: object) -> Node:
        n = Node(name, cx, cy, **kw)  # type: ignore[arg-type]
        self.nodes[name] = n
        return n

    def road(self, a: str, b: str, **kw: object) -> Road:
        r = Road(a, b, **kw)  # type: ignore[arg-type]
        self.direction(r)
        self.roads.append(r)
        return r

    def find_road(self, a: str, b: str) -> tuple[Road, bool]:
        """The road joining a and b, and whether it is stored as b -> a."""
        for r in self.roads:
            if (r.a, r.b) == (a, b):
                return r, False
            if (r.a, r.b) == (b, a):
                return r, True
        raise KeyError(f"no road {a}-{b}")

    def direction(self, r: Road) -> str:
        na, nb = self.nodes[r.a], self.nodes[r.b]
        if na.cy == nb.cy and na.cx != nb.cx:
            return "e" if nb.cx > na.cx else "w"
        if na.cx == nb.cx and na.cy != nb.cy:
            return "s" if nb.cy > na.cy else "n"
        raise ValueError(f"road {r.a}-{r.b} is not straight")

    def dir_ab(self, a: str, b: str) -> str:
        r, flipped = self.find_road(a, b)
        d = self.direction(r)
        return OPP[d] if flipped else d

    def arms(self, name: str) -> dict[str, str]:
        """Arm direction -> neighbour node name."""
        out = {}
        for r in self.roads:
            if r.a == name:
                out[self.direction(r)] = r.b
            elif r.b == name:
                out[OPP[self.direction(r)]] = r.a
        return out

    def length(self, a: str, b: str) -> int:
        """Tiles of plain road between the two boxes."""
        na, nb = self.nodes[a], self.nodes[b]
        return abs(na.cx - nb.cx) + abs(na.cy - nb.cy) - na.half - nb.half

    def at(self, a: str, b: str, t: float, side: float = 1.0) -> Vec:
        """A point t tiles along road a->b from a's box edge; side +1 = centre of the a->b
        lane, -1 = the other lane, 0 = the axis."""
        d = self.dir_ab(a, b)
        na = self.nodes[a]
        p = add(na.c, unit(d), na.half + t)
        return add(p, unit(RIGHT[d]), 0.5 * side)

    # ----------------------------------------------------------------- cells

    def cells(self) -> dict[tuple[int, int], str]:
        """(x, y) -> road / island / zebra_ns / zebra_ew for every paved cell of the network."""
        out: dict[tuple[int, int], str] = {}
        for n in self.nodes.values():
            h = n.half
            for y in range(n.cy - h, n.cy + h):
                for x in range(n.cx - h, n.cx + h):
                    dx, dy = abs(x + 0.5 - n.cx), abs(y + 0.5 - n.cy)
                    if n.kind == "roundabout" and dx > h - 1 and dy > h - 1:
                        continue  # cut corners: the kerb follows the ring
                    inner = n.kind == "roundabout" and dx < 1 and dy < 1
                    out[(x, y)] = "island" if inner else "road"
            for cell in self.flares(n):
                out[cell] = "road"
        for r in self.roads:
            d = self.direction(r)
            na = self.nodes[r.a]
            zebra_ts = {z.t for z in r.zebras}
            for arm_node, arm in ((r.a, d), (r.b, OPP[d])):
                if arm in self.nodes[arm_node].zebras:
                    zebra_ts.add(0 if arm_node == r.a else self.length(r.a, r.b) - 1)
            for t in range(self.length(r.a, r.b)):
                kind = "road"
                if t in zebra_ts:
                    kind = "zebra_ns" if d in "ns" else "zebra_ew"
                for side in (-1, 1):
                    p = add(add(na.c, unit(d), na.half + t + 0.5), unit(RIGHT[d]), 0.5 * side)
                    out[(math.floor(p[0]), math.floor(p[1]))] = kind
        return out

    def flares(self, n: Node) -> list[tuple[int, int]]:
        """The cell between two neighbouring arms of a junction is road too: a rounded
        corner wide enough for a right turn (see JUNCTION_IN)."""
        if n.kind == "roundabout":
            return []
        arms = self.arms(n.name)
        out = []
        for a in arms:
            b = RIGHT[a]
            if b in arms:
                p = add(add(n.c, unit(a), n.half + 0.5), unit(b), n.half + 0.5)
                out.append((math.floor(p[0]), math.floor(p[1])))
        return out

    def has_flare(self, n: Node, arm: str, side: str) -> bool:
        return n.kind != "roundabout" and arm in self.arms(n.name) and side in self.arms(n.name)

    # ----------------------------------------------------------------- lanes

    def lanes(self) -> list[Lane]:
        lanes: list[Lane] = []
        for r in self.roads:
            for a, b in ((r.a, r.b), (r.b, r.a)):
                d = self.dir_ab(a, b)
                start = self.nodes[a].out_start(d)
                end = self.nodes[b].in_end(OPP[d])
                lanes.append(Lane(f"{a}>{b}", [start, end], r.speed, "road"))
        for n in self.nodes.values():
            if n.kind == "roundabout":
                lanes += self._ring(n)
            else:
                lanes += self._connectors(n)
        return lanes

    def movements(self, n: Node) -> list[tuple[str, str, str]]:
        """(in arm, out arm, straight/left/right) allowed through a junction."""
        arms = self.arms(n.name)
        out = []
        for i in sorted(arms):
            for j in sorted(arms):
                if i == j or (i, j) in n.banned:
                    continue
                travel = OPP[i]
                kind = "straight" if j == travel else "right" if j == RIGHT[travel] else "left"
                out.append((i, j, kind))
        return out

    def _connectors(self, n: Node) -> list[Lane]:
        arms = self.arms(n.name)
        out = []
        for i, j, kind in self.movements(n):
            p0, p3 = n.in_end(i), n.out_start(j)
            speed = self._speed(n.name, arms[j])
            if kind == "straight":
                pts = [p0, p3]
            else:
                pts = quarter_turn(p0, unit(OPP[i]), p3, unit(j), 5 if kind == "right" else 6)
            out.append(Lane(f"{arms[i]}>{n.name}>{arms[j]}", pts, speed, "connector"))
        return out

    def _speed(self, a: str, b: str) -> int:
        r, _ = self.find_road(a, b)
        return r.speed

    @staticmethod
    def ring_point(n: Node, theta: float) -> Vec:
        t = math.radians(theta)
        return snap((n.cx + RING_RADIUS * math.sin(t), n.cy - RING_RADIUS * math.cos(t)))

    @staticmethod
    def ring_tangent(theta: float) -> Vec:
        """Counter-clockwise on screen (right-hand traffic): theta decreasing."""
        t = math.radians(theta)
        return (-math.cos(t), -math.sin(t))

    def _ring(self, n: Node) -> list[Lane]:
        arms = self.arms(n.name)
        speed = min(self._speed(n.name, b) for b in arms.values())
        # split points, theta clockwise from north; ring runs with theta decreasing
        splits: list[tuple[float, str, str]] = []
        for arm in arms:
            base = HEADING[arm]
            splits.append((base + RING_SPLIT, "exit", arm))
            splits.append((base - RING_SPLIT, "entry", arm))
        splits.sort(key=lambda s: -(s[0] % 360))
        out = []
        k = len(splits)
        for idx in range(k):
            t0 = splits[idx][0] % 360
            t1 = splits[(idx + 1) % k][0] % 360
            if t1 >= t0:
                t1 -= 360
            steps = max(2, math.ceil((t0 - t1) / 15))
            pts = [self.ring_point(n, t0 - (t0 - t1) * s / steps) for s in range(steps + 1)]
            out.append(Lane(f"{n.name} ring {idx + 1}", pts, speed, "ring"))
        for theta, what, arm in splits:
            rp = self.ring_point(n, theta)
            tan = self.ring_tangent(theta)
            if what == "entry":
                pts = s_curve(n.in_end(arm), unit(OPP[arm]), rp, tan)
                out.append(Lane(f"{arms[arm]}>{n.name} in", pts, speed, "connector"))
            else:
                pts = s_curve(rp, tan, n.out_start(arm), unit(arm), exit_side=True)
                out.append(Lane(f"{n.name}>{arms[arm]} out", pts, speed, "connector"))
        return out
