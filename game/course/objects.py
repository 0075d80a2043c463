"""Tiled objects -> course objects, one reader per class of MAP_SPEC.

Readers convert pixels to metres, parse properties and report what is wrong with
the object in the teacher's words. Links between objects (lanes that continue
into each other, stop lines and their lanes, lights and their signals) are made
and checked once every object is read.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from game.course import geometry as geo
from game.course.model import (
    LANGUAGES,
    PARKED_SIZES,
    Area,
    BusStop,
    Checkpoint,
    Course,
    Crossing,
    Finish,
    Hint,
    Lane,
    NoParking,
    Officer,
    Parked,
    ParkingSpot,
    PedestrianRoute,
    Phase,
    Roundabout,
    Sign,
    Signal,
    Spawn,
    SpeedZone,
    StopLine,
    TrafficLight,
    VehicleSource,
)
from game.course.problems import object_label

if TYPE_CHECKING:
    from game.course.loader import LoadContext

SIGN_KINDS = (
    "stop",
    "yield",
    "no_entry",
    "one_way",
    "speed_limit",
    "school",
    "crossing",
    "roundabout",
    "parking",
    "no_parking",
)
PEDESTRIAN_KINDS = ("child", "adult", "stroller", "dog")
# sane ranges: anything outside is a typo or damage, and would hang or swamp the town
MAX_PLAYERS = 8
MAX_SPEED_KMH = 130.0
MAX_GREEN_S = 300.0
MAX_YELLOW_S = 30.0
MAX_CLEARANCE_S = 30.0
MAX_OFFSET_S = 3600.0
MAX_WAIT_S = 3600.0  # a walker's or a vehicle's `every` and `delay`
MAX_WALK_MS = 5.0
MAX_VEHICLES = 100
MAX_CHECKPOINTS = 1000
VEHICLE_KINDS = ("car", "bus", "bike", "ambulance")


class BadProperty(ValueError):
    """A property value that can't be used; the message says why and how to fix it."""

    def __init__(self, what: str, fix: str) -> None:
        super().__init__(what)
        self.what = what
        self.fix = fix


