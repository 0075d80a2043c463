"""Probes of the living town: a course, a traffic level, a seed and a player's car parked
somewhere awkward (at a kerb next to a crossing, in a junction box, on a roundabout), run
headless for a while. Does everything keep moving, and can the parked car drive away?

Used by tests/test_town_probes.py and bench/soak.py; pure core, no pygame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from game.course.loader import load_course
from game.course.model import Course
from game.sim.car import CarState
from game.sim.controls import Controls
from game.sim.levels import TRAFFIC_LEVELS
from game.sim.roadnet import TURN_THRESHOLD, road_net
from game.sim.world import STEP_HZ, World

BOX_CLUSTER = 10.0  # m: junction lanes whose middles are this close make one junction box
KERB_OFFSET = 1.0  # m from the lane's centre towards the kerb: the car hugs the kerb
ESCAPE_S = 3.0  # s of reverse, then of forward, when the parked car tries to leave
SAMPLE_EVERY = 6  # steps between looks at the town (10 a second)
STILL = "still"  # no player at all: the town alone


@dataclass(frozen=True)
class Spot:
    """Where the player's car stands: `kind` is kerb, box or ring."""

    name: str
    kind: str
    x: float
    y: float
    heading: float


@dataclass
class ProbeResult:
    course: str
    level: str
    seed: int
    spot: str
    seconds: float
    incidents: list[dict[str, Any]]
    near_misses: int
    worst_stand: float  # s: the longest any vehicle or walker stood, not held by the player
    worst_who: str
    held_by_player: int  # vehicles standing behind the parked car at the end
    driven_late: float  # metres driven by computer vehicles in the last third
    crossings_late: int  # crossings completed by walkers in the last third
    escape: str  # how the parked car got away: reverse, forward, walled in ("" if none)
    overlapping_walkers: int  # pairs of walkers standing in each other, sampled each 0.5 s
    spawned: int  # computer vehicles that entered the town
    routes: int
    notes: list[str] = field(default_factory=list)

    @property
    def stuck(self) -> list[dict[str, Any]]:
        return [i for i in self.incidents if i["kind"] in ("stuck", "pedestrian_stuck")]

    @property
    def failures(self) -> list[str]:
        """What went wrong (empty when the town kept moving and the car got away)."""
        out = []
        for i in self.incidents:
            if i["kind"] in ("stuck", "pedestrian_stuck") and i.get("why") == "player":
                continue  # behind the parked car: it stands in their lane
            out.append(f"{i['kind']} of {i['a']} at {i['t']:.0f} s ({i.get('why', '')})")
        if self.near_misses:
            out.append(f"{self.near_misses} near misses")
        if self.escape == "walled in":
            out.append("the parked car could not drive away")
        # a car parked across every way through a junction stops it all: only a town that
        # froze with nobody behind the parked car is wrong
        if self.spawned and self.driven_late < 30.0 and not self.held_by_player:
            out.append(f"traffic froze (driven {self.driven_late:.0f} m in the last third)")
        return out

    @property
    def outcome(self) -> str:
        return "; ".join(self.failures) or "ok"


def spots(course: Course) -> list[Spot]:
    """The awkward places of a course: a kerb before each crossing on each lane through it,
    the middle of each junction box and a point on each roundabout's ring."""
    net = road_net(course)
    out: list[Spot] = []
    side = course.kerb_side
    for geo in sorted(net.lanes.values(), key=lambda g: g.id):
        for c0, _c1, crossing in geo.crossings:
            s = c0 - 1.8  # the front a hand's breadth before the crossing
            if s < 1.5 or geo.ring or _in_junction(net, geo.id):
                continue
            x, y = geo.lane.line.position_at(s)
            h = geo.lane.line.heading_at(s)
            rad = math.radians(h)
            x += math.cos(rad) * KERB_OFFSET * side
            y += math.sin(rad) * KERB_OFFSET * side
            out.append(Spot(f"kerb-c{crossing.id}-l{geo.id}", "kerb", x, y, h))
    boxes: list[list[tuple[float, float, float]]] = []
    for geo in sorted(net.lanes.values(), key=lambda g: g.id):
        lane = geo.lane
        if geo.ring or not lane.prev_ids or not lane.next_ids or geo.length > 25.0:
            continue
        if abs(geo.turn) >= TURN_THRESHOLD or not _in_junction(net, geo.id):
            continue
        mx, my = lane.line.position_at(geo.length / 2)
        h = lane.line.heading_at(geo.length / 2)
        for box in boxes:
            if math.hypot(box[0][0] - mx, box[0][1] - my) < BOX_CLUSTER:
                box.append((mx, my, h))
                break
        else:
            boxes.append([(mx, my, h)])
    for k, box in enumerate(boxes):
        x, y, h = box[0]
        out.append(Spot(f"box-{k}-{x:.0f},{y:.0f}", "box", x, y, h))
    for k in sorted({g.ring_id for g in net.lanes.values() if g.ring and g.ring_id >= 0}):
        ring = max(
            (g for g in net.lanes.values() if g.ring_id == k),
            key=lambda g: (g.length, -g.id),
        )
        x, y = ring.lane.line.position_at(ring.length / 2)
        h = ring.lane.line.heading_at(ring.length / 2)
        out.append(Spot(f"ring-{k}", "ring", x, y, h))
    return out


