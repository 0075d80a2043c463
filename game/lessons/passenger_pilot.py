"""The passenger lesson's autopilot: a careful child who seats, buckles and puts the phone
away, one thing at a time at a child's pace. With `fault` it makes that one rule's mistake
first (the oracle, as `drive --fault` is for the road): the six-year-old in the front seat,
"go" before the last belt, the phone handed to the driver."""

from __future__ import annotations

from typing import Any

from game.lessons.passenger import DT, RULE_IDS, PassengerLesson, right_seats

PACE_S = 0.8  # seconds between two of the child's actions


class PassengerPilot:
    def __init__(self, fault: str | None = None) -> None:
        if fault is not None and fault not in RULE_IDS:
            raise ValueError(f"unknown fault '{fault}': use one of {', '.join(RULE_IDS)}")
        self.fault = fault
        self.pending_fault = fault is not None
        self.wait = round(PACE_S / DT)

    def decide(self, lesson: PassengerLesson) -> list[Any] | None:
        """The action for this step, or None (thinking, or nothing to do)."""
        if lesson.stage not in ("seat", "belt", "phone"):
            return None
        self.wait -= 1
        if self.wait > 0:
            return None
        self.wait = round(PACE_S / DT)
        if lesson.stage == "seat":
            who = lesson.waiting[0]
            if self._fault_now("pass_seat") and "child" in lesson.waiting:
                return ["place", "child", "front"]
            return ["place", who, right_seats()[who]]
        if lesson.stage == "belt":
            loose = [p for p in ("baby", "child", "adult") if p not in lesson.buckled]
            if len(loose) == 1 and self._fault_now("pass_belt"):
                return ["go"]
            return ["buckle", loose[0]] if loose else ["go"]
        if self._fault_now("pass_phone"):
            return ["phone", "driver"]
        return ["phone", "glovebox"]

    def _fault_now(self, rule: str) -> bool:
        if self.pending_fault and self.fault == rule:
            self.pending_fault = False
            return True
        return False


def run(fault: str | None = None, max_s: float = 120.0) -> PassengerLesson:
    """The whole lesson, headless: the autopilot plays until the car arrives."""
    lesson = PassengerLesson()
    pilot = PassengerPilot(fault)
    for _ in range(round(max_s / DT)):
        action = pilot.decide(lesson)
        if action is not None:
            lesson.apply(action)
        if lesson.finished:
            break
        lesson.step()
    return lesson
