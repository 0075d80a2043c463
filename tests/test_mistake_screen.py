"""What not to do: the briefing's button beside a lesson plays that mistake, made on purpose
by the autopilot, back with the instructor's words; a course without the moment says so
and goes back."""

from __future__ import annotations

import pygame
import pytest

from game.commands import build_scene
from game.render.snapshot import headless_display
from game.scenes.base import SceneStack
from game.scenes.briefing import BriefingScene
from game.scenes.mistake import MistakeScene
from game.scenes.replay import ReplayScene
from game.tools.sample import sample_context

FRAME = 1 / 60


@pytest.fixture(scope="module")
def ctx():
    headless_display()
    context = sample_context((1280, 720), "en")
    yield context
    context.store.close()


def _stack_with_briefing(ctx) -> tuple[SceneStack, BriefingScene]:
    briefing = build_scene("briefing", ctx)
    assert isinstance(briefing, BriefingScene)
    stack = SceneStack()
    stack.push(briefing)
    briefing.ensure_built()
    return stack, briefing


def _run(stack: SceneStack, frames: int, until) -> None:  # noqa: ANN001
    for _ in range(frames):
        stack.top.update(FRAME, stack)
        if until(stack.top):
            return


def test_each_lesson_has_its_what_not_to_do_button(ctx) -> None:
    _stack, briefing = _stack_with_briefing(ctx)
    names = {b.name for b in briefing.buttons}
    assert briefing.course is not None
    assert {f"mistake_{rule}" for rule in briefing.course.lesson} <= names


class _Heard:
    """A sound hook that writes down what it was asked."""

    def __init__(self) -> None:
        self.cues: list[str] = []
        self.lines: list[tuple[str, str]] = []

    def cue(self, name: str) -> None:
        self.cues.append(name)

    def say(self, key: str, lang: str) -> None:
        self.lines.append((key, lang))

    def drive(self, scape) -> None:  # noqa: ANN001
        pass

    def update(self, dt: float) -> None:
        pass


def test_the_button_plays_the_mistake_back(ctx, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ctx, "sound", heard := _Heard())
    stack, briefing = _stack_with_briefing(ctx)
    rule = briefing.course.lesson[-1]  # first_drive: collision_object
    briefing.button(f"mistake_{rule}").action(stack)
    assert isinstance(stack.top, MistakeScene)
    _run(stack, 60 * 120, lambda top: isinstance(top, ReplayScene))
    replay = stack.top
    assert isinstance(replay, ReplayScene), "the mistake was never found"
    assert replay.event["rule"] == rule
    _run(stack, 60 * 60, lambda top: top.world.steps >= replay.event["step"] + 30)
    assert any(e["rule"] == rule and e["kind"] == "mistake" for e in replay.events)
    # heard as when it happened: the soft tone, the instructor's line, then why
    assert "mistake" in heard.cues
    spoken = [key for key, lang in heard.lines if lang == "en"]
    assert replay.event["message"] in spoken
    assert spoken[-1] == f"rule.{rule}.explain"
    frame = pygame.Surface(ctx.size)
    replay.draw(frame, 1.0, FRAME)
    pygame.image.save(frame, str(tmp_path / "mistake.png"))
    stack.top.back(stack)
    assert stack.top is briefing


def test_your_turn_after_the_mistake(ctx) -> None:
    """Try, after watching the mistake, starts the child's own drive of that course."""
    from game.scenes.drive import DriveScene

    stack, briefing = _stack_with_briefing(ctx)
    briefing.button(f"mistake_{briefing.course.lesson[0]}").action(stack)  # seatbelt
    _run(stack, 60 * 60, lambda top: isinstance(top, ReplayScene))
    replay = stack.top
    _run(stack, 60 * 60, lambda top: top.ended)
    replay.ensure_built()
    replay.button("try").action(stack)
    assert isinstance(stack.top, DriveScene)
    assert briefing not in stack.scenes


def test_a_course_without_the_moment_goes_back(ctx) -> None:
    stack, briefing = _stack_with_briefing(ctx)
    stack.push(MistakeScene(ctx, briefing.entry, "red_light"))  # first_drive has no light
    _run(stack, 60 * 200, lambda top: top is briefing)
    assert stack.top is briefing