def _in_junction(net: Any, lane_id: int) -> bool:
    """Does a lane cross or merge with two or more others (a junction's inside)?"""
    from game.sim.junctions import ZoneTable

    table = net.__dict__.get("_probe_zones") or ZoneTable(net)
    net.__dict__["_probe_zones"] = table
    return len({side.other_lane for side in table.by_lane.get(lane_id, ())}) >= 2


def probe(
    course_path: str, level: str, seed: int, spot: str = STILL, seconds: float = 240.0
) -> ProbeResult:
    """Run the town with the player's car parked at `spot` (a Spot name, or STILL for no
    player) and report what happened; then the car tries to reverse, then to go forward."""
    course = load_course(course_path)
    places = {s.name: s for s in spots(course)}
    where = places.get(spot)
    if spot != STILL and where is None:
        raise ValueError(f"no spot '{spot}' on {course_path} (try one of {sorted(places)})")
    world = World(
        course, seed=seed, players=0 if where is None else 1, density=TRAFFIC_LEVELS[level]
    )
    if where is not None:
        p = world.players[0]
        p.state = p.previous = CarState(where.x, where.y, where.heading, 0.0)
    town = world.town
    hold = [Controls(brake=1.0)] if where is not None else []
    steps = round(seconds * STEP_HZ)
    late = steps * 2 // 3
    worst, worst_who = 0.0, ""
    driven0 = crossings0 = 0.0
    overlaps = 0
    for i in range(steps):
        world.step(hold)
        if i == late:
            driven0, crossings0 = town.traffic.driven, town.crowd.completed
        if i % (STEP_HZ // 2) == 0:
            overlaps += overlapping_walkers(world)
        if i % SAMPLE_EVERY:
            continue
        for v in town.vehicles:
            if v.stand > worst and not v.player_held:
                worst, worst_who = v.stand, f"vehicle {v.ident} ({v.cause} {v.why})".strip()
        for q in town.pedestrians:
            stand = getattr(q, "stand", 0.0)
            if stand > worst:
                worst, worst_who = stand, f"walker {q.ident} ({q.state})"
    held = sum(1 for v in town.vehicles if v.player_held and v.speed < 0.1)
    escape = _escape(world) if where is not None else ""
    return ProbeResult(
        course=course_path,
        level=level,
        seed=seed,
        spot=spot,
        seconds=seconds,
        incidents=list(town.incidents),
        near_misses=town.traffic.near_misses,
        worst_stand=round(worst, 1),
        worst_who=worst_who,
        held_by_player=held,
        driven_late=town.traffic.driven - driven0,
        crossings_late=int(town.crowd.completed - crossings0),
        escape=escape,
        overlapping_walkers=overlaps,
        spawned=town.traffic.spawned,
        routes=len(course.pedestrian_routes),
    )


def overlapping_walkers(world: World) -> int:
    """Pairs of walkers standing in each other (closer than 80% of their two radii)."""
    walkers = world.town.pedestrians
    count = 0
    for i, p in enumerate(walkers):
        for q in walkers[i + 1 :]:
            if math.hypot(p.x - q.x, p.y - q.y) < 0.8 * (p.radius + q.radius):
                count += 1
    return count


def _escape(world: World) -> str:
    """Reverse for a few seconds, then go forward: which one moved the car a metre?"""
    p = world.players[0]
    for name, throttle in (("reverse", -0.6), ("forward", 0.6)):
        x0, y0 = p.state.x, p.state.y
        moved = 0.0
        for _ in range(round(ESCAPE_S * STEP_HZ)):
            world.step([Controls(throttle=throttle)])
            moved = max(moved, math.hypot(p.state.x - x0, p.state.y - y0))
        for _ in range(STEP_HZ):
            world.step([Controls(brake=1.0)])
        if moved >= 1.0:
            return name
    return "walled in"


def probe_args(args: tuple[str, str, int, str, float]) -> ProbeResult:
    """probe() for a worker pool's map()."""
    return probe(*args)
