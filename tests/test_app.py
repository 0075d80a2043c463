"""The window loop: fixed steps, interpolated drawing, clean quit on Escape and close."""

import pygame
from conftest import TEST_MAPS

from game.app import first_scene, open_window, run
from game.render.camera import Camera
from game.scenes.base import Scene, SceneStack
from game.scenes.drive import DriveScene
from game.scenes.message import MessageScene


class Counting(Scene):
    def __init__(self, quit_after_frames: int, event: pygame.event.Event) -> None:
        self.updates = 0
        self.frames = 0
        self.alphas = []
        self.quit_after = quit_after_frames
        self.event = event

    def handle_event(self, event, stack):
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            stack.pop()

    def update(self, dt, stack):
        self.updates += 1

    def draw(self, target, alpha, frame_dt):
        self.frames += 1
        self.alphas.append(alpha)
        if self.frames == self.quit_after:
            pygame.event.post(self.event)


def test_close_button_quits_cleanly():
    screen = open_window((320, 240), False)
    scene = Counting(20, pygame.event.Event(pygame.QUIT))
    stack = SceneStack()
    stack.push(scene)
    assert run(stack, screen) == 0
    assert scene.frames == 20 and scene.updates >= 1
    assert all(0.0 <= a < 1.0 for a in scene.alphas)


def test_escape_leaves_the_scene():
    screen = open_window((320, 240), False)
    scene = Counting(5, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE))
    stack = SceneStack()
    stack.push(scene)
    run(stack, screen)
    assert stack.quit and scene.frames == 5


def test_a_broken_course_shows_a_message_instead_of_crashing(tmp_path):
    broken = tmp_path / "broken.tmx"
    broken.write_text("<map><oops")
    scene = first_scene(broken, (640, 480), 0)
    assert isinstance(scene, MessageScene)
    assert any("XML is broken" in line for line in scene.lines)
    good = first_scene(TEST_MAPS / "mini_type.tmx", (640, 480), 0)
    assert isinstance(good, DriveScene)


def test_camera_stays_inside_the_map():
    cam = Camera(400, 300, map_w_m=100.0, map_h_m=80.0, px_per_m=10.0)
    cam.follow((0.0, 0.0), 270.0, 10.0, 1 / 60, snap=True)
    assert cam.offset == (0.0, 0.0), "top-left corner pinned at the screen's corner"
    cam.follow((100.0, 80.0), 90.0, 10.0, 1 / 60, snap=True)
    assert cam.to_screen((100.0, 80.0)) == (400.0, 300.0)


def test_camera_eases_towards_the_car():
    cam = Camera(400, 300, map_w_m=1000.0, map_h_m=1000.0, px_per_m=10.0)
    cam.follow((500.0, 500.0), 0.0, 0.0, 0.0, snap=True)
    cam.follow((520.0, 500.0), 90.0, 0.0, 1 / 60)
    assert 500.0 < cam.cx < 510.0, "moves part of the way in one frame, no jump"
