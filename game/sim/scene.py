"""What computer drivers see in one planning tick, gathered before anyone decides: each
vehicle's path of lanes and the conflict zones on it (`Ahead`), the players' cars, and the
facts shared by all (`Scene`: who occupies which lane, who comes to which zone, the lights,
the roundabouts' load and turns)."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.sim.junctions import ZoneSide, ZoneTable
from game.sim.roadnet import LaneGeo, RoadNet
from game.sim.shapes import Box
from game.sim.vehicle import Vehicle

HORIZON = 45.0  # metres a driver looks ahead


@dataclass
class PlayerView:
    """A player's car as computer drivers see it."""

    box: Box
    speed: float
    heading: float


@dataclass
class ZoneAhead:
    side: ZoneSide
    d_in: float  # centre distance to the zone's start along the path
    d_out: float  # centre distance to its end


@dataclass
class Ahead:
    """What lies on a vehicle's path this tick, found before anyone decides."""

    path: list[tuple[LaneGeo, float]]  # lane and the centre distance to its start
    zones: list[ZoneAhead] = field(default_factory=list)


@dataclass
class Scene:
    """Shared facts for one planning tick."""

    t: float
    dt: float  # seconds between plans
    occupancy: dict[int, list[tuple[float, Vehicle]]]  # lane -> (s, vehicle) sorted
    approach: dict[int, list[tuple[Vehicle, ZoneAhead]]]  # zone -> who comes, ordered
    crossing_on: dict[int, bool]  # crossing -> someone is on it (or has stepped off for it)
    crossing_ready: dict[int, bool]  # crossing -> someone is about to step on it
    players: list[PlayerView]
    light: object  # callable(signal, phase) -> colour
    by_ident: dict[int, Vehicle] = field(default_factory=dict)
    ring_load: dict[int, int] = field(default_factory=dict)  # roundabout -> vehicles in it
    ring_turn: dict[int, int] = field(default_factory=dict)  # roundabout -> whose turn to enter
    zone_turn: dict[int, int] = field(default_factory=dict)  # zone -> whose turn to take it


def path_ahead(net: RoadNet, zones: ZoneTable, v: Vehicle) -> Ahead:
    lanes = net.lanes
    route = v.route
    path = []
    off = -v.s
    k = v.idx
    n = len(route)
    while k < n and off < HORIZON:
        geo = lanes[route[k]]
        path.append((geo, off))
        off += geo.length
        k += 1
    ahead = Ahead(path)
    half = v.length / 2
    by_lane = zones.by_lane
    found = ahead.zones
    for geo, off in path:
        for side in by_lane[geo.lane.id]:
            d_in, d_out = off + side.s0, off + side.s1
            if d_out + half < 0.0 or d_in > HORIZON:
                continue
            found.append(ZoneAhead(side, d_in, d_out))
    return ahead
