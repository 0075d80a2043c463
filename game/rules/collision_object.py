"""collision_object: touching a solid cell (building, barrier, water, the edge of the map)
or any obstacle that is not a vehicle or a pedestrian (CARLA: x0.65)."""

from __future__ import annotations

from game.rules.collision import CollisionRule


class CollisionObject(CollisionRule):
    id = "collision_object"
    touches = "object"

    def matches(self, kind: str) -> bool:
        return kind not in ("vehicle", "pedestrian")
