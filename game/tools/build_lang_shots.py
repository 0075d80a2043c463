"""Pictures of the text in each language, for docs/screenshots/text_<lang>.png.

One frame of the first course at 1280x720 with the HUD in the language (the seatbelt prompt
with its key cap, the speed unit), the course title in a banner, and the instructor's
bubbles: a hint from the map, a mistake's explanation with «…», a praise. Run:

    python -m game.tools.build_lang_shots            # every language
    python -m game.tools.build_lang_shots ar zgh     # some
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pygame

from game import resources
from game.course.loader import load_course
from game.i18n.messages import LANGS, text
from game.render.feedback import Feedback
from game.render.hud import Hud
from game.render.snapshot import headless_display
from game.render.world_view import WorldView
from game.sim.controls import Controls
from game.sim.world import World

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZE = (1280, 720)


def shot(lang: str) -> pygame.Surface:
    course = load_course(resources.course("first_drive"))
    world = World(course, seed=0)
    world.players[0].controls = Controls(seatbelt=False)  # the seatbelt prompt, with its key cap
    view = WorldView(world, SIZE)
    view.hud = Hud(SIZE, lang)
    frame = pygame.Surface(SIZE)
    view.draw(frame, 1.0, 0.0, hud=True)
    view.hud._banner(frame, course.title(lang), (46, 120, 200), 1.0)
    bubbles = Feedback(SIZE, lang)
    bubbles.add_hint(text("course.hint.belt", lang))
    bubbles.add([{"kind": "mistake", "message": "rule.tailgating.explain", "rule": "tailgating"}])
    bubbles.add([{"kind": "praise", "message": "rule.stop_sign.praise", "rule": "stop_sign"}])
    for bubble in bubbles.bubbles:
        bubble.age = 1.0
    bubbles.draw(frame)
    return frame


def main(argv: list[str] | None = None) -> int:
    headless_display()
    langs = (argv if argv is not None else sys.argv[1:]) or list(LANGS)
    for lang in langs:
        out = OUT / f"text_{lang}.png"
        pygame.image.save(shot(lang), os.fspath(out))
        print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
