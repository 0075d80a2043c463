"""Checks on a whole course: what would spoil a drive although every object reads fine.

The object readers check each object on its own; these look at how objects fit together
(spawn and lanes, the lane graph and the route, signs and stop lines, signals and lights)
and at the map's properties. Errors are what makes a drive impossible; warnings are
what a teacher most likely did not mean.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from game.course import geometry as geo
from game.course.model import SOLID_SURFACES, Course, Lane, Surface
from game.course.objects import did_you_mean

if TYPE_CHECKING:
    from game.course.loader import LoadContext

# the rule ids of RULES.md; `lesson` names some of them
RULE_IDS = (
    "red_light",
    "amber_light",
    "stop_sign",
    "yield",
    "pedestrian",
    "speeding",
    "wrong_way",
    "off_road",
    "collision_vehicle",
    "collision_pedestrian",
    "collision_object",
    "tailgating",
    "no_indicator",
    "emergency",
    "seatbelt",
    "parking",
    "no_parking",
    "bus_stop",
)
# the walking lessons' rules (a course with `mode = walk`), see game/rules/walking.py
WALK_RULE_IDS = (
    "ped_kerb",
    "ped_look",
    "ped_zebra",
    "ped_signal",
    "ped_hidden",
    "ped_too_close",
)
RULE_IDS = RULE_IDS + WALK_RULE_IDS
# the passenger lesson's rules (maps/passenger.lesson, game/lessons/passenger.py): judged
# off the road, so no map's `lesson` and no `--fault` of the road's autopilot names them
PASSENGER_RULE_IDS = ("pass_seat", "pass_belt", "pass_phone")
# every rule a child is judged on: the licence's mastered rules, the class's results
ALL_RULE_IDS = RULE_IDS + PASSENGER_RULE_IDS
MAP_PROPERTIES = frozenset(
    {"title", "title_ar", "title_fr", "title_en", "title_zgh"}
    | {"hint", "hint_ar", "hint_fr", "hint_en", "hint_zgh"}
    | {"lesson", "time_limit", "tile_metres", "drive_side", "priority", "mode"}
)
WRONG_WAY_DEG = 120.0  # RULES.md: wrong_way from 120° off the lane
SIGN_LINE_TILES = 2.5  # a stop/yield sign stands within about two tiles of its line


def run_checks(course: Course, props: dict[str, Any], ctx: LoadContext) -> None:
    """Every course-wide check; adds problems to ctx."""
    _map_properties(course, props, ctx)
    if course.walking:
        from game.course.walk_checks import walk_checks

        walk_checks(course, ctx)
    else:
        _spawns(course, ctx)
        _route(course, ctx)
    _lane_ends(course, ctx)
    _lanes_on_solid(course, ctx)
    _signs(course, ctx)
    _crossings(course, ctx)
    _vehicles(course, ctx)
    _signals(course, ctx)
    _parking(course, ctx)
    if course.parked:
        from game.course.walk_checks import parked_checks

        parked_checks(course, ctx)


# map properties ----------------------------------------------------------------------
def _map_properties(course: Course, props: dict[str, Any], ctx: LoadContext) -> None:
    for key in sorted(set(props) - MAP_PROPERTIES):
        if isinstance(props[key], dict):
            continue  # a class-typed property belongs to the teacher's own project
        ctx.warn(
            f"map property '{key}'",
            "means nothing to the game, so it is ignored" + did_you_mean(key, MAP_PROPERTIES),
            "the map properties are " + ", ".join(sorted(MAP_PROPERTIES)),
        )
    for rule in course.lesson:
        if rule not in RULE_IDS:
            ctx.warn(
                "map property 'lesson'",
                f"'{rule}' is not a rule the game knows{did_you_mean(rule, RULE_IDS)}",
                "use rule ids from: " + ", ".join(RULE_IDS),
            )


# spawns ------------------------------------------------------------------------------
def _lanes_near(course: Course, p: geo.Point, radius: float) -> list[tuple[Lane, float, float]]:
    """(lane, distance, lane heading there) for every lane within radius of p."""
    near = []
    for lane in course.lanes:
        d = lane.line.distance_to(p)
        if d <= radius:
            s, _lat = lane.line.local(p)
            near.append((lane, d, lane.line.heading_at(s)))
    return near


def _spawns(course: Course, ctx: LoadContext) -> None:
    if not course.lanes:
        if "lane" in ctx.classes:
            return  # lanes that could not be read are already errors
        ctx.warn(
            "map",
            "there are no lanes, so computer cars cannot drive and wrong-way driving is "
            "not noticed",
            "draw each lane's centre line with the polyline tool, class 'lane', in the "
            "driving direction",
        )
        return
    tile = course.tile_metres
    for spawn in course.spawns:
        if course.is_solid(spawn.pos):
            continue  # already an error
        near = _lanes_near(course, spawn.pos, tile)
        if not near:
            nearest = min(lane.line.distance_to(spawn.pos) for lane in course.lanes)
            ctx.warn(
                ctx.label(spawn),
                f"is not on a lane (the nearest lane is {nearest:.1f} m away), so the car "
                "starts off the road",
                "move the spawn onto a lane's centre line",
            )
            continue
        if all(geo.angle_diff(h, spawn.heading) > WRONG_WAY_DEG for _l, _d, h in near):
            lane, _d, h = min(near, key=lambda n: n[1])
            ctx.warn(
                ctx.label(spawn),
                f"faces {spawn.heading:g}° but {ctx.label(lane)} under it runs {h:.0f}°, so "
                "the car starts the wrong way",
                f"set the spawn's heading to {h:.0f} (0 up, 90 right, 180 down, 270 left)",
            )


# the route ---------------------------------------------------------------------------
def _start_lanes(course: Course) -> list[Lane]:
    spawn = course.spawn_for(1) if course.spawns else None
    if spawn is None:
        return []
    near = _lanes_near(course, spawn.pos, course.tile_metres)
    return [lane for lane, _d, h in near if geo.angle_diff(h, spawn.heading) <= 90.0]


def _reachable(course: Course, start: Iterable[Lane]) -> list[Lane]:
    seen: dict[int, Lane] = {}
    queue = deque(start)
    while queue:
        lane = queue.popleft()
        if lane.id in seen:
            continue
        seen[lane.id] = lane
        queue.extend(course.lane_by_id(i) for i in lane.next_ids if i not in seen)
    return list(seen.values())


def _route(course: Course, ctx: LoadContext) -> None:
    """Every checkpoint and finish must lie on a lane the car can reach from its spawn."""
    start = _start_lanes(course)
    if not start:
        return  # no spawn, or a spawn off the lanes: already reported
    reach = _reachable(course, start)
    tol = course.tile_metres
    for area in (*course.route(), *course.finishes):
        if any(_line_area_gap(lane.line.points, area.polygon) <= tol for lane in reach):
            continue
        if not any(_line_area_gap(lane.line.points, area.polygon) <= tol for lane in course.lanes):
            # an area off the lanes (a car park, a field): the lane graph cannot tell
            continue
        ctx.error(
            ctx.label(area),
            "cannot be reached from the spawn by following the lanes in their driving "
            "direction, so the course cannot be finished",
            "check that the lanes from the spawn lead to it: each lane must start within "
            "one tile of where the previous one ends, drawn in the driving direction",
        )


def _line_area_gap(points: Sequence[geo.Point], poly: Sequence[geo.Point]) -> float:
    """0 when a polyline enters an area, else the gap between them, in metres."""
    if any(geo.point_in_polygon(p, poly) for p in points):
        return 0.0
    best = math.inf
    edges = list(zip(poly, (*poly[1:], poly[0])))
    for a, b in zip(points, points[1:]):
        for c, d in edges:
            if geo.segments_intersect(a, b, c, d):
                return 0.0
            best = min(best, _seg_gap(a, b, c, d))
    return best


def _point_seg(p: geo.Point, a: geo.Point, b: geo.Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    seg2 = dx * dx + dy * dy
    t = 0.0 if seg2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / seg2))
    return geo.distance(p, (a[0] + dx * t, a[1] + dy * t))


def _seg_gap(a: geo.Point, b: geo.Point, c: geo.Point, d: geo.Point) -> float:
    return min(_point_seg(a, c, d), _point_seg(b, c, d), _point_seg(c, a, b), _point_seg(d, a, b))


# lanes -------------------------------------------------------------------------------
def _lane_ends(course: Course, ctx: LoadContext) -> None:
    """A lane with no continuation must end at the map's edge or in a finish."""
    tile = course.tile_metres
    ends = [*course.finishes, *course.parking_spots]
    for lane in course.lanes:
        if lane.next_ids:
            continue
        x, y = lane.line.points[-1]
        at_edge = min(x, y, course.width_m - x, course.height_m - y) <= tile
        if at_edge or any(geo.point_in_polygon((x, y), a.polygon) for a in ends):
            continue
        ctx.warn(
            ctx.label(lane),
            f"leads nowhere: it ends at ({x:.1f}, {y:.1f}) m with no lane starting within "
            "one tile, away from the map's edge and from a finish, so cars stop there",
            "start the next lane within one tile of this lane's last point, or end the lane "
            "at the map's edge or inside the finish",
        )


