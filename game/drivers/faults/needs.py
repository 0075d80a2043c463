"""Mistakes that need someone else there (a vehicle, an ambulance, someone walking over a
zebra crossing): a course offers them only with the town's traffic on and that kind of
traffic on its map. A fault that needs no one never waits for them, and its drive's
`fault_missed` says who never came and why."""

from __future__ import annotations

from game.course.model import Course

# rule -> who the mistake needs
NEEDS: dict[str, str] = {
    "yield": "vehicle",
    "collision_vehicle": "vehicle",
    "tailgating": "vehicle",
    "emergency": "ambulance",
    "pedestrian": "walker",
    "collision_pedestrian": "walker",
    "bus_stop": "bus",
    "ped_too_close": "vehicle",
}

WHO = {
    "vehicle": "vehicles",
    "ambulance": "an ambulance",
    "walker": "people walking over its zebra crossings",
    "bus": "a bus stopping at a bus stop",
}


def unoffered(course: Course, rule: str, density: float) -> str | None:
    """Why this course can never offer the moment for this rule's mistake at this traffic
    level (None: it can)."""
    need = NEEDS.get(rule)
    if need is None:
        return None
    if density <= 0.0:
        return f"the town's traffic was off: the mistake needs {WHO[need]}"
    if need == "walker":
        if course.pedestrian_routes and course.crossings:
            return None
        return f"the course's town has no {WHO[need]}"
    kinds = {source.kind for source in course.vehicle_sources}
    if need == "bus":
        ok = "bus" in kinds and bool(course.bus_stops)
    elif need == "ambulance":
        ok = "ambulance" in kinds
    else:
        ok = bool(kinds)
    return None if ok else f"the course's traffic has no {WHO[need]}"


def offered(course: Course, rule: str, density: float) -> bool:
    """Can this course offer the moment for this rule's mistake at this traffic level?
    (False only where the mistake needs someone the town will never bring.)"""
    return unoffered(course, rule, density) is None
