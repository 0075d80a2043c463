"""stop_sign: roll over the STOP line without the full stop.

The full stop counts within 4 m of the line, so the car waits (if anyone is coming) a
little further back, where standing still is no full stop, and rolls over the line once
the way is clear for long enough to cross: the mistake is made with traffic too, and
no one has to brake for it. Someone with priority who speeds up while the car rolls makes
it stop short and wait, then roll again: a STOP rolled over never cuts anyone off. Inside
the full-stop zone, where stopping would be a full stop, it stops only for someone it would
really cut off (within the instructor's gap and a little more)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.drivers.faults.base import Fault
from game.rules.thresholds import T

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot, _Line
    from game.sim.world import Player, World

HOLD = T.stop_zone + 1.5  # m front bumper to line: wait here, outside the full-stop zone
ROLL_GAP = 4.5 + 4.0  # s: the careful gap, plus the time to roll up to the line
SLOW = 0.3  # m/s: standing at the hold point (still rolling when faster)
ABORT_MIN = 0.8  # m: closer to the line than this, the car is over it before it could stop
ABORT_MARGIN = 2.5  # s more than the instructor allows: traffic may speed up meanwhile
ZONE_MARGIN = 0.8  # s the same, once inside the full-stop zone (a car spawned far away)


class RollThroughStop(Fault):
    rule = "stop_sign"
    missing = "the route crosses no STOP line"

    def __init__(self) -> None:
        super().__init__()
        self.rolling: int | None = None  # the line id being rolled over
        self.done = False

    def lacks_moment(self, pilot: Autopilot) -> bool:
        return not any(g.geo.line.sign == "stop" for g in pilot.lines)

    def at_line(
        self, pilot: Autopilot, world: World, player: Player, line: _Line, d: float, stop: float
    ) -> float | None:
        geo = line.geo.line
        if geo.sign != "stop" or self.done:
            return None
        if self.rolling == geo.id:
            if d < 0.0:
                self.done = True
                return math.inf
            # outside the full-stop zone a stop costs nothing: keep a wide margin; inside,
            # it would be a full stop (no mistake): go on unless they would really meet
            margin = ABORT_MARGIN if d > T.stop_zone else ZONE_MARGIN
            gap = T.yield_gap + d / max(player.state.speed, 0.5) + margin
            if d > ABORT_MIN and pilot.conflict_at_line(world, line, gap=gap):
                # someone came faster than they seemed: stop short, and roll again when the
                # way is clear (inside the STOP zone, that stop is a full one: no mistake)
                self.rolling = None
                self.note = "traffic came while the car rolled up to the STOP line"
                return max(d - 0.3, 0.0)
            return math.inf
        if d < T.stop_zone:
            # came into the zone without deciding (held there by traffic): stop properly
            self.note = "the car had to stop inside the STOP line's zone for traffic"
            return None
        v = max(player.state.speed, 0.0)
        near_hold = d - HOLD < 0.5 + v * v / 3.0
        if near_hold and self._clear(pilot, world, player, line):
            self.rolling = geo.id
            self.tried = True
            return math.inf
        return d - HOLD

    def _clear(self, pilot: Autopilot, world: World, player: Player, line: _Line) -> bool:
        """No one would meet the car at or past the line while it rolls over it."""
        if pilot.conflict_at_line(world, line, gap=ROLL_GAP):
            return False
        if pilot.junction_traffic(world, player):
            return False
        return not any(x < 12.0 for x in pilot.obstacles(world, player))
