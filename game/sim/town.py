"""The town around the player: traffic lights, computer traffic, pedestrians, officers.

The world owns one Town. It advances after the player cars each step, answers what
blocks a given point (a computer vehicle, a pedestrian), and reports a summary for the
drive's JSON. All randomness comes from the world's generator and every loop runs in
a fixed order, so a seed gives the same town, step for step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from game.course.geometry import Point, heading_vector
from game.course.model import Course, Surface
from game.sim.deadlock import PASS_S, Deadlocks, Node, victim
from game.sim.officer import Officers, OfficerView
from game.sim.pedestrians import Crowd, Pedestrian
from game.sim.scene import PlayerView
from game.sim.shapes import Box
from game.sim.signals import SignalController, WalkState
from game.sim.traffic import PLAN_EVERY, Traffic
from game.sim.vehicle import Vehicle

NO_SIGNAL_STUCK_S = 90.0  # s an agent may stand in a town without lights
CHILD_ON = 0.3  # m: a child on foot this near a crossing's stripes is on it
# m: ...and on the road this near them (a signalled junction's rounded corner, asphalt
# the child walks over to reach the stripes, as the walking rules count it: W.zebra_reach)
CHILD_CORNER = 3.3
CHILD_COMING = 1.6  # m: ...and walking towards them this near
STILL = 0.15  # m/s: slower, the child stands
ROAD_SURFACES = frozenset({Surface.ROAD, Surface.CROSSING})
STUCK_CYCLES = 3  # signal cycles an agent may stand (queued, kept off a crossing) at most


@dataclass(frozen=True)
class Obstacle:
    """Something a car touched: its kind (`vehicle`, `pedestrian`) and a stable id."""

    kind: str
    ident: int
    label: str = ""


class Town:
    """The agents' contract, read by rules, drivers and the renderer:

    - `vehicles`: computer vehicles, each with `ident`, `kind` (car, bus, bike, ambulance),
      `x`, `y`, `heading`, `speed` (m/s), `length`, `width`, `lane_id`, `s` (metres along
      the lane), `indicator` (-1/0/1), `braking` (bool), `siren` (bool, ambulances),
      `at_stop` (bool: a bus standing at its bus stop), and `px`, `py`, `pheading` (the
      pose one step earlier, for smooth drawing).
    - `pedestrians`: walkers, each with `ident`, `kind` (child, adult, stroller, dog), `x`,
      `y`, `heading`, `speed`, `radius`, `crossing_id` (the crossing they are on, or None),
      `waiting` (bool: at the kerb, about to cross), `flinch` (seconds left of a startle),
      and `px`, `py`, `pheading`.
    - `officers`: traffic officers with `ident`, `x`, `y`, `signal`, `phase`, `stage`,
      `heading` (the way the traffic allowed to go drives) and `gesture` (go, stop).
    - `light(signal, phase)`: "green", "yellow" or "red" now: what traffic obeys (an
      officer with own `phases` overrides the lights); `lamp(signal, phase)`: what the
      light heads show.
    - `walk_signal(crossing_id)`: the pedestrian head at a signalled crossing, or None.
    """

    def __init__(self, course: Course, rng: np.random.Generator, density: float = 1.0) -> None:
        self.course = course
        self.rng = rng
        self.density = density
        # what the light heads show, and what everyone obeys: the same, except where an
        # officer with timings of their own overrides the lights
        self.lamps = {s.name: SignalController(s) for s in course.signals if s.name}
        self.controllers = dict(self.lamps)
        for officer in course.officers:
            signal = course.signal_by_name(officer.signal)
            if signal is not None and officer.phases:
                self.controllers[officer.signal] = SignalController(officer.directing(signal))
        self.t = 0.0
        self.traffic = Traffic(course, rng, density)
        self.crowd = Crowd(course, rng, density, self.controllers)
        self._officers = Officers(course, self.controllers)
        self._officers.update(0.0)
        cycles = [c.cycle for c in self.controllers.values()]
        # any vehicle or walker standing longer than this, for whatever reason, is an
        # incident: the town promises that nothing waits longer
        self.stuck_limit = STUCK_CYCLES * max(cycles) if cycles else NO_SIGNAL_STUCK_S
        self.incidents: list[dict[str, Any]] = []
        self._seen: set[tuple[str, int, int]] = set()
        self.deadlocks = Deadlocks()
        self._steps = 0

    # -- the contract's lists -----------------------------------------------------
    @property
    def vehicles(self) -> list[Vehicle]:
        return self.traffic.vehicles

    @property
    def pedestrians(self) -> list[Pedestrian]:
        return self.crowd.pedestrians

    @property
    def officers(self) -> list[OfficerView]:
        return self._officers.officers

    # -- the step -------------------------------------------------------------------
    def step(self, dt: float, t: float, players: list[Any]) -> None:
        self.t = t
        views = [_player_view(p) for p in players]
        extra = {
            "crossing_on": self._crossings_on(players),
            "crossing_ready": self.crowd.crossing_ready,
            "light": self.light,
        }
        self.traffic.step(dt, t, views, extra)
        self.crowd.step(dt, t, self.traffic.vehicles, views)
        self._officers.update(t)
        self._steps += 1
        self._check(t)

    def _crossings_on(self, players: list[Any]) -> dict[int, bool]:
        """The crossings with people on them: the town's walkers, and a child on foot (a
        walking course), whom drivers wait for in the same way."""
        on = self.crowd.crossing_on
        feet = [p.state.pos for p in players if getattr(p, "gaze", None) is not None]
        if not feet:
            return on
        on = dict(on)
        road = [pos for pos in feet if self.course.surface_at(pos) in ROAD_SURFACES]
        # a child walking into a crossing is on it a step before reaching the stripes, as
        # a town walker who has stepped off the kerb is
        ahead = [
            (p.state.pos, _step_ahead(p.state))
            for p in players
            if getattr(p, "gaze", None) is not None and p.state.speed > STILL
        ]
        for cid, info in self.crowd.info.items():
            box = info.box
            if (
                any(box.distance_to(pos) <= CHILD_ON for pos in feet)
                or any(box.distance_to(pos) <= CHILD_CORNER for pos in road)
                or any(
                    box.distance_to(nxt) < box.distance_to(pos) <= CHILD_COMING
                    for pos, nxt in ahead
                )
            ):
                on[cid] = True
        return on

    def light(self, signal: str, phase: str, t: float | None = None) -> str:
        """What traffic on `phase` must do: the light's colour, or the officer's arms
        ("green" for go, "yellow"/"red" for a raised arm) where an officer overrides it."""
        controller = self.controllers.get(signal)
        if controller is None:
            return "green"
        return controller.colour_at(phase, self.t if t is None else t)

    def lamp(self, signal: str, phase: str, t: float | None = None) -> str:
        """What the light heads of `phase` show (the same as `light` unless an officer
        overrides them)."""
        controller = self.lamps.get(signal)
        if controller is None:
            return "green"
        return controller.colour_at(phase, self.t if t is None else t)

    def overridden(self, signal: str) -> bool:
        """An officer directs this signal's junction by timings of their own."""
        return self.controllers.get(signal) is not self.lamps.get(signal)

    def walk_signal(self, crossing_id: int, t: float | None = None) -> WalkState | None:
        return self.crowd.walk_signal(crossing_id, self.t if t is None else t)

    def obstacle_at(self, points: list[Point]) -> Obstacle | None:
        if not points:
            return None
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        for v in self.traffic.vehicles:
            r = v.length / 2 + v.width
            if v.x + r < x0 or v.x - r > x1 or v.y + r < y0 or v.y - r > y1:
                continue
            box = v.box()
            if any(box.contains(p) for p in points):
                return Obstacle("vehicle", v.ident, v.kind)
        for p in self.crowd.pedestrians:
            r = p.radius
            if p.x + r < x0 or p.x - r > x1 or p.y + r < y0 or p.y - r > y1:
                continue
            if any((q[0] - p.x) ** 2 + (q[1] - p.y) ** 2 <= r * r for q in points):
                return Obstacle("pedestrian", p.ident, p.kind)
        return None

    # -- checks ---------------------------------------------------------------------
    def _check(self, t: float) -> None:
        if self._steps % PLAN_EVERY:
            return
        for a, b in self.traffic.overlapping_pairs():
            self._incident(
                "vehicle_collision", a.ident, b.ident, t, (a.x + b.x) / 2, (a.y + b.y) / 2
            )
        vehicles = self.traffic.vehicles
        cells: dict[tuple[int, int], list[int]] = {}  # 6.5 m cells: a walker's 6 m around
        for i, v in enumerate(vehicles):
            cells.setdefault((int(v.x // 6.5), int(v.y // 6.5)), []).append(i)
        for p in self.crowd.pedestrians:
            cx, cy = int(p.x // 6.5), int(p.y // 6.5)
            near = [
                i
                for gx in (cx - 1, cx, cx + 1)
                for gy in (cy - 1, cy, cy + 1)
                for i in cells.get((gx, gy), ())
            ]
            for i in sorted(near):  # the vehicles' own order, as without the cells
                v = vehicles[i]
                if abs(v.x - p.x) > 6.0 or abs(v.y - p.y) > 6.0:
                    continue
                if v.box().distance_to((p.x, p.y)) < p.radius:
                    self._incident("pedestrian_hit", v.ident, p.ident, t, p.x, p.y)
        self._break_deadlocks(t)
        for v in self.traffic.vehicles:
            if v.stand > self.stuck_limit:
                why = "player" if v.player_held else v.cause or "stopped"
                self._incident("stuck", v.ident, 0, t, v.x, v.y, why)
        for p in self.crowd.pedestrians:
            if p.stand > self.stuck_limit:
                self._incident("pedestrian_stuck", p.ident, 0, t, p.x, p.y, p.state)

    def _break_deadlocks(self, t: float) -> None:
        """Find rings of agents waiting on each other and give one vehicle a pass."""
        standing: dict[Node, float] = {}
        waits: list[tuple[Node, Node]] = []
        at_crossing: dict[int, list[int]] = {}
        crowd = self.crowd
        for p in crowd.pedestrians:
            if p.crossing_id is not None:
                at_crossing.setdefault(p.crossing_id, []).append(p.ident)
            elif p.waiting and p.next_crossing < len(crowd.routes[p.route].crossings):
                cid = crowd.routes[p.route].crossings[p.next_crossing][2].crossing.id
                at_crossing.setdefault(cid, []).append(p.ident)
            if p.stand > 0.0:
                standing[("w", p.ident)] = p.stand
                if p.waits_on > 0:
                    waits.append((("w", p.ident), ("v", p.waits_on)))
        for v in self.traffic.vehicles:
            if v.stand <= 0.0:
                continue
            me = ("v", v.ident)
            standing[me] = v.stand
            if v.cause == "lead" and v.lead:
                waits.append((me, ("v", v.lead)))
            if v.blocker:
                waits.append((me, ("v", v.blocker)))
            if v.waiting_for is not None:
                waits.extend((me, ("w", w)) for w in at_crossing.get(v.waiting_for, ()))
        self.deadlocks.observe(t, waits, standing)
        for ring in self.deadlocks.rings(t, standing):
            ident = victim(ring, standing)
            v = self.traffic.by_ident(ident) if ident is not None else None
            if v is not None and v.pass_until <= t:
                v.pass_until = t + PASS_S
                self.deadlocks.broken += 1

    def _incident(
        self, kind: str, a: int, b: int, t: float, x: float, y: float, why: str = ""
    ) -> None:
        key = (kind, a, b)
        if key in self._seen:
            return
        self._seen.add(key)
        incident: dict[str, Any] = {
            "kind": kind,
            "a": a,
            "b": b,
            "t": round(t, 3),
            "x": round(x, 2),
            "y": round(y, 2),
        }
        if why:
            incident["why"] = why  # what a stuck agent waited for last ("player": a player's car)
        self.incidents.append(incident)

    def summary(self) -> dict[str, Any]:
        return {
            "vehicles": self.traffic.spawned,
            "pedestrians": self.crowd.spawned,
            "crossings_completed": self.crowd.completed,
            "incidents": list(self.incidents),
        }

    def snapshot(self) -> dict[str, Any]:
        """The agents' exact state, for determinism checks."""
        return {
            "t": self.t,
            "vehicles": self.traffic.snapshot(),
            "pedestrians": [
                {
                    "ident": p.ident,
                    "kind": p.kind,
                    "x": p.x,
                    "y": p.y,
                    "s": p.s,
                    "state": p.state,
                    "flinch": p.flinch,
                    "crossing_id": p.crossing_id,
                }
                for p in self.crowd.pedestrians
            ],
            "holders": self.traffic.zones.snapshot(),
            "summary": self.summary(),
        }


def _player_view(player: Any) -> PlayerView:
    s = player.state
    spec = player.spec
    return PlayerView(Box(s.x, s.y, s.heading, spec.length, spec.width), s.speed, s.heading)


def _step_ahead(state: Any) -> Point:
    """Where a walking child's next step (half a metre on) takes it."""
    hx, hy = heading_vector(state.heading)
    return (state.pos[0] + hx * 0.5, state.pos[1] + hy * 0.5)
