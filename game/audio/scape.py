"""What the drive sounds like at one step, read from the world (pure Python, no pygame).

`listen(world)` turns the world into numbers the mixer plays: how fast the car goes, the
indicator's blink, the horn, how near a siren is and from which side, people at the
crossings, and this step's bumps. Rendering-only: it never changes the world.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

BLINK_STEPS = 20  # the indicator's half period, as the renderer blinks it (~1.5 Hz)
SIREN_RANGE = 90.0  # m: an ambulance further away than this is not heard
SIREN_NEAR = 15.0  # m: at this distance the siren is at half its loudness
PEOPLE_RANGE = 28.0  # m: footsteps and voices at the crossings fade out by here
PAN_SPAN = 35.0  # m to the side for a sound to be fully in one ear


@dataclass(frozen=True)
class Scape:
    speed: float = 0.0  # 0..1 of the car's top speed (forwards or backwards)
    indicator: int = 0  # -1, 0, 1
    blink_on: bool = False  # the indicator lamp is lit this step
    horn: bool = False
    belt: bool = True
    driving: bool = True  # False once the car has finished (the motor winds down)
    siren: float = 0.0  # 0..1, louder as the ambulance comes near
    siren_pan: float = 0.0  # -1 left .. 1 right
    footsteps: float = 0.0  # 0..1, people walking at crossings near the car
    chatter: float = 0.0  # 0..1, people waiting at the kerb near the car
    bumps: tuple[float, ...] = field(default_factory=tuple)  # speeds (m/s) of this step's bumps


def nearness(distance: float, half: float, far: float) -> float:
    """1 close by, 0.5 at `half`, falling smoothly to 0 at `far` (no jump at the edge)."""
    if distance >= far:
        return 0.0
    loud = 1.0 / (1.0 + (distance / half) ** 2)
    edge = 1.0 - (distance / far) ** 4
    return loud * edge


def listen(world: Any, player_index: int = 0) -> Scape:
    """The sounds of one player's drive at this step (the world after its step)."""
    if not world.players:
        return Scape()
    player = world.players[player_index]
    state, controls = player.state, player.controls
    x, y = state.pos
    siren, pan = _siren(world, x, y)
    steps, chatter = _people(world, x, y)
    return Scape(
        speed=min(1.0, abs(state.speed) / player.spec.max_speed),
        indicator=controls.indicator,
        blink_on=bool(controls.indicator) and (world.steps // BLINK_STEPS) % 2 == 0,
        horn=controls.horn and getattr(player, "gaze", None) is None,  # on foot: running
        belt=controls.seatbelt,
        driving=not player.progress.finished,
        siren=siren,
        siren_pan=pan,
        footsteps=steps,
        chatter=chatter,
        bumps=tuple(
            float(f.data.get("speed", 0.0))
            for f in world.facts
            if f.kind == "bump" and f.player == player.number
        ),
    )


def _siren(world: Any, x: float, y: float) -> tuple[float, float]:
    loudest, pan = 0.0, 0.0
    for v in world.town.vehicles:
        if not getattr(v, "siren", False):
            continue
        level = nearness(math.hypot(v.x - x, v.y - y), SIREN_NEAR, SIREN_RANGE)
        if level > loudest:
            loudest, pan = level, max(-1.0, min(1.0, (v.x - x) / PAN_SPAN))
    return loudest, pan


def _people(world: Any, x: float, y: float) -> tuple[float, float]:
    """Footsteps of people crossing or about to, and the voices of those waiting."""
    steps = chatter = 0.0
    for p in world.town.pedestrians:
        at_crossing = getattr(p, "crossing_id", None) is not None
        waiting = bool(getattr(p, "waiting", False))
        if not (at_crossing or waiting):
            continue
        near = nearness(math.hypot(p.x - x, p.y - y), PEOPLE_RANGE / 3, PEOPLE_RANGE)
        if abs(getattr(p, "speed", 0.0)) > 0.2:
            steps += near * 0.6
        if waiting:
            chatter += near * 0.5
    return min(1.0, steps), min(1.0, chatter)
