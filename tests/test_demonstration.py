"""The briefing's demonstration shows the course's key moment, not the first seconds."""

from game import resources
from game.course.loader import load_course
from game.drivers import demonstration
from game.drivers.demonstration import FOLLOW_ON, LEAD_IN, START_LOOP, Demonstration


def _found(name: str) -> Demonstration:
    demo = Demonstration(load_course(resources.course(name)), seed=0)
    for _ in range(100_000):
        if not demo.searching:
            break
        demo.step(budget=0.0)  # one step a frame: the moment must not depend on the pace
    assert not demo.searching
    return demo


def test_the_roundabout_is_shown_from_a_few_seconds_before_its_first_judged_entry():
    demonstration._remembered.clear()
    demo = _found("roundabout")
    assert demo.moment is not None and demo.moment["rule"] in demo.course.lesson
    moment = demo.moment["t"]
    assert moment - LEAD_IN - 1.0 <= demo.world.t <= moment - LEAD_IN + 1e-6
    assert not demo.moment_shown()
    start = demo.world.t
    seen = restarted = False
    for _ in range(round((LEAD_IN + FOLLOW_ON + 2) * 60)):
        before = demo.world.t
        demo.step()
        seen = seen or demo.moment_shown()
        if demo.world.t < before:
            restarted = True
            assert seen, "the loop reaches the moment before it starts again"
            assert demo.world.t == start, "from the same state"
            assert before >= moment + FOLLOW_ON - 0.05
    assert restarted


def test_the_same_course_shows_the_same_moment_and_a_second_visit_starts_at_once():
    demonstration._remembered.clear()
    first = _found("stop_and_yield").moment
    again = Demonstration(load_course(resources.course("stop_and_yield")), seed=0)
    assert not again.searching and again.moment == first
    demonstration._remembered.clear()
    assert _found("stop_and_yield").moment == first


def test_a_course_without_a_moment_in_one_place_is_shown_from_its_start():
    demo = Demonstration(load_course(resources.course("first_drive")), seed=0)
    assert not demo.searching and demo.moment is None and demo.world.t == 0
    for _ in range(round(START_LOOP * 60) + 2):
        demo.step()
    assert demo.world.t < 1.0, "the first seconds again"
