"""Riding as a passenger: the lesson before the first drive, and its judge.

The child seats three passengers in the family car (a baby, a six-year-old, a grown-up),
buckles each one's belt, and on the way, when the phone rings, puts it in the glovebox:
the driver never holds a phone. Three rules, judged as the road's rules are:

- ``pass_seat``: a child under 10 rides in the back (Morocco's road code, loi 52-05, keeps
  children under 10 out of the front seat); the baby in its child seat. A passenger
  put in the wrong place is a mistake and climbs back out to be placed again.
- ``pass_belt``: pressing "go" while someone is not buckled is a mistake; the car waits.
- ``pass_phone``: handing the ringing phone to the driver, or leaving it ringing until the
  driver reaches for it (``PHONE_WAIT_S``), is a mistake (loi 52-05 forbids holding a phone
  while driving); putting it in the glovebox is praised.

Praise comes once per rule, for doing it right without a mistake of that rule. The lesson
runs in fixed steps of 1/60 s; what the child did is a list of (step, action, *args), so a
lesson is replayed and scored again bit for bit, like a drive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.course.checks import PASSENGER_RULE_IDS
from game.rules.scorecard import LICENCE, stars_for

DT = 1 / 60
LESSON = "passenger"  # the `lesson = ...` of a .lesson file
PASSENGERS = ("baby", "child", "adult")
AGES = {"baby": 1, "child": 6, "adult": 35}
UNDER_TEN = frozenset(p for p, age in AGES.items() if age < 10)
SEATS = ("front", "back_left", "child_seat", "back_right")  # the driver's is taken
CHILD_SEAT = "child_seat"
BACK = frozenset({"back_left", "child_seat", "back_right"})
RULE_IDS = PASSENGER_RULE_IDS
# points taken off the 30-point licence (docs/scoring.md): a child in the front is in the
# airbag's way, as grave as a stop not made; an unbuckled passenger is the seatbelt's 2
PENALTIES = {"pass_seat": 3, "pass_belt": 2, "pass_phone": 2}
RING_AFTER_S = 2.0  # the car has been driving this long when the phone rings
PHONE_WAIT_S = 8.0  # the driver reaches for a phone left ringing this long
ARRIVE_AFTER_S = 2.5  # from the phone put away to the end of the ride


@dataclass
class PassengerLesson:
    """The car, its passengers and what the instructor said, one step at a time."""

    seats: dict[str, str] = field(default_factory=dict)  # seat -> passenger in it
    buckled: set[str] = field(default_factory=set)
    stage: str = "seat"  # then "belt", "ride", "phone" (it rings), "ride" again, "arrived"
    step_no: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    actions: list[list[Any]] = field(default_factory=list)  # what the child did, for a replay
    ride_s: float = 0.0  # seconds since the car set off
    ringing_s: float = 0.0  # seconds the phone has rung
    phone_away_s: float | None = None  # the ride's time when the phone went in the glovebox
    driver_reached: bool = False

    # -- what the screen reads -------------------------------------------------------
    @property
    def t(self) -> float:
        return round(self.step_no * DT, 4)

    def seat_of(self, who: str) -> str | None:
        return next((s for s, p in self.seats.items() if p == who), None)

    @property
    def waiting(self) -> list[str]:
        """Passengers still on the pavement, in their order."""
        return [p for p in PASSENGERS if self.seat_of(p) is None]

    @property
    def finished(self) -> bool:
        return self.stage == "arrived"

    def broke(self, rule: str) -> bool:
        return any(e["rule"] == rule and e["kind"] == "mistake" for e in self.events)

    # -- what the child does ---------------------------------------------------------
    def place(self, who: str, seat: str) -> bool:
        """Put a waiting passenger in a free seat: True when they stay there."""
        if self.stage != "seat" or who not in self.waiting or seat not in SEATS:
            return False
        if seat in self.seats:
            return False
        self._did("place", who, seat)
        wrong = seat_mistake(who, seat)
        if wrong is not None:
            self._say("pass_seat", "mistake", wrong, who=who, seat=seat)
            return False
        self.seats[seat] = who
        if not self.waiting:
            if not self.broke("pass_seat"):
                self._say("pass_seat", "praise", "rule.pass_seat.praise")
            self.stage = "belt"
        return True

    def buckle(self, who: str) -> bool:
        if self.stage != "belt" or self.seat_of(who) is None or who in self.buckled:
            return False
        self._did("buckle", who)
        self.buckled.add(who)
        if self.buckled >= set(PASSENGERS) and not self.broke("pass_belt"):
            self._say("pass_belt", "praise", "rule.pass_belt.praise")
        return True

    def go(self) -> bool:
        """The driver may set off: True when everyone was buckled."""
        if self.stage != "belt":
            return False
        self._did("go")
        loose = [p for p in PASSENGERS if p not in self.buckled]
        if loose:
            self._say("pass_belt", "mistake", "rule.pass_belt.mistake", loose=loose)
            return False
        self.stage = "ride"
        return True

    def phone(self, where: str) -> bool:
        """The ringing phone goes to the `glovebox` (right) or to the `driver` (wrong)."""
        if self.stage != "phone" or where not in ("glovebox", "driver"):
            return False
        self._did("phone", where)
        if where == "driver":
            if not self.broke("pass_phone"):
                self._say("pass_phone", "mistake", "rule.pass_phone.mistake", given=True)
            return False  # the driver says no: the phone is still to be put away
        if not self.broke("pass_phone"):
            self._say("pass_phone", "praise", "rule.pass_phone.praise")
        self.phone_away_s = self.ride_s
        self.stage = "ride"
        return True

    # -- time ----------------------------------------------------------------------
    def step(self) -> None:
        """One fixed step of 1/60 s: the ride goes on, the phone rings, the car arrives."""
        self.step_no += 1
        if self.stage == "ride":
            self.ride_s += DT
            if self.phone_away_s is None and self.ride_s >= RING_AFTER_S - 1e-9:
                self.stage = "phone"
            elif self.phone_away_s is not None:
                if self.ride_s - self.phone_away_s >= ARRIVE_AFTER_S - 1e-9:
                    self.stage = "arrived"
        elif self.stage == "phone":
            self.ride_s += DT
            self.ringing_s += DT
            if self.ringing_s >= PHONE_WAIT_S - 1e-9 and not self.driver_reached:
                self.driver_reached = True
                if not self.broke("pass_phone"):
                    self._say("pass_phone", "mistake", "rule.pass_phone.mistake", given=False)

    def apply(self, action: list[Any] | tuple[Any, ...]) -> bool:
        """One recorded action, by name (a replay, the autopilot)."""
        name, *args = action
        do = {"place": self.place, "buckle": self.buckle, "go": self.go, "phone": self.phone}
        if name not in do:
            raise ValueError(f"unknown passenger-lesson action {name!r}")
        return do[name](*args)

    # -- the result ------------------------------------------------------------------
    def scorecard(self) -> dict[str, Any]:
        """The same card a drive has (docs/scoring.md), so results, the store and the
        licence read it alike."""
        mistakes = [e for e in self.events if e["kind"] == "mistake"]
        praise = [e for e in self.events if e["kind"] == "praise"]
        lost = sum(PENALTIES[e["rule"]] for e in mistakes)
        per_rule = {r: {"mistakes": 0, "praise": 0, "points_lost": 0} for r in RULE_IDS}
        for e in self.events:
            row = per_rule[e["rule"]]
            row["mistakes" if e["kind"] == "mistake" else "praise"] += 1
            row["points_lost"] += PENALTIES[e["rule"]] if e["kind"] == "mistake" else 0
        broken = {e["rule"] for e in mistakes}
        return {
            "player": 1,
            "lesson": LESSON,
            "finished": self.finished,
            "stars": stars_for(self.finished, lost, broken, False),
            "points": max(0, LICENCE - lost),
            "points_max": LICENCE,
            "points_lost": lost,
            "mistakes": len(mistakes),
            "praise": len(praise),
            "time_s": self.t,
            "rules": per_rule,
            "went_well": _summary(praise),
            "to_practise": [
                item | {"explain": f"rule.{item['rule']}.explain"} for item in _summary(mistakes)
            ],
        }

    def replay(self) -> dict[str, Any]:
        """What the store keeps to play the lesson again: the child's actions by step."""
        return {
            "lesson": LESSON,
            "steps": self.step_no,
            "actions": self.actions,
            "events": self.events,
        }

    # -- inside ----------------------------------------------------------------------
    def _did(self, *action: Any) -> None:
        self.actions.append([self.step_no, *action])

    def _say(self, rule: str, kind: str, message: str, **data: Any) -> None:
        self.events.append(
            {
                "rule": rule,
                "kind": kind,
                "t": self.t,
                "step": self.step_no,
                "player": 1,
                "message": message,
                "data": data,
            }
        )


