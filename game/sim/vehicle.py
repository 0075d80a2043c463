"""A computer vehicle: where it is on its route of lanes, and what it last decided."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.course.geometry import Point, heading_of
from game.sim.idm import DriverSpec
from game.sim.roadnet import RoadNet
from game.sim.shapes import Box


@dataclass(eq=False)
class Vehicle:
    """The agent contract's fields first; the rest is the driver's private state."""

    ident: int
    kind: str
    spec: DriverSpec
    route: list[int]  # lane ids, a few behind and the chosen ones ahead
    idx: int  # index of the lane under the vehicle's centre
    s: float  # metres along that lane
    source: int = 0
    variant: int = 0  # which paint, so the renderer can tell cars apart
    speed: float = 0.0
    accel: float = 0.0
    x: float = 0.0
    y: float = 0.0
    heading: float = 0.0
    px: float = 0.0
    py: float = 0.0
    pheading: float = 0.0
    indicator: int = 0
    braking: bool = False
    siren: bool = False
    odo: float = 0.0  # metres the centre has driven
    limit_odo: float = math.inf  # the centre may not drive past this (hard stop)
    stop_front: float = math.inf  # last plan: metres the front may still go
    v0: float = 8.0  # last plan's desired speed
    held: dict[int, float] = field(default_factory=dict)  # zone -> odo where the rear leaves it
    committed: set[int] = field(default_factory=set)  # signal lines driven through on amber
    stopped_at: set[int] = field(default_factory=set)  # stop signs already stopped at
    stand: float = 0.0  # seconds standing still, whatever the reason
    by_player: bool = False  # last plan: held up by a player's car
    player_held: bool = False  # a player's car held it up at some time since it last moved
    waiting_zone: bool = False  # last plan: waiting to enter a junction
    cross_wait: float = 0.0  # seconds waiting for people on a crossing
    wait_zones: tuple[int, ...] = ()  # last plan: the junction's zones it waits to take
    zone_wait: float = 0.0  # seconds waiting to enter the next junction
    at_light: bool = False  # last plan: held by a red light or walkers (or queued behind)
    red_light: bool = False  # last plan: its own nearest stop is a red or amber light
    cause: str = ""  # last plan: what the nearest hard stop is (lead, light, crossing, zone...)
    why: str = ""  # last plan: why it may not enter the next junction (for debugging)
    blocker: int = 0  # last plan: the vehicle it waits for at a junction (0: none)
    lead: int = 0  # last plan: the vehicle in front of it on its way (0: none)
    pass_until: float = -math.inf  # a deadlock's way out: it goes first until then
    entry_ring: int = -1  # last plan: the roundabout it waits to enter (-1: none)
    waiting_for: int | None = None  # last plan: the crossing it waits to drive over
    crossings_ahead: list[tuple[int, float, float]] = field(default_factory=list)
    at_stop: bool = False  # a bus standing at its bus stop (people get on and off)
    dwell: float = 0.0  # seconds stood at the current bus stop
    served: set[int] = field(default_factory=set)  # bus stops already served
    make_way: bool = False  # last plan: an ambulance with its siren is close behind
    pull: float = 0.0  # metres it has moved over towards the kerb (+: right of its lane)
    pull_target: float = 0.0
    done: bool = False
    body: Box | None = field(default=None, repr=False)
    near: list[Vehicle] = field(default_factory=list, repr=False)  # who could touch it soon
    body_heading: float = 0.0

    @property
    def lane_id(self) -> int:
        return self.route[self.idx]

    def __post_init__(self) -> None:
        self.length: float = self.spec.length
        self.width: float = self.spec.width

    def box(self, margin: float = 0.0) -> Box:
        """The body as an oriented rectangle (cached until the vehicle moves)."""
        if margin:
            return Box(self.x, self.y, self.heading, self.length + margin, self.width + margin)
        body = self.body
        if (
            body is None
            or body.x != self.x
            or body.y != self.y
            or self.body_heading != self.heading
        ):
            body = Box(self.x, self.y, self.heading, self.length, self.width)
            self.body, self.body_heading = body, self.heading
        return body


def point_on_route(net: RoadNet, v: Vehicle, offset: float) -> Point:
    """The route's centre line `offset` metres ahead of (or behind) the vehicle's centre."""
    k = v.idx
    s = v.s + offset
    lanes = net.lanes
    geo = lanes[v.route[k]]
    if 0.0 <= s <= geo.length:
        return geo.lane.line.position_at(s)
    while s < 0.0 and k > 0:
        k -= 1
        s += lanes[v.route[k]].length
    geo = lanes[v.route[k]]
    while s > geo.length and k + 1 < len(v.route):
        s -= geo.length
        k += 1
        geo = lanes[v.route[k]]
    return geo.point(s)


def place(net: RoadNet, v: Vehicle) -> None:
    """Set x, y, heading from the route position, pointing along the chord between its
    ends. The centre sits halfway between the lane and that chord's middle, so in a bend
    a long bus neither cuts the inside kerb nor swings its ends far into the next lane."""
    half = v.length / 2
    s = v.s
    geo = net.lanes[v.route[v.idx]]
    if 0.0 <= s - half and s + half <= geo.length:  # the whole body on one lane: as below
        position_at = geo.lane.line.position_at
        fx, fy = position_at(s + half)
        rx, ry = position_at(s - half)
        cx, cy = position_at(s + 0.0)
    else:
        fx, fy = point_on_route(net, v, half)
        rx, ry = point_on_route(net, v, -half)
        cx, cy = point_on_route(net, v, 0.0)
    v.x, v.y = (cx * 2 + fx + rx) / 4, (cy * 2 + fy + ry) / 4
    if abs(fx - rx) + abs(fy - ry) > 1e-6:
        v.heading = heading_of(fx - rx, fy - ry)
    if v.pull:
        rad = math.radians(v.heading)
        v.x += math.cos(rad) * v.pull
        v.y += math.sin(rad) * v.pull
