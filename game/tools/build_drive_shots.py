"""Pictures of driving for everyone, for docs/screenshots: a two-player split-screen drive,
the on-screen touch controls (wheel buttons and the direct-steering stick), and each traffic
light state in colour and in grey. `python -m game.tools.build_drive_shots [OUT_DIR]`."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame

FRAME = 1 / 60
OUT = Path(__file__).resolve().parent.parent.parent / "docs" / "screenshots"


def _advance(stack, seconds: float) -> None:
    for _ in range(round(seconds / FRAME)):
        if stack.top is not None:
            stack.top.update(FRAME, stack)


def _drive_shot(out: Path, players: int, steering: str, seconds: float, pilot) -> None:
    from game.course.catalog import single_course
    from game.scenes import flow
    from game.scenes.base import SceneStack
    from game.tools.sample import COURSE, sample_context

    ctx = sample_context((1280, 720), "en")
    try:
        ctx.players = players
        ctx.pilot = pilot
        ctx.driving_override = {"steering": steering}
        stack = SceneStack()
        flow.drive(stack, ctx, single_course(COURSE).entries[0])
        _advance(stack, seconds)
        frame = pygame.Surface((1280, 720))
        stack.top.draw(frame, 1.0, FRAME)
        pygame.image.save(frame, str(out))
    finally:
        ctx.store.close()


def _lights(out: Path) -> None:
    from game.render.world_view import LAMPS, light_head

    heads = [light_head(state, 64 / 3 * 2) for state in LAMPS]
    w, h = heads[0].get_size()
    sheet = pygame.Surface((w * 3 + 40, h * 2 + 30))
    sheet.fill((120, 126, 134))
    for i, head in enumerate(heads):
        sheet.blit(head, (10 + i * (w + 10), 10))
    grey = pygame.transform.grayscale(sheet.subsurface((0, 0, sheet.get_width(), h + 20)))
    sheet.blit(grey, (0, h + 20))
    pygame.image.save(sheet, str(out))


def main(argv: list[str] | None = None) -> int:
    from game.drivers.autopilot import Autopilot
    from game.render.snapshot import headless_display

    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    out.mkdir(parents=True, exist_ok=True)
    headless_display()
    _drive_shot(out / "split_screen.png", 2, "car", 14.0, Autopilot)
    _drive_shot(out / "touch_controls.png", 1, "car", 1.0, None)
    _drive_shot(out / "touch_controls_direct.png", 1, "direct", 1.0, None)
    _lights(out / "traffic_light_states.png")
    for name in ("split_screen", "touch_controls", "touch_controls_direct", "traffic_light_states"):
        print(f"wrote {out / (name + '.png')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
