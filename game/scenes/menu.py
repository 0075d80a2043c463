"""The shape every menu screen shares: buttons laid out in design units, a focus that the
keyboard, a pad, the mouse and fingers all move, a way back, and an idle timeout that a
kiosk turns on (every waiting screen then moves on by itself)."""

from __future__ import annotations

import pygame

from game.input.menu import Intent, Pointer
from game.scenes.base import Scene, SceneStack
from game.scenes.context import Context
from game.ui import icons, nav
from game.ui.backdrop import backdrop
from game.ui.layout import Layout
from game.ui.theme import BLUE, INK, NEXT
from game.ui.widgets import Button, centred, draw_button
from game.ui.words import title

DIRECTIONS = {
    Intent.UP: "up",
    Intent.DOWN: "down",
    Intent.LEFT: "left",
    Intent.RIGHT: "right",
}


class MenuScene(Scene):
    """Subclasses fill `self.buttons` in build() and may draw more in draw_content()."""

    name = "menu"
    heading_key = ""  # the catalog key shown at the top, if any
    default_button = ""  # what a kiosk's timeout chooses: the way forward
    initial_focus = ""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.buttons: list[Button] = []
        self.focus = -1
        self.pressed: Button | None = None
        self.idle = 0.0
        self.clock = 0.0
        self.layout = Layout(ctx.size, ctx.rtl)
        self._built_for: tuple | None = None

    # -- building ------------------------------------------------------------------
    def build(self) -> None:
        """Fill self.buttons for the current size and language."""

    def state_key(self) -> tuple:
        """Rebuild when this changes (language, size, and whatever a scene adds)."""
        return (self.ctx.lang, self.ctx.size)

    def ensure_built(self) -> None:
        key = self.state_key()
        if key == self._built_for:
            return
        focused = self.focused.name if self.focused else None
        self.layout = Layout(self.ctx.size, self.ctx.rtl)
        self.buttons = []
        self.build()
        self._built_for = key
        focused = focused or self.initial_focus
        names = [b.name for b in self.buttons]
        self.focus = names.index(focused) if focused in names else (0 if names else -1)

    def refresh(self) -> None:
        """Build again before the next frame (something shown has changed)."""
        self._built_for = None

    @property
    def focused(self) -> Button | None:
        return self.buttons[self.focus] if 0 <= self.focus < len(self.buttons) else None

    def button(self, name: str) -> Button | None:
        return next((b for b in self.buttons if b.name == name), None)

    def add(self, button: Button) -> Button:
        self.buttons.append(button)
        return button

    # -- the usual top corners: back and home ---------------------------------------
    def add_back(self, action=None, where: tuple[float, float] = (24, 20)) -> None:
        L = self.layout
        self.add(
            Button(
                "back",
                L.rect(*where, 96, 96),
                action or (lambda stack: self.back(stack)),
                lambda t, r: centred(icons.icon("back", r.h, direction=L.forward), r, t),
                BLUE,
            )
        )

    def add_home(self) -> None:
        L = self.layout
        self.add(
            Button(
                "home",
                L.rect(136, 20, 96, 96),
                lambda stack: self.go_home(stack),
                lambda t, r: centred(icons.icon("home", r.h), r, t),
                NEXT,
            )
        )

    # -- input ---------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event, stack: SceneStack) -> None:
        self.ensure_built()
        for action in self.ctx.controls.actions(event, self.ctx.size):
            self.idle = 0.0
            if isinstance(action, Pointer):
                self.pointer(action, stack)
            elif action in DIRECTIONS:
                self.move_focus(DIRECTIONS[action])
            elif action in (Intent.CHOOSE, Intent.PAUSE):
                if self.focused is not None:
                    self.activate(self.focused, stack)
            elif action is Intent.BACK:
                self.ctx.sound.cue("back")
                self.back(stack)
            if stack.top is not self:
                return

    def move_focus(self, direction: str) -> None:
        boxes = [tuple(b.rect) for b in self.buttons]
        self.focus = nav.move(boxes, self.focus, direction)
        self.ctx.sound.cue("focus")

    def pointer(self, p: Pointer, stack: SceneStack) -> None:
        hit = next((i for i, b in enumerate(self.buttons) if b.rect.collidepoint(p.pos)), -1)
        if hit >= 0 and hit != self.focus and p.kind in ("move", "down"):
            self.focus = hit
            self.ctx.sound.cue("focus")
        if p.kind == "down":
            self.pressed = self.buttons[hit] if hit >= 0 else None
        elif p.kind == "up":
            pressed, self.pressed = self.pressed, None
            if pressed is not None and hit >= 0 and self.buttons[hit] is pressed:
                self.activate(pressed, stack)

    def activate(self, button: Button, stack: SceneStack) -> None:
        if not button.enabled:
            self.ctx.sound.cue("error")
            return
        self.ctx.sound.cue("choose")
        button.action(stack)

    def back(self, stack: SceneStack) -> None:
        """Esc / B: one screen back (the title overrides this)."""
        stack.pop()

    def go_home(self, stack: SceneStack) -> None:
        from game.scenes import flow

        flow.home(stack, self.ctx)

    # -- time ----------------------------------------------------------------------
    def update(self, dt: float, stack: SceneStack) -> None:
        self.clock += dt
        self.idle += dt
        timeout = self.ctx.idle_timeout
        if timeout is not None and self.idle >= timeout:
            self.idle = 0.0
            self.on_timeout(stack)

    def on_timeout(self, stack: SceneStack) -> None:
        """Nobody touched anything for a while: take the way forward (a kiosk: attract)."""
        if self.ctx.kiosk is not None and self.ctx.kiosk.timed_out(self, stack):
            return
        self.ensure_built()
        button = self.button(self.default_button)
        if button is not None and button.enabled:
            button.action(stack)

    # -- drawing -------------------------------------------------------------------
    def draw(self, target: pygame.Surface, alpha: float, frame_dt: float) -> None:
        self.ensure_built()
        self.draw_background(target)
        self.draw_content(target)
        s = self.layout.scale
        for b in self.buttons:
            draw_button(target, b, False, b is self.pressed, s, self.clock)
        focused = self.focused
        if focused is not None:  # on top, so no neighbour hides the ring
            draw_button(target, focused, True, focused is self.pressed, s, self.clock)
        self.draw_over(target)

    def draw_background(self, target: pygame.Surface) -> None:
        target.blit(backdrop(target.get_size()), (0, 0))
        if self.heading_key:
            self.draw_heading(target, self.ctx.t(self.heading_key))

    def draw_heading(self, target: pygame.Surface, words: str) -> None:
        L = self.layout
        head = title(words, L.px(54), L.px(760), (255, 255, 255), INK)
        target.blit(head, head.get_rect(center=L.point(640, 68)))

    def draw_content(self, target: pygame.Surface) -> None:
        pass

    def draw_over(self, target: pygame.Surface) -> None:
        """Above the buttons (a celebration, a toast)."""
