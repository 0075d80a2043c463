"""Build the unseen courses: maps the autopilot was never tuned on, like teachers will draw.

Run `python tests/unseen_maps/build.py` from the repository root; it rewrites every
`tests/unseen_maps/*.tmx` deterministically (same bytes each run).

Two families, because teachers' maps differ from ours in two ways:

- `u_*`: made with the repo's course DSL (game.tools.course_dsl), but with layouts no shipped
  course has: a T-junction town, a long S-road with a signalled crossing, a grid with two
  signalled junctions (own phase names, timings and offsets), a three-arm roundabout, a left
  turn at a STOP, an unmarked junction (priority to the right), an angled parking bay.
- `h_*`: written as a teacher would save them from Tiled, not by the DSL: 32 px tiles of
  1 m (`tile_metres` 1.0), lanes 3 tiles wide, the small `tests/maps/mini.tsx` tileset,
  lanes as polylines with few points whose joins are a little off (within one tile, as
  MAP_SPEC allows), objects typed with `class` (Tiled 1.9), speed limits only in zones, a
  spawn a little off the lane centre, a map with only a finish, and a left-hand-traffic town
  with a clockwise roundabout.
"""

from __future__ import annotations

import math
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.tools.course_dsl import Course  # noqa: E402
from game.tools.course_tmx import TILE_PX, load_tile_ids, to_tmx  # noqa: E402
from game.tools.course_town import Town  # noqa: E402

MAPS = ROOT / "maps"
TOWN_TSX = "../../maps/tilesets/town.tsx"
MINI_TSX = "../maps/mini.tsx"
TEXTS = {"ar": "", "fr": "", "en": "", "zgh": ""}

Vec = tuple[float, float]


# ---------------------------------------------------------------------------------- DSL maps
def _new(slug: str, w: int, h: int, title: str, lesson: str, limit: int = 400) -> Course:
    titles = {lang: title for lang in TEXTS}
    return Course(slug, w, h, titles, lesson, limit)


def u_t_junction() -> Course:
    """Two T-junctions: give way into the main road, then a left turn at a STOP."""
    c = _new("u_t_junction", 36, 21, "T-junction town", "yield,stop_sign,no_indicator")
    c.node("T", 18, 5, control={"s": "yield"})
    c.node("S", 18, 15, control={"n": "stop"})
    for name, x, y in (("W", 5, 5), ("E", 31, 5), ("SW", 5, 15), ("SE", 31, 15)):
        c.node(name, x, y)
    c.loop("W", "T", "E", "SE", "S", "SW")
    c.road("T", "S")
    c.spawn("SW", "W", 2)
    c.checkpoint("W", "T", 5)
    c.checkpoint("T", "S", 3)
    c.checkpoint("S", "SE", 4)
    c.checkpoint("E", "T", 4)
    c.finish("T", "W", 6)
    c.vehicle("E", "T", "car", every=11, count=3, delay=3)
    c.vehicle("W", "T", "car", every=13, count=2, delay=9)
    return c


def u_s_road() -> Course:
    """A long winding road with a zebra that has its own lights, and a plain zebra."""
    c = _new("u_s_road", 36, 22, "The winding road", "red_light,pedestrian,speeding")
    for name, x, y in (
        ("A", 3, 4),
        ("B", 30, 4),
        ("C", 30, 11),
        ("D", 6, 11),
        ("E", 6, 18),
        ("F", 32, 18),
    ):
        c.node(name, x, y)
    c.chain("A", "B", "C", "D", "E", "F")
    c.zebra("A", "B", 12, signal="ped_lights", phase="CARS", walkers=("child", "adult"))
    c.zebra("D", "E", 2, walkers=("adult",))
    c.spawn("A", "B", 1)
    c.checkpoint("B", "C", 2)
    c.checkpoint("D", "E", 4)
    c.finish("E", "F", 20)
    c.vehicle("F", "E", "car", every=14, count=3, delay=4)
    return c


