"""collision_vehicle: touching another vehicle while moving (CARLA: x0.60)."""

from __future__ import annotations

from game.rules.collision import CollisionRule


class CollisionVehicle(CollisionRule):
    id = "collision_vehicle"
    touches = "vehicle"
