"""The town's drivers at a roundabout follow the instructor's priority: on a ring with no
give-way line at its entries (tests/town_maps/ring.tmx) the car coming in from the right goes
first and the car going round gives way where the entry joins the ring (Décret 2-10-420
art. 34); where yield lines stand at the entries the ring goes first, as before."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import ROOT

from game.course.loader import load_course
from game.course.model import Course, StopLine
from game.rules.context import lane_map, line_geometry
from game.rules.priority import unsigned_merges
from game.sim.idm import spec_for
from game.sim.junctions import ZoneTable
from game.sim.levels import TRAFFIC_LEVELS
from game.sim.roadnet import road_net
from game.sim.vehicle import Vehicle, place
from game.sim.world import World

RING = ROOT / "tests" / "town_maps" / "ring.tmx"
ENTRIES = (10, 15, 20, 25)  # ring.tmx's four "arm N enter" lanes, each joining the ring


def _signed(course: Course) -> Course:
    """The same ring with a yield line across each of its entries (the ring goes first)."""
    lines = []
    for k, lid in enumerate(ENTRIES):
        a = course.lane_by_id(lid).line.points[0]
        lines.append(StopLine(900 + k, "yield", "stop_line", a, a, sign="yield", lane_ids=(lid,)))
    return dataclasses.replace(course, stop_lines=tuple(lines))


def _merges(course: Course) -> list[tuple[int, int, bool, bool]]:
    """(ring lane, entry lane, ring gives way, entry gives way) at every entry's merge."""
    net = road_net(course)
    out = []
    for z in ZoneTable(net).zones:
        for ring, entry in ((z.a, z.b), (z.b, z.a)):
            geo_r, geo_e = net.lanes[ring.lane], net.lanes[entry.lane]
            joins = set(geo_r.lane.next_ids) & set(geo_e.lane.next_ids)
            if geo_r.ring and not geo_e.ring and joins:
                out.append((ring.lane, entry.lane, ring.gives_way, entry.gives_way))
    return sorted(out)


def test_on_an_unsigned_ring_the_ring_gives_way_where_each_entry_joins_it() -> None:
    """The town's conflict zones say who goes first at each of the four merges: the car
    coming in on the unsigned ring; the car going round where a yield line stands, on this
    ring and on the shipped roundabout. They name the entries the yield rule judges."""
    unsigned = load_course(RING)
    merges = _merges(unsigned)
    assert sorted((e, ring_yields, entry_yields) for _, e, ring_yields, entry_yields in merges) == [
        (e, True, False) for e in ENTRIES
    ]
    lanes, lines = lane_map(unsigned), line_geometry(unsigned)
    for ring, entry, _, _ in merges:
        (after,) = set(unsigned.lane_by_id(ring).next_ids)
        assert unsigned_merges(lanes, lines, ring, after) == (entry,)  # the instructor agrees
    for signed in (_signed(unsigned), load_course(ROOT / "maps" / "roundabout.tmx")):
        merges = _merges(signed)
        assert len(merges) == 4
        assert all(not ring_yields and entry_yields for _, _, ring_yields, entry_yields in merges)
        assert not any(g.enters_first for g in road_net(signed).lanes.values())


def test_priority_none_leaves_the_ring_its_way() -> None:
    """With the map property priority=none nothing gives the entries priority to the right."""
    course = dataclasses.replace(load_course(RING), priority="none")
    assert all(entry_yields for *_, entry_yields in _merges(course))


def _car(world: World, ident: int, route: list[int], s: float, speed: float) -> Vehicle:
    """A town car put on its route by hand, already driving."""
    traffic = world.town.traffic
    spec = spec_for("car")
    v = Vehicle(ident=ident, kind="car", spec=spec, route=route, idx=0, s=s, source=-1)
    v.speed = speed
    v.v0 = traffic.net.lanes[route[0]].limit * spec.speed_factor
    place(traffic.net, v)
    v.px, v.py, v.pheading = v.x, v.y, v.heading
    traffic.vehicles.append(v)
    return v


# where the car going round starts: nearer the merge than the car coming in (about 10 m and
# 16 m from it, against 14 m), so on the unsigned ring it gives way rather than loses a race
ROUND_STARTS = [([7, 8, 1, 2, 3, 21, 22], 2.0), ([6, 7, 8, 1, 2, 3, 21, 22], 4.0)]


def _who_first(course: Course, start: tuple[list[int], float]) -> tuple[list[int], dict]:
    """A car going round and a car coming in at the north-east entry (lanes 9, 10) both
    driving at 6 m/s towards the merge onto lane 1: the order in which they come onto lane
    1, and why each one waited on the way."""
    world = World(course, seed=0, players=0, density=0.0)
    going_round = _car(world, 501, list(start[0]), start[1], 6.0)
    coming_in = _car(world, 502, [9, 10, 1, 16, 17], 9.5, 6.0)
    order: list[int] = []
    why: dict[int, set[str]] = {501: set(), 502: set()}
    for _ in range(60 * 12):
        world.step()
        for v in (going_round, coming_in):
            if v.why:
                why[v.ident].add(v.why)
            if not v.done and v.lane_id == 1 and v.ident not in order:
                order.append(v.ident)
    summary = world.town.summary()
    assert summary["incidents"] == [] and world.town.traffic.near_misses == 0
    return order, why


@pytest.mark.parametrize("start", ROUND_STARTS, ids=["10m", "16m"])
def test_a_town_car_going_round_an_unsigned_ring_lets_the_car_from_its_right_in(start) -> None:
    order, why = _who_first(load_course(RING), start)
    assert order == [502, 501]  # the car coming in first
    assert "yield" in why[501] and why[502] == set()  # it came in without waiting


@pytest.mark.parametrize("start", ROUND_STARTS, ids=["10m", "16m"])
def test_on_a_signed_ring_the_town_car_going_round_keeps_its_way(start) -> None:
    order, why = _who_first(_signed(load_course(RING)), start)
    assert order == [501, 502]  # the ring first: the entry's yield line
    assert why[501] == set() and why[502] & {"yield", "held"}  # the car coming in waited


@pytest.mark.parametrize("seed", [0])
def test_a_busy_unsigned_ring_keeps_turning(seed: int) -> None:
    """Three busy minutes on the unsigned ring: every car going round gives way to the cars
    coming in from its right, and yet nothing locks up (the ring's capacity keeps entrants
    out of a full ring, and a car going round does not wait for one held out): no stuck car,
    no touch, and traffic goes on flowing to the end."""
    world = World(load_course(RING), seed=seed, players=0, density=TRAFFIC_LEVELS["busy"])
    traffic = world.town.traffic
    lanes = traffic.net.lanes
    gave_way = 0
    driven_at_two_minutes = 0.0
    for i in range(60 * 180):
        world.step()
        if i == 60 * 120:
            driven_at_two_minutes = traffic.driven
        if i % 6:
            continue
        for v in traffic.vehicles:
            u = traffic.by_ident(v.blocker) if v.why == "yield" else None
            if u is not None and lanes[v.lane_id].ring:
                assert any(lanes[k].enters_first for k in u.route[u.idx :])
                gave_way += 1
    summary = world.town.summary()
    assert summary["incidents"] == []  # no "stuck" car, no collision
    assert traffic.near_misses == 0
    assert gave_way > 20
    assert summary["vehicles"] > 40
    assert traffic.driven - driven_at_two_minutes > 600.0  # still flowing in the last minute
