"""The kiosk's minder: it stands between the loop and the screens and makes sure the game
always comes back to the attract mode. It opens the PIN pad for staff, counts each child's
turn (then the next child's), ends drives left alone, sends any screen that times out back
to attract (through the results when a drive was played), and turns an error inside a screen
into a line in the log and a fresh title instead of a crash."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.kiosk.config import KioskConfig
from game.kiosk.door import StaffDoor
from game.kiosk.memory import give_back
from game.scenes.base import Scene, SceneStack
from game.scenes.context import Context

LOG = logging.getLogger("traffic_park.kiosk")
INPUT_EVENTS = frozenset(
    {
        pygame.KEYDOWN,
        pygame.MOUSEBUTTONDOWN,
        pygame.MOUSEMOTION,
        pygame.FINGERDOWN,
        pygame.FINGERMOTION,
        pygame.CONTROLLERBUTTONDOWN,
        pygame.CONTROLLERAXISMOTION,
    }
)
PRESSES = frozenset(
    {pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.FINGERDOWN, pygame.CONTROLLERBUTTONDOWN}
)
STAFF_IDLE = 300.0  # the teacher's and staff's screens wait this long before attract
ERROR_BURST = (10, 10.0)  # this many errors within so many seconds: let the process restart
AFTER_RESULTS = ("results", "replay", "licence")
MOVING = 0.5  # m/s: a car going at least this fast is being driven


@dataclass
class DayCount:
    """What a kiosk day did: the figures of `run_game.py kiosk --headless`."""

    attract_cycles: int = 0
    sessions: int = 0
    abandoned: int = 0
    capped: int = 0
    errors: int = 0


class KioskGuard:
    def __init__(self, ctx: Context, config: KioskConfig, pin: str) -> None:
        self.ctx = ctx
        self.config = config
        self.pin = pin
        self.door = StaffDoor(config)
        self.count = DayCount()
        self.t = 0.0  # seconds of kiosk time (fixed steps: the same in a simulated day)
        self.last_input = 0.0
        self.session_start: float | None = None
        self.over = False  # this child's minutes are up: results, then the next child
        self.saw_results = False  # this child's turn reached the results at least once
        self.recent_errors: list[float] = []
        self.exit_code = 0
        ctx.kiosk = self
        ctx.quit_allowed = False
        ctx.idle_timeout = config.screen_timeout

    # -- the day's shape -----------------------------------------------------------
    @property
    def in_session(self) -> bool:
        return self.session_start is not None

    def attract(self, stack: SceneStack, abandoned: bool = False) -> None:
        """Back to the demo; the child's turn (if one was on) is over."""
        from game.scenes.attract import AttractScene

        if self.in_session:
            self.count.abandoned += int(abandoned and not self.saw_results)
            self.count.capped += int(self.over)
        self.session_start = None
        self.over = False
        self.saw_results = False
        self.ctx.player = None
        self.ctx.second = None
        self.ctx.pilot = None
        stack.reset(AttractScene(self.ctx))
        give_back()  # the turn's worlds and pictures are gone: hand their pages back

    def start_session(self, stack: SceneStack) -> None:
        """The first touch on the demo: a child's turn starts at the title."""
        from game.scenes import flow

        self.session_start = self.t
        self.last_input = self.t
        self.over = False
        self.count.sessions += 1
        flow.home(stack, self.ctx)

    def staff(self, stack: SceneStack) -> None:
        """The PIN pad, over whatever is showing; the right PIN opens the staff's screen."""
        from game.scenes.pin import PinScene
        from game.scenes.staff import StaffScene

        if isinstance(stack.top, PinScene):
            return
        stack.push(PinScene(self.ctx, self.pin, lambda s: s.replace(StaffScene(self.ctx))))

    def leave(self, stack: SceneStack) -> None:
        """Staff chose to close the game: exit status 0, so no supervisor restarts it."""
        self.exit_code = 0
        stack.quit = True

    # -- hooks the screens call ----------------------------------------------------
    def timed_out(self, scene: Scene, stack: SceneStack) -> bool:
        """A screen waited for a choice for screen_timeout seconds. True: handled here."""
        if getattr(scene, "staff_screen", False):
            if self.t - self.last_input >= STAFF_IDLE:
                self.attract(stack)
            return True
        if scene.name == "attract":
            return True
        if scene.name == "pause":  # the drive is kept and its results shown
            drive = getattr(scene, "drive", None)
            stack.pop()
            if drive is not None and stack.top is drive:
                drive.finish(stack, gave_up=True)
                return True
        self.attract(stack, abandoned=not self.over)
        return True

    # -- the loop's side -----------------------------------------------------------
    def event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        """One input event: the staff door first, then the screen on top."""
        if event.type in INPUT_EVENTS:
            self.last_input = self.t
        if event.type == pygame.KEYDOWN and self.door.keys(_mods(event.mod), _key(event.key)):
            self.staff(stack)
            return
        pos = _press_position(event, self.ctx.size)
        if pos is not None and self.door.tap(pos, self.ctx.size, self.t):
            self.staff(stack)
            return
        if stack.top is not None:
            self.safely(stack, lambda: stack.top.handle_event(event, stack))  # type: ignore[union-attr]

    def update(self, dt: float, stack: SceneStack) -> None:
        """One fixed step of the screen on top, then the kiosk's rules."""
        self.t += dt
        if stack.top is not None:
            self.safely(stack, lambda: stack.top.update(dt, stack))  # type: ignore[union-attr]
        self.rules(stack)

    def draw(self, stack: SceneStack, target: pygame.Surface, alpha: float, dt: float) -> None:
        if stack.top is not None:
            self.safely(stack, lambda: stack.top.draw(target, alpha, dt))  # type: ignore[union-attr]

    def rules(self, stack: SceneStack) -> None:
        from game.scenes.drive import DriveScene

        top = stack.top
        if top is None or not self.in_session or getattr(top, "staff_screen", False):
            return
        assert self.session_start is not None
        self.saw_results = self.saw_results or top.name == "results"
        if self.over:
            if top.name not in AFTER_RESULTS:
                self.attract(stack)  # e.g. "try again" after the minutes were up
            return
        driving = isinstance(top, DriveScene) and not top.ended
        if driving and abs(top.world.players[0].state.speed) > MOVING:
            self.last_input = self.t  # a held pedal sends no events, but the car moves
        if self.t - self.session_start >= self.config.session_minutes * 60:
            self.over = True
            LOG.info("a child's %.1f minutes are up", self.config.session_minutes)
            if driving:
                top.finish(stack)  # the drive so far, and its results
            elif top.name not in AFTER_RESULTS:
                self.attract(stack)
        elif driving and self.t - self.last_input >= self.config.drive_idle:
            top.finish(stack, gave_up=True)

    def safely(self, stack: SceneStack, call: Callable[[], object]) -> None:
        """Run one call of a screen; an error is logged and the game carries on at the title."""
        try:
            call()
        except Exception:
            self.count.errors += 1
            many, within = ERROR_BURST
            self.recent_errors = [t for t in self.recent_errors if self.t - t < within]
            self.recent_errors.append(self.t)
            name = getattr(stack.top, "name", type(stack.top).__name__)
            LOG.exception("error in the %s screen; back to the title", name)
            if len(self.recent_errors) >= many:
                raise  # even the title and the demo fail: a restart is the way out
            self.recover(stack, name)

    def recover(self, stack: SceneStack, name: str) -> None:
        from game.scenes import flow

        if name in ("title", "attract"):
            self.attract(stack)
        else:
            flow.home(stack, self.ctx)


def _mods(mod: int) -> set[str]:
    held = set()
    if mod & pygame.KMOD_CTRL:
        held.add("ctrl")
    if mod & pygame.KMOD_ALT:
        held.add("alt")
    if mod & pygame.KMOD_SHIFT:
        held.add("shift")
    return held


def _key(key: int) -> str:
    return pygame.key.name(key).lower()


def _press_position(event: pygame.event.Event, size: tuple[int, int]):
    if event.type == pygame.MOUSEBUTTONDOWN and not getattr(event, "touch", False):
        return event.pos
    if event.type == pygame.FINGERDOWN:
        return (event.x * size[0], event.y * size[1])
    return None
