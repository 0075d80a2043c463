"""The kiosk's demo while nobody plays: the autopilot drives The Traffic Park with the town
alive, "touch to play" cycles through the languages, and the day's best drivers (a face and a
nickname) wait on the side. The first touch, key or button starts a child's turn."""

from __future__ import annotations

import pygame

from game import resources
from game.course.loader import read_course
from game.drivers.autopilot import Autopilot
from game.i18n.messages import text
from game.render.world_view import WorldView
from game.scenes.base import Scene, SceneStack
from game.sim.levels import TRAFFIC_LEVELS
from game.sim.world import World
from game.ui import icons
from game.ui.avatars import avatar, car_colour
from game.ui.layout import Layout
from game.ui.theme import CARD, INK, PLAY, WHITE
from game.ui.words import fitted, title

WORDS_EVERY = 2.5  # seconds each language's "touch to play" stays
STARTS = frozenset(
    {pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.FINGERDOWN, pygame.CONTROLLERBUTTONDOWN}
)
_VIEW: dict[tuple, WorldView] = {}  # one drawn town, kept for the whole day
_COURSE: dict[str, object] = {}


def attract_course(name: str):
    """The demo's course: the configured one, else the first shipped course that loads.
    Read once: the demo comes back hundreds of times a day."""
    if name not in _COURSE:
        _COURSE.clear()
        _COURSE[name] = None
        for path in (resources.maps_dir() / name, resources.course()):
            course, problems = read_course(path)
            if course is not None and not any(p.is_error for p in problems):
                _COURSE[name] = course
                break
    return _COURSE[name]


class AttractScene(Scene):
    name = "attract"

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.config = ctx.kiosk.config
        self.course = attract_course(self.config.attract_course)
        self.clock = 0.0
        self.board = ctx.store.day_best(ctx.today(), self.config.board_size)
        self.world: World | None = None
        self.view: WorldView | None = None
        self._new_cycle()

    def _new_cycle(self) -> None:
        """A fresh town and a fresh drive; counted as one attract cycle."""
        kiosk = self.ctx.kiosk
        kiosk.count.attract_cycles += 1
        if self.course is None:
            return
        density = TRAFFIC_LEVELS[self.config.traffic]
        self.world = World(self.course, seed=kiosk.count.attract_cycles, density=density)
        self.pilot = Autopilot()
        self.cycle_start = self.clock
        key = (self.course.path, self.ctx.size)
        view = _VIEW.get(key)
        if view is None:
            _VIEW.clear()
            view = _VIEW[key] = WorldView(self.world, self.ctx.size)
        view.world = self.world
        view._light_changes.clear()
        lead = self.world.players[0].state
        view.camera.follow(lead.pos, lead.heading, 0.0, 0.0, snap=True)
        self.view = view
        self.board = self.ctx.store.day_best(self.ctx.today(), self.config.board_size)

    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        if event.type in STARTS:
            self.ctx.sound.cue("choose")
            self.ctx.kiosk.start_session(stack)

    def update(self, dt: float, stack: SceneStack) -> None:
        self.clock += dt
        if self.world is None:
            return
        done = self.world.done or self.clock - self.cycle_start >= self.config.attract_seconds
        if done:
            self._new_cycle()
            return
        lead = self.world.players[0]
        self.world.step([self.pilot.controls(self.world, lead)])

    @property
    def lang(self) -> str:
        langs = self.config.languages
        return langs[int(self.clock / WORDS_EVERY) % len(langs)]

    def draw(self, target: pygame.Surface, alpha: float, frame_dt: float) -> None:
        if self.view is not None:
            self.view.draw(target, alpha, frame_dt, hud=False)
        else:
            target.fill((60, 140, 70))
        L = Layout(target.get_size(), self.lang == "ar")
        self._touch(target, L)
        self._board(target, L)

    def _touch(self, target: pygame.Surface, L: Layout) -> None:
        band = L.rect(0, 560, 1280, 160)
        shade = pygame.Surface(band.size, pygame.SRCALPHA)
        shade.fill((20, 24, 40, 150))
        target.blit(shade, band)
        pulse = 1.0 + 0.06 * abs(((self.clock * 1.2) % 2.0) - 1.0)
        words = title(text("kiosk.touch_to_play", self.lang), round(L.px(72) * pulse), L.px(980))
        target.blit(words, words.get_rect(center=(band.centerx, band.centery - L.px(12))))
        dots = len(self.config.languages)
        for k in range(dots):
            on = self.config.languages[k] == self.lang
            x = band.centerx + (k - (dots - 1) / 2) * L.px(30)
            pygame.draw.circle(target, WHITE, (x, band.bottom - L.px(22)), L.px(8), 0 if on else 2)
        play = icons.icon("play", L.px(110))
        for side in (120, 1160):
            spot = L.point(side, 640)
            pygame.draw.circle(target, PLAY, spot, L.px(70))
            pygame.draw.circle(target, WHITE, spot, L.px(70), L.px(4))
            target.blit(play, play.get_rect(center=(spot[0] + L.px(6), spot[1])))

    def _board(self, target: pygame.Surface, L: Layout) -> None:
        """The day's best drivers: a trophy of stars, then a face, a nickname and stars each."""
        if not self.board:
            return
        row_h = 74
        panel = L.rect(930, 24, 326, 76 + row_h * len(self.board))
        shade = pygame.Surface(panel.size, pygame.SRCALPHA)
        pygame.draw.rect(shade, (*CARD, 225), shade.get_rect(), border_radius=L.px(22))
        target.blit(shade, panel)
        pygame.draw.rect(target, INK, panel, L.px(3), border_radius=L.px(22))
        head = fitted(text("kiosk.best_today", self.lang), L.px(26), panel.w - L.px(20), INK)
        target.blit(head, head.get_rect(midtop=(panel.centerx, panel.top + L.px(12))))
        for i, line in enumerate(self.board):
            y = 76 + 24 + i * row_h
            face = avatar(line.avatar, L.px(60))
            pygame.draw.circle(target, car_colour(line.colour), L.point(970, y + 30), L.px(33))
            target.blit(face, face.get_rect(center=L.point(970, y + 30)))
            name = fitted(line.nickname or "★", L.px(26), L.px(140), INK)
            spot = L.point(1012, y + 30)
            target.blit(
                name, name.get_rect(midright=spot) if L.rtl else name.get_rect(midleft=spot)
            )
            for k in range(3):
                pic = icons.icon("star" if k < line.stars else "star_empty", L.px(30))
                target.blit(pic, pic.get_rect(center=L.point(1165 + k * 30, y + 30)))
