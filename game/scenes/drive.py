"""The drive: the world, a driver per player, the instructor, and the view.

In the game (with a Context) Esc, Start or the pause button opens the pause menu, every
drive is recorded, and a drive always ends in the results: finished, time up, or given up.
Without one (a watched `drive`), it closes after `seconds` or a few seconds after the end.
"""

from __future__ import annotations

import os

import pygame

from game.audio.instructor import speak
from game.audio.scape import listen
from game.audio.voices import hint_key
from game.course.catalog import CourseEntry
from game.drivers.base import Driver, seat_drivers
from game.drivers.replay import Recorder, Replay
from game.input.menu import Intent, Pointer
from game.input.pilot import HumanDriver
from game.render.feedback import Feedback
from game.render.route_marks import draw_edge_arrow
from game.render.touch_pad import draw_touch
from game.render.world_view import WorldView
from game.rules.referee import Referee
from game.rules.speeding import limit_at
from game.scenes.base import Scene, SceneStack
from game.scenes.context import Context
from game.sim.world import World
from game.store import DriveRecord
from game.ui import icons
from game.ui.avatars import car_sprite

CELEBRATE_SECONDS = 2.5  # the town lives on a moment after the end, then the results
WATCH_AFTER_END = 3.0  # a watched drive closes this long after the end


