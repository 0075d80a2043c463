"""One voice at a time: a new line waits for the one being spoken, or replaces it when it
is more urgent (a collision before a hint). Pure Python; the mixer plays what it says.

Lines that waited too long are dropped (the moment has passed), the same line is never
queued twice, and only a few lines wait.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.audio.voices import priority

MAX_WAIT = 5.0  # s: a line not started by then is dropped
MAX_WAITING = 3
GAP = 0.25  # s of quiet between two lines


@dataclass(frozen=True)
class Line:
    key: str
    lang: str
    asked: float  # when it was asked for (s)
    not_before: float = 0.0  # e.g. after the chime that comes with it

    @property
    def priority(self) -> int:
        return priority(self.key)


@dataclass
class VoiceQueue:
    speaking: Line | None = None
    ends: float = 0.0  # when the line being spoken ends
    waiting: list[Line] = field(default_factory=list)

    def ask(self, line: Line) -> bool:
        """Offer a line. True when it should replace the one being spoken at once."""
        now = line.asked
        current = self.speaking if now < self.ends else None
        if current is not None and line.priority > current.priority:
            self.waiting = [w for w in self.waiting if w.key != line.key]
            self.waiting.insert(0, line)
            self.speaking, self.ends = None, 0.0  # cut: next() starts the urgent one
            return True
        if current is not None and current.key == line.key:
            return False  # already being said
        if all(w.key != line.key for w in self.waiting):
            self.waiting.append(line)
            # most urgent first; among equals, first asked first
            self.waiting.sort(key=lambda w: (-w.priority, w.asked))
            del self.waiting[MAX_WAITING:]
        return False

    def next(self, now: float) -> Line | None:
        """The line to start now, if the voice is free and one is due; else None."""
        if self.speaking is not None and now < self.ends + GAP:
            return None
        self.waiting = [w for w in self.waiting if now - w.asked <= MAX_WAIT]
        for i, line in enumerate(self.waiting):
            if now >= line.not_before:
                return self.waiting.pop(i)
        return None

    def started(self, line: Line, now: float, length: float) -> None:
        self.speaking, self.ends = line, now + length

    def clear(self) -> None:
        self.speaking, self.ends, self.waiting = None, 0.0, []
