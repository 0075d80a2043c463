"""Sample data for pictures of the screens: a player with a few courses done, and one real
drive (the autopilot forgetting the seatbelt on First Drive) with its replay and scorecard."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from game import resources
from game.course.loader import load_course
from game.drivers.autopilot import Autopilot
from game.scenes.context import Context
from game.session import open_context
from game.store import DriveRecord
from game.tools.headless import run_drive

SAMPLE_DAY = datetime(2026, 6, 1, 10, 0, 0)
MAPS = resources.maps_dir()
COURSE = MAPS / "first_drive.tmx"


def sample_context(size: tuple[int, int], lang: str) -> Context:
    """An in-memory game: nothing is read from or written to the user's saved games."""
    ctx = open_context(None, size, lang, in_memory=True)
    ctx.store.now = lambda: SAMPLE_DAY
    ctx.today = lambda: date(2026, 6, 1)
    sami = ctx.store.add_player("Sami", "fox", "blue", lang)
    ctx.store.add_player("Nour", "rabbit", "yellow", lang)
    ctx.store.add_player("", "panda", "green", lang)
    ctx.choose_player(sami)
    ctx.settings = ctx.settings.but(language=lang)
    for name, stars, lesson_ok in (("traffic_lights", 3, True), ("zebra_crossing", 2, False)):
        card = {"finished": True, "stars": stars, "points": 30 if lesson_ok else 26, "rules": {}}
        ctx.store.record_drive(sami.id, str(MAPS / f"{name}.tmx"), {"seed": 0}, card)
    sample_drive(ctx)
    return ctx


@lru_cache(maxsize=4)
def _drive_data(density: float) -> str:
    """The drive, as JSON (driven once per run: every picture shares it)."""
    course = load_course(COURSE)
    result = run_drive(course, [Autopilot(fault="seatbelt")], 300.0, seed=0, density=density)
    card = dict(result.referee.scorecard()["scorecard"])
    lead = result.world.players[0]
    card["time_s"] = lead.progress.finish_time or result.world.t
    card["time_up"] = result.world.time_up
    replay = result.replay().as_dict()
    replay["course"] = str(Path(COURSE))
    return json.dumps({"replay": replay, "card": card})


def sample_drive(ctx: Context) -> DriveRecord:
    """A real drive of First Drive for the current player: 2 stars, one thing to practise."""
    data = json.loads(_drive_data(ctx.density))
    player = ctx.player.id if ctx.player else None
    return ctx.store.record_drive(player, str(COURSE), data["replay"], data["card"])


PUPILS = (("Lina", "cat", "red"), ("Omar", "lion", "blue"), ("Yasmine", "rabbit", "yellow"))
SAMPLE_FAULTS = {
    "Lina": {"seatbelt": 1},
    "Omar": {"red_light": 2, "no_indicator": 1},
    "Yasmine": {"red_light": 1, "pedestrian": 1},
}


def sample_class(ctx: Context) -> None:
    """A few more pupils with drives and mistakes, for the teacher's and the kiosk's screens."""
    if any(p.nickname == PUPILS[0][0] for p in ctx.store.players()):
        return  # already there
    for name, face, colour in PUPILS:
        pupil = ctx.store.add_player(name, face, colour, ctx.lang)
        faults = SAMPLE_FAULTS[name]
        rules = {rule: {"mistakes": n} for rule, n in faults.items()}
        stars = max(0, 3 - sum(faults.values()))
        card = {
            "finished": True,
            "stars": stars,
            "points": 30 - 2 * sum(faults.values()),
            "rules": rules,
            "time_s": 70.0,
        }
        ctx.store.record_drive(pupil.id, str(MAPS / "traffic_lights.tmx"), {"seed": 1}, card)


def kiosk_scene(name: str, stack, ctx: Context) -> None:
    """The kiosk's and the teacher's screens, as staff and a teacher meet them."""
    from game.kiosk.config import KioskConfig
    from game.kiosk.guard import KioskGuard
    from game.scenes import flow

    sample_class(ctx)
    if name in ("attract", "pin", "staff"):
        ctx = dataclasses.replace(ctx)  # a kiosk's own copy: the guard changes it
        guard = KioskGuard(ctx, KioskConfig(), "2468")
        guard.attract(stack)
        if name == "pin":
            guard.staff(stack)
            stack.top.typed = "24"
        elif name == "staff":
            from game.scenes.staff import StaffScene

            stack.push(StaffScene(ctx))
        return
    flow.home(stack, ctx)
    flow.teacher(stack, ctx)
    if name == "teacher_roster":
        flow.teacher_roster(stack, ctx)
    elif name == "teacher_lesson":
        flow.teacher_lesson(stack, ctx)
    elif name == "teacher_results":
        flow.teacher_results(stack, ctx)
    elif name == "teacher_pupil":
        sami = ctx.store.players()[0]
        flow.teacher_pupil(stack, ctx, sami.id)