class Reader:
    """Reads one Tiled object's geometry and properties, in metres."""

    def __init__(self, obj: Any, shape: str, ctx: LoadContext) -> None:
        self.obj = obj
        self.shape = shape
        self.ctx = ctx
        self.cls = str(obj.type or "").strip()
        self.id = int(obj.id or 0)
        self.name = str(obj.name or "")
        self.props: dict[str, Any] = dict(obj.properties)

    @property
    def where(self) -> str:
        return object_label(self.cls, self.name, self.id, str(getattr(self.obj, "layer", "")))

    def base(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "cls": self.cls}

    def _m(self, x: float, y: float) -> geo.Point:
        s = self.ctx.scale
        return (float(x) * s, float(y) * s)

    def position(self) -> geo.Point:
        if self.shape in ("rectangle", "ellipse", "tile") and (self.obj.width or self.obj.height):
            return geo.polygon_centroid(self.outline())
        return self._m(self.obj.x, self.obj.y)

    def outline(self) -> tuple[geo.Point, ...]:
        """The object's area as a polygon, rotation applied."""
        o = self.obj
        rot = float(o.rotation or 0.0)
        origin = (float(o.x), float(o.y))
        if self.shape in ("polygon", "polyline"):
            pts = [(float(p.x), float(p.y)) for p in o.points]
        elif self.shape == "ellipse":
            rx, ry = float(o.width) / 2, float(o.height) / 2
            pts = list(geo.ellipse_polygon(o.x + rx, o.y + ry, rx, ry))
        else:
            x, y, w, h = float(o.x), float(o.y), float(o.width), float(o.height)
            pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        if rot:
            pts = [geo.rotate(p, origin, rot) for p in pts]
        return tuple(self._m(*p) for p in pts)

    def points(self) -> tuple[geo.Point, ...]:
        """A polyline's points in order, rotation applied."""
        o = self.obj
        rot = float(o.rotation or 0.0)
        origin = (float(o.x), float(o.y))
        pts = [(float(p.x), float(p.y)) for p in getattr(o, "points", ())]
        if rot:
            pts = [geo.rotate(p, origin, rot) for p in pts]
        return tuple(self._m(*p) for p in pts)

    def need_shape(self, *shapes: str) -> bool:
        if self.shape in shapes:
            return True
        self.ctx.error(
            self.where,
            f"is a {self.shape} but must be a {' or '.join(shapes)}",
            f"draw it again with Tiled's {shapes[0]} tool",
        )
        return False

    def area_ok(self) -> bool:
        if not self.need_shape("rectangle", "ellipse", "polygon"):
            return False
        b = geo.polygon_bounds(self.outline())
        if b[2] - b[0] <= 0 or b[3] - b[1] <= 0:
            self.ctx.error(self.where, "has no area", "drag it out to cover the place it means")
            return False
        return True

    # typed properties ------------------------------------------------------
    def text(self, key: str, default: str | None = None) -> str | None:
        value = self.props.get(key)
        if value is None or (isinstance(value, str) and value.strip() == ""):
            return default
        return str(value).strip()

    def number(
        self,
        key: str,
        default: float | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> Any:
        """A number property within [minimum, maximum]; anything else is a BadProperty."""
        value = self.props.get(key)
        if value is None or (isinstance(value, str) and value.strip() == ""):
            return default
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            number = math.nan
        if math.isnan(number) or math.isinf(number):
            raise BadProperty(f"property '{key}' = '{value}' is not a number", "write a number")
        if minimum is not None and number < minimum:
            raise BadProperty(
                f"property '{key}' = {value} is below {minimum:g}",
                f"write a value of at least {minimum:g}",
            )
        if maximum is not None and number > maximum:
            raise BadProperty(
                f"property '{key}' = {value} is above {maximum:g}",
                f"write a value of at most {maximum:g}",
            )
        return number

    def integer(
        self,
        key: str,
        default: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> Any:
        number = self.number(key, None, minimum, maximum)
        if number is None:
            return default
        if number != int(number):
            raise BadProperty(f"property '{key}' = {number} is not a whole number", "e.g. 1")
        return int(number)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.props.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no", ""):
            return False
        raise BadProperty(f"property '{key}' = '{value}' is not true or false", "tick the box")

    def choice(self, key: str, options: tuple[str, ...], default: str | None = None) -> Any:
        value = self.text(key, default)
        if value is None:
            return None
        if value.lower() not in options:
            raise BadProperty(
                f"property '{key}' = '{value}' is not one of {', '.join(options)}",
                f"write one of {', '.join(options)}",
            )
        return value.lower()

    def texts(self, key: str) -> dict[str, str]:
        found = {}
        if self.text(key):
            found[""] = self.text(key) or ""
        for lang in LANGUAGES:
            if self.text(f"{key}_{lang}"):
                found[lang] = self.text(f"{key}_{lang}") or ""
        return found


def parse_phases(text: str) -> tuple[Phase, ...]:
    """`A=10,3;B=12,3` -> phases; raises BadProperty with a readable reason."""
    phases = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        name, sep, times = part.partition("=")
        bits = times.split(",")
        if not sep or not name.strip() or len(bits) != 2:
            raise BadProperty(
                f"phases '{text}' does not parse at '{part}'",
                "write NAME=green,yellow;NAME=green,yellow — e.g. A=10,3;B=12,3",
            )
        try:
            green, yellow = float(bits[0]), float(bits[1])
        except ValueError:
            raise BadProperty(
                f"phases '{text}': '{times}' are not numbers",
                "write NAME=green,yellow;NAME=green,yellow — e.g. A=10,3;B=12,3",
            ) from None
        if not (green > 0 and yellow >= 0) or math.isinf(green + yellow):
            raise BadProperty(
                f"phases '{text}': green must be above 0 s and yellow at least 0 s",
                "e.g. A=10,3",
            )
        if green > MAX_GREEN_S or yellow > MAX_YELLOW_S:
            raise BadProperty(
                f"phases '{text}': a green lasts at most {MAX_GREEN_S:g} s and a yellow at "
                f"most {MAX_YELLOW_S:g} s, or drivers would wait for ever",
                "e.g. A=10,3",
            )
        phases.append(Phase(name.strip(), green, yellow))
    if not phases:
        raise BadProperty("phases is empty", "write e.g. A=10,3;B=12,3")
    names = [p.name for p in phases]
    if len(set(names)) != len(names):
        raise BadProperty(f"phases '{text}' names a phase twice", "give each phase its own name")
    return tuple(phases)


class Collected:
    """The objects read so far, by class."""

    def __init__(self) -> None:
        self.by_class: dict[str, list[Any]] = {}

    def add(self, cls: str, item: Any) -> None:
        self.by_class.setdefault(cls, []).append(item)

    def get(self, cls: str) -> list[Any]:
        return self.by_class.get(cls, [])


def _read_spawn(r: Reader) -> Spawn | None:
    if not r.need_shape("point", "rectangle", "ellipse"):
        return None
    heading = r.number("heading", 0.0) % 360.0
    player = r.integer("player", 1)
    if not 1 <= player <= MAX_PLAYERS:
        raise BadProperty(
            f"property 'player' = {player} must be 1 to {MAX_PLAYERS}", "write 1 or 2"
        )
    return Spawn(**r.base(), pos=r.position(), heading=heading, player=player)


def _read_lane(r: Reader) -> Lane | None:
    if not r.need_shape("polyline"):
        return None
    pts = r.points()
    deduped = [pts[0]] + [p for a, p in zip(pts, pts[1:]) if geo.distance(a, p) > 1e-6]
    if len(deduped) < 2:
        r.ctx.error(r.where, "needs at least two distinct points", "draw it along the lane")
        return None
    limit = r.number("speed_limit", None, minimum=1, maximum=MAX_SPEED_KMH)
    return Lane(**r.base(), line=geo.Polyline(deduped), speed_limit=limit)


def _read_signal(r: Reader) -> Signal | None:
    if not r.need_shape("point", "rectangle", "ellipse"):
        return None
    text = r.text("phases")
    if not text:
        raise BadProperty("has no 'phases'", "add phases, e.g. A=10,3;B=12,3")
    return Signal(
        **r.base(),
        pos=r.position(),
        phases=parse_phases(text),
        clearance=r.number("clearance", 1.0, minimum=0, maximum=MAX_CLEARANCE_S),
        offset=r.number("offset", 0.0, minimum=-MAX_OFFSET_S, maximum=MAX_OFFSET_S),
    )


def _read_light(r: Reader) -> TrafficLight | None:
    if not r.need_shape("point", "rectangle", "ellipse"):
        return None
    signal, phase = r.text("signal"), r.text("phase")
    if not signal or not phase:
        raise BadProperty(
            "needs both 'signal' (a signal's name) and 'phase'",
            "set signal to the controller's object name and phase to one of its phases",
        )
    return TrafficLight(
        **r.base(), pos=r.position(), signal=signal, phase=phase, heading=r.number("heading", 0.0)
    )


def _read_stop_line(r: Reader) -> StopLine | None:
    if not r.need_shape("polyline", "polygon"):
        return None
    pts = r.points()
    if len(pts) != 2 and r.shape == "polyline":
        r.ctx.warn(r.where, f"has {len(pts)} points; only the first and last are used", "")
    if geo.distance(pts[0], pts[-1]) < 1e-6:
        raise BadProperty("its two ends are the same point", "draw it across the lane")
    signal, phase = r.text("signal"), r.text("phase")
    sign = r.choice("sign", ("stop", "yield"))
    if signal and sign:
        raise BadProperty(
            "has both 'signal' and 'sign'", "keep signal+phase for a light, or sign for a sign"
        )
    if not signal and not sign:
        raise BadProperty(
            "has neither 'signal'+'phase' nor 'sign'",
            "set signal and phase (traffic light) or sign = stop / yield",
        )
    if signal and not phase:
        raise BadProperty("has a 'signal' but no 'phase'", "set phase to one of its phases")
    return StopLine(**r.base(), a=pts[0], b=pts[-1], signal=signal, phase=phase, sign=sign)


def _read_crossing(r: Reader) -> Crossing | None:
    if not r.area_ok():
        return None
    signal, phase = r.text("signal"), r.text("phase")
    if bool(signal) != bool(phase):
        raise BadProperty("needs both 'signal' and 'phase', or neither", "set both or remove both")
    return Crossing(**r.base(), polygon=r.outline(), signal=signal, phase=phase)


def _read_speed_zone(r: Reader) -> SpeedZone | None:
    if not r.area_ok():
        return None
    limit = r.number("limit", None, minimum=1, maximum=MAX_SPEED_KMH)
    if limit is None:
        raise BadProperty("has no 'limit'", "set limit in km/h, e.g. 20")
    return SpeedZone(**r.base(), polygon=r.outline(), limit=limit, school=r.flag("school"))


def _read_bus_stop(r: Reader) -> BusStop | None:
    if not r.area_ok():
        return None
    return BusStop(**r.base(), polygon=r.outline(), dwell=r.number("dwell", 8.0, minimum=1))


def _read_no_parking(r: Reader) -> NoParking | None:
    return NoParking(**r.base(), polygon=r.outline()) if r.area_ok() else None


def _read_roundabout(r: Reader) -> Roundabout | None:
    return Roundabout(**r.base(), polygon=r.outline()) if r.area_ok() else None


def _read_sign(r: Reader) -> Sign | None:
    if not r.need_shape("point", "rectangle", "ellipse"):
        return None
    kind = r.choice("kind", SIGN_KINDS)
    if kind is None:
        raise BadProperty("has no 'kind'", f"set kind to one of {', '.join(SIGN_KINDS)}")
    value = r.text("value", "") or ""
    if kind == "speed_limit" and not value:
        raise BadProperty("a speed_limit sign needs a 'value'", "set value in km/h, e.g. 30")
    return Sign(
        **r.base(), pos=r.position(), kind=kind, value=value, heading=r.number("heading", 0.0)
    )


def _read_pedestrian(r: Reader) -> PedestrianRoute | None:
    if not r.need_shape("polyline"):
        return None
    pts = r.points()
    if len(pts) < 2:
        raise BadProperty("needs at least two points", "draw the walking route")
    return PedestrianRoute(
        **r.base(),
        line=geo.Polyline(pts),
        every=r.number("every", 20.0, minimum=1, maximum=MAX_WAIT_S),
        delay=r.number("delay", 0.0, minimum=0, maximum=MAX_WAIT_S),
        speed=r.number("speed", 1.2, minimum=0.2, maximum=MAX_WALK_MS),
        kind=r.choice("kind", PEDESTRIAN_KINDS, "adult"),
    )


def _read_vehicle(r: Reader) -> VehicleSource | None:
    if not r.need_shape("point", "rectangle", "ellipse"):
        return None
    return VehicleSource(
        **r.base(),
        pos=r.position(),
        kind=r.choice("kind", VEHICLE_KINDS, "car"),
        every=r.number("every", 15.0, minimum=1, maximum=MAX_WAIT_S),
        count=r.integer("count", 1, minimum=0, maximum=MAX_VEHICLES),
        delay=r.number("delay", 0.0, minimum=0, maximum=MAX_WAIT_S),
    )


def _read_officer(r: Reader) -> Officer | None:
    if not r.need_shape("point", "rectangle", "ellipse"):
        return None
    signal = r.text("signal")
    if not signal:
        raise BadProperty("has no 'signal'", "set signal to the controller's object name")
    text = r.text("phases")
    phases = parse_phases(text) if text else ()
    return Officer(
        **r.base(), pos=r.position(), signal=signal, phases=phases, offset=r.number("offset", 0.0)
    )


def _read_parked(r: Reader) -> Parked | None:
    if not r.need_shape("point", "rectangle", "ellipse"):
        return None
    return Parked(
        **r.base(),
        pos=r.position(),
        heading=r.number("heading", 0.0) % 360.0,
        kind=r.choice("kind", tuple(PARKED_SIZES), "car"),
    )


def _read_checkpoint(r: Reader) -> Checkpoint | None:
    if not r.area_ok():
        return None
    order = r.integer("order", None, minimum=1, maximum=MAX_CHECKPOINTS)
    if order is None:
        raise BadProperty("has no 'order'", "number the checkpoints 1, 2, 3...")
    return Checkpoint(**r.base(), polygon=r.outline(), order=order)


def _read_finish(r: Reader) -> Finish | None:
    return Finish(**r.base(), polygon=r.outline()) if r.area_ok() else None


def _read_parking_spot(r: Reader) -> ParkingSpot | None:
    if not r.area_ok():
        return None
    o = r.obj
    rotation = float(o.rotation or 0.0)
    # a bay's length runs along its longer side
    along = rotation if float(o.height) >= float(o.width) else rotation + 90.0
    return ParkingSpot(
        **r.base(), polygon=r.outline(), target=r.flag("target"), rotation=along % 180.0
    )


def _read_hint(r: Reader) -> Hint | None:
    if not r.area_ok():
        return None
    texts = r.texts("text")
    if not texts:
        r.ctx.warn(r.where, "has no text", "add text (and text_ar, text_fr, text_en, text_zgh)")
    return Hint(**r.base(), polygon=r.outline(), texts=texts)


READERS: dict[str, Callable[[Reader], Any]] = {
    "spawn": _read_spawn,
    "lane": _read_lane,
    "signal": _read_signal,
    "traffic_light": _read_light,
    "stop_line": _read_stop_line,
    "crossing": _read_crossing,
    "speed_zone": _read_speed_zone,
    "no_parking": _read_no_parking,
    "bus_stop": _read_bus_stop,
    "roundabout": _read_roundabout,
    "sign": _read_sign,
    "pedestrian": _read_pedestrian,
    "vehicle": _read_vehicle,
    "officer": _read_officer,
    "parked": _read_parked,
    "checkpoint": _read_checkpoint,
    "finish": _read_finish,
    "parking_spot": _read_parking_spot,
    "hint": _read_hint,
}


# the properties each class reads; anything else is probably a typo worth a warning
KNOWN_PROPERTIES: dict[str, frozenset[str]] = {
    "spawn": frozenset({"heading", "player"}),
    "lane": frozenset({"speed_limit"}),
    "signal": frozenset({"phases", "clearance", "offset"}),
    "traffic_light": frozenset({"signal", "phase", "heading"}),
    "stop_line": frozenset({"signal", "phase", "sign"}),
    "crossing": frozenset({"signal", "phase"}),
    "speed_zone": frozenset({"limit", "school"}),
    "no_parking": frozenset(),
    "bus_stop": frozenset({"dwell"}),
    "roundabout": frozenset(),
    "sign": frozenset({"kind", "value", "heading"}),
    "pedestrian": frozenset({"every", "delay", "speed", "kind"}),
    "vehicle": frozenset({"kind", "every", "count", "delay"}),
    "officer": frozenset({"signal", "phases", "offset"}),
    "parked": frozenset({"kind", "heading"}),
    "checkpoint": frozenset({"order"}),
    "finish": frozenset(),
    "parking_spot": frozenset({"target"}),
    "hint": frozenset({"text", *(f"text_{lang}" for lang in LANGUAGES)}),
}


def did_you_mean(word: str, options: Any) -> str:
    """' (did you mean 'x'?)' for a near miss, else ''."""
    close = difflib.get_close_matches(word.lower(), list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def read_objects(
    course: Course, objects: list[Any], ctx: LoadContext, shapes: dict[int, str] | None = None
) -> None:
    """Fill the course's objects, link them and report every problem.

    Objects carry their own `shape` (see tmx_fixups.RawObject); `shapes` is for callers
    that pass objects without one.
    """
    found = Collected()
    failed: set[tuple[str, str]] = set()
    for obj in objects:
        shape = getattr(obj, "shape", None) or (shapes or {}).get(int(obj.id or 0), "rectangle")
        r = Reader(obj, shape, ctx)
        if not r.cls:
            if shape != "text":
                ctx.warn(
                    r.where,
                    "has no class, so the game ignores it",
                    "set its Class (Type in older Tiled) to one of " + ", ".join(READERS),
                )
            continue
        reader = READERS.get(r.cls)
        if reader is None:
            ctx.warn(
                r.where,
                f"class '{r.cls}' is not known, so the game ignores it"
                + did_you_mean(r.cls, READERS),
                "use one of " + ", ".join(READERS),
            )
            continue
        for key in sorted(set(r.props) - KNOWN_PROPERTIES[r.cls]):
            if isinstance(r.props[key], dict):
                continue  # a class-typed property belongs to the teacher's own project
            ctx.warn(
                r.where,
                f"property '{key}' means nothing to a {r.cls}, so the game ignores it"
                + did_you_mean(key, KNOWN_PROPERTIES[r.cls]),
                "a "
                + r.cls
                + (
                    " reads " + ", ".join(sorted(KNOWN_PROPERTIES[r.cls]))
                    if KNOWN_PROPERTIES[r.cls]
                    else " has no properties"
                )
                + "; rename or remove it",
            )
        try:
            item = reader(r)
        except BadProperty as bad:
            ctx.error(r.where, bad.what, bad.fix)
            item = None
        if item is not None:
            found.add(r.cls, item)
        else:  # already reported; later checks must not blame its absence again
            failed.add((r.cls, r.name))

    course.spawns = tuple(found.get("spawn"))
    course.lanes = _link_lanes(found.get("lane"), course.tile_metres)
    course.signals = tuple(found.get("signal"))
    course.traffic_lights = tuple(found.get("traffic_light"))
    course.crossings = tuple(found.get("crossing"))
    course.speed_zones = tuple(found.get("speed_zone"))
    course.no_parking = tuple(found.get("no_parking"))
    course.bus_stops = tuple(found.get("bus_stop"))
    course.roundabouts = tuple(found.get("roundabout"))
    course.signs = tuple(found.get("sign"))
    course.pedestrian_routes = tuple(found.get("pedestrian"))
    course.vehicle_sources = tuple(found.get("vehicle"))
    course.officers = tuple(found.get("officer"))
    course.parked = tuple(found.get("parked"))
    course.checkpoints = tuple(found.get("checkpoint"))
    course.finishes = tuple(found.get("finish"))
    course.parking_spots = tuple(found.get("parking_spot"))
    course.hints = tuple(found.get("hint"))
    course.stop_lines = _link_stop_lines(found.get("stop_line"), course.lanes, ctx)
    _check_links(course, ctx, failed)


def _link_lanes(lanes: list[Lane], tile_metres: float) -> tuple[Lane, ...]:
    """A lane continues into every lane whose first point lies within one tile of its end.

    "Within" is strict, and a continuation that would turn back on itself (more than
    135 degrees) is not one: the opposite lane of the same road starts one tile away.
    """
    nexts: dict[int, list[int]] = {lane.id: [] for lane in lanes}
    prevs: dict[int, list[int]] = {lane.id: [] for lane in lanes}
    for a in lanes:
        end = a.line.points[-1]
        for b in lanes:
            if a is b:
                continue
            gap = geo.distance(end, b.line.points[0])
            if gap < tile_metres - 1e-6 and (
                geo.angle_diff(a.line.end_heading, b.line.start_heading) <= 135.0
            ):
                nexts[a.id].append(b.id)
                prevs[b.id].append(a.id)
    return tuple(
        Lane(
            id=lane.id,
            name=lane.name,
            cls=lane.cls,
            line=lane.line,
            speed_limit=lane.speed_limit,
            next_ids=tuple(nexts[lane.id]),
            prev_ids=tuple(prevs[lane.id]),
        )
        for lane in lanes
    )


def _link_stop_lines(
    lines: list[StopLine], lanes: tuple[Lane, ...], ctx: LoadContext
) -> tuple[StopLine, ...]:
    linked = []
    for line in lines:
        crossing = tuple(
            lane.id
            for lane in lanes
            if any(
                geo.segments_intersect(line.a, line.b, p, q)
                for p, q in zip(lane.line.points, lane.line.points[1:])
            )
        )
        if not crossing:
            ctx.error(
                ctx.label(line),
                "no lane crosses it, so no car would ever stop there",
                "draw the stop line across a lane's centre line",
            )
        linked.append(
            StopLine(
                id=line.id,
                name=line.name,
                cls=line.cls,
                a=line.a,
                b=line.b,
                signal=line.signal,
                phase=line.phase,
                sign=line.sign,
                lane_ids=crossing,
            )
        )
    return tuple(linked)


def _check_links(course: Course, ctx: LoadContext, failed: set[tuple[str, str]]) -> None:
    """References between objects, the spawn and the route."""
    if not course.spawns and not any(cls == "spawn" for cls, _name in failed):
        ctx.error(
            "map",
            "there is no spawn, so the car has nowhere to start",
            "add a point object of class 'spawn' on a lane, with a heading",
        )
    players = [s.player for s in course.spawns]
    for p in sorted({p for p in players if players.count(p) > 1}):
        ctx.error("map", f"player {p} has more than one spawn", "keep one spawn per player")
    names = [s.name for s in course.signals]
    for dup in sorted({n for n in names if n and names.count(n) > 1}):
        ctx.error("map", f"two signals are named '{dup}'", "give each signal its own name")
    for s in course.signals:
        if not s.name:
            ctx.error(
                ctx.label(s),
                "has no name, so no light can follow it",
                "give it a name, e.g. 'junction1'",
            )
    for obj in (*course.traffic_lights, *course.stop_lines, *course.crossings):
        _check_signal_ref(
            course, obj, getattr(obj, "signal", None), getattr(obj, "phase", None), ctx, failed
        )
    for officer in course.officers:
        _check_signal_ref(course, officer, officer.signal, None, ctx, failed)
        target = course.signal_by_name(officer.signal)
        if target is None or not officer.phases:
            continue
        own, theirs = {p.name for p in officer.phases}, {p.name for p in target.phases}
        if own != theirs:
            ctx.error(
                ctx.label(officer),
                f"its phases ({', '.join(sorted(own))}) are not the phases of signal "
                f"'{officer.signal}' ({', '.join(sorted(theirs))})",
                "give the officer the same phase names as the signal, with the officer's "
                "own timings",
            )
    _check_orders(course, ctx)
    if not course.finishes and not course.checkpoints:
        ctx.warn(
            "map",
            "there is no finish and no checkpoint, so the drive never ends",
            "add a rectangle of class 'finish'",
        )
    for area in _areas(course):
        b = geo.polygon_bounds(area.polygon)
        if b[2] < 0 or b[3] < 0 or b[0] > course.width_m or b[1] > course.height_m:
            ctx.error(ctx.label(area), "lies outside the map", "move it onto the map")
    for spawn in course.spawns:
        if not (0 <= spawn.pos[0] < course.width_m and 0 <= spawn.pos[1] < course.height_m):
            ctx.error(ctx.label(spawn), "lies outside the map", "move it onto a road")
        elif course.is_solid(spawn.pos):
            ctx.error(
                ctx.label(spawn), "stands on a building, water or a barrier", "move it onto a road"
            )


def _areas(course: Course) -> list[Area]:
    return [
        *course.crossings,
        *course.speed_zones,
        *course.no_parking,
        *course.bus_stops,
        *course.roundabouts,
        *course.checkpoints,
        *course.finishes,
        *course.parking_spots,
        *course.hints,
    ]


def _check_signal_ref(
    course: Course,
    obj: Any,
    signal: str | None,
    phase: str | None,
    ctx: LoadContext,
    failed: set[tuple[str, str]],
) -> None:
    if not signal:
        return
    target = course.signal_by_name(signal)
    if target is None and ("signal", signal) in failed:
        return  # that signal's own error says it all
    if target is None:
        ctx.error(
            ctx.label(obj),
            f"its signal '{signal}' names no signal object",
            "set 'signal' to the name of a signal object",
        )
        return
    if phase is not None and phase not in [p.name for p in target.phases]:
        known = ", ".join(p.name for p in target.phases)
        ctx.error(
            ctx.label(obj),
            f"phase '{phase}' is not a phase of signal '{signal}' ({known})",
            f"set 'phase' to one of {known}",
        )


def _check_orders(course: Course, ctx: LoadContext) -> None:
    """Checkpoint orders must be 1, 2, 3... with no repeat and no gap."""
    orders = sorted(c.order for c in course.checkpoints)
    if not orders or orders == list(range(1, len(orders) + 1)):
        return
    shown = ", ".join(map(str, orders))
    fix = "number the checkpoints 1, 2, 3... with no gap and no repeat"
    for order in sorted({o for o in orders if orders.count(o) > 1}):
        ctx.error("map", f"checkpoint order {order} repeats (orders are {shown})", fix)
    missing = [o for o in range(1, max(orders) + 1) if o not in orders]
    if missing:
        gaps = ", ".join(map(str, missing))
        ctx.error("map", f"checkpoint order skips {gaps} (orders are {shown})", fix)
    elif min(orders) < 1:
        ctx.error("map", f"checkpoint orders must start at 1 (orders are {shown})", fix)