def u_grid_signals() -> Course:
    """A grid with two signalled crossroads that keep their own time."""
    c = _new("u_grid_signals", 42, 21, "Two traffic lights", "red_light,amber_light,no_indicator")
    c.node(
        "X1",
        14,
        10,
        control={"n": "signal", "e": "signal", "s": "signal", "w": "signal"},
        phases="NORTHSOUTH=9,3;EASTWEST=7,4",
    )
    c.node(
        "X2",
        28,
        10,
        control={"n": "signal", "e": "signal", "s": "signal", "w": "signal"},
        phases="up_down=6,2;across=11,3",
    )
    for name, x, y in (
        ("NW", 4, 3),
        ("N1", 14, 3),
        ("N2", 28, 3),
        ("NE", 38, 3),
        ("W", 4, 10),
        ("E", 38, 10),
        ("SW", 4, 17),
        ("S1", 14, 17),
        ("S2", 28, 17),
        ("SE", 38, 17),
    ):
        c.node(name, x, y)
    c.loop("NW", "N1", "N2", "NE", "E", "SE", "S2", "S1", "SW", "W")
    c.chain("W", "X1", "X2", "E")
    c.chain("N1", "X1", "S1")
    c.chain("N2", "X2", "S2")
    c.spawn("W", "X1", 2)
    c.checkpoint("X1", "X2", 5)
    c.checkpoint("X2", "S2", 2)
    c.checkpoint("S1", "X1", 2)
    c.checkpoint("X1", "N1", 1)
    c.finish("N1", "NW", 4)
    c.vehicle("N2", "X2", "car", every=12, count=3, delay=2)
    c.vehicle("E", "X2", "car", every=10, count=3, delay=6)
    c.vehicle("S1", "X1", "bike", every=20, count=2, delay=4)
    return c


def u_roundabout3() -> Course:
    """A roundabout with three arms (no north arm): the exits are not where four would be."""
    yields = {"w": "yield", "e": "yield", "s": "yield"}
    c = _new("u_roundabout3", 36, 24, "Three-arm roundabout", "yield,no_indicator")
    c.node("R", 18, 10, kind="roundabout", control=yields)
    for name, x, y in (("W", 5, 10), ("E", 31, 10), ("S", 18, 20), ("SW", 5, 20), ("SE", 31, 20)):
        c.node(name, x, y)
    c.chain("W", "R", "E")
    c.road("R", "S")
    c.chain("W", "SW", "S", "SE", "E")
    c.spawn("SW", "W", 2)
    c.checkpoint("W", "R", 3)
    c.checkpoint("R", "E", 4)
    c.checkpoint("S", "R", 3)
    c.checkpoint("R", "W", 4)
    c.finish("W", "SW", 4)
    c.vehicle("E", "R", "car", every=10, count=4, delay=3)
    c.vehicle("S", "R", "car", every=14, count=2, delay=7)
    return c


def _crossroads(slug: str, title: str, lesson: str, control: dict[str, str]) -> Course:
    c = _new(slug, 36, 24, title, lesson)
    c.node("X", 18, 12, control=control)
    for name, x, y in (
        ("N", 18, 4),
        ("S", 18, 20),
        ("W", 5, 12),
        ("E", 31, 12),
        ("NW", 5, 4),
        ("NE", 31, 4),
        ("SW", 5, 20),
        ("SE", 31, 20),
    ):
        c.node(name, x, y)
    c.loop("NW", "N", "NE", "E", "SE", "S", "SW", "W")
    c.chain("N", "X", "S")
    c.chain("W", "X", "E")
    c.spawn("S", "X", 2)
    c.checkpoint("X", "W", 4)  # a left turn at X
    c.checkpoint("N", "X", 3)
    c.checkpoint("X", "E", 4)  # another left turn at X
    c.finish("E", "SE", 3)
    c.vehicle("W", "X", "car", every=12, count=3, delay=3)
    c.vehicle("E", "X", "car", every=13, count=3, delay=8)
    return c


def u_left_stop() -> Course:
    """Left turns at a crossroads with STOP on the north and south arms."""
    return _crossroads(
        "u_left_stop", "Left at the STOP", "stop_sign,no_indicator", {"n": "stop", "s": "stop"}
    )


