"""A small course description language: a road network plus what happens on it.

A designer writes nodes, roads and a handful of calls (spawn, checkpoints, finish, traffic,
hints, buildings); `Course.objects()` derives every MAP_SPEC object that follows from the
network (lanes, connectors, signals, lights, stop lines, signs, crossings, pedestrians), and
`course_town` derives the tiles. Positions on roads are given as (from node, to node, tiles
from the first node's box edge), so nothing needs re-measuring when a road moves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.tools.course_net import (
    HEADING,
    OPP,
    RIGHT,
    Lane,
    Network,
    Node,
    Vec,
    Zebra,
    add,
    unit,
)

PropValue = str | int | float | bool

# Short tips for a child; every hint in the four languages of the game.
Texts = dict[str, str]


@dataclass
class Obj:
    """One Tiled object, in tiles (converted to pixels by the writer)."""

    type: str
    name: str
    shape: str  # point / rect / polyline / ellipse
    x: float
    y: float
    w: float = 0.0
    h: float = 0.0
    pts: list[Vec] | None = None
    props: dict[str, PropValue] = field(default_factory=dict)


@dataclass
class Building:
    kind: str  # house_red / house_blue / house_yellow / shop / school / police
    x: int
    y: int

    @property
    def size(self) -> tuple[int, int]:
        return (3, 2) if self.kind in ("school", "police") else (2, 2)

    def tiles(self) -> dict[tuple[int, int], str]:
        w, h = self.size
        out = {}
        for dy in range(h):
            for dx in range(w):
                if w == 3:
                    name = f"{self.kind}_r{dy}c{dx}"
                else:
                    name = f"{self.kind}_{'ns'[dy]}{'we'[dx]}"
                out[(self.x + dx, self.y + dy)] = name
        return out


class Course:
    """Everything one course needs; see game/tools/course_defs.py for examples."""

    def __init__(
        self,
        slug: str,
        width: int,
        height: int,
        titles: Texts,
        lesson: str,
        time_limit: int,
    ) -> None:
        self.slug = slug
        self.width, self.height = width, height
        self.titles = titles
        self.lesson = lesson
        self.time_limit = time_limit
        self.net = Network()
        self.extra: list[Obj] = []
        self.buildings: list[Building] = []
        self.ground: dict[tuple[int, int], str] = {}  # hand-painted ground (water, plaza...)
        self.decor: dict[tuple[int, int], str] = {}
        self.marks: dict[tuple[int, int], str] = {}
        self.reserved: set[tuple[int, int]] = set()  # no automatic houses here
        self._checkpoints = 0

    # ------------------------------------------------------------ network

    def node(self, name: str, cx: int, cy: int, **kw: Any) -> Node:
        return self.net.node(name, cx, cy, **kw)

    def road(self, a: str, b: str, **kw: Any) -> None:
        self.net.road(a, b, **kw)

    def loop(self, *names: str, speed: int = 30) -> None:
        """Roads joining the nodes in order and back to the first."""
        for a, b in zip(names, names[1:] + names[:1]):
            self.net.road(a, b, speed=speed)

    def chain(self, *names: str, speed: int = 30) -> None:
        for a, b in zip(names, names[1:]):
            self.net.road(a, b, speed=speed)

    def zebra(self, a: str, b: str, t: int, **kw: Any) -> None:
        """A mid-block zebra crossing t tiles from a's box edge."""
        road, flipped = self.net.find_road(a, b)
        if flipped:
            t = self.net.length(a, b) - 1 - t
        road.zebras.append(Zebra(t, **kw))

    # ------------------------------------------------------------ course objects

    def add(self, obj: Obj) -> Obj:
        self.extra.append(obj)
        return obj

    def spawn(self, a: str, b: str, t: float, name: str = "player start") -> None:
        x, y = self.net.at(a, b, t)
        self.add(
            Obj(
                "spawn",
                name,
                "point",
                x,
                y,
                props={"heading": HEADING[self.net.dir_ab(a, b)], "player": 1},
            )
        )

    def _across(self, a: str, b: str, t0: float, t1: float) -> tuple[float, float, float, float]:
        """Rectangle over both lanes between t0 and t1 tiles along a->b."""
        p, q = self.net.at(a, b, t0, -2.0), self.net.at(a, b, t1, 2.0)
        p2, q2 = self.net.at(a, b, t0, 2.0), self.net.at(a, b, t1, -2.0)
        xs = [p[0], q[0], p2[0], q2[0]]
        ys = [p[1], q[1], p2[1], q2[1]]
        return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)

    def checkpoint(self, a: str, b: str, t: float, name: str = "") -> None:
        self._checkpoints += 1
        n = self._checkpoints
        x, y, w, h = self._across(a, b, t, t + 1)
        self.add(
            Obj("checkpoint", name or f"checkpoint {n}", "rect", x, y, w, h, props={"order": n})
        )

    def finish(self, a: str, b: str, t: float, name: str = "finish") -> None:
        x, y, w, h = self._across(a, b, t, t + 1)
        self.add(Obj("finish", name, "rect", x, y, w, h))

    def hint(
        self, a: str, b: str, t: float, texts: Texts, length: float = 2.0, name: str = ""
    ) -> None:
        x, y, w, h = self._across(a, b, t, t + length)
        props: dict[str, PropValue] = {"text": texts["en"]}
        for lang in ("ar", "fr", "en", "zgh"):
            props[f"text_{lang}"] = texts[lang]
        self.add(Obj("hint", name or f"hint: {texts['en']}", "rect", x, y, w, h, props=props))

    def vehicle(
        self,
        a: str,
        b: str,
        kind: str = "car",
        every: float = 12.0,
        count: int = 3,
        delay: float = 0.0,
        name: str = "",
    ) -> None:
        """Traffic entering on the first point of lane a>b."""
        x, y = self.net.nodes[a].out_start(self.net.dir_ab(a, b))
        self.add(
            Obj(
                "vehicle",
                name or f"{kind} from {a} to {b}",
                "point",
                x,
                y,
                props={"kind": kind, "every": float(every), "count": count, "delay": float(delay)},
            )
        )

    def zone(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        limit: int,
        school: bool = False,
        name: str = "",
    ) -> None:
        self.add(
            Obj(
                "speed_zone",
                name or ("school zone" if school else f"zone {limit}"),
                "rect",
                x,
                y,
                w,
                h,
                props={"limit": limit, "school": school},
            )
        )

    def bus_stop(self, a: str, b: str, t0: float, t1: float, dwell: float = 8.0) -> None:
        """A bus stop over the right-hand lane of a>b from t0 to t1 tiles: buses passing
        there halt `dwell` seconds."""
        x0, y0 = self.net.at(a, b, t0, 0.0)
        x1, y1 = self.net.at(a, b, t1, 2.0)
        x, y = min(x0, x1), min(y0, y1)
        w, h = abs(x1 - x0), abs(y1 - y0)
        self.add(Obj("bus_stop", "bus stop", "rect", x, y, w, h, props={"dwell": dwell}))

    def no_parking(self, a: str, b: str, t0: float, t1: float, name: str = "no parking") -> None:
        """The right-hand lane of a>b from t0 to t1 tiles: no parking there (put the sign
        at t0 with roadside_sign)."""
        x0, y0 = self.net.at(a, b, t0, 0.0)
        x1, y1 = self.net.at(a, b, t1, 2.0)
        x, y = min(x0, x1), min(y0, y1)
        self.add(Obj("no_parking", name, "rect", x, y, abs(x1 - x0), abs(y1 - y0)))

    def sign(
        self, kind: str, x: float, y: float, heading: int, value: int | None = None, name: str = ""
    ) -> None:
        props: dict[str, PropValue] = {"kind": kind, "heading": heading}
        if value is not None:
            props["value"] = value
        self.add(Obj("sign", name or f"sign {kind}", "point", x, y, props=props))

    def roadside_sign(
        self, kind: str, a: str, b: str, t: float, value: int | None = None, name: str = ""
    ) -> None:
        """A sign on the right-hand sidewalk of lane a>b, facing its drivers."""
        x, y = self.net.at(a, b, t, 2.8)
        self.sign(kind, x, y, HEADING[OPP[self.net.dir_ab(a, b)]], value, name)

    def pedestrian(
        self,
        pts: list[Vec],
        kind: str = "adult",
        every: float = 12.0,
        delay: float = 0.0,
        speed: float = 1.2,
        name: str = "",
    ) -> None:
        self.add(
            Obj(
                "pedestrian",
                name or f"{kind} walking",
                "polyline",
                pts[0][0],
                pts[0][1],
                pts=pts,
                props={
                    "every": float(every),
                    "delay": float(delay),
                    "speed": float(speed),
                    "kind": kind,
                },
            )
        )

    def bays(
        self,
        a: str,
        b: str,
        t: int,
        count: int,
        side: str = "right",
        target: int | None = None,
        name: str = "bay",
    ) -> Obj | None:
        """A row of perpendicular parking bays (1 x 2 tiles) beside road a->b, starting t
        tiles from a's box edge, on the right (or left) of the a->b lane. Returns the target
        bay's object (so the finish can cover it exactly)."""
        d = self.net.dir_ab(a, b)
        sgn = 1.0 if side == "right" else -1.0
        across = RIGHT[d] if side == "right" else OPP[RIGHT[d]]
        found = None
        for i in range(count):
            p = self.net.at(a, b, t + i, 2.0 * sgn)  # axis + 1 tile
            q = self.net.at(a, b, t + i + 1, 6.0 * sgn)  # axis + 3 tiles
            x, y = min(p[0], q[0]), min(p[1], q[1])
            w, h = abs(p[0] - q[0]), abs(p[1] - q[1])
            for k in (0.5, 1.5):
                cell = add(
                    add(self.net.at(a, b, t + i + 0.5, 2.0 * sgn), unit(across), k), (0.0, 0.0)
                )
                c = (int(cell[0] // 1), int(cell[1] // 1))
                self.ground[c] = "parking"
                self.reserved.add(c)
                if i > 0:
                    self.marks[c] = f"mark_bay_{OPP[d]}"
            obj = self.add(
                Obj(
                    "parking_spot",
                    f"{name} {i + 1}",
                    "rect",
                    x,
                    y,
                    w,
                    h,
                    props={"target": i == target},
                )
            )
            if i == target:
                found = obj
        return found

    def finish_on(self, obj: Obj, name: str = "finish") -> None:
        """A finish rectangle exactly over another rectangle (e.g. the target bay)."""
        self.add(Obj("finish", name, "rect", obj.x, obj.y, obj.w, obj.h))

    def officer(
        self, node: str, x: float, y: float, name: str = "police officer", phases: str = ""
    ) -> None:
        """A traffic officer following a signalled node's controller, or overriding its
        lights with `phases` of their own (same phase names, other timings)."""
        props: dict[str, PropValue] = {"signal": self.net.nodes[node].signal_name}
        if phases:
            props["phases"] = phases
        self.add(Obj("officer", name, "point", x, y, props=props))

    def building(self, kind: str, x: int, y: int) -> None:
        self.buildings.append(Building(kind, x, y))

    def fill(self, name: str, x: int, y: int, w: int, h: int, layer: str = "ground") -> None:
        target = self.ground if layer == "ground" else self.decor
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                target[(xx, yy)] = name
                self.reserved.add((xx, yy))

    def park(self, x: int, y: int, w: int, h: int) -> None:
        """Keep an area for trees, flowers and benches (no automatic houses)."""
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.reserved.add((xx, yy))

    # ------------------------------------------------------------ derived objects

    def lanes(self) -> list[Lane]:
        return self.net.lanes()

    def objects(self) -> list[Obj]:
        """Every object of the map, derived ones first (lanes, then junction furniture)."""
        out: list[Obj] = []
        for lane in self.lanes():
            out.append(
                Obj(
                    "lane",
                    lane.name,
                    "polyline",
                    lane.pts[0][0],
                    lane.pts[0][1],
                    pts=lane.pts,
                    props={"speed_limit": lane.speed},
                )
            )
        for n in self.net.nodes.values():
            out += self._node_objects(n)
        for r in self.net.roads:
            for z in r.zebras:
                out += self._zebra_objects(r.a, r.b, z)
        return out + self.extra

    def _node_objects(self, n: Node) -> list[Obj]:
        out: list[Obj] = []
        arms = self.net.arms(n.name)
        signalled = any(v == "signal" for v in n.control.values())
        if signalled:
            out.append(
                Obj(
                    "signal",
                    n.signal_name,
                    "point",
                    n.cx,
                    n.cy,
                    props={"phases": n.phases, "clearance": 2.0},
                )
            )
        if n.kind == "roundabout":
            h = n.half
            out.append(
                Obj(
                    "roundabout",
                    f"roundabout {n.name}",
                    "ellipse",
                    n.cx - h,
                    n.cy - h,
                    2 * h,
                    2 * h,
                )
            )
        for arm, control in sorted(n.control.items()):
            if arm not in arms:
                raise ValueError(f"{self.slug}: node {n.name} has no arm {arm}")
            travel = OPP[arm]
            a, b = n.stop_line(arm)
            along = a  # the stop line's axis end
            line_props: dict[str, PropValue]
            if control == "signal":
                line_props = {"signal": n.signal_name, "phase": n.phase_of(arm)}
            else:
                line_props = {"sign": control}
            out.append(
                Obj(
                    "stop_line",
                    f"{control} line {arms[arm]}>{n.name}",
                    "polyline",
                    a[0],
                    a[1],
                    pts=[a, b],
                    props=line_props,
                )
            )
            # furniture on the right-hand sidewalk, just before the line
            spot = add(add(along, unit(arm), 0.3), unit(RIGHT[travel]), 1.6)
            if control == "signal":
                out.append(
                    Obj(
                        "traffic_light",
                        f"light {arms[arm]}>{n.name}",
                        "point",
                        spot[0],
                        spot[1],
                        props={
                            "signal": n.signal_name,
                            "phase": n.phase_of(arm),
                            "heading": HEADING[arm],
                        },
                    )
                )
            else:
                out.append(
                    Obj(
                        "sign",
                        f"{control} sign {arms[arm]}>{n.name}",
                        "point",
                        spot[0],
                        spot[1],
                        props={"kind": control, "heading": HEADING[arm]},
                    )
                )
            if n.kind == "roundabout":
                spot2 = add(add(n.c, unit(arm), n.half + 1.5), unit(RIGHT[travel]), 1.6)
                out.append(
                    Obj(
                        "sign",
                        f"roundabout sign {arms[arm]}>{n.name}",
                        "point",
                        spot2[0],
                        spot2[1],
                        props={"kind": "roundabout", "heading": HEADING[arm]},
                    )
                )
        for arm in sorted(n.zebras):
            lo = n.half
            signal = (n.signal_name, n.phase_of(arm)) if signalled else None
            out += self._crossing(n.c, arm, lo, signal, f"{arms[arm]}>{n.name}", n)
        return out

    def _crossing(
        self,
        c: Vec,
        arm: str,
        lo: float,
        signal: tuple[str, str] | None,
        label: str,
        node: Node | None = None,
        walkers: tuple[str, ...] = ("adult", "child"),
        every: float = 14.0,
        delay: float = 2.0,
    ) -> list[Obj]:
        """Crossing rectangle over the zebra `lo`..`lo+1` tiles from c along `arm`, plus
        pedestrians walking across it both ways."""
        across = RIGHT[arm]
        p = add(add(c, unit(arm), lo), unit(across), -1.0)
        q = add(add(c, unit(arm), lo + 1), unit(across), 1.0)
        x, y = min(p[0], q[0]), min(p[1], q[1])
        w, h = abs(p[0] - q[0]), abs(p[1] - q[1])
        props: dict[str, PropValue] = {}
        if signal:
            props = {"signal": signal[0], "phase": signal[1]}
        out = [Obj("crossing", f"crossing {label}", "rect", x, y, w, h, props=props)]
        mid = add(c, unit(arm), lo + 0.5)
        reach = (1.8, 1.8)
        if node is not None:  # walk from beyond the flared corners
            reach = tuple(
                2.5 if self.net.has_flare(node, arm, side) else 1.8
                for side in (OPP[across], across)
            )  # type: ignore[assignment]
        s0, s1 = add(mid, unit(across), -reach[0]), add(mid, unit(across), reach[1])
        for i, kind in enumerate(walkers):
            pts = [s0, s1] if i % 2 == 0 else [s1, s0]
            out.append(
                Obj(
                    "pedestrian",
                    f"{kind} crossing {label}",
                    "polyline",
                    pts[0][0],
                    pts[0][1],
                    pts=pts,
                    props={
                        "every": float(every + 3 * i),
                        "delay": float(delay + 5 * i),
                        "speed": 1.0 if kind in ("child", "stroller") else 1.2,
                        "kind": kind,
                    },
                )
            )
        return out

    def _zebra_objects(self, a: str, b: str, z: Zebra) -> list[Obj]:
        d = self.net.dir_ab(a, b)
        na = self.net.nodes[a]
        label = f"{a}-{b} at {z.t}"
        signal = (z.signal, z.phase) if z.signal else None
        out = self._crossing(
            na.c, d, na.half + z.t, signal, label, None, z.walkers, z.every, z.delay
        )
        for lane_from, lane_to in ((a, b), (b, a)):
            t_line = z.t if lane_from == a else self.net.length(a, b) - 1 - z.t
            ld = self.net.dir_ab(lane_from, lane_to)
            p = self.net.at(lane_from, lane_to, t_line, 0.0)
            q = self.net.at(lane_from, lane_to, t_line, 2.0)
            sign_spot = self.net.at(lane_from, lane_to, t_line - 0.3, 3.2)
            if z.signal:
                out.append(
                    Obj(
                        "stop_line",
                        f"stop line {label} {lane_from}>{lane_to}",
                        "polyline",
                        p[0],
                        p[1],
                        pts=[p, q],
                        props={"signal": z.signal, "phase": z.phase},
                    )
                )
                out.append(
                    Obj(
                        "traffic_light",
                        f"light {label} {lane_from}>{lane_to}",
                        "point",
                        sign_spot[0],
                        sign_spot[1],
                        props={"signal": z.signal, "phase": z.phase, "heading": HEADING[OPP[ld]]},
                    )
                )
            else:
                sp = self.net.at(lane_from, lane_to, t_line - 2.5, 3.2)
                out.append(
                    Obj(
                        "sign",
                        f"crossing sign {label} {lane_from}>{lane_to}",
                        "point",
                        sp[0],
                        sp[1],
                        props={"kind": "crossing", "heading": HEADING[OPP[ld]]},
                    )
                )
        if z.signal:
            c = self.net.at(a, b, z.t + 0.5, -3.2)
            out.append(
                Obj(
                    "signal",
                    z.signal,
                    "point",
                    c[0],
                    c[1],
                    props={"phases": f"{z.phase}=14,3;WALK=8,2", "clearance": 2.0},
                )
            )
        return out

    def stop_bar_cells(self) -> dict[tuple[int, int], str]:
        """Marking tiles for stop / yield lines (drawn along the line's tile edge)."""
        out: dict[tuple[int, int], str] = {}
        for n in self.net.nodes.values():
            for arm, control in n.control.items():
                a, _ = n.stop_line(arm)
                travel = OPP[arm]
                # cell just past the line (towards the junction), in the arriving lane
                cell = add(add(a, unit(travel), 0.5), unit(RIGHT[travel]), 0.5)
                kind = "yield" if control == "yield" else "stop"
                edge = arm
                if arm in n.zebras and n.kind != "roundabout":
                    # a zebra fills the cell past the line: paint the bar on the cell
                    # before it, so bar and stripes stay apart (no "Π" or "TT" shapes)
                    cell = add(add(a, unit(arm), 0.5), unit(RIGHT[travel]), 0.5)
                    edge = travel
                if n.kind == "roundabout":
                    # the line is the box edge: draw it on the last arm cell's inner edge
                    cell = add(add(a, unit(arm), 0.5), unit(RIGHT[travel]), 0.5)
                    edge = travel
                out[(int(cell[0] // 1), int(cell[1] // 1))] = f"mark_{kind}_{edge}"
        for r in self.net.roads:
            for z in r.zebras:
                if not z.signal:
                    continue
                for lane_from, lane_to in ((r.a, r.b), (r.b, r.a)):
                    t_line = z.t if lane_from == r.a else self.net.length(r.a, r.b) - 1 - z.t
                    ld = self.net.dir_ab(lane_from, lane_to)
                    p = self.net.at(lane_from, lane_to, t_line - 0.5, 1.0)
                    out[(int(p[0] // 1), int(p[1] // 1))] = f"mark_stop_{ld}"
        return out
