"""The Course: a Tiled map turned into plain Python, in metres.

Nothing here knows about pygame or pytmx. Positions are metres from the map's top-left
corner (x right, y down); headings are degrees clockwise from north. Tile images are
kept only as references (file, rectangle, flips) for the renderer to load.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from enum import IntEnum

import numpy as np

from game.course.geometry import Point, Polyline, point_in_polygon, polygon_bounds


class Surface(IntEnum):
    """What a cell is made of; `grass` where no tile says otherwise."""

    GRASS = 0
    ROAD = 1
    CROSSING = 2
    SIDEWALK = 3
    PARKING = 4
    BUILDING = 5
    WATER = 6
    BARRIER = 7

    @classmethod
    def from_name(cls, name: str) -> Surface:
        return cls[name.strip().upper()]


SURFACE_NAMES = tuple(s.name.lower() for s in Surface)
SOLID_SURFACES = frozenset({Surface.BUILDING, Surface.WATER, Surface.BARRIER})
DRIVABLE_SURFACES = frozenset({Surface.ROAD, Surface.CROSSING})

LANGUAGES = ("ar", "fr", "en", "zgh")


@dataclass(frozen=True)
class MapObject:
    """Identity shared by every course object, so messages can name it."""

    id: int
    name: str
    cls: str

    def label(self) -> str:
        name = f" '{self.name}'" if self.name else ""
        return f"{self.cls}{name} (id {self.id})"


@dataclass(frozen=True)
class Spawn(MapObject):
    pos: Point
    heading: float
    player: int = 1


@dataclass(frozen=True)
class Lane(MapObject):
    line: Polyline
    speed_limit: float | None = None  # km/h
    next_ids: tuple[int, ...] = ()
    prev_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Phase:
    name: str
    green: float
    yellow: float


@dataclass(frozen=True)
class Signal(MapObject):
    pos: Point
    phases: tuple[Phase, ...]
    clearance: float = 1.0
    offset: float = 0.0

    @property
    def cycle(self) -> float:
        return sum(p.green + p.yellow + self.clearance for p in self.phases)


@dataclass(frozen=True)
class TrafficLight(MapObject):
    pos: Point
    signal: str
    phase: str
    heading: float


@dataclass(frozen=True)
class StopLine(MapObject):
    a: Point
    b: Point
    signal: str | None = None
    phase: str | None = None
    sign: str | None = None  # "stop" or "yield"
    lane_ids: tuple[int, ...] = ()  # lanes that cross it


@dataclass(frozen=True)
class Area(MapObject):
    """An object with an outline: rectangles (maybe rotated), ellipses, polygons."""

    polygon: tuple[Point, ...]

    def contains(self, p: Point) -> bool:
        return point_in_polygon(p, self.polygon)

    @functools.cached_property
    def bounds(self) -> tuple[float, float, float, float]:
        """(min_x, min_y, max_x, max_y): a cheap test before the exact one."""
        return polygon_bounds(self.polygon)


@dataclass(frozen=True)
class Crossing(Area):
    signal: str | None = None
    phase: str | None = None


@dataclass(frozen=True)
class SpeedZone(Area):
    limit: float = 30.0
    school: bool = False


@dataclass(frozen=True)
class Roundabout(Area):
    pass


@dataclass(frozen=True)
class NoParking(Area):
    """Where a car must not be left standing (the `no_parking` sign's stretch of kerb)."""


@dataclass(frozen=True)
class BusStop(Area):
    """Where computer buses stop for `dwell` seconds (drawn over the lane at the kerb)."""

    dwell: float = 8.0


@dataclass(frozen=True)
class Checkpoint(Area):
    order: int = 0


@dataclass(frozen=True)
class Finish(Area):
    pass


@dataclass(frozen=True)
class ParkingSpot(Area):
    target: bool = False
    rotation: float = 0.0  # the bay's heading along its length, degrees


@dataclass(frozen=True)
class Hint(Area):
    texts: dict[str, str] = field(default_factory=dict)  # "" = fallback, else language code


@dataclass(frozen=True)
class Sign(MapObject):
    pos: Point
    kind: str
    value: str = ""
    heading: float = 0.0


@dataclass(frozen=True)
class PedestrianRoute(MapObject):
    line: Polyline
    every: float = 20.0
    delay: float = 0.0
    speed: float = 1.2
    kind: str = "adult"


@dataclass(frozen=True)
class VehicleSource(MapObject):
    pos: Point
    kind: str = "car"
    every: float = 15.0
    count: int = 1
    delay: float = 0.0


@dataclass(frozen=True)
class Officer(MapObject):
    """A police officer directing a junction with a signal controller. With `phases` of
    their own the officer overrides the lights: everyone obeys the officer's arms, while
    the light heads go on showing the signal's colours (Vienna convention art. 6(4))."""

    pos: Point
    signal: str
    phases: tuple[Phase, ...] = ()  # the officer's own timings; () = mirror the lights
    offset: float = 0.0

    def directing(self, signal: Signal) -> Signal:
        """The signal as the officer runs it: the officer's phases, else the signal's own."""
        if not self.phases:
            return signal
        return replace(signal, phases=self.phases, offset=self.offset)


PARKED_SIZES = {"car": (3.0, 1.6), "van": (4.0, 1.9), "bus": (8.0, 2.4)}  # length, width (m)


@dataclass(frozen=True)
class Parked(MapObject):
    """A vehicle standing still all drive long: solid, and it hides whoever is behind it."""

    pos: Point
    heading: float = 0.0
    kind: str = "car"

    @property
    def size(self) -> tuple[float, float]:
        return PARKED_SIZES.get(self.kind, PARKED_SIZES["car"])


@dataclass(frozen=True)
class TileRef:
    """Where a tile's picture lives; the renderer loads it, the core never does."""

    image: str  # absolute path
    x: int
    y: int
    width: int
    height: int
    flip_x: bool = False
    flip_y: bool = False
    flip_diagonal: bool = False


@dataclass(frozen=True)
class TileLayer:
    name: str
    gids: np.ndarray  # (rows, cols) int64, 0 = empty
    visible: bool = True
    opacity: float = 1.0


@dataclass
class Course:
    """Everything a drive needs to know about a map, already checked and in metres."""

    path: str
    width: int  # tiles
    height: int
    tile_px: int
    tile_metres: float
    surfaces: np.ndarray  # (rows, cols) uint8 of Surface
    titles: dict[str, str] = field(default_factory=dict)  # "" = fallback
    hints_text: dict[str, str] = field(default_factory=dict)  # the briefing's tip, "" = fallback
    lesson: tuple[str, ...] = ()
    time_limit: int | None = None
    drive_side: str = "right"
    priority: str = "right"
    mode: str = "drive"  # "walk": the child is a pedestrian (map property `mode`)
    layers: tuple[TileLayer, ...] = ()
    tiles: dict[int, TileRef] = field(default_factory=dict)
    spawns: tuple[Spawn, ...] = ()
    lanes: tuple[Lane, ...] = ()
    signals: tuple[Signal, ...] = ()
    traffic_lights: tuple[TrafficLight, ...] = ()
    stop_lines: tuple[StopLine, ...] = ()
    crossings: tuple[Crossing, ...] = ()
    speed_zones: tuple[SpeedZone, ...] = ()
    no_parking: tuple[NoParking, ...] = ()
    bus_stops: tuple[BusStop, ...] = ()
    roundabouts: tuple[Roundabout, ...] = ()
    signs: tuple[Sign, ...] = ()
    pedestrian_routes: tuple[PedestrianRoute, ...] = ()
    vehicle_sources: tuple[VehicleSource, ...] = ()
    officers: tuple[Officer, ...] = ()
    parked: tuple[Parked, ...] = ()
    checkpoints: tuple[Checkpoint, ...] = ()
    finishes: tuple[Finish, ...] = ()
    parking_spots: tuple[ParkingSpot, ...] = ()
    hints: tuple[Hint, ...] = ()

    @property
    def kerb_side(self) -> float:
        """+1 when traffic keeps right (the kerb is on a driver's right), -1 when left."""
        return -1.0 if self.drive_side == "left" else 1.0

    @property
    def walking(self) -> bool:
        """A walking lesson: the child crosses the town on foot."""
        return self.mode == "walk"

    @property
    def width_m(self) -> float:
        return self.width * self.tile_metres

    @property
    def height_m(self) -> float:
        return self.height * self.tile_metres

    def title(self, lang: str = "") -> str:
        return self.titles.get(lang) or self.titles.get("") or self.titles.get("en") or ""

    def hint(self, lang: str = "") -> str:
        """The course's one-line tip for the briefing (map properties hint, hint_ar, ...)."""
        t = self.hints_text
        return t.get(lang) or t.get("") or t.get("en") or ""

    def cell_of(self, p: Point) -> tuple[int, int]:
        """(col, row) of the cell under a point; may lie outside the map."""
        return (int(p[0] // self.tile_metres), int(p[1] // self.tile_metres))

    def surface_at(self, p: Point) -> Surface:
        """Surface under a point; outside the map counts as a barrier (the world's edge)."""
        col, row = int(p[0] // self.tile_metres), int(p[1] // self.tile_metres)  # cell_of
        if 0 <= col < self.width and 0 <= row < self.height:
            return self._surface_rows()[row][col]
        return Surface.BARRIER

    def _surface_rows(self) -> list[list[Surface]]:
        """`surfaces` as lists of Surface members, read once: asked several times a step,
        a list lookup costs a fraction of a numpy lookup and an enum call. The grid is
        fixed once the course is loaded."""
        rows = self.__dict__.get("_surface_lists")
        if rows is None:
            rows = [[Surface(v) for v in row] for row in self.surfaces.tolist()]
            self.__dict__["_surface_lists"] = rows
        return rows

    def is_solid(self, p: Point) -> bool:
        return self.surface_at(p) in SOLID_SURFACES

    def lane_by_id(self, lane_id: int) -> Lane:
        return self._lane_index()[lane_id]

    def _lane_index(self) -> dict[int, Lane]:
        index = self.__dict__.get("_lanes_by_id")
        if index is None:
            index = {lane.id: lane for lane in self.lanes}
            self.__dict__["_lanes_by_id"] = index
        return index

    def signal_by_name(self, name: str) -> Signal | None:
        for signal in self.signals:
            if signal.name == name:
                return signal
        return None

    def spawn_for(self, player: int = 1) -> Spawn:
        for spawn in self.spawns:
            if spawn.player == player:
                return spawn
        return self.spawns[0]

    def route(self) -> tuple[Checkpoint, ...]:
        return tuple(sorted(self.checkpoints, key=lambda c: c.order))
