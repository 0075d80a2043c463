"""The scorecard only adds events up: stars for the child, points for the teacher.

A licence of 30 points, like Morocco's points licence: each mistake takes points away,
weighted by how much harm it could do (docs/scoring.md explains every weight). Stars are
what a six-year-old reads at a glance: 3 for a clean drive to the finish.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from game.sim.world import World

LICENCE = 30

# Points taken per mistake; severity order follows CARLA's leaderboard penalties
# (pedestrian > vehicle > object > red light > stop sign), the rest fit around them.
PENALTIES: dict[str, int] = {
    "collision_pedestrian": 10,
    "collision_vehicle": 6,
    "collision_object": 5,
    "red_light": 4,
    "pedestrian": 4,
    "stop_sign": 3,
    "yield": 3,
    "emergency": 3,
    "wrong_way": 3,
    "speeding": 2,
    "tailgating": 2,
    "seatbelt": 2,
    "amber_light": 1,
    "off_road": 1,
    "no_indicator": 1,
    "parking": 1,
    "no_parking": 2,
    "bus_stop": 3,
    # on foot
    "ped_too_close": 4,
    "ped_signal": 4,
    "ped_hidden": 3,
    "ped_kerb": 2,
    "ped_look": 2,
    "ped_zebra": 2,
}
SCHOOL_SPEEDING = 3  # speeding in a school zone costs more
# A bump costs by its speed (m/s): touching a cone at walking pace while parking is
# clumsiness, not danger. (below this speed, points); faster bumps cost the full weight.
# A person touched always costs the full 10: people first, whatever the speed.
BUMP_BY_SPEED: dict[str, tuple[tuple[float, int], ...]] = {
    "collision_object": ((1.5, 1), (4.0, 3)),
    "collision_vehicle": ((1.5, 3),),
}
GRAVE = frozenset({"collision_pedestrian", "collision_vehicle"})
TWO_STAR_MAX_LOST = 5


def penalty(event: dict[str, Any]) -> int:
    if event["kind"] != "mistake":
        return 0
    rule = event["rule"]
    data = event.get("data", {})
    if rule == "speeding" and data.get("school"):
        return SCHOOL_SPEEDING
    for below, points in BUMP_BY_SPEED.get(rule, ()):
        if float(data.get("speed", 99.0)) < below:
            return points
    return PENALTIES.get(rule, 1)


def stars_for(finished: bool, lost: int, rules_broken: set[str], half_route: bool) -> int:
    """3: finished without a mistake. 2: finished, at most 5 points lost, nobody hit.
    1: finished anyway, or reached half the route without hitting anyone. 0: otherwise."""
    if "collision_pedestrian" in rules_broken:
        return 1 if finished else 0
    if finished and lost == 0 and not rules_broken:
        return 3
    if finished and lost <= TWO_STAR_MAX_LOST and not (rules_broken & GRAVE):
        return 2
    if finished or half_route:
        return 1
    return 0


def player_scorecard(world: World, events: list[dict[str, Any]], number: int) -> dict[str, Any]:
    mine = [e for e in events if e["player"] == number]
    mistakes = [e for e in mine if e["kind"] == "mistake"]
    praise = [e for e in mine if e["kind"] == "praise"]
    lost = sum(penalty(e) for e in mistakes)
    player = next(p for p in world.players if p.number == number)
    route = len(world.route)
    half = route > 0 and player.progress.next_checkpoint * 2 >= route
    broken = {e["rule"] for e in mistakes}
    per_rule: dict[str, dict[str, int]] = {}
    from game.rules import MISTAKE_RULES

    for rule in MISTAKE_RULES:
        per_rule[rule] = {"mistakes": 0, "praise": 0, "points_lost": 0}
    for e in mine:
        row = per_rule.setdefault(e["rule"], {"mistakes": 0, "praise": 0, "points_lost": 0})
        row["mistakes" if e["kind"] == "mistake" else "praise"] += 1
        row["points_lost"] += penalty(e)
    return {
        "player": number,
        "finished": player.progress.finished,
        "stars": stars_for(player.progress.finished, lost, broken, half),
        "points": max(0, LICENCE - lost),
        "points_max": LICENCE,
        "points_lost": lost,
        "mistakes": len(mistakes),
        "praise": len(praise),
        "checkpoints": player.progress.next_checkpoint,
        "checkpoints_total": route,
        "rules": per_rule,
        "went_well": _summary(praise),
        "to_practise": [
            item | {"explain": f"rule.{item['rule']}.explain"} for item in _summary(mistakes)
        ],
    }


def _summary(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per message key, in order of first occurrence, with a count."""
    counts = Counter(e["message"] for e in events)
    seen: dict[str, dict[str, Any]] = {}
    for e in events:
        if e["message"] not in seen:
            seen[e["message"]] = {
                "rule": e["rule"],
                "message": e["message"],
                "count": counts[e["message"]],
            }
    return list(seen.values())


def build_scorecard(world: World, events: list[dict[str, Any]]) -> dict[str, Any]:
    """Keys merged into the drive JSON: the lead player's stars and points, the full card,
    and one card per player."""
    cards = [player_scorecard(world, events, p.number) for p in world.players]
    lead = cards[0]
    return {
        "stars": lead["stars"],
        "points": lead["points"],
        "scorecard": lead,
        "scorecards": cards,
    }