def _lanes_on_solid(course: Course, ctx: LoadContext) -> None:
    step = course.tile_metres / 4
    for lane in course.lanes:
        n = max(1, int(lane.line.length / step))
        for i in range(n + 1):
            p = lane.line.position_at(lane.line.length * i / n)
            if not (0 <= p[0] < course.width_m and 0 <= p[1] < course.height_m):
                continue
            surface = course.surface_at(p)
            if surface in SOLID_SURFACES:
                ctx.warn(
                    ctx.label(lane),
                    f"runs over {Surface(surface).name.lower()} at ({p[0]:.1f}, {p[1]:.1f}) m, "
                    "so cars following it would crash",
                    "move the lane onto the road, or paint road tiles under it",
                )
                break


# signs, crossings, vehicles, signals, parking ----------------------------------------
def _signs(course: Course, ctx: LoadContext) -> None:
    reach = SIGN_LINE_TILES * course.tile_metres
    for sign in course.signs:
        if sign.kind not in ("stop", "yield"):
            continue
        lines = [line for line in course.stop_lines if line.sign == sign.kind]
        if any(_point_seg(sign.pos, line.a, line.b) <= reach for line in lines):
            continue
        ctx.warn(
            ctx.label(sign),
            f"is a {sign.kind} sign with no stop_line of sign '{sign.kind}' near it, so "
            "nobody has to " + ("stop" if sign.kind == "stop" else "give way") + " there",
            f"draw a stop_line with sign = {sign.kind} across the lane, within two tiles "
            "of the sign",
        )


