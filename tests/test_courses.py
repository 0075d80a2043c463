"""Every shipped course honours MAP_SPEC and can be driven from spawn to finish.

Independent of the game's loader on purpose: it re-derives the lane graph from the raw
Tiled objects (pytmx only), so a bug in the generator and in the loader can't hide each other.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import pytmx

MAPS = Path(__file__).resolve().parents[1] / "maps"
SHIPPED = [
    "first_drive",
    "traffic_lights",
    "zebra_crossing",
    "stop_and_yield",
    "roundabout",
    "school_zone",
    "parking",
    "emergency_vehicle",
    "traffic_park",
    "template",
]
AVAILABLE = [s for s in SHIPPED if (MAPS / f"{s}.tmx").exists()]
TILE = 64.0
LOOK = 2.2  # pure-pursuit look-ahead, metres
Pt = tuple[float, float]


def kind(o: Any) -> str:
    return o.type or getattr(o, "class", "") or ""


def pts(o: Any) -> list[Pt]:
    return [(float(p.x), float(p.y)) for p in o.points]


def dist(a: Pt, b: Pt) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def heading(a: Pt, b: Pt) -> float:
    return math.degrees(math.atan2(b[0] - a[0], a[1] - b[1])) % 360


def angle_diff(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def seg_cross(p: Pt, q: Pt, r: Pt, s: Pt) -> bool:
    def orient(a: Pt, b: Pt, c: Pt) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    d1, d2 = orient(p, q, r), orient(p, q, s)
    d3, d4 = orient(r, s, p), orient(r, s, q)
    return d1 * d2 <= 0 and d3 * d4 <= 0


class Map:
    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.tm = pytmx.TiledMap(str(MAPS / f"{slug}.tmx"))
        self.objs = list(self.tm.objects)
        self.lanes = [o for o in self.objs if kind(o) == "lane"]
        self.lane_pts = [pts(o) for o in self.lanes]
        self.next: list[list[int]] = []
        for a in self.lane_pts:
            self.next.append(
                [
                    j
                    for j, b in enumerate(self.lane_pts)
                    if b is not a
                    and dist(a[-1], b[0]) < TILE
                    and angle_diff(heading(a[-2], a[-1]), heading(b[0], b[1])) <= 135
                ]
            )

    def of(self, cls: str) -> list[Any]:
        return [o for o in self.objs if kind(o) == cls]

    def samples(self, i: int) -> list[tuple[float, Pt]]:
        """Points every ~4 px along lane i with their arc length."""
        out: list[tuple[float, Pt]] = []
        s = 0.0
        line = self.lane_pts[i]
        for a, b in zip(line, line[1:]):
            n = max(1, int(dist(a, b) // 4))
            for k in range(n):
                t = k / n
                out.append((s + dist(a, b) * t, (a[0] + (b[0] - a[0]) * t,
                                                 a[1] + (b[1] - a[1]) * t)))
            s += dist(a, b)
        out.append((s, line[-1]))
        return out

    def hit(self, i: int, rect: Any, after: float, grow: float = 0.0) -> float | None:
        x0, y0 = rect.x - grow, rect.y - grow
        x1, y1 = rect.x + rect.width + grow, rect.y + rect.height + grow
        for s, (x, y) in self.samples(i):
            if s >= after and x0 <= x <= x1 and y0 <= y <= y1:
                return s
        return None

    def reach(self, lane: int, s0: float, rect: Any, grow: float = 0.0) -> tuple[int, float]:
        """First place on the lane graph, driving on from (lane, s0), inside rect."""
        lane, s, _ = self.route(lane, s0, rect, grow)
        return lane, s

    def route(self, lane: int, s0: float, rect: Any,
              grow: float = 0.0) -> tuple[int, float, list[int]]:
        """Like reach, plus the lanes entered on the way (breadth first: a shortest hop)."""
        s = self.hit(lane, rect, s0, grow)
        if s is not None:
            return lane, s, []
        parent: dict[int, int] = {}
        frontier = [lane]
        seen: set[int] = set()
        while frontier:
            nxt = []
            for i in frontier:
                for j in self.next[i]:
                    if j in seen:
                        continue
                    seen.add(j)
                    parent[j] = i
                    s = self.hit(j, rect, 0.0, grow)
                    if s is not None:
                        path = [j]
                        while path[-1] != lane or len(path) == 1 and j == lane:
                            path.append(parent[path[-1]])
                            if path[-1] == lane:
                                break
                        return j, s, path[::-1][1:]
                    nxt.append(j)
            frontier = nxt
        raise AssertionError(f"{self.slug}: {rect.name} unreachable from lane "
                             f"{self.lanes[lane].name}")


@pytest.fixture(scope="module", params=AVAILABLE)
def course(request: pytest.FixtureRequest) -> Map:
    return Map(request.param)


def test_all_courses_are_shipped() -> None:
    assert AVAILABLE == SHIPPED


def test_map_header_and_properties(course: Map) -> None:
    tm = course.tm
    assert tm.orientation == "orthogonal" and tm.tilewidth == tm.tileheight == 64
    assert [layer.name for layer in tm.layers][:3] == ["ground", "markings", "decor"]
    p = tm.properties
    for key in ("title", "title_ar", "title_fr", "title_en", "title_zgh", "lesson"):
        assert isinstance(p.get(key), str) and p[key], key
    assert any("\u2d30" <= ch <= "\u2d7f" for ch in p["title_zgh"]), "zgh title in Tifinagh"
    assert p["tile_metres"] == 3.0 and p["drive_side"] == "right" and p["priority"] == "right"
    assert isinstance(p["time_limit"], int) and p["time_limit"] >= 120
    assert 24 <= tm.width <= 48 and 16 <= tm.height <= 32


def test_object_ids_unique(course: Map) -> None:
    ids = [o.id for o in course.objs]
    assert len(ids) == len(set(ids))


def test_lanes_link_exactly_or_not_at_all(course: Map) -> None:
    """A lane's end coincides with the starts it continues into; other starts are far."""
    for a, la in zip(course.lanes, course.lane_pts):
        for b, lb in zip(course.lanes, course.lane_pts):
            if a is b:
                continue
            d = dist(la[-1], lb[0])
            assert d == 0 or d >= 1.05 * TILE, f"{course.slug}: {a.name} -> {b.name}: {d:.1f}px"


