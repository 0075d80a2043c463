"""A road crossing on the walking autopilot's way, and the distances it keeps there.

Shared by the walking autopilot (game.drivers.walker_pilot) and the moments its faults
choose (game.drivers.step_out)."""

from __future__ import annotations

from dataclasses import dataclass

from game.course.geometry import Point

KERB_GAP = 1.0  # m from the road edge where the walker stops (clear of the zebra's own walkers)
WATCH_M = 80.0  # m along the road a careful child watches
CAR_TOP = 9.0  # m/s (about 30 km/h): the fastest a town car goes


@dataclass
class Kerb:
    """A road crossing on the way: stop at `stand`, walk straight to `far`."""

    index: int  # waypoint index of the stand point
    stand: Point
    far: Point
    heading: float
    signal_crossing: int | None  # a signalled crossing's id
    zebra: int | None = None  # the crossing's id, signalled or not
