"""How busy the town is: a factor on every vehicle source's count and walking route's
frequency. A course sets what "normal" means through its `vehicle` and `pedestrian`
objects; the level is the player's (or teacher's) choice on top of that."""

TRAFFIC_LEVELS: dict[str, float] = {"off": 0.0, "calm": 0.5, "normal": 1.0, "busy": 1.5}
DEFAULT_LEVEL = "normal"
