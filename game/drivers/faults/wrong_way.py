"""wrong_way: on the first clear straight, drive a few seconds in the lane of the other
direction, when no one is coming the other way (standing at the start of the straight
while someone comes, if the straight is short)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.course.geometry import angle_diff
from game.drivers.faults.swerve import Swerve, along, ramp

if TYPE_CHECKING:
    from game.drivers.autopilot import Autopilot
    from game.sim.world import Player, World

SPEED = 3.5  # m/s through the manoeuvre
T_IN, HOLD, T_OUT = 2.0, 2.0, 3.0  # s: over, along, back
SHIFT = 3.0  # m: a lane's width to the other side
ONCOMING_LOOK = 8.0  # s of an oncoming vehicle's travel that must stay clear


class WrongWay(Swerve):
    rule = "wrong_way"
    room = 22.0
    patience = 25.0

    def manoeuvre(self, pilot: Autopilot, world: World, elapsed: float) -> float | None:
        if elapsed > T_IN + HOLD + T_OUT:
            return None
        pilot.offset = -SHIFT * world.course.kerb_side * ramp(elapsed, T_IN, HOLD, T_OUT)
        return SPEED

    def in_the_way(self, pilot: Autopilot, world: World, player: Player) -> str:
        assert pilot.path is not None
        s = pilot.s
        for v in pilot.vehicles(world):
            sv, lat, dist = along(pilot, v, s - 6.0, s + 150.0)
            if dist > 6.0 or sv < s - 5.0:
                continue
            heading = pilot.path.heading_at(sv)
            speed = max(float(getattr(v, "speed", 0.0)), 0.0)
            if angle_diff(float(v.heading), heading) > 90.0:  # coming the other way
                if sv - speed * ONCOMING_LOOK < s + self.room + 15.0:
                    return "on every clear straight, traffic was coming the other way"
            elif sv < s + self.room + 10.0 and speed < 1.0:
                return "on every clear straight, a vehicle stood in the way"
        if self.walkers_near(pilot, world, -9.0, -1.5):
            return "on every clear straight, someone walked beside the other lane"
        return ""
