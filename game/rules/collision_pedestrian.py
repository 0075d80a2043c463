"""collision_pedestrian: touching a pedestrian: the gravest mistake (CARLA: x0.50)."""

from __future__ import annotations

from game.rules.collision import CollisionRule


class CollisionPedestrian(CollisionRule):
    id = "collision_pedestrian"
    touches = "pedestrian"
