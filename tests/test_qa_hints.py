"""QA: a course's `hint` areas are shown to the child when the car drives in."""

import pygame
from conftest import ROOT

from game.app import open_window
from game.course.loader import read_course
from game.scenes.drive import DriveScene, hint_text
from game.sim.controls import Controls
from game.sim.world import World


class Hold:
    def __init__(self, controls):
        self.c = controls

    def controls(self, world, player):
        return self.c


def _hints(scene):
    return [b.event for b in scene.feedback.bubbles if b.event.get("kind") == "hint"]


def test_the_template_hint_is_shown_at_the_start_once():
    screen = open_window((640, 360), False)
    course, _ = read_course(ROOT / "maps" / "template.tmx")
    scene = DriveScene(World(course), screen.get_size(), drivers=[Hold(Controls())])
    assert [h["text"] for h in _hints(scene)] == ["Buckle your seatbelt, then drive!"]
    for _ in range(30):  # standing still inside the area: no repeat
        scene.update(1 / 60, None)
    assert len(_hints(scene)) == 1
    scene.draw(screen, 0.0, 1 / 60)  # the blue bubble draws
    pygame.display.flip()


def test_a_hint_is_shown_again_after_leaving_and_coming_back():
    screen = open_window((640, 360), False)
    course, _ = read_course(ROOT / "maps" / "template.tmx")
    scene = DriveScene(World(course), screen.get_size(), drivers=[Hold(Controls(throttle=1))])
    scene.feedback.bubbles.clear()
    scene.inside_hints = set()  # as if the car had come from outside
    scene.update(1 / 60, None)
    assert len(_hints(scene)) == 1


def test_hint_text_language_fallbacks():
    texts = {"": "Go!", "ar": "انطلق!", "fr": "Vas-y !"}
    assert hint_text(texts, "fr") == "Vas-y !"
    assert hint_text(texts, "en") == "Go!"
    assert hint_text({"ar": "انطلق!"}, "en") == "انطلق!"
    assert hint_text({}, "en") == ""


def test_an_arabic_hint_bubble_renders():
    screen = open_window((640, 360), False)
    course, _ = read_course(ROOT / "maps" / "template.tmx")
    scene = DriveScene(World(course), screen.get_size(), drivers=[Hold(Controls())])
    scene.feedback.add_hint("قف عند علامة قف!")
    scene.draw(screen, 0.0, 1 / 60)
    assert len(_hints(scene)) == 2