def u_unmarked() -> Course:
    """The same crossroads with no line at all: priority to the right applies."""
    return _crossroads("u_unmarked", "No lines here", "yield,no_indicator", {})


def u_angled_bay() -> Course:
    """A street with a car-park apron and one bay drawn at 45 degrees (a rotated rectangle)."""
    c = _new("u_angled_bay", 34, 18, "Angled parking", "parking,off_road")
    for name, x, y in (("A", 5, 4), ("B", 29, 4), ("C", 29, 11), ("D", 5, 11)):
        c.node(name, x, y)
    c.loop("A", "B", "C", "D")
    for x in range(13, 21):  # an asphalt apron north of the C->D lane (inside the loop)
        for y in (7, 8, 9):
            c.ground[(x, y)] = "road"
            c.reserved.add((x, y))
    c.spawn("A", "B", 2)
    c.checkpoint("B", "C", 1)
    return c


# bay: 2.6 m x 5 m rotated 315 degrees (its axis points north-west, centre at (48, 25) m) on
# the apron beside the C->D lane (heading west): a forward angled bay on the driver's right
ANGLED_BAY = {"x": 45.313, "y": 24.151, "w": 2.6, "h": 5.0, "rot": 315.0}


def _dsl_tmx(course: Course, ids: dict[str, int]) -> ET.Element:
    town = Town(course)
    text = to_tmx(course, town, ids).replace('source="tilesets/town.tsx"', f'source="{TOWN_TSX}"')
    return ET.fromstring(text)


def _props_of(el: ET.Element) -> ET.Element:
    box = el.find("properties")
    if box is None:
        box = ET.SubElement(el, "properties")
        el.remove(box)
        el.insert(0, box)
    return box


def _set_prop(el: ET.Element, name: str, value: str, kind: str | None = None) -> None:
    box = _props_of(el)
    for p in box.findall("property"):
        if p.get("name") == name:
            p.set("value", value)
            return
    p = ET.SubElement(box, "property", name=name)
    if kind:
        p.set("type", kind)
    p.set("value", value)


def _objects(root: ET.Element, kind: str) -> list[ET.Element]:
    return [o for o in root.iter("object") if (o.get("type") or o.get("class")) == kind]


def _next_id(root: ET.Element) -> int:
    return max(int(o.get("id", "0")) for o in root.iter("object")) + 1


def _tweak(slug: str, root: ET.Element) -> None:
    """What the DSL cannot say: signal offsets and own timings, a rotated bay."""
    if slug == "u_s_road":
        for sig in _objects(root, "signal"):
            _set_prop(sig, "phases", "CARS=9,4;WALK=6,2")
            _set_prop(sig, "offset", "5", "float")
    if slug == "u_grid_signals":
        for sig in _objects(root, "signal"):
            if sig.get("name") == "signal_X1":
                _set_prop(sig, "offset", "4", "float")
                _set_prop(sig, "clearance", "1.5", "float")
            else:
                _set_prop(sig, "offset", "11", "float")
    if slug == "u_angled_bay":
        group = [g for g in root.iter("objectgroup") if g.get("name") == "course"][0]
        px = TILE_PX / 3.0  # DSL maps: 3 m tiles
        b = ANGLED_BAY
        oid = _next_id(root)
        for kind, name in (("parking_spot", "angled bay"), ("finish", "finish in the bay")):
            el = ET.SubElement(group, "object", id=str(oid), name=name, type=kind)
            oid += 1
            el.set("x", f"{b['x'] * px:g}")
            el.set("y", f"{b['y'] * px:g}")
            el.set("width", f"{b['w'] * px:g}")
            el.set("height", f"{b['h'] * px:g}")
            el.set("rotation", f"{b['rot']:g}")
            if kind == "parking_spot":
                box = ET.SubElement(el, "properties")
                ET.SubElement(box, "property", name="target", type="bool", value="true")
        root.set("nextobjectid", str(oid))


