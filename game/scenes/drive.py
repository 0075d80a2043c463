"""The drive: the world, a driver per player, the instructor, and the view.

In the game (with a Context) Esc, Start or the pause button opens the pause menu, every
drive is recorded, and a drive always ends in the results: finished, time up, or given up.
Without one (a watched `drive`), it closes after `seconds` or a few seconds after the end.
"""

from __future__ import annotations

import os

import pygame

from game.audio.scape import listen
from game.audio.voices import hint_key
from game.course.catalog import CourseEntry
from game.drivers.base import Driver
from game.drivers.replay import Recorder, Replay
from game.input.menu import Intent, Pointer
from game.render.feedback import Feedback
from game.render.route_marks import draw_edge_arrow
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
        self.seconds = seconds  # close the scene after this long (a watched drive)
        self.ctx = ctx
        self.entry = entry
        self.referee = Referee(world)
        self.recorder = Recorder()
        self.view = WorldView(world, size)
        lang = ctx.lang if ctx else "en"
        self.view.hud.lang = lang
        self.feedback = Feedback(size, lang)
        if ctx is not None and ctx.player is not None:
            self.view.car_sprites[0] = car_sprite(ctx.player.colour)
        self.keyboard = keyboard
        self.drivers = drivers or []
        self.inside_hints: set[int] = set()  # the hint areas the lead car is in
        self.done_at: float | None = None
        self.ended = False
        self.clock = 0.0
        self._check_hints()

    # -- input ---------------------------------------------------------------------
    def pause_rect(self) -> pygame.Rect:
        """The on-screen pause button: top middle, clear of the HUD on both sides."""
        w, h = self.view.size
        side = max(64, round(84 * min(w / 1280, h / 720)))
        return pygame.Rect(w // 2 - side // 2, round(side * 0.2), side, side)

    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        if self.ctx is None:
            if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
                stack.pop()
                return
        else:
            for action in self.ctx.controls.actions(event, self.view.size):
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
        if self.keyboard is not None:
            self.keyboard.handle_event(event)

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
        controls = []
        for i, player in enumerate(self.world.players):
            if i == 0 and self.keyboard is not None:
                controls.append(self.keyboard.controls())
            elif i < len(self.drivers):
                controls.append(self.drivers[i].controls(self.world, player))
        if self.done_at is None:
            self.recorder.add(controls)
        self.world.step(controls)
        events = self.referee.observe()
        if self.done_at is None:
            self.feedback.add(events)
            self._speak(events)
        if self.ctx is not None:
            self.ctx.sound.drive(listen(self.world))
        self._check_hints()
        self.feedback.update(dt)
        if self.world.done and self.done_at is None:
            self.done_at = self.world.t
            self.steps_driven = self.world.steps
            self.events_driven = len(self.referee.events)
            if self.ctx is not None:
                self.ctx.sound.cue("cheer" if self.world.all_finished else "time_up")

    def _speak(self, events: list) -> None:
        """The instructor: a chime (praise) or a soft tone (mistake), then the words."""
        if self.ctx is None:
            return
        mine = [e for e in events if e.get("player", 1) == self.feedback.player]
        kinds = ["praise" if e.get("kind") == "praise" else "mistake" for e in mine]
        for kind in dict.fromkeys(kinds):
            self.ctx.sound.cue(kind)
        for event in mine:
            self.ctx.sound.say(str(event.get("message", "")), self.ctx.lang)

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
        """Keep the drive in the store, once; a drive left from the pause menu is kept too."""
        if self.ended or self.ctx is None or self.entry is None:
            return None
        self.ended = True
        return self.ctx.store.record_drive(
            self.ctx.player.id if self.ctx.player else None,
            os.fspath(self.entry.path),
            self.replay().as_dict(),
            self.scorecard(gave_up),
        )

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
            steps=steps,
            controls=self.recorder.runs,
            events=events,
            summary={},
        )

    def scorecard(self, gave_up: bool = False) -> dict:
        card = dict(self.referee.scorecard()["scorecard"])
        lead = self.world.players[0]
        steps, _ = self._driven()
        card["time_s"] = round(
            lead.progress.finish_time if lead.progress.finished else steps / 60.0, 2
        )
        card["time_up"] = self.world.time_up
        card["gave_up"] = gave_up
        return card

    def _check_hints(self) -> None:
        """Show a course's `hint` once each time the lead car drives into its area."""
        hints = getattr(self.world.course, "hints", ())
        if not hints or not self.world.players:
            return
        pos = self.world.players[0].state.pos
        now = {i for i, hint in enumerate(hints) if hint.contains(pos)}
        for i in sorted(now - self.inside_hints):
            words = hint_text(hints[i].texts, self.feedback.lang)
            self.feedback.add_hint(words)
            if self.ctx is not None and words.strip():
                self.ctx.sound.cue("hint")
                key = hint_key(words)
                if key is not None:
                    self.ctx.sound.say(key, self.ctx.lang)
        self.inside_hints = now

    # -- drawing -------------------------------------------------------------------
    def draw(self, target: pygame.Surface, alpha: float, frame_dt: float) -> None:
        lead = self.world.players[0]
        ref = self.referee.ctx
        car = ref.cars.get(lead.number)
        self.view.hud.limit = limit_at(ref, car)[0] if car is not None else None
        self.view.draw(target, alpha, frame_dt)
        s = self.view.hud.scale
        draw_edge_arrow(target, self.view.camera, self.world, lead, self.clock, s)
        self.feedback.draw(target)
        if self.ctx is not None:
            self._pause_button(target)

    def _pause_button(self, target: pygame.Surface) -> None:
        r = self.pause_rect()
        pygame.draw.rect(target, (255, 255, 255), r, border_radius=r.w // 4)
        pygame.draw.rect(target, (40, 44, 60), r, max(2, r.w // 20), border_radius=r.w // 4)
        pic = icons.icon("pause", round(r.w * 0.6), (40, 44, 60))
        target.blit(pic, pic.get_rect(center=r.center))


def hint_text(texts: dict[str, str], lang: str) -> str:
    """The hint in the player's language, else its `text`, else any language it has."""
    for key in (lang, ""):
        if texts.get(key, "").strip():
            return texts[key]
    return next((t for t in texts.values() if t.strip()), "")


def load_entry(ctx: Context, entry: CourseEntry) -> Scene:
    """A drive of this course for the current player, or a calm message saying why not."""
    from game.course.loader import read_course
    from game.i18n.messages import text
    from game.input.gamepad import GamepadInput
    from game.input.router import PlayerInput
    from game.scenes.message import MessageScene

    course, problems = read_course(entry.path)
    errors = [p for p in problems if p.is_error]
    if course is None or errors:
        lines = [f"{p.where}: {p.what}. {p.fix[:1].upper()}{p.fix[1:]}" for p in errors]
        return MessageScene(text("error.course", ctx.lang), [os.fspath(entry.path), *lines])
    world = World(course, seed=ctx.seed, density=ctx.density)
    if ctx.pilot is not None:
        return DriveScene(world, ctx.size, drivers=[ctx.pilot()], ctx=ctx, entry=entry)
    keyboard = PlayerInput(gamepad=GamepadInput())
    return DriveScene(world, ctx.size, keyboard=keyboard, ctx=ctx, entry=entry)
