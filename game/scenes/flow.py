"""The ways between screens, in one place: title -> player -> courses -> briefing -> drive ->
results -> licence, and home from anywhere. Scenes call these instead of importing each
other, so a new screen (attract, teacher) only adds a function here."""

from __future__ import annotations

from game.course.catalog import CourseEntry
from game.scenes.base import Scene, SceneStack
from game.scenes.context import Context
from game.store import DriveRecord


def home(stack: SceneStack, ctx: Context) -> None:
    from game.scenes.title import TitleScene

    stack.reset(TitleScene(ctx))


def players(stack: SceneStack, ctx: Context, seat: int = 1) -> None:
    from game.scenes.player import PlayerScene

    stack.push(PlayerScene(ctx, seat))


def chosen(stack: SceneStack, ctx: Context) -> None:
    """The first child is chosen: with two cars, ask who drives the second; else the courses."""
    if ctx.players == 2:
        players(stack, ctx, seat=2)
    else:
        courses(stack, ctx)


def courses(stack: SceneStack, ctx: Context) -> None:
    """The course screen, reusing one already open below (never a pile of them)."""
    from game.scenes.courses import CoursesScene

    if back_to(stack, CoursesScene):
        return
    stack.reset(_title(ctx))
    stack.push(CoursesScene(ctx))


def briefing(stack: SceneStack, ctx: Context, entry: CourseEntry) -> None:
    """Before a course, what it teaches; a lesson without a map (riding as a passenger)
    starts straight away: its own first words say what to do."""
    if entry.lesson:
        from game.scenes.passenger import PassengerScene

        stack.push(PassengerScene(ctx, entry))
        return
    from game.scenes.briefing import BriefingScene

    stack.push(BriefingScene(ctx, entry))


def drive(stack: SceneStack, ctx: Context, entry: CourseEntry) -> None:
    """Start a drive in place of the screen on top (briefing, results, pause)."""
    if entry.lesson:
        from game.scenes.passenger import PassengerScene

        stack.replace(PassengerScene(ctx, entry))
        return
    from game.scenes.drive import DriveScene, load_entry

    scene = load_entry(ctx, entry)
    if isinstance(scene, DriveScene):
        ctx.seed += 1  # the next go meets a slightly different town
    stack.replace(scene)


def results(stack: SceneStack, ctx: Context, record: DriveRecord, entry: CourseEntry) -> None:
    from game.scenes.results import ResultsScene

    stack.replace(ResultsScene(ctx, record, entry))


def playback(stack: SceneStack, ctx: Context, record: DriveRecord, item: dict) -> None:
    if record.replay.get("lesson"):  # a lesson without a map plays itself again
        from pathlib import Path

        from game.scenes.passenger import PassengerScene

        entry = CourseEntry(Path(record.course_path))
        stack.push(PassengerScene(ctx, entry, watch=record, item=item))
        return
    from game.scenes.replay import ReplayScene

    stack.push(ReplayScene(ctx, record, item))


def licence(stack: SceneStack, ctx: Context) -> None:
    from game.scenes.licence import LicenceScene

    stack.push(LicenceScene(ctx))


def settings(stack: SceneStack, ctx: Context) -> None:
    from game.scenes.settings import SettingsScene

    stack.push(SettingsScene(ctx))


def teacher(stack: SceneStack, ctx: Context) -> None:
    from game.scenes.teacher import TeacherScene

    stack.push(TeacherScene(ctx))


def teacher_roster(stack: SceneStack, ctx: Context) -> None:
    from game.scenes.teacher_roster import RosterScene

    stack.push(RosterScene(ctx))


def teacher_lesson(stack: SceneStack, ctx: Context) -> None:
    from game.scenes.teacher_lesson import LessonScene

    stack.push(LessonScene(ctx))


def teacher_results(stack: SceneStack, ctx: Context) -> None:
    from game.scenes.teacher_results import ClassResultsScene

    stack.push(ClassResultsScene(ctx))


def teacher_pupil(stack: SceneStack, ctx: Context, player_id: int) -> None:
    from game.scenes.teacher_pupil import PupilScene

    stack.push(PupilScene(ctx, player_id))


def teacher_door(stack: SceneStack, ctx: Context) -> None:
    """The PIN pad, then the teacher's screens (the PIN is in staff.toml beside the data)."""
    from game.kiosk.config import StaffConfig
    from game.scenes.pin import PinScene
    from game.scenes.teacher import TeacherScene

    pin = ctx.kiosk.pin if ctx.kiosk is not None else ctx.staff_pin or StaffConfig.pin
    stack.push(PinScene(ctx, pin, lambda s: s.replace(TeacherScene(ctx))))


def back_to(stack: SceneStack, kind: type) -> bool:
    """Close screens until one of `kind` is on top; False (nothing closed) if none is open."""
    if not any(isinstance(s, kind) for s in stack.scenes):
        return False
    while not isinstance(stack.top, kind):
        stack.scenes.pop()
    refresh = getattr(stack.top, "refresh", None)
    if refresh is not None:
        refresh()
    return True


def _title(ctx: Context) -> Scene:
    from game.scenes.title import TitleScene

    return TitleScene(ctx)
