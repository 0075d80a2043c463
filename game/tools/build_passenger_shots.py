"""Pictures of the passenger lesson for the README and docs (docs/screenshots/passenger_*.png):
a passenger carried to a seat, the six-year-old put in the front (judged), the belts, the
ringing phone with the driver's hand creeping towards it, the results, the licence, and the
course list with the lesson first. The child's moves are scripted: the same pictures each
run.

    python -m game.tools.build_passenger_shots [--langs en,ar] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pygame

from game.course.catalog import CourseEntry
from game.input.menu import Pointer
from game.resources import map_file
from game.scenes import flow
from game.scenes.base import SceneStack

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
FRAME = 1 / 60
SIZE = (1280, 720)


class Shots:
    """One lesson played by a script, a picture taken at each named moment."""

    def __init__(self, lang: str, out: Path) -> None:
        from game.session import open_context

        self.lang = lang
        self.out = out
        self.ctx = open_context(None, SIZE, lang, in_memory=True)
        self.ctx.choose_player(self.ctx.store.add_player("Sami", "fox", "green"))
        self.stack = SceneStack()
        flow.courses(self.stack, self.ctx)
        self.take("courses")
        flow.briefing(self.stack, self.ctx, CourseEntry(map_file("passenger.lesson")))
        self.scene = self.stack.top

    def run(self, seconds: float) -> None:
        for _ in range(round(seconds / FRAME)):
            if self.stack.top is not None:
                self.stack.top.update(FRAME, self.stack)

    def press(self, name: str) -> None:
        scene = self.stack.top
        scene.ensure_built()
        button = scene.button(name)
        assert button is not None, name
        scene.activate(button, self.stack)
        scene.ensure_built()

    def take(self, name: str) -> None:
        frame = pygame.Surface(SIZE)
        self.stack.top.draw(frame, 1.0, FRAME)
        path = self.out / f"passenger_{name}_{self.lang}.png"
        pygame.image.save(frame, str(path))
        print(f"wrote {path}")

    def play(self) -> None:
        self.run(0.6)
        self.press("who_child")
        self.press("seat_front")  # under 10 in the front: the instructor says so
        self.run(0.4)
        self.take("front_seat")
        for who, seat in (("baby", "child_seat"), ("child", "back_right")):
            self.press(f"who_{who}")
            self.press(f"seat_{seat}")
        self.run(4.5)
        grown_up = self.scene.button("who_adult")
        self.scene.pointer(Pointer("down", grown_up.rect.center), self.stack)
        self.scene.pointer(Pointer("move", (700, 330)), self.stack)
        self.take("drag")
        self.scene.pointer(Pointer("up", self.scene.button("seat_front").rect.center), self.stack)
        self.run(4.5)
        self.press("seat_child_seat")
        self.run(1.2)
        self.take("belts")
        for seat in ("back_right", "front"):
            self.press(f"seat_{seat}")
        self.press("go")
        self.run(6.5)
        self.take("phone")
        self.press("put_away")
        self.run(6.0)
        self.take("results")
        flow.licence(self.stack, self.ctx)
        self.run(0.1)
        self.take("licence")


def main(argv: list[str] | None = None) -> int:
    from game.render.snapshot import headless_display

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", default="en,ar", help="comma-separated languages")
    parser.add_argument("--out", type=Path, default=DOCS, help="the folder to write into")
    args = parser.parse_args(argv)
    headless_display()
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.langs.split(","):
        shots = Shots(lang.strip(), args.out)
        shots.play()
        shots.ctx.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