def test_every_lane_continues_and_is_fed(course: Map) -> None:
    fed = {j for nx in course.next for j in nx}
    for i, lane in enumerate(course.lanes):
        assert course.next[i], f"{course.slug}: {lane.name} leads nowhere"
        assert i in fed, f"{course.slug}: nothing leads into {lane.name}"
        assert isinstance(lane.properties.get("speed_limit"), int)


def test_stop_lines_cross_exactly_one_lane(course: Map) -> None:
    for line in course.of("stop_line"):
        a, b = pts(line)
        crossing = [
            lane.name
            for lane, lp in zip(course.lanes, course.lane_pts)
            if any(seg_cross(a, b, p, q) for p, q in zip(lp, lp[1:]))
        ]
        assert len(crossing) == 1, f"{course.slug}: {line.name} crosses {crossing}"


def test_signals_lights_and_phases(course: Map) -> None:
    signals = {s.name: s for s in course.of("signal")}
    phases = {
        name: {p.split("=")[0] for p in s.properties["phases"].split(";")}
        for name, s in signals.items()
    }
    for o in course.of("traffic_light") + course.of("stop_line") + course.of("crossing"):
        sig = o.properties.get("signal")
        if sig is None:
            continue
        assert sig in signals, f"{course.slug}: {o.name} names unknown signal {sig}"
        assert o.properties["phase"] in phases[sig], f"{course.slug}: {o.name} phase"
    for o in course.of("officer"):
        assert o.properties["signal"] in signals
    for line in course.of("stop_line"):
        sign = line.properties.get("sign")
        assert sign in (None, "stop", "yield")
        if sign:
            near = [s for s in course.of("sign") if s.properties.get("kind") == sign
                    and dist((s.x, s.y), pts(line)[0]) < 3 * TILE]
            assert near, f"{course.slug}: {line.name} has no {sign} sign near it"


def test_checkpoints_numbered_and_route_drivable(course: Map) -> None:
    cps = sorted(course.of("checkpoint"), key=lambda o: o.properties["order"])
    assert [c.properties["order"] for c in cps] == list(range(1, len(cps) + 1))
    (spawn,) = course.of("spawn")
    finishes = course.of("finish")
    assert len(finishes) == 1
    on = [
        (i, s)
        for i in range(len(course.lanes))
        for s, p in course.samples(i)
        if dist(p, (spawn.x, spawn.y)) < 3
    ]
    assert on, f"{course.slug}: spawn is not on a lane"
    lane, s = on[0]
    lp = course.lane_pts[lane]
    seg = min(zip(lp, lp[1:]), key=lambda ab: dist(ab[0], (spawn.x, spawn.y))
              + dist(ab[1], (spawn.x, spawn.y)))
    assert angle_diff(heading(*seg), spawn.properties["heading"]) < 1
    for cp in cps:
        lane, s = course.reach(lane, s, cp)
    course.reach(lane, s, finishes[0], grow=1.5 * TILE)