def seat_mistake(who: str, seat: str) -> str | None:
    """The instructor's words when `who` may not ride in `seat`, else None."""
    if who == "baby" and seat != CHILD_SEAT:
        return "rule.pass_seat.baby"
    if seat == CHILD_SEAT and who != "baby":
        return "rule.pass_seat.child_seat"
    if who in UNDER_TEN and seat not in BACK:
        return "rule.pass_seat.mistake"
    return None


def right_seats() -> dict[str, str]:
    """Where each passenger belongs in the autopilot's lesson: passenger -> seat."""
    return {"baby": CHILD_SEAT, "child": "back_left", "adult": "front"}


def play(actions: list[list[Any]], steps: int | None = None) -> PassengerLesson:
    """Play recorded (step, action, ...) lists again; the same list gives the same card."""
    lesson = PassengerLesson()
    todo = sorted(actions, key=lambda a: a[0])
    last = max([a[0] for a in todo], default=0)
    end = steps if steps is not None else last + round(60 / DT)
    k = 0
    while lesson.step_no <= end:
        while k < len(todo) and todo[k][0] <= lesson.step_no:
            lesson.apply(todo[k][1:])
            k += 1
        if lesson.finished and k >= len(todo):
            break
        if lesson.step_no == end:
            break
        lesson.step()
    return lesson


def _summary(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per message key, in order of first occurrence, with a count."""
    seen: dict[str, dict[str, Any]] = {}
    for e in events:
        blank = {"rule": e["rule"], "message": e["message"], "count": 0}
        item = seen.setdefault(e["message"], blank)
        item["count"] += 1
    return list(seen.values())
