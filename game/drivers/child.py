"""A scripted young child, the test oracle of easy mode: the stick simply points at the next
checkpoint (or the finish) and nothing else is done. The easy mode's help (direct steering,
the gentle automatic throttle, the lane helper) must carry such a child round every course.
"""

from __future__ import annotations

from game.course.geometry import point_in_polygon, polygon_centroid
from game.drivers.assist import Assist, Hands
from game.sim.controls import Controls
from game.sim.world import Player, World


class ChildDriver:
    """A Driver: points at the next goal, lets go of the stick once inside the finish."""

    def __init__(self, assist: Assist | None = None) -> None:
        self.assist = assist or Assist("easy", "direct")

    def hands(self, world: World, player: Player) -> Hands:
        goal = self.goal(world, player)
        if goal is None:
            return Hands(seatbelt=True)
        x, y = player.state.pos
        return Hands(aim=(goal[0] - x, goal[1] - y), seatbelt=True)

    def goal(self, world: World, player: Player):
        """The centre of the next checkpoint or of the nearest finish; None once inside it."""
        progress = player.progress
        if progress.finished:
            return None
        if progress.next_checkpoint < len(world.route):
            return polygon_centroid(world.route[progress.next_checkpoint].polygon)
        finishes = world.course.finishes
        if not finishes:
            return None
        pos = player.state.pos
        if any(point_in_polygon(pos, f.polygon) for f in finishes):
            return None
        centres = [polygon_centroid(f.polygon) for f in finishes]
        return min(centres, key=lambda c: (c[0] - pos[0]) ** 2 + (c[1] - pos[1]) ** 2)

    def controls(self, world: World, player: Player) -> Controls:
        return self.assist.apply(self.hands(world, player), world, player)