def test_vehicles_sit_on_lane_starts(course: Map) -> None:
    starts = [lp[0] for lp in course.lane_pts]
    for v in course.of("vehicle"):
        assert min(dist((v.x, v.y), s) for s in starts) < 1, f"{course.slug}: {v.name}"
        assert v.properties["kind"] in ("car", "bus", "bike", "ambulance")


def surfaces(course: Map) -> list[list[str]]:
    """Topmost tile surface per cell (MAP_SPEC: none means grass)."""
    tm = course.tm
    grid = [["grass"] * tm.width for _ in range(tm.height)]
    for layer in tm.visible_tile_layers:
        data = tm.layers[layer].data
        for y in range(tm.height):
            for x in range(tm.width):
                props = tm.get_tile_properties_by_gid(data[y][x]) if data[y][x] else None
                if props and props.get("surface"):
                    grid[y][x] = props["surface"]
    return grid


def surface_at(grid: list[list[str]], p: Pt) -> str:
    return grid[int(p[1] // TILE)][int(p[0] // TILE)]


def test_lanes_and_spawn_on_drivable_cells(course: Map) -> None:
    grid = surfaces(course)
    for i, lane in enumerate(course.lanes):
        for _, p in course.samples(i):
            assert surface_at(grid, p) in ("road", "crossing"), (
                f"{course.slug}: {lane.name} runs over {surface_at(grid, p)} at {p}"
            )
    (spawn,) = course.of("spawn")
    assert surface_at(grid, (spawn.x, spawn.y)) == "road"


def test_pedestrians_cross_on_crossings(course: Map) -> None:
    grid = surfaces(course)
    crossings = course.of("crossing")
    for p in course.of("pedestrian"):
        assert p.properties["kind"] in ("child", "adult", "stroller", "dog")
        assert 0.5 <= p.properties["speed"] <= 2.0
        line = pts(p)
        assert surface_at(grid, line[0]) == "sidewalk", f"{course.slug}: {p.name} start"
        assert surface_at(grid, line[-1]) == "sidewalk", f"{course.slug}: {p.name} end"
        mid = ((line[0][0] + line[-1][0]) / 2, (line[0][1] + line[-1][1]) / 2)
        assert any(c.x <= mid[0] <= c.x + c.width and c.y <= mid[1] <= c.y + c.height
                   for c in crossings), f"{course.slug}: {p.name} misses the crossings"
        assert surface_at(grid, mid) == "crossing"


def test_roundabouts_are_ellipses(course: Map) -> None:
    for r in course.of("roundabout"):
        assert r.width == r.height and r.width > 0


def test_parking_finish_is_target_bay(course: Map) -> None:
    targets = [p for p in course.of("parking_spot") if p.properties.get("target")]
    if course.slug != "parking":
        return
    (bay,) = targets
    (fin,) = course.of("finish")
    assert (bay.x, bay.y, bay.width, bay.height) == (fin.x, fin.y, fin.width, fin.height)


def test_school_zone(course: Map) -> None:
    if course.slug not in ("school_zone", "traffic_park"):
        return
    zones = [z for z in course.of("speed_zone") if z.properties.get("school")]
    assert zones and all(z.properties["limit"] == 20 for z in zones)


def test_game_loader_accepts(course: Map) -> None:
    loader = pytest.importorskip("game.course.loader")
    if not hasattr(loader, "read_course"):
        pytest.skip("no loader yet")
    loaded, problems = loader.read_course(MAPS / f"{course.slug}.tmx")
    assert loaded is not None and not problems, [str(p) for p in problems]  # no warning either
    loaded = loader.load_course(MAPS / f"{course.slug}.tmx")
    assert len(loaded.lanes) == len(course.lanes)
    assert all(lane.next_ids for lane in loaded.lanes)


def _drive_path(course: Map) -> list[Pt]:
    """The player's route as one polyline (px): spawn, each checkpoint, the finish."""
    (spawn,) = course.of("spawn")
    lane = min(range(len(course.lanes)),
               key=lambda i: min(dist(p, (spawn.x, spawn.y)) for _, p in course.samples(i)))
    s = min(course.samples(lane), key=lambda sp: dist(sp[1], (spawn.x, spawn.y)))[0]
    cps = sorted(course.of("checkpoint"), key=lambda o: o.properties["order"])
    pieces: list[tuple[int, float, float]] = []  # (lane, from s, to s)
    for rect, grow in [(c, 0.0) for c in cps] + [(course.of("finish")[0], 1.5 * TILE)]:
        end_lane, end_s, path = course.route(lane, s, rect, grow)
        for j in [lane, *path]:
            start = s if j == lane else 0.0
            stop = end_s if j == end_lane and j == ([lane, *path][-1]) else math.inf
            pieces.append((j, start, stop))
            s = 0.0
        lane, s = end_lane, end_s
    out: list[Pt] = []
    for j, a, b in pieces:
        out += [p for t, p in course.samples(j) if a <= t <= b and (not out or p != out[-1])]
    return out


def _drive(course: Map, path_px: list[Pt], heading0: float, grid: list[list[str]]) -> float:
    """Drive the game's car model along a polyline with a plain pure-pursuit driver; every
    wheel must stay on road or crossing cells. Returns the worst distance from the path (m)."""
    car = pytest.importorskip("game.sim.car")
    Controls = pytest.importorskip("game.sim.controls").Controls
    spec = car.CarSpec()
    m = 3.0 / TILE  # metres per pixel
    path = [(x * m, y * m) for x, y in path_px]
    state = car.CarState(path[0][0], path[0][1], heading0, 0.0)
    idx, dt = 0, 1 / 60
    worst = 0.0
    for _ in range(60 * 600):
        while idx + 1 < len(path) and dist(path[idx + 1], state.pos) < dist(path[idx], state.pos):
            idx += 1
        worst = max(worst, dist(path[idx], state.pos))
        if idx >= len(path) - 3:
            return worst
        look = idx
        while look + 1 < len(path) and dist(path[look], state.pos) < LOOK:
            look += 1
        tx, ty = path[look]
        want = math.degrees(math.atan2(tx - state.x, state.y - ty))
        alpha = math.radians((want - state.heading + 180) % 360 - 180)
        steer = math.atan(2 * spec.wheelbase * math.sin(alpha) / LOOK)
        ahead = path[idx: idx + 40]
        bend = max((angle_diff(heading(a, b), heading(ahead[0], ahead[min(3, len(ahead) - 1)]))
                    for a, b in zip(ahead, ahead[1:]) if a != b), default=0.0)
        target = 2.8 if bend > 15 else 6.0
        ctl = Controls(throttle=1.0 if state.speed < target else 0.0,
                       brake=0.6 if state.speed > target + 0.5 else 0.0,
                       steer=max(-1.0, min(1.0, steer / spec.max_steer)))
        state = car.step_car(state, ctl, spec, dt, lambda pts: None).state
        fx, fy = math.sin(math.radians(state.heading)), -math.cos(math.radians(state.heading))
        for along in (-spec.wheelbase / 2, spec.wheelbase / 2):
            for side in (-0.7, 0.7):
                wx = state.x + fx * along - fy * side
                wy = state.y + fy * along + fx * side
                cell = surface_at(grid, (wx / m, wy / m))
                assert cell in ("road", "crossing"), (
                    f"{course.slug}: a wheel on {cell} at {wx / 3:.1f},{wy / 3:.1f} tiles")
    raise AssertionError(f"{course.slug}: did not reach the end of the path in 10 minutes")


def test_route_drivable_by_the_game_car(course: Map) -> None:
    """The player's whole route, spawn to finish, driven with the game's car model."""
    (spawn,) = course.of("spawn")
    worst = _drive(course, _drive_path(course), float(spawn.properties["heading"]),
                   surfaces(course))
    assert worst < 0.6, f"{course.slug}: strayed {worst:.2f} m from the lanes"


def test_every_movement_drivable_by_the_game_car(course: Map) -> None:
    """Each lane, entered from a lane before it and left into one after it (so every turn,
    connector and ring piece computer traffic may take), is drivable by the game's car."""
    grid = surfaces(course)
    prev = {j: i for i, nx in enumerate(course.next) for j in nx}
    for i in range(len(course.lanes)):
        # from two tiles before the lane's start to two tiles after its end
        before = course.samples(prev[i])
        tail = [p for t, p in before if t >= before[-1][0] - 2 * TILE]
        head = [p for t, p in course.samples(course.next[i][0]) if t <= 2 * TILE]
        path = tail + [p for _, p in course.samples(i)][1:] + head[1:]
        worst = _drive(course, path, heading(path[0], path[1]), grid)
        assert worst < 0.6, f"{course.slug}: {course.lanes[i].name}: strayed {worst:.2f} m"