DSL_MAPS = {
    f.__name__: f
    for f in (
        u_t_junction,
        u_s_road,
        u_grid_signals,
        u_roundabout3,
        u_left_stop,
        u_unmarked,
        u_angled_bay,
    )
}


# ---------------------------------------------------------------------- hand-made (Tiled) maps
GRASS, ROAD, SIDEWALK, BUILDING = 1, 2, 3, 4  # gids in mini.tsx
HALF = 3.0  # m from a road's axis to its kerb: two 3 m lanes
RIGHT_OF = {"n": (1.0, 0.0), "e": (0.0, 1.0), "s": (-1.0, 0.0), "w": (0.0, -1.0)}
UNIT = {"n": (0.0, -1.0), "e": (1.0, 0.0), "s": (0.0, 1.0), "w": (-1.0, 0.0)}
OPP = {"n": "s", "s": "n", "e": "w", "w": "e"}
HEAD = {"n": 0.0, "e": 90.0, "s": 180.0, "w": 270.0}


def _add(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    return (a[0] + b[0] * k, a[1] + b[1] * k)


@dataclass
class HNode:
    name: str
    x: float
    y: float
    ring: bool = False

    @property
    def c(self) -> Vec:
        return (self.x, self.y)

    @property
    def reach(self) -> float:
        """Metres from the centre where this node's lanes end and start."""
        return 15.0 if self.ring else 7.0


@dataclass
class HandMap:
    """A teacher's map: a tile grid of 1 m cells and objects in metres (written at 32 px)."""

    slug: str
    w: int
    h: int
    props: dict[str, tuple[str, str | None]]
    left: bool = False
    nodes: dict[str, HNode] = field(default_factory=dict)
    roads: list[tuple[str, str]] = field(default_factory=list)
    objects: list[dict] = field(default_factory=list)
    jitter: int = 0

    def __post_init__(self) -> None:
        self.grid = [[GRASS] * self.w for _ in range(self.h)]

    @property
    def side(self) -> float:
        return -1.0 if self.left else 1.0

    def node(self, name: str, x: float, y: float, ring: bool = False) -> None:
        self.nodes[name] = HNode(name, x, y, ring)

    def road(self, a: str, b: str) -> None:
        self.roads.append((a, b))

    def dir(self, a: str, b: str) -> str:
        na, nb = self.nodes[a], self.nodes[b]
        if abs(na.y - nb.y) < 1e-9:
            return "e" if nb.x > na.x else "w"
        return "s" if nb.y > na.y else "n"

    def arms(self, name: str) -> dict[str, str]:
        out = {}
        for a, b in self.roads:
            if a == name:
                out[self.dir(a, b)] = b
            elif b == name:
                out[self.dir(b, a)] = a
        return out

    def lane_at(self, a: str, b: str, t: float, off: float = 0.0) -> Vec:
        """A point t metres from a's centre towards b, on the a->b lane (+off to its right)."""
        d = self.dir(a, b)
        p = _add(self.nodes[a].c, UNIT[d], t)
        return _add(p, RIGHT_OF[d], self.side * 1.5 + off)

    # -- painting ---------------------------------------------------------------------------
    def paint(self, x0: float, y0: float, x1: float, y1: float, gid: int) -> None:
        for y in range(max(0, math.floor(y0)), min(self.h, math.ceil(y1))):
            for x in range(max(0, math.floor(x0)), min(self.w, math.ceil(x1))):
                self.grid[y][x] = gid

    def pave(self) -> None:
        """Sidewalk first (a 2 m band), then the road over it, then ring islands."""
        for gid, extra in ((SIDEWALK, 2.0), (ROAD, 0.0)):
            for a, b in self.roads:
                na, nb = self.nodes[a], self.nodes[b]
                x0, x1 = sorted((na.x, nb.x))
                y0, y1 = sorted((na.y, nb.y))
                r = HALF + extra
                self.paint(x0 - r, y0 - r, x1 + r, y1 + r, gid)
            for n in self.nodes.values():
                r = (10.0 if n.ring else HALF + 2.5) + extra
                if n.ring:
                    for y in range(self.h):
                        for x in range(self.w):
                            if math.hypot(x + 0.5 - n.x, y + 0.5 - n.y) <= r:
                                self.grid[y][x] = gid
                else:
                    # the box, and a rounded kerb (a 45-degree cut) between two arms
                    box = HALF + extra
                    for y in range(math.floor(n.y - box - 3), math.ceil(n.y + box + 3)):
                        for x in range(math.floor(n.x - box - 3), math.ceil(n.x + box + 3)):
                            if not (0 <= x < self.w and 0 <= y < self.h):
                                continue
                            dx, dy = abs(x + 0.5 - n.x), abs(y + 0.5 - n.y)
                            inside = dx <= box and dy <= box
                            flare = (
                                dx > HALF
                                and dy > HALF
                                and dx - HALF + dy - HALF <= 3.0 + extra
                                and self._both_arms(n, x + 0.5, y + 0.5)
                            )
                            if inside or flare:
                                self.grid[y][x] = gid
        for n in self.nodes.values():
            if n.ring:
                for y in range(self.h):
                    for x in range(self.w):
                        if math.hypot(x + 0.5 - n.x, y + 0.5 - n.y) <= 5.0:
                            self.grid[y][x] = SIDEWALK

    def _both_arms(self, n: HNode, x: float, y: float) -> bool:
        arms = self.arms(n.name)
        h = "e" if x > n.x else "w"
        v = "s" if y > n.y else "n"
        return h in arms and v in arms

    def buildings(self, cells: list[tuple[int, int, int, int]]) -> None:
        for x, y, w, h in cells:
            self.paint(x, y, x + w, y + h, BUILDING)

    # -- lanes ------------------------------------------------------------------------------
    def _jit(self) -> Vec:
        """A teacher's imprecise click: up to ~0.6 m off, deterministic."""
        self.jitter += 1
        k = self.jitter
        return (0.35 * math.sin(k * 2.3), 0.35 * math.cos(k * 1.7))

    def lanes(self) -> None:
        side = self.side
        for a, b in self.roads:
            for p, q in ((a, b), (b, a)):
                start = self.lane_at(p, q, self.nodes[p].reach)
                end = self.lane_at(p, q, self._dist(p, q) - self.nodes[q].reach)
                j = self._jit()
                self.lane(f"{p}>{q}", [start, _add(end, j)])
        for n in self.nodes.values():
            arms = self.arms(n.name)
            if n.ring:
                self._ring(n, arms)
                continue
            if len(arms) < 2:
                continue
            for i in sorted(arms):
                for o in sorted(arms):
                    if i == o:
                        continue
                    p0 = self.lane_at(n.name, arms[i], n.reach)
                    p0 = _add(p0, RIGHT_OF[OPP[i]], 2 * side * 1.5)  # the arriving lane
                    p3 = self.lane_at(n.name, arms[o], n.reach)
                    travel = UNIT[OPP[i]]
                    if o == OPP[i]:
                        pts = [p0, p3]
                    else:
                        # corner where the two lanes' lines meet, chamfered like a teacher would
                        q = (p0[0], p3[1]) if travel[0] == 0 else (p3[0], p0[1])
                        k0 = 0.45 * math.dist(p0, q)
                        k1 = 0.45 * math.dist(p3, q)
                        pts = [
                            p0,
                            _add(q, UNIT[i], k0),
                            _add(q, UNIT[o], k1),
                            p3,
                        ]
                    self.lane(f"{arms[i]}>{n.name}>{arms[o]}", pts)

    def _dist(self, a: str, b: str) -> float:
        na, nb = self.nodes[a], self.nodes[b]
        return abs(na.x - nb.x) + abs(na.y - nb.y)

    def _ring(self, n: HNode, arms: dict[str, str]) -> None:
        radius = 7.5
        split = 28.0
        cw = self.left  # left-hand traffic goes round clockwise
        sgn = 1.0 if cw else -1.0

        def pt(theta: float) -> Vec:
            t = math.radians(theta)
            return (n.x + radius * math.sin(t), n.y - radius * math.cos(t))

        marks = []
        for arm in arms:
            base = HEAD[arm]
            marks.append(((base + sgn * split) % 360, "entry", arm))
            marks.append(((base - sgn * split) % 360, "exit", arm))
        marks.sort(key=lambda m: sgn * m[0])  # in driving order round the ring
        k = len(marks)
        for i in range(k):
            t0 = marks[i][0]
            t1 = marks[(i + 1) % k][0]
            span = (t1 - t0) % 360 if cw else (t0 - t1) % 360
            steps = max(2, math.ceil(span / 20.0))
            pts = [pt(t0 + sgn * span * s / steps) for s in range(steps + 1)]
            self.lane(f"{n.name} ring {i + 1}", pts)
        for theta, what, arm in marks:
            rp = pt(theta)
            tan_t = math.radians(theta + sgn * 90.0)
            tangent = (math.sin(tan_t), -math.cos(tan_t))
            if what == "entry":
                p0 = self.lane_at(n.name, arms[arm], n.reach)
                p0 = _add(p0, RIGHT_OF[OPP[arm]], 2 * self.side * 1.5)
                mid = _add(p0, UNIT[OPP[arm]], 3.0)
                pts = [p0, mid, _add(rp, tangent, -2.5), rp]
                self.lane(f"{arms[arm]}>{n.name} in", pts)
            else:
                p3 = self.lane_at(n.name, arms[arm], n.reach)
                mid = _add(p3, UNIT[arm], -3.0)
                pts = [rp, _add(rp, tangent, 2.5), mid, p3]
                self.lane(f"{n.name}>{arms[arm]} out", pts)
        self.obj("roundabout", f"roundabout {n.name}", "ellipse", n.x - 10, n.y - 10, 20, 20)

    # -- objects ----------------------------------------------------------------------------
    def obj(
        self,
        cls: str,
        name: str,
        shape: str,
        x: float,
        y: float,
        w: float = 0.0,
        h: float = 0.0,
        pts: list[Vec] | None = None,
        **props: object,
    ) -> None:
        self.objects.append(
            {
                "cls": cls,
                "name": name,
                "shape": shape,
                "x": x,
                "y": y,
                "w": w,
                "h": h,
                "pts": pts,
                "props": props,
            }
        )

    def lane(self, name: str, pts: list[Vec], **props: object) -> None:
        self.obj("lane", name, "polyline", pts[0][0], pts[0][1], pts=pts, **props)

    def across(self, a: str, b: str, t: float, length: float = 2.0) -> tuple[float, ...]:
        """Rectangle over the whole road a-b, from t to t+length metres from a's centre."""
        d = self.dir(a, b)
        p = _add(_add(self.nodes[a].c, UNIT[d], t), RIGHT_OF[d], -HALF)
        q = _add(_add(self.nodes[a].c, UNIT[d], t + length), RIGHT_OF[d], HALF)
        return (min(p[0], q[0]), min(p[1], q[1]), abs(p[0] - q[0]), abs(p[1] - q[1]))

    def checkpoint(self, a: str, b: str, t: float, order: int) -> None:
        x, y, w, h = self.across(a, b, t)
        self.obj("checkpoint", f"checkpoint {order}", "rect", x, y, w, h, order=order)

    def finish(self, a: str, b: str, t: float) -> None:
        x, y, w, h = self.across(a, b, t, 3.0)
        self.obj("finish", "finish", "rect", x, y, w, h)

    def spawn(self, a: str, b: str, t: float, off: float = 0.4) -> None:
        x, y = self.lane_at(a, b, t, off)
        self.obj("spawn", "start", "point", x, y, heading=HEAD[self.dir(a, b)])

    def line(self, node: str, arm: str, **props: object) -> None:
        """A stop line across the lane arriving at `node` from `arm`, 1 m before its end."""
        n = self.nodes[node]
        travel = OPP[arm]
        mid = _add(n.c, UNIT[arm], n.reach + 1.0)
        p = _add(mid, RIGHT_OF[travel], self.side * 0.2)
        q = _add(mid, RIGHT_OF[travel], self.side * 2.9)
        self.obj("stop_line", f"line {arm}>{node}", "polyline", p[0], p[1], pts=[p, q], **props)

    # -- the file ---------------------------------------------------------------------------
    def tmx(self) -> str:
        px = 32.0
        root = ET.Element(
            "map",
            version="1.9",
            tiledversion="1.9.2",
            orientation="orthogonal",
            renderorder="right-down",
            width=str(self.w),
            height=str(self.h),
            tilewidth="32",
            tileheight="32",
            infinite="0",
            nextlayerid="3",
            nextobjectid=str(len(self.objects) + 1),
        )
        box = ET.SubElement(root, "properties")
        for k, (v, kind) in self.props.items():
            p = ET.SubElement(box, "property", name=k)
            if kind:
                p.set("type", kind)
            p.set("value", v)
        ET.SubElement(root, "tileset", firstgid="1", source=MINI_TSX)
        layer = ET.SubElement(
            root, "layer", id="1", name="Tile Layer 1", width=str(self.w), height=str(self.h)
        )
        data = ET.SubElement(layer, "data", encoding="csv")
        data.text = "\n" + ",\n".join(",".join(map(str, row)) for row in self.grid) + "\n"
        group = ET.SubElement(root, "objectgroup", id="2", name="Object Layer 1")
        for i, o in enumerate(self.objects, start=1):
            el = ET.SubElement(group, "object", id=str(i))
            if o["name"]:
                el.set("name", o["name"])
            el.set("class", o["cls"])
            el.set("x", _px(o["x"] * px))
            el.set("y", _px(o["y"] * px))
            if o["shape"] in ("rect", "ellipse"):
                el.set("width", _px(o["w"] * px))
                el.set("height", _px(o["h"] * px))
            if o["props"]:
                pb = ET.SubElement(el, "properties")
                for k in sorted(o["props"]):
                    v = o["props"][k]
                    pe = ET.SubElement(pb, "property", name=k)
                    if isinstance(v, bool):
                        pe.set("type", "bool")
                        pe.set("value", "true" if v else "false")
                    elif isinstance(v, int):
                        pe.set("type", "int")
                        pe.set("value", str(v))
                    elif isinstance(v, float):
                        pe.set("type", "float")
                        pe.set("value", _px(v))
                    else:
                        pe.set("value", str(v))
            if o["shape"] == "point":
                ET.SubElement(el, "point")
            elif o["shape"] == "ellipse":
                ET.SubElement(el, "ellipse")
            elif o["shape"] == "polyline":
                x0, y0 = o["x"] * px, o["y"] * px
                pts = " ".join(f"{_px(x * px - x0)},{_px(y * px - y0)}" for x, y in o["pts"])
                ET.SubElement(el, "polyline", points=pts)
        ET.indent(root, space=" ")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _px(v: float) -> str:
    r = round(v, 2)
    return str(int(r)) if r == int(r) else f"{r:g}"


def _hand(slug: str, w: int, h: int, title: str, lesson: str, left: bool = False) -> HandMap:
    props = {
        "title": (title, None),
        "lesson": (lesson, None),
        "tile_metres": ("1", "float"),
        "time_limit": ("400", "int"),
    }
    if left:
        props["drive_side"] = ("left", None)
    return HandMap(slug, w, h, props, left=left)


def h_loop() -> HandMap:
    """A square town loop with a crossroads, drawn in Tiled: limits only in speed zones."""
    m = _hand("h_loop", 84, 62, "My town", "seatbelt,off_road,speeding,stop_sign")
    for name, x, y in (
        ("A", 10, 10),
        ("B", 42, 10),
        ("C", 74, 10),
        ("D", 10, 52),
        ("E", 42, 52),
        ("F", 74, 52),
        ("X", 42, 31),
        ("W", 10, 31),
    ):
        m.node(name, x, y)
    for a, b in (
        ("A", "B"),
        ("B", "C"),
        ("C", "F"),
        ("F", "E"),
        ("E", "D"),
        ("D", "W"),
        ("W", "A"),
        ("B", "X"),
        ("X", "E"),
        ("W", "X"),
    ):
        m.road(a, b)
    m.pave()
    m.buildings([(18, 18, 8, 6), (52, 18, 12, 6), (52, 38, 12, 6), (18, 40, 8, 5)])
    m.lanes()
    m.line("X", "n", sign="stop")
    m.line("X", "s", sign="stop")
    m.obj("sign", "stop", "point", 46.5, 24.5, kind="stop", heading=0.0)
    m.obj("speed_zone", "town 30", "rect", 0, 0, 84, 62, limit=30)
    m.obj("speed_zone", "slow street 20", "rect", 36, 16, 12, 30, limit=20)
    m.spawn("D", "W", 9.0)
    m.checkpoint("W", "A", 12, 1)
    m.checkpoint("B", "X", 10, 2)
    m.checkpoint("E", "F", 14, 3)
    m.finish("C", "B", 14)
    return m


def h_finish_only() -> HandMap:
    """No checkpoints at all: drive from the start to the finish."""
    m = _hand("h_finish_only", 70, 40, "Just the finish", "off_road")
    for name, x, y in (("A", 10, 10), ("B", 58, 10), ("C", 58, 30), ("D", 10, 30)):
        m.node(name, x, y)
    for a, b in (("A", "B"), ("B", "C"), ("C", "D"), ("D", "A")):
        m.road(a, b)
    m.pave()
    m.buildings([(20, 17, 28, 6)])
    m.lanes()
    m.obj("speed_zone", "all 30", "rect", 0, 0, 70, 40, limit=30)
    m.spawn("A", "B", 12.0, off=-0.5)
    m.finish("C", "D", 30)
    return m


def h_left() -> HandMap:
    """Left-hand traffic: lanes on the left, a clockwise roundabout, a signalled crossroads."""
    m = _hand("h_left", 96, 66, "Drive on the left", "red_light,yield,no_indicator", left=True)
    for name, x, y in (
        ("A", 10, 10),
        ("R", 48, 10),
        ("B", 86, 10),
        ("D", 10, 54),
        ("X", 48, 54),
        ("E", 86, 54),
    ):
        m.node(name, x, y, ring=(name == "R"))
    for a, b in (
        ("A", "R"),
        ("R", "B"),
        ("B", "E"),
        ("E", "X"),
        ("X", "D"),
        ("D", "A"),
        ("R", "X"),
    ):
        m.road(a, b)
    m.pave()
    m.buildings([(20, 22, 16, 20), (60, 22, 16, 20)])
    m.lanes()
    for arm in ("w", "e", "s"):
        m.line("R", arm, sign="yield")
    m.obj("signal", "lights", "point", 40, 46, phases="UPDOWN=8,3;LEFTRIGHT=10,3", offset=2.0)
    for arm in ("n", "e", "w"):
        phase = "UPDOWN" if arm == "n" else "LEFTRIGHT"
        m.line("X", arm, signal="lights", phase=phase)
    m.obj("speed_zone", "all 30", "rect", 0, 0, 96, 66, limit=30)
    m.spawn("D", "A", 10.0)
    m.checkpoint("A", "R", 14, 1)
    m.checkpoint("R", "X", 20, 2)
    m.checkpoint("X", "E", 16, 3)
    m.checkpoint("B", "R", 16, 4)
    m.finish("R", "A", 20)
    return m


HAND_MAPS = {f.__name__: f for f in (h_loop, h_finish_only, h_left)}
ALL = (*DSL_MAPS, *HAND_MAPS)


def build(out: Path = HERE) -> list[Path]:
    """Write every unseen map; returns their paths."""
    ids = load_tile_ids(MAPS)
    written = []
    for slug, make in DSL_MAPS.items():
        root = _dsl_tmx(make(), ids)
        _tweak(slug, root)
        ET.indent(root, space=" ")
        text = ET.tostring(root, "unicode").replace(" />", "/>")
        path = out / f"{slug}.tmx"
        path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n", "utf-8")
        written.append(path)
    for slug, make in HAND_MAPS.items():
        path = out / f"{slug}.tmx"
        path.write_text(make().tmx(), "utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(ROOT))
