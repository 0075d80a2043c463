"""Opening a game session: the store in its folder, the saved settings, the course list,
and everything worth telling the grown-ups about them, gathered into one Context."""

from __future__ import annotations

import os

from game import resources
from game.course.catalog import LIST_NAME, CourseList, read_course_list
from game.scenes.context import Context
from game.store import SettingsError, Store, data_dir


def open_context(
    folder: str | os.PathLike[str] | None,
    size: tuple[int, int],
    lang: str | None = None,
    courses: CourseList | None = None,
    in_memory: bool = False,
) -> Context:
    """`folder` None: the user's data folder; `in_memory`: nothing is written anywhere."""
    store = Store.open(None if in_memory else data_dir(folder))
    notices: list[str] = []
    if store.notice is not None:
        notices += ["ui.db_moved", os.fspath(store.notice)]
    try:
        settings = store.settings()
    except SettingsError as exc:
        from game.store import Settings

        settings = Settings()
        notices += ["ui.settings_reset", str(exc)]
    if courses is None:
        courses = read_course_list(resources.maps_dir() / LIST_NAME)
        if courses.problems:
            notices += ["ui.course_list", *courses.problems]
    staff_pin = ""
    if store.path is not None:
        from game.kiosk import config as staff

        found, problems = staff.read(store.path.parent)
        staff_pin = found.pin
        if problems:
            notices += ["staff.file_problem", *problems]
    ctx = Context(store=store, courses=courses, size=size, settings=settings, notices=notices)
    ctx.staff_pin = staff_pin
    from game.classroom.lesson import Lesson, lesson_courses

    lesson = Lesson.from_dict(store.lesson())
    if lesson is not None:  # the teacher's lesson: its courses, all open, its traffic
        ctx.courses = lesson_courses(lesson, ctx.courses)
        ctx.settings = ctx.settings.but(traffic=lesson.traffic)
    if lang is not None and lang != settings.language:
        ctx.settings = settings.but(language=lang)
    return ctx