def _crossings(course: Course, ctx: LoadContext) -> None:
    for crossing in course.crossings:
        if any(_line_area_gap(lane.line.points, crossing.polygon) == 0 for lane in course.lanes):
            continue
        walked = any(
            _line_area_gap(route.line.points, crossing.polygon) == 0
            for route in course.pedestrian_routes
        )
        ctx.warn(
            ctx.label(crossing),
            "no lane passes through it"
            + ("" if walked else " and no pedestrian route crosses it")
            + ", so no driver ever meets it",
            "put the crossing over the road where a lane runs",
        )


def _vehicles(course: Course, ctx: LoadContext) -> None:
    tile = course.tile_metres
    for source in course.vehicle_sources:
        if not course.lanes:
            ctx.error(
                ctx.label(source),
                "computer cars need a lane to drive on, and there is none",
                "draw lanes, or remove the vehicle source",
            )
            continue
        gap = min(geo.distance(source.pos, lane.line.points[0]) for lane in course.lanes)
        if gap > tile:
            ctx.warn(
                ctx.label(source),
                f"is {gap:.1f} m from the start of any lane; its cars enter at the nearest "
                "lane start, which may not be where you meant",
                "put the vehicle point on the first point of the lane its cars should take",
            )


def _signals(course: Course, ctx: LoadContext) -> None:
    for signal in course.signals:
        if not signal.name:
            continue
        users = [
            obj
            for obj in (*course.traffic_lights, *course.stop_lines, *course.crossings)
            if getattr(obj, "signal", None) == signal.name
        ]
        officers = any(o.signal == signal.name for o in course.officers)
        if not users and not officers:
            ctx.warn(
                ctx.label(signal),
                "no traffic_light, stop_line or officer follows it, so it changes for nobody",
                f"set 'signal' on the lights and stop lines of this junction to '{signal.name}'",
            )
            continue


def _parking(course: Course, ctx: LoadContext) -> None:
    if "parking" in course.lesson and not any(s.target for s in course.parking_spots):
        ctx.warn(
            "map",
            "the lesson includes parking but no parking_spot is a target, so there is no "
            "parking task",
            "tick 'target' on the parking_spot the child should park in",
        )
