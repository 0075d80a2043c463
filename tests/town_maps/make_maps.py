"""Writes the small town test courses in this folder: `python tests/town_maps/make_maps.py`.

Each map is 20 x 20 tiles of 32 px, 3 m per tile, using tests/maps/mini.tsx; geometry is
written in metres here and converted to pixels. Right-hand traffic throughout.
"""

from __future__ import annotations

import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
TILE_PX, TILE_M, SIZE = 32, 3.0, 20
C = SIZE * TILE_M / 2  # the map's centre, metres


def px(m: float) -> float:
    return round(m / TILE_M * TILE_PX, 3)


class MapWriter:
    def __init__(self, title: str, priority: str = "right") -> None:
        self.title = title
        self.priority = priority
        self.objects: list[str] = []
        self.road: set[tuple[int, int]] = set()
        self.walk: set[tuple[int, int]] = set()

    def _id(self) -> int:
        return len(self.objects) + 1

    def _props(self, props: dict) -> str:
        if not props:
            return ""
        items = "".join(f'<property name="{k}" value="{v}"/>' for k, v in props.items())
        return f"<properties>{items}</properties>"

    def lane(self, pts: list[tuple[float, float]], name: str = "", limit: float = 30) -> None:
        x0, y0 = pts[0]
        rel = " ".join(f"{px(x - x0)},{px(y - y0)}" for x, y in pts)
        props = self._props({"speed_limit": limit})
        self.objects.append(
            f'<object id="{self._id()}" name="{name}" type="lane" x="{px(x0)}" y="{px(y0)}">'
            f'{props}<polyline points="{rel}"/></object>'
        )
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            n = max(2, int(math.hypot(bx - ax, by - ay) / 0.5))
            for i in range(n + 1):
                x, y = ax + (bx - ax) * i / n, ay + (by - ay) * i / n
                self.road.add((int(x // TILE_M), int(y // TILE_M)))
                for dx, dy in ((-1.4, 0), (1.4, 0), (0, -1.4), (0, 1.4)):
                    self.road.add((int((x + dx) // TILE_M), int((y + dy) // TILE_M)))

    def point(self, cls: str, x: float, y: float, name: str = "", **props) -> None:
        self.objects.append(
            f'<object id="{self._id()}" name="{name}" type="{cls}" x="{px(x)}" y="{px(y)}">'
            f"{self._props(props)}<point/></object>"
        )

    def line(self, cls: str, a: tuple, b: tuple, **props) -> None:
        rel = f"0,0 {px(b[0] - a[0])},{px(b[1] - a[1])}"
        self.objects.append(
            f'<object id="{self._id()}" type="{cls}" x="{px(a[0])}" y="{px(a[1])}">'
            f'{self._props(props)}<polyline points="{rel}"/></object>'
        )

    def walkway(self, pts: list[tuple[float, float]], **props) -> None:
        x0, y0 = pts[0]
        rel = " ".join(f"{px(x - x0)},{px(y - y0)}" for x, y in pts)
        self.objects.append(
            f'<object id="{self._id()}" type="pedestrian" x="{px(x0)}" y="{px(y0)}">'
            f'{self._props(props)}<polyline points="{rel}"/></object>'
        )
        for x, y in pts:
            self.walk.add((int(x // TILE_M), int(y // TILE_M)))

    def rect(self, cls: str, x: float, y: float, w: float, h: float, **props) -> None:
        self.objects.append(
            f'<object id="{self._id()}" type="{cls}" x="{px(x)}" y="{px(y)}" '
            f'width="{px(w)}" height="{px(h)}">{self._props(props)}</object>'
        )

    def ellipse(self, cls: str, cx: float, cy: float, r: float) -> None:
        self.objects.append(
            f'<object id="{self._id()}" type="{cls}" x="{px(cx - r)}" y="{px(cy - r)}" '
            f'width="{px(2 * r)}" height="{px(2 * r)}"><ellipse/></object>'
        )

    def write(self, name: str) -> None:
        rows = []
        for r in range(SIZE):
            row = []
            for c in range(SIZE):
                row.append("2" if (c, r) in self.road else "3" if (c, r) in self.walk else "1")
            rows.append(",".join(row))
        data = ",\n".join(rows)
        text = f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" \
width="{SIZE}" height="{SIZE}" tilewidth="{TILE_PX}" tileheight="{TILE_PX}" infinite="0" \
nextlayerid="3" nextobjectid="{self._id()}">
 <properties>
  <property name="title" value="{self.title}"/>
  <property name="tile_metres" type="float" value="{TILE_M}"/>
  <property name="priority" value="{self.priority}"/>
 </properties>
 <tileset firstgid="1" source="../maps/mini.tsx"/>
 <layer id="1" name="ground" width="{SIZE}" height="{SIZE}">
  <data encoding="csv">
{data}
</data>
 </layer>
 <objectgroup id="2" name="course">
  {chr(10).join("  " + o for o in self.objects).strip()}
 </objectgroup>
</map>
"""
        (HERE / f"{name}.tmx").write_text(text, encoding="utf-8")


def arc(cx: float, cy: float, r: float, a0: float, a1: float, n: int = 6) -> list:
    """Points on a circle, angles in degrees counter-clockwise on screen (y down)."""
    out = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        out.append((cx + r * math.cos(a), cy - r * math.sin(a)))
    return out


def corner(a: tuple, b: tuple, pivot: tuple, n: int = 5) -> list:
    """A quarter turn from a to b around `pivot` (an inside corner)."""
    a0 = math.degrees(math.atan2(-(a[1] - pivot[1]), a[0] - pivot[0]))
    a1 = math.degrees(math.atan2(-(b[1] - pivot[1]), b[0] - pivot[0]))
    d = (a1 - a0 + 180) % 360 - 180
    r = math.hypot(a[0] - pivot[0], a[1] - pivot[1])
    return arc(pivot[0], pivot[1], r, a0, a0 + d, n)


def crossroads(
    m: MapWriter, signal: bool, stop_arm: str | None = None, west_line: float = C - 6
) -> None:
    """A four-way junction at the centre: through lanes and right turns on every arm.

    The box is four tiles wide so that no lane ends within a tile of another's start
    (the map contract links those)."""
    lo, hi = C - 6, C + 6
    sb, nb, eb, wb = C - 1.5, C + 1.5, C + 1.5, C - 1.5  # lane offsets (x for N-S, y for E-W)
    end = SIZE * TILE_M
    # approaches, through connectors, exits
    m.lane([(sb, 0), (sb, lo)], "S in")
    m.lane([(sb, lo), (sb, hi)], "S thru")
    m.lane([(sb, hi), (sb, end)], "S out")
    m.lane([(nb, end), (nb, hi)], "N in")
    m.lane([(nb, hi), (nb, lo)], "N thru")
    m.lane([(nb, lo), (nb, 0)], "N out")
    m.lane([(0, eb), (lo, eb)], "E in")
    m.lane([(lo, eb), (hi, eb)], "E thru")
    m.lane([(hi, eb), (end, eb)], "E out")
    m.lane([(end, wb), (hi, wb)], "W in")
    m.lane([(hi, wb), (lo, wb)], "W thru")
    m.lane([(lo, wb), (0, wb)], "W out")
    # right turns (inside corners)
    m.lane(corner((sb, lo), (lo, wb), (lo, lo)), "S right")
    m.lane(corner((nb, hi), (hi, eb), (hi, hi)), "N right")
    m.lane(corner((lo, eb), (sb, hi), (lo, hi)), "E right")
    m.lane(corner((hi, wb), (nb, lo), (hi, lo)), "W right")
    lines = {
        "S": ((C - 3, lo), (C, lo), "NS"),
        "N": ((C + 3, hi), (C, hi), "NS"),
        "E": ((west_line, C + 3), (west_line, C), "EW"),
        "W": ((hi, C - 3), (hi, C), "EW"),
    }
    for arm, (a, b, phase) in lines.items():
        if signal:
            m.line("stop_line", a, b, signal="X", phase=phase)
        elif arm == stop_arm:
            m.line("stop_line", a, b, sign="stop")
    if signal:
        m.point("signal", C + 5, C - 5, name="X", phases="NS=10,3;EW=10,3", clearance=2)
        for a, _b, phase in lines.values():
            m.point("traffic_light", a[0], a[1], signal="X", phase=phase, heading=0)


def signal_cross() -> None:
    m = MapWriter("Town test: signalled crossroads")
    crossroads(m, signal=True, west_line=C - 9)
    # a signalled crossing on the west arm, walkers go while EW is red
    m.rect("crossing", C - 9, C - 3, 3, 6, signal="X", phase="EW")
    m.walkway([(C - 7.5, C - 6), (C - 7.5, C + 6)], every=9, delay=2, speed=1.2, kind="adult")
    m.walkway([(C - 7.5, C + 6), (C - 7.5, C - 6)], every=11, delay=5, speed=1.0, kind="child")
    for x, y in ((C - 1.5, 0), (C + 1.5, 60), (0, C + 1.5), (60, C - 1.5)):
        m.point("vehicle", x, y, kind="car", every=5, count=3, delay=1)
    m.point("vehicle", 0, C + 1.5, kind="bus", every=30, count=1, delay=8)
    m.point("officer", C + 4, C + 4, signal="X")
    m.point("spawn", 3, 3, heading=90)
    m.write("signal_cross")


def stop_cross() -> None:
    m = MapWriter("Town test: stop sign and priority to the right")
    crossroads(m, signal=False, stop_arm="N")
    for x, y in ((C - 1.5, 0), (C + 1.5, 60), (0, C + 1.5), (60, C - 1.5)):
        m.point("vehicle", x, y, kind="car", every=6, count=3, delay=1)
    m.point("vehicle", 60, C - 1.5, kind="bike", every=20, count=1, delay=3)
    m.point("spawn", 3, 3, heading=90)
    m.write("stop_cross")


def zebra() -> None:
    m = MapWriter("Town test: zebra crossing")
    end = SIZE * TILE_M
    m.lane([(0, C + 1.5), (end, C + 1.5)], "east")
    m.lane([(end, C - 1.5), (0, C - 1.5)], "west")
    m.rect("crossing", C - 1.5, C - 3, 3, 6)
    m.walkway([(C, C - 6), (C, C + 6)], every=7, delay=1, speed=1.2, kind="adult")
    m.walkway([(C, C + 6), (C, C - 6)], every=9, delay=4, speed=1.0, kind="stroller")
    m.point("vehicle", 0, C + 1.5, kind="car", every=4, count=4, delay=0)
    m.point("vehicle", end, C - 1.5, kind="car", every=5, count=3, delay=2)
    m.point("vehicle", end, C - 1.5, kind="ambulance", every=40, count=1, delay=10)
    m.point("spawn", 3, 3, heading=90)
    m.write("zebra")


def ring() -> None:
    """A single-lane roundabout with four arms; ring traffic goes counter-clockwise."""
    m = MapWriter("Town test: roundabout")
    r = 7.5
    end = SIZE * TILE_M
    nodes = [22.5 + 45 * k for k in range(8)]
    for a0 in nodes:
        m.lane(arc(C, C, r, a0, a0 + 45, 5), f"ring {a0:.0f}")
    arms = {0: (1, 0), 90: (0, -1), 180: (-1, 0), 270: (0, 1)}
    for theta, (ux, uy) in arms.items():
        off = (1.5 * uy, -1.5 * ux)  # inbound traffic keeps right: this side of the arm
        in_x, in_y = C + ux * 10.5 + off[0], C + uy * 10.5 + off[1]
        far_x, far_y = C + ux * (end / 2) + off[0], C + uy * (end / 2) + off[1]
        entry = arc(C, C, r, theta + 22.5, theta + 22.5, 1)[0]
        m.lane([(far_x, far_y), (in_x, in_y)], f"arm {theta} in")
        m.lane([(in_x, in_y), entry], f"arm {theta} enter")
        out_x, out_y = C + ux * 10.5 - off[0], C + uy * 10.5 - off[1]
        far_ox, far_oy = C + ux * (end / 2) - off[0], C + uy * (end / 2) - off[1]
        leave = arc(C, C, r, theta - 22.5, theta - 22.5, 1)[0]
        m.lane([leave, (out_x, out_y)], f"arm {theta} leave")
        m.lane([(out_x, out_y), (far_ox, far_oy)], f"arm {theta} out")
        m.point("vehicle", far_x, far_y, kind="car", every=6, count=3, delay=theta / 90)
    m.ellipse("roundabout", C, C, r + 1.5)
    m.point("spawn", 3, 3, heading=90)
    m.write("ring")


if __name__ == "__main__":
    signal_cross()
    stop_cross()
    zebra()
    ring()
