"""What a player's licence says, from the saved drives: the courses done with their best
stars, and the rules mastered. Pure Python: the card (PNG) and the PDF both draw this."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from game.course.catalog import CourseList
from game.course.checks import ALL_RULE_IDS
from game.store import PlayerRecord, Store


@dataclass(frozen=True)
class CourseLine:
    key: str
    titles: dict[str, str]  # "" = fallback
    stars: int

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("") or self.key


@dataclass(frozen=True)
class Licence:
    nickname: str
    avatar: str
    colour: str
    issued: date
    courses: tuple[CourseLine, ...]
    rules: tuple[str, ...]  # mastered, in the rule list's order
    points: int  # the best drive's points on the 30-point licence, for the teacher

    @property
    def stars(self) -> int:
        return sum(c.stars for c in self.courses)


def mastered(drives: list[dict], lessons: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A rule is mastered when a course that teaches it was finished without breaking it.

    `drives`: (course key, scorecard) pairs as dicts; `lessons`: course key -> its lesson.
    """
    known: set[str] = set()
    for drive in drives:
        card = drive["scorecard"]
        if not card.get("finished"):
            continue
        per_rule = card.get("rules", {})
        for rule in lessons.get(drive["course"], ()):
            if per_rule.get(rule, {}).get("mistakes", 0) == 0:
                known.add(rule)
    return tuple(r for r in ALL_RULE_IDS if r in known)


def build(
    store: Store, player: PlayerRecord, courses: CourseList, issued: date, titles, lessons
) -> Licence:
    """`titles(path)` and `lessons(path)` read a course's names and lesson (cached by caller)."""
    best = store.best_stars(player.id)
    lines = tuple(
        CourseLine(e.key, titles(e.path), best[e.key]) for e in courses.entries if e.key in best
    )
    drives = [{"course": d.course, "scorecard": d.scorecard} for d in store.drives(player.id)]
    lesson_of = {e.key: lessons(e.path) for e in courses.entries}
    points = max((d.points for d in store.drives(player.id) if d.finished), default=0)
    return Licence(
        player.nickname,
        player.avatar,
        player.colour,
        issued,
        lines,
        mastered(drives, lesson_of),
        points,
    )
