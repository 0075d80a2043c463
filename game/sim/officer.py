"""Traffic officers: a person in the junction whose arms follow a signal controller (the
lights', or the officer's own when they override the lights).

The officer faces along the movement that has the right of way, so the renderer can
draw arms out ("go" along the arms, stop for the traffic cutting across: Vienna art.
6(3)(b)) without knowing the rules. During the amber and the all-red one arm stays raised,
steady: stop for everyone unless it is too late to stop safely (art. 6(3)(a)).
"""

from __future__ import annotations

from dataclasses import dataclass

from game.course.model import Course
from game.sim.signals import SignalController

GESTURES = {"green": "go", "yellow": "stop", "clearance": "stop"}


@dataclass
class OfficerView:
    ident: int
    x: float
    y: float
    signal: str
    phase: str = ""
    stage: str = "clearance"
    heading: float = 0.0  # the way the moving traffic goes
    gesture: str = "stop"  # go, stop
    remaining: float = 0.0


def phase_headings(course: Course) -> dict[tuple[str, str], float]:
    """Travel heading of the traffic each (signal, phase) lets go, from its stop lines."""
    by_id = {lane.id: lane for lane in course.lanes}
    out: dict[tuple[str, str], float] = {}
    for line in sorted(course.stop_lines, key=lambda s: s.id):
        if not line.signal or not line.phase or (line.signal, line.phase) in out:
            continue
        for lid in line.lane_ids:
            lane = by_id.get(lid)
            if lane is not None:
                mid = ((line.a[0] + line.b[0]) / 2, (line.a[1] + line.b[1]) / 2)
                s, _ = lane.line.local(mid)
                out[(line.signal, line.phase)] = lane.line.heading_at(s)
                break
    return out


class Officers:
    def __init__(self, course: Course, controllers: dict[str, SignalController]) -> None:
        self.controllers = controllers
        self.headings = phase_headings(course)
        self.officers = [
            OfficerView(o.id, o.pos[0], o.pos[1], o.signal)
            for o in sorted(course.officers, key=lambda o: o.id)
        ]

    def update(self, t: float) -> None:
        for o in self.officers:
            controller = self.controllers.get(o.signal)
            if controller is None:
                continue
            state = controller.state_at(t)
            o.phase, o.stage, o.remaining = state.phase, state.stage, state.remaining
            o.gesture = GESTURES.get(state.stage, "stop")
            o.heading = self.headings.get((o.signal, state.phase), o.heading)
