"""The Intelligent Driver Model: how hard a calm driver accelerates or brakes.

Treiber's IDM gives collision-free car following with smooth, human-like speeds from a
handful of readable parameters; stop lines and blocked junctions are the same maths
with a leader standing still.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HARD_DECEL = 7.0  # m/s²: the most any computer driver ever brakes


@dataclass(frozen=True)
class DriverSpec:
    """A kind of vehicle: its size and how its driver drives."""

    kind: str
    length: float
    width: float
    accel: float  # m/s², comfortable acceleration
    decel: float  # m/s², comfortable braking
    speed_factor: float  # desired speed as a share of the limit
    time_gap: float = 1.5  # s
    min_gap: float = 2.0  # m, bumper to bumper when stopped


SPECS: dict[str, DriverSpec] = {
    "car": DriverSpec("car", 3.4, 1.7, 1.6, 2.5, 1.0),
    "bus": DriverSpec("bus", 5.4, 2.1, 1.0, 2.0, 0.85),
    "bike": DriverSpec("bike", 1.8, 0.7, 1.2, 2.5, 0.6),
    "ambulance": DriverSpec("ambulance", 4.4, 1.9, 2.2, 3.0, 1.25),
}


def spec_for(kind: str) -> DriverSpec:
    return SPECS.get(kind, SPECS["car"])


def idm_accel(
    spec: DriverSpec, v: float, v0: float, gap: float, lead_v: float, min_gap: float
) -> float:
    """IDM acceleration towards a leader `gap` metres ahead moving at `lead_v`.

    gap = inf means a free road."""
    v0 = max(v0, 0.1)
    free = 1.0 - (v / v0) ** 4
    if math.isinf(gap):
        return spec.accel * free
    dv = v - lead_v
    s_star = min_gap + max(
        0.0, v * spec.time_gap + v * dv / (2.0 * math.sqrt(spec.accel * spec.decel))
    )
    g = max(gap, 0.05)
    return spec.accel * (free - (s_star / g) ** 2)


def braking_distance(v: float, decel: float) -> float:
    return v * v / (2.0 * decel)


def time_to_cover(d: float, v: float, accel: float, v_max: float) -> float:
    """Seconds to drive d metres from speed v, accelerating at `accel` up to v_max."""
    if d <= 0.0:
        return 0.0
    v = max(v, 0.0)
    v_max = max(v_max, 0.5)
    if v >= v_max:
        return d / v
    t_acc = (v_max - v) / accel
    d_acc = v * t_acc + 0.5 * accel * t_acc * t_acc
    if d_acc >= d:
        return (-v + math.sqrt(v * v + 2.0 * accel * d)) / accel
    return t_acc + (d - d_acc) / v_max
