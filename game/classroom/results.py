"""The class's results: per pupil, per rule, and the rules the class finds hardest first;
as a table for the screen and as CSV files for a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from game.course.checks import ALL_RULE_IDS
from game.store import DriveRecord, PlayerRecord, Store


@dataclass(frozen=True)
class PupilRow:
    player: PlayerRecord
    drives: int = 0
    finished: int = 0
    stars: int = 0  # the best stars of each course, added up
    best_points: int = 0
    mistakes: dict[str, int] = field(default_factory=dict)  # rule id -> mistakes in all drives

    @property
    def name(self) -> str:
        return self.player.nickname or self.player.avatar

    @property
    def total_mistakes(self) -> int:
        return sum(self.mistakes.values())


def mistakes_per_rule(drives: Iterable[DriveRecord]) -> dict[str, int]:
    total: dict[str, int] = {}
    for d in drives:
        for rule, part in d.scorecard.get("rules", {}).items():
            n = int(part.get("mistakes", 0)) if isinstance(part, dict) else 0
            if rule in ALL_RULE_IDS and n:
                total[rule] = total.get(rule, 0) + n
    return total


def class_table(store: Store, courses: set[str] | None = None) -> list[PupilRow]:
    """One row per pupil, in the roster's order; `courses` limits it to a lesson's courses."""
    rows = []
    for player in store.players():
        drives = [d for d in store.drives(player.id) if courses is None or d.course in courses]
        best: dict[str, int] = {}
        for d in drives:
            best[d.course] = max(best.get(d.course, 0), d.stars)
        rows.append(
            PupilRow(
                player,
                len(drives),
                sum(d.finished for d in drives),
                sum(best.values()),
                max((d.points for d in drives if d.finished), default=0),
                mistakes_per_rule(drives),
            )
        )
    return rows


def struggles(rows: list[PupilRow], rules: Iterable[str] = ALL_RULE_IDS) -> list[tuple[str, int]]:
    """Each rule with the class's mistakes, the hardest first (ties in the rule list's order)."""
    order = list(rules)
    totals = {rule: sum(r.mistakes.get(rule, 0) for r in rows) for rule in order}
    return sorted(totals.items(), key=lambda item: (-item[1], order.index(item[0])))


def mistakes_to_watch(drives: list[DriveRecord]) -> list[tuple[DriveRecord, dict]]:
    """A pupil's mistakes that can be played back: (drive, results card item), newest first."""
    found = []
    for d in drives:
        for item in d.scorecard.get("to_practise", []):
            if isinstance(item, dict) and item.get("rule") and d.replay.get("controls"):
                found.append((d, item))
    return found


def results_csv(rows: list[PupilRow], rules: Iterable[str] = ALL_RULE_IDS) -> str:
    """One line per pupil: drives, finished, stars, best points, then mistakes per rule."""
    rules = list(rules)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["pupil", "avatar", "drives", "finished", "stars", "best_points", *rules])
    for r in rows:
        w.writerow(
            [
                r.player.nickname,
                r.player.avatar,
                r.drives,
                r.finished,
                r.stars,
                r.best_points,
                *(r.mistakes.get(rule, 0) for rule in rules),
            ]
        )
    return out.getvalue()


def drives_csv(store: Store, rules: Iterable[str] = ALL_RULE_IDS) -> str:
    """One line per drive, oldest first, with the mistakes of each rule."""
    rules = list(rules)
    who = {p.id: p for p in store.players()}
    out = io.StringIO()
    w = csv.writer(out)
    head = ["pupil", "avatar", "course", "started", "finished", "stars", "points", "time_s"]
    w.writerow([*head, *rules])
    for d in reversed(store.drives(limit=10_000_000)):
        p = who.get(d.player_id) if d.player_id is not None else None
        per_rule = d.scorecard.get("rules", {})
        w.writerow(
            [
                p.nickname if p else "",
                p.avatar if p else "",
                d.course,
                d.started,
                int(d.finished),
                d.stars,
                d.points,
                d.time_s,
                *(int(per_rule.get(rule, {}).get("mistakes", 0)) for rule in rules),
            ]
        )
    return out.getvalue()