class DriveScene(Scene):
    name = "drive"

    def __init__(
        self,
        world: World,
        size: tuple[int, int],
        drivers: list[Driver] | None = None,
        keyboard=None,
        seconds: float | None = None,
        ctx: Context | None = None,
        entry: CourseEntry | None = None,
    ) -> None:
        self.world = world
        self.size = size
        self.seconds = seconds  # close the scene after this long (a watched drive)
        self.ctx = ctx
        self.entry = entry
        self.referee = Referee(world)
        self.recorder = Recorder()
        lang = ctx.lang if ctx else "en"
        self.panes = [
            Pane(i, world, rect, lang) for i, rect in enumerate(split(size, len(world.players)))
        ]
        if ctx is not None:
            first = ctx.player.colour if ctx.player else None
            for seat, person in enumerate((ctx.player, ctx.second)):
                # two children who chose one colour: the second car keeps a colour of its own
                if person is not None and (seat == 0 or person.colour != first):
                    for pane in self.panes:
                        _own_colour(pane.view.car_sprites, seat, car_sprite(person.colour))
        self.drivers = list(drivers or [])
        if keyboard is not None:  # a child at the keyboard (and pad) drives the first car
            human = keyboard if isinstance(keyboard, HumanDriver) else HumanDriver(keyboard)
            self.drivers.insert(0, human)
        seat_drivers(world, self.drivers)
        self.done_at: float | None = None
        self.ended = False
        self.clock = 0.0
        self._clear_touch_buttons()
        self._check_hints()

    def _clear_touch_buttons(self) -> None:
        """In a half screen, on-screen buttons fill both bottom corners: that player's bubbles
        come down from under the HUD instead, clear of the pause button on the seam."""
        if len(self.panes) < 2:
            return
        seam = self.pause_rect().w / 2 + 12
        for pane, driver in zip(self.panes, self.drivers):
            if getattr(getattr(driver, "devices", None), "touch", None) is not None:
                pane.feedback.top = round(pane.rect.h * 0.25)
                pane.feedback.max_width = pane.rect.w - 2 * seam

    @property
    def view(self) -> WorldView:
        """The first player's view (the whole screen for one player)."""
        return self.panes[0].view

    @property
    def feedback(self) -> Feedback:
        return self.panes[0].feedback

    @property
    def inside_hints(self) -> set[int]:
        return self.panes[0].inside_hints

    @inside_hints.setter
    def inside_hints(self, value: set[int]) -> None:
        self.panes[0].inside_hints = value

    @property
    def keyboard(self):
        """The first player's devices, if a child drives it."""
        first = self.drivers[0] if self.drivers else None
        return getattr(first, "devices", None)

    @property
    def humans(self) -> list[HumanDriver]:
        return [d for d in self.drivers if isinstance(d, HumanDriver)]

    # -- input ---------------------------------------------------------------------
    def pause_rect(self) -> pygame.Rect:
        """The on-screen pause button: top middle, clear of the HUD on both sides."""
        w, h = self.size
        side = max(64, round(84 * min(w / 1280, h / 720)))
        if len(self.panes) > 1:  # on the seam, below both players' progress
            return pygame.Rect(w // 2 - side // 2, round(side * 2.1), side, side)
        return pygame.Rect(w // 2 - side // 2, round(side * 0.2), side, side)

    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        if self.ctx is None:
            if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
                stack.pop()
                return
        else:
            for action in self.ctx.controls.actions(event, self.size):
                # Esc, Start or the pause button (a pad's B is the horn while driving)
                wants_pause = (
                    action is Intent.PAUSE
                    or (event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE)
                    or (
                        isinstance(action, Pointer)
                        and action.kind == "up"
                        and self.pause_rect().collidepoint(action.pos)
                    )
                )
                if wants_pause and not self.ended:
                    self.pause(stack)
                    return
        for human in self.humans:
            human.handle_event(event)

    def pause(self, stack: SceneStack) -> None:
        from game.scenes.pause import PauseScene

        assert self.ctx is not None
        self.ctx.sound.cue("pause")
        stack.push(PauseScene(self.ctx, self))

    # -- time ----------------------------------------------------------------------
    def update(self, dt: float, stack: SceneStack) -> None:
        self.clock += dt
        if self.seconds is not None and self.world.t >= self.seconds:
            stack.pop()
            return
        if self.done_at is not None and self.world.t >= self.done_at + self._linger:
            if self.ctx is None:
                stack.pop()
            else:
                self.finish(stack)
            return
        controls = [
            driver.controls(self.world, player)
            for driver, player in zip(self.drivers, self.world.players)
        ]
        if self.done_at is None:
            self.recorder.add(controls)
        self.world.step(controls)
        events = self.referee.observe()
        if self.done_at is None:
            for pane in self.panes:
                pane.feedback.add(events)
            self._speak(events)
        if self.ctx is not None:
            self.ctx.sound.drive(listen(self.world))
        self._check_hints()
        for pane in self.panes:
            pane.feedback.update(dt)
        if self.world.done and self.done_at is None:
            self.done_at = self.world.t
            self.steps_driven = self.world.steps
            self.events_driven = len(self.referee.events)
            if self.ctx is not None:
                self.ctx.sound.cue("cheer" if self.world.all_finished else "time_up")

    def _speak(self, events: list) -> None:
        """The instructor: a chime (praise) or a soft tone (mistake), then the words."""
        if self.ctx is not None:
            speak(self.ctx.sound, events, self.feedback.player, self.ctx.lang)

    @property
    def _linger(self) -> float:
        return WATCH_AFTER_END if self.ctx is None else CELEBRATE_SECONDS

    def finish(self, stack: SceneStack, gave_up: bool = False) -> None:
        """Save the drive (up to its end) and show the results."""
        from game.scenes import flow

        assert self.entry is not None
        record = self.save(gave_up)
        if record is not None:
            flow.results(stack, self.ctx, record, self.entry)

    def save(self, gave_up: bool = True) -> DriveRecord | None:
        """Keep the drive in the store, once; a drive left from the pause menu is kept too.
        With two cars, a second child who chose their face keeps their own drive as well (the
        same replay, their own card, so their stars count in their licence)."""
        if self.ended or self.ctx is None or self.entry is None:
            return None
        self.ended = True
        path, replay, card = (
            os.fspath(self.entry.path),
            self.replay().as_dict(),
            self.scorecard(gave_up),
        )
        store = self.ctx.store
        first = store.record_drive(self.ctx.seat_player_id(1), path, replay, card)
        second = self.ctx.seat_player_id(2)
        if second is not None and len(card.get("players", ())) > 1:
            theirs = {**card["players"][1], "time_up": card["time_up"], "gave_up": gave_up}
            store.record_drive(
                second, path, replay, {**theirs, "seat": 2, "players": card["players"]}
            )
        return first

    def _driven(self) -> tuple[int, list]:
        """Steps and events of the drive itself (not the celebration after the end)."""
        if self.done_at is None:
            return self.world.steps, list(self.referee.events)
        return self.steps_driven, self.referee.events[: self.events_driven]

    def replay(self) -> Replay:
        steps, events = self._driven()
        world = self.world
        return Replay(
            course=os.fspath(self.entry.path) if self.entry else world.course.path,
            seed=world.seed,
            density=world.town.density,
            players=len(world.players),
            levels=[p.level for p in world.players],
            steps=steps,
            controls=self.recorder.runs,
            events=events,
            summary={},
        )

    def scorecard(self, gave_up: bool = False) -> dict:
        """The first player's card; with two players, both cards are under `players`."""
        full = self.referee.scorecard()
        steps, _ = self._driven()
        cards = []
        for card, player in zip(full["scorecards"], self.world.players):
            card = dict(card)
            p = player.progress
            card["time_s"] = round(p.finish_time if p.finished else steps / 60.0, 2)
            cards.append(card)
        card = dict(cards[0])
        card["time_up"] = self.world.time_up
        card["gave_up"] = gave_up
        if len(cards) > 1:
            card["players"] = cards
        return card

    def _check_hints(self) -> None:
        """Show a course's `hint` once each time a player's car drives into its area."""
        hints = getattr(self.world.course, "hints", ())
        if not hints or not self.world.players:
            return
        for pane in self.panes:
            pos = self.world.players[pane.index].state.pos
            now = {i for i, hint in enumerate(hints) if hint.contains(pos)}
            for i in sorted(now - pane.inside_hints):
                words = hint_text(hints[i].texts, pane.feedback.lang)
                pane.feedback.add_hint(words)
                if self.ctx is not None and words.strip():
                    self.ctx.sound.cue("hint")
                    key = hint_key(words)
                    if key is not None:
                        self.ctx.sound.say(key, self.ctx.lang)
            pane.inside_hints = now

    # -- drawing -------------------------------------------------------------------
    def draw(self, target: pygame.Surface, alpha: float, frame_dt: float) -> None:
        ref = self.referee.ctx
        for pane in self.panes:
            player = self.world.players[pane.index]
            area = target.subsurface(pane.rect) if len(self.panes) > 1 else target
            car = ref.cars.get(player.number)
            pane.view.hud.limit = limit_at(ref, car)[0] if car is not None else None
            pane.view.draw(area, alpha, frame_dt, pane.index)
            driver = self.drivers[pane.index] if pane.index < len(self.drivers) else None
            assist = getattr(driver, "assist", None)
            if assist is None or assist.route_arrows:
                s = pane.view.hud.scale
                draw_edge_arrow(area, pane.view.camera, self.world, player, self.clock, s)
            pane.feedback.draw(area)
            touch = getattr(getattr(driver, "devices", None), "touch", None)
            if touch is not None:
                draw_touch(target, touch)
        if len(self.panes) > 1:
            x = self.panes[1].rect.left
            pygame.draw.line(target, (30, 34, 48), (x, 0), (x, self.size[1]), 6)
        if self.ctx is not None:
            self._pause_button(target)

    def _pause_button(self, target: pygame.Surface) -> None:
        r = self.pause_rect()
        pygame.draw.rect(target, (255, 255, 255), r, border_radius=r.w // 4)
        pygame.draw.rect(target, (40, 44, 60), r, max(2, r.w // 20), border_radius=r.w // 4)
        pic = icons.icon("pause", round(r.w * 0.6), (40, 44, 60))
        target.blit(pic, pic.get_rect(center=r.center))


class Pane:
    """One player's part of the screen: a view following their car, and their bubbles."""

    def __init__(self, index: int, world: World, rect: pygame.Rect, lang: str) -> None:
        self.index = index
        self.rect = rect
        self.view = WorldView(world, rect.size)
        self.view.hud.lang = lang
        if index:
            lead = world.players[index].state
            self.view.camera.follow(lead.pos, lead.heading, 0.0, 0.0, snap=True)
        self.feedback = Feedback(rect.size, lang, player=index + 1)
        self.inside_hints: set[int] = set()  # the hint areas this player's car is in


def _own_colour(sprites: list, seat: int, mine) -> None:
    """The child in `seat` drives the colour they chose; a car that had it takes theirs."""
    if mine in sprites and sprites.index(mine) != seat:
        sprites[sprites.index(mine)] = sprites[seat]
    sprites[seat] = mine


def split(size: tuple[int, int], players: int) -> list[pygame.Rect]:
    """The screen for one player, or side by side halves for two."""
    w, h = size
    if players < 2:
        return [pygame.Rect(0, 0, w, h)]
    half = w // 2
    return [pygame.Rect(0, 0, half, h), pygame.Rect(half, 0, w - half, h)]


def hint_text(texts: dict[str, str], lang: str) -> str:
    """The hint in the player's language, else its `text`, else any language it has."""
    for key in (lang, ""):
        if texts.get(key, "").strip():
            return texts[key]
    return next((t for t in texts.values() if t.strip()), "")


def load_entry(ctx: Context, entry: CourseEntry) -> Scene:
    """A drive of this course for the current player(s), or a calm message saying why not."""
    from game.course.loader import read_course
    from game.i18n.messages import text
    from game.scenes.message import MessageScene

    course, problems = read_course(entry.path)
    errors = [p for p in problems if p.is_error]
    if course is None or errors:
        lines = [f"{p.where}: {p.what}. {p.fix[:1].upper()}{p.fix[1:]}" for p in errors]
        return MessageScene(text("error.course", ctx.lang), [os.fspath(entry.path), *lines])
    players = max(1, min(2, ctx.players))
    world = World(course, seed=ctx.seed, players=players, density=ctx.density)
    if ctx.pilot is not None:
        drivers = [ctx.pilot() for _ in range(players)]
        return DriveScene(world, ctx.size, drivers=drivers, ctx=ctx, entry=entry)
    walking = course.walking
    humans = [human_driver(ctx, seat, players, walking) for seat in range(1, players + 1)]
    return DriveScene(world, ctx.size, drivers=humans, ctx=ctx, entry=entry)


def human_driver(ctx: Context, seat: int, players: int, walking: bool = False) -> HumanDriver:
    """The child in `seat`: their keys (half the keyboard each when two play), their pad,
    the on-screen buttons of their half (on foot: with a run button), and their own help."""
    from game.drivers.assist import Assist
    from game.input.gamepad import GamepadInput
    from game.input.keyboard import LEFT, RIGHT, SOLO, KeyboardInput, KeyMap
    from game.input.router import PlayerInput
    from game.input.touch import TouchInput

    prefs = ctx.driving_for(seat)
    base = SOLO if players == 1 else (LEFT, RIGHT)[seat - 1]
    # a child's own keys are for the whole keyboard: two children keep their halves
    keys = KeyMap.from_names(prefs.keys, base) if prefs.keys and players == 1 else base
    steering = prefs.steering_mode
    rect = split(ctx.size, players)[seat - 1]
    devices = PlayerInput(
        KeyboardInput(keys),
        GamepadInput(index=seat - 1),
        TouchInput(rect, ctx.size, steering, walking) if ctx.touch_controls else None,
    )
    return HumanDriver(devices, Assist(prefs.assist, steering), prefs.one_switch)
