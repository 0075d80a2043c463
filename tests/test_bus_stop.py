"""The bus at its stop: computer buses halt at a `bus_stop` for its dwell time, and the
instructor asks the child to pass them slowly and wide (Vienna convention art. 21(2):
people, children among them, get off there)."""

from __future__ import annotations

import functools

from rule_maps.cases import MAPS
from rule_maps.puppet import mistakes, poses, watch
from rule_maps.scripted_town import Vehicle

from game.course.loader import load_course
from game.course.model import Course
from game.rules.bus_stop import BusStop
from game.sim.world import World


@functools.cache
def school_street() -> Course:
    return load_course(MAPS / "school_zone.tmx")


def _bus(x: float = 50.0, y: float = 16.5, heading: float = 270.0) -> Vehicle:
    """A bus standing at its stop on the school street's westbound lane."""
    return Vehicle(806, "bus", x=x, y=y, heading=heading, length=10.0, width=2.5, at_stop=True)


def _said(events: list) -> list[tuple[str, str]]:
    return [(e["kind"], e["message"]) for e in events if e["rule"] == "bus_stop"]


def test_passing_a_bus_at_its_stop_fast_is_a_mistake() -> None:
    """Eastbound in its own lane at 30 km/h past the bus on the other side."""
    events = watch(school_street(), poses([(25.0, 19.5), (80.0, 19.5)], 30.0), [BusStop], [_bus()])
    assert _said(events) == [("mistake", "rule.bus_stop.mistake")]


def test_passing_it_slowly_in_ones_own_lane_is_praised() -> None:
    events = watch(school_street(), poses([(25.0, 19.5), (80.0, 19.5)], 12.0), [BusStop], [_bus()])
    assert _said(events) == [("praise", "rule.bus_stop.praise")]


def test_overtaking_it_slowly_but_brushing_its_side_is_a_mistake() -> None:
    """Behind the bus on its own lane, out round it only 2 m from its centre line."""
    bus = _bus(50.0, 19.5, 90.0)
    path = [(25.0, 19.5), (40.0, 19.5), (42.0, 17.5), (62.0, 17.5), (80.0, 17.5)]
    events = watch(school_street(), poses(path, 10.0), [BusStop], [bus])
    assert _said(events) == [("mistake", "rule.bus_stop.room")]


def test_a_bus_that_is_only_driving_by_is_no_concern() -> None:
    bus = _bus()
    bus.at_stop = False
    events = watch(school_street(), poses([(25.0, 19.5), (80.0, 19.5)], 30.0), [BusStop], [bus])
    assert mistakes(events, "bus_stop") == [] and _said(events) == []


def test_buses_halt_at_traffic_parks_stop_then_go_on() -> None:
    """traffic_park.tmx has a bus stop past the officer's junction (X towards R): at seed
    0 a bus halts there for its 8 s, and nobody gets stuck."""
    course = load_course(MAPS / "traffic_park.tmx")
    assert [s.dwell for s in course.bus_stops] == [8.0]
    world = World(course, seed=0)
    standing: dict[int, float] = {}
    for _ in range(60 * 130):
        world.step()
        for v in world.town.vehicles:
            if v.kind == "bus" and v.at_stop:
                standing[v.ident] = standing.get(v.ident, 0.0) + 1 / 60
    assert standing, "no bus halted"
    assert all(7.5 <= t <= 8.5 for t in standing.values()), standing
    assert world.town.incidents == []


def test_a_bus_stop_is_painted_on_the_road_with_its_sign_on_the_kerb():
    """A child sees the stop before the bus is there: the yellow box with BUS on the lane, and
    the blue sign on the pavement at its kerb side (the right of eastbound traffic here)."""
    import pygame
    from conftest import ROOT

    from game.course.geometry import point_in_polygon
    from game.render.bus_stops import lane_heading, paint_bus_stops, sign_spot

    course = load_course(ROOT / "maps" / "traffic_park.tmx")
    (stop,) = course.bus_stops
    assert lane_heading(course, stop) == 90.0
    spot = sign_spot(course, stop)
    assert spot is not None and not point_in_polygon(spot, stop.polygon)
    assert spot[1] > max(y for _x, y in stop.polygon), "on the kerb side, not in the road"
    assert min(lane.line.distance_to(spot) for lane in course.lanes) > 2.0
    px = 10.0
    road = pygame.Surface((round(course.width_m * px), round(course.height_m * px)))
    road.fill((90, 90, 96))
    paint_bus_stops(road, course, px)
    x0, y0 = (round(v * px) for v in stop.polygon[0])
    yellow = [road.get_at((x0 + dx, y0 + 1))[:3] for dx in range(0, 60)]
    assert (255, 204, 0) in yellow, "the dashed yellow edge"
