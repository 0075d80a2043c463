"""One-switch play, for a child with limited movement: the autopilot steers, signals and
buckles up; the child holds one button (any key, pad button, the screen or the mouse) to go
and lets go to stop. Where to stop is the child's part, so the instructor judges it: held
through a red light, the car goes through it."""

from __future__ import annotations

from game.drivers.autopilot import Autopilot
from game.sim.controls import Controls
from game.sim.world import Player, World

GO_THROTTLE = 0.4  # about 16 km/h while the button is held, unless the autopilot is slower


class OneSwitch:
    """Steering and signals from the autopilot, go and stop from one button."""

    def __init__(self) -> None:
        self.autopilot = Autopilot()

    def apply(self, go: bool, world: World, player: Player) -> Controls:
        c = self.autopilot.controls(world, player)
        if c.throttle < 0.0 or player.progress.finished:
            return c  # backing off after a bump, or parked at the end
        if not go:
            return Controls(0.0, 1.0, c.steer, c.indicator, c.seatbelt, False)
        throttle = min(GO_THROTTLE, c.throttle) if c.throttle > 0.05 else GO_THROTTLE
        return Controls(throttle, 0.0, c.steer, c.indicator, c.seatbelt, False)
