"""The fast 'how far until within reach of a conflict zone' gives the plain walk's answer,
to the bit, for vehicles anywhere on the lanes of real courses."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from game.course.loader import load_course
from game.rules.context import lane_map, line_geometry
from game.rules.priority import _walk, line_zone, zone_from
from game.rules.thresholds import T
from game.rules.zone_reach import reach_distance, zone_index

ROOT = Path(__file__).resolve().parent.parent


def _plain(lanes, zone, lane_id: int, s: float, limit: float, reach: float) -> float | None:
    """The definition: every point of the walk, in order, against every zone point."""
    for d, (x, y) in _walk(lanes, lane_id, s, limit):
        if any(math.hypot(x - zx, y - zy) <= reach for zx, zy in zone):
            return d
    return None


@pytest.mark.parametrize("name", ["traffic_park", "roundabout", "stop_and_yield", "traffic_lights"])
def test_reach_distance_is_the_walk(name: str) -> None:
    course = load_course(ROOT / "maps" / f"{name}.tmx")
    lanes = lane_map(course)
    zones = [line_zone(lanes, g.line.lane_ids, g.mid) for g in line_geometry(course)]
    zones += [zone_from(lanes, lane.id, 0.0) for lane in course.lanes[:8]]
    zones = [z for z in zones if z]
    rng = random.Random(7)
    hits = 0
    for _ in range(1000):
        zone = rng.choice(zones)
        lane = rng.choice(course.lanes)
        s = rng.choice([0.0, rng.uniform(0.0, lane.line.length), lane.line.length])
        reach = rng.choice([2.2 + 4.5 / 2, 2.2 + 12.0 / 2, 2.2 + 1.8 / 2])
        limit = rng.choice([T.yield_watch, 10.0, 60.0])
        want = _plain(lanes, zone, lane.id, s, limit, reach)
        got = reach_distance(lanes, zone_index(zone), lane.id, s, limit, reach)
        assert got == want, (name, lane.id, s, reach, limit)
        hits += want is not None
    assert hits > 30  # the comparison covered vehicles that do reach a zone
