"""Riding as a passenger: the family car seen from above, parked at the kerb. The child
seats the baby, the six-year-old and the grown-up (tap or drag one onto a seat, or choose
with the arrows and the button), buckles each belt, presses go, and when the phone rings
on the way puts it in the glovebox. The judge is game.lessons.passenger; this screen only
shows it, speaks its words and keeps the result like a drive's (then the results).

With `watch` (a stored lesson and the results card chosen), the lesson plays again up to
that moment, on its own: the results' "see what happened" for this lesson."""

from __future__ import annotations

import math
import os

import pygame

from game.course.catalog import CourseEntry
from game.i18n.messages import text
from game.input.menu import Pointer
from game.lessons.passenger import (
    DT,
    PASSENGERS,
    PHONE_WAIT_S,
    SEATS,
    PassengerLesson,
)
from game.lessons.passenger_pilot import PassengerPilot
from game.render.feedback import Feedback
from game.scenes import flow
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.store import DriveRecord
from game.ui import icons
from game.ui import passenger_art as art
from game.ui.rule_icons import rule_icon
from game.ui.theme import CARD, INK, NEXT, PLAY, SKY, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import title

CELEBRATE_S = 2.5  # the car has arrived: a moment, then the results
WATCH_AFTER_S = 3.0  # a playback goes on this long after its moment
WATCH_BEFORE_S = 3.0  # and starts this long before it (what came earlier is skipped)
# the car and what is in it, in design units; never mirrored (the driver sits on the left)
CAR = (285, 135, 470, 580)
DASH = (305, 257, 430, 60)
WHEEL = (410, 312, 34)  # the steering wheel: centre and radius
PHONE = (500, 262, 38, 52)
GLOVEBOX = (578, 256, 146, 64)
DRIVER_SEAT = (320, 335, 180, 150)
SEAT_RECTS = {
    "front": (540, 335, 180, 150),
    "back_left": (308, 505, 138, 160),
    "child_seat": (451, 505, 138, 160),
    "back_right": (594, 505, 138, 160),
}
# the pavement on the right, where the passengers wait (their size shows their age)
KERB_X = 785
WAITING = {
    "adult": (815, 180, 160, 240),
    "child": (995, 245, 130, 175),
    "baby": (1145, 300, 115, 120),
}
GO = (840, 470, 400, 200)
PUT_AWAY = (840, 190, 400, 230)
STEPS = ("seat", "belt", "phone")  # the lesson's three moments, shown on the left
SCAN_S = 1.5  # one-switch play: the focus walks by itself from one target to the next
NUDGE_S = 10.0  # nothing done for this long: the instructor says again what to do


class LessonFeedback(Feedback):
    """The drive's bubbles, with this lesson's pictures for its mistakes."""

    def _icon(self, event, praise: bool) -> pygame.Surface:
        rule = str(event.get("rule", ""))
        if not praise and rule.startswith("pass_"):
            return rule_icon(rule, round(56 * self.scale))
        return super()._icon(event, praise)


class PassengerScene(MenuScene):
    name = "passenger"

    def __init__(
        self, ctx, entry: CourseEntry, watch: DriveRecord | None = None, item: dict | None = None
    ) -> None:
        super().__init__(ctx)
        self.entry = entry
        self.lesson = PassengerLesson()
        self.held: str | None = None  # the passenger chosen, waiting for a seat
        self.drag: tuple[float, float] | None = None  # where a dragged passenger is
        self.want_focus = ""
        self.heard = 0  # events already shown and spoken
        self.stage_said = ""
        self.arrived_for = 0.0
        self.saved = False
        self.pilot = PassengerPilot() if ctx.pilot is not None and watch is None else None
        self.script: list[list] | None = None
        self.watch_until: int | None = None
        if watch is not None:
            self.script = sorted(watch.replay.get("actions", []), key=lambda a: a[0])
            moment = next(
                (
                    e
                    for e in watch.replay.get("events", [])
                    if item is not None
                    and e.get("message") == item.get("message")
                    and e.get("kind") != "praise"
                ),
                None,
            )  # no moment: the whole lesson again
            end = int(watch.replay.get("steps", 0))
            if moment is not None:
                end = min(end, int(moment["step"]) + round(WATCH_AFTER_S / DT))
                self._catch_up(int(moment["step"]) - round(WATCH_BEFORE_S / DT))
            self.watch_until = end
        self.feedback = LessonFeedback(ctx.size, ctx.lang)
        # one-switch play (the child's setting): the focus scans, the one button chooses
        self.one_switch = watch is None and ctx.driving_for(1).one_switch
        self.scan_t = 0.0
        self.nudged_at = 0.0  # the idle time at the last nudge
        self._say_stage()
        self.want_focus = self._next_focus()

    def _catch_up(self, step: int) -> None:
        """A playback skips, unseen and unheard, to a little before its moment."""
        while self.lesson.step_no < step and not self.lesson.finished:
            for action in self._actions():
                self.lesson.apply(action)
            self.lesson.step()
        self.heard = len(self.lesson.events)

    # -- geometry --------------------------------------------------------------------
    def fixed(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        """A design rectangle that is never mirrored (the car, the kerb)."""
        L = self.layout
        s = L.scale
        return pygame.Rect(round(L.ox + x * s), round(L.oy + y * s), round(w * s), round(h * s))

    # -- buttons -----------------------------------------------------------------------
    def state_key(self) -> tuple:
        lesson = self.lesson
        return (
            *super().state_key(),
            lesson.stage,
            self.held,
            tuple(sorted(lesson.seats.items())),
            tuple(sorted(lesson.buckled)),
            self.script is not None,
        )

    def build(self) -> None:
        self.add_back()
        self.add_home()
        if self.script is not None:  # a playback: only watched
            return
        stage = self.lesson.stage
        if stage == "seat":
            for who in self.lesson.waiting:
                self.add(
                    Button(
                        f"who_{who}",
                        self.fixed(*WAITING[who]),
                        lambda stack, w=who: self._hold(w),
                        lambda t, r, w=who: self._paint_waiting(t, r, w),
                        NEXT if self.held == who else (255, 236, 196),
                    )
                )
        if stage in ("seat", "belt"):
            for seat in SEATS:
                colour = art.CHILD_SEAT if seat == "child_seat" else art.SEAT
                self.add(
                    Button(
                        f"seat_{seat}",
                        self.fixed(*SEAT_RECTS[seat]),
                        lambda stack, s=seat: self._seat(s),
                        lambda t, r, s=seat: self._paint_seat(t, r, s),
                        colour,
                    )
                )
            self.add(
                Button(
                    "go",
                    self.fixed(*GO),
                    lambda stack: self._go(),
                    self._paint_go,
                    PLAY,
                    enabled=stage == "belt",
                )
            )
        if stage == "phone":
            self.add(
                Button(
                    "put_away",
                    self.fixed(*PUT_AWAY),
                    lambda stack: self._phone("glovebox"),
                    self._paint_put_away,
                    PLAY,
                )
            )
            self.add(
                Button(
                    "glovebox",
                    self.fixed(*GLOVEBOX),
                    lambda stack: self._phone("glovebox"),
                    lambda t, r: art.glovebox(t, r, True, False),
                    (110, 116, 136),
                )
            )

    def ensure_built(self) -> None:
        super().ensure_built()
        if self.want_focus:
            names = [b.name for b in self.buttons]
            if self.want_focus in names:
                self.focus = names.index(self.want_focus)
            self.want_focus = ""

    def _next_focus(self) -> str:
        """Where the focus goes after each move: the next thing to do."""
        lesson = self.lesson
        if lesson.stage == "seat":  # a chosen passenger keeps the focus: the child moves it
            if self.held is not None:
                return f"who_{self.held}"
            return f"who_{lesson.waiting[0]}" if lesson.waiting else ""
        if lesson.stage == "belt":
            loose = [p for p in PASSENGERS if p not in lesson.buckled]
            return f"seat_{lesson.seat_of(loose[0])}" if loose else "go"
        if lesson.stage == "phone":
            return "put_away"
        return ""

    # -- what the child does ---------------------------------------------------------
    def _hold(self, who: str) -> None:
        self.held = None if self.held == who else who  # chosen again: put down

    def _seat(self, seat: str) -> None:
        lesson = self.lesson
        if lesson.stage == "seat":
            if self.held is None:
                self.ctx.sound.say("passenger.seat", self.ctx.lang)
                return
            if lesson.place(self.held, seat):
                self.ctx.sound.cue("choose")
            self.held = None
        elif lesson.stage == "belt":
            who = lesson.seats.get(seat)
            if who is not None and lesson.buckle(who):
                self.ctx.sound.cue("letter")  # click!
        self.want_focus = self._next_focus()

    def _go(self) -> None:
        self.lesson.go()
        self.want_focus = self._next_focus()

    def _phone(self, where: str) -> None:
        self.lesson.phone(where)
        self.want_focus = self._next_focus()

    def activate(self, button: Button, stack: SceneStack) -> None:
        self.scan_t = 0.0  # a choice made: the scan waits a full beat before it moves on
        super().activate(button, stack)

    def _scan(self, dt: float) -> None:
        """One-switch play: the focus moves to the next target every SCAN_S seconds."""
        if not self.one_switch:
            return
        self.scan_t += dt
        if self.scan_t < SCAN_S - 1e-9:
            return
        self.scan_t = 0.0
        self.ensure_built()
        targets = [
            i for i, b in enumerate(self.buttons) if b.enabled and b.name not in ("back", "home")
        ]
        if targets:
            self.focus = next((i for i in targets if i > self.focus), targets[0])
            self.ctx.sound.cue("focus")

    def pointer(self, p: Pointer, stack: SceneStack) -> None:
        """Besides tapping: drag a waiting passenger onto a seat."""
        dragged = self.pressed if self.pressed and self.pressed.name.startswith("who_") else None
        if dragged is not None and p.kind == "move":
            self.drag = p.pos
        if dragged is not None and p.kind == "up":
            self.drag = None
            hit = next((b for b in self.buttons if b.rect.collidepoint(p.pos)), None)
            if hit is not None and hit.name.startswith("seat_"):
                self.pressed = None
                self.held = dragged.name.removeprefix("who_")
                self.activate(hit, stack)
                return
        super().pointer(p, stack)

    # -- time ------------------------------------------------------------------------
    def update(self, dt: float, stack: SceneStack) -> None:
        super().update(dt, stack)
        self.feedback.update(dt)
        self._scan(dt)
        self._nudge()
        lesson = self.lesson
        if self.watch_until is not None and lesson.step_no >= self.watch_until:
            return
        for action in self._actions():
            lesson.apply(action)
            self.held = None
            self.want_focus = self._next_focus()
        if not lesson.finished:
            lesson.step()
        self._hear()
        self._say_stage()
        if lesson.finished:
            self.arrived_for += dt
            if self.arrived_for >= CELEBRATE_S and self.script is None:
                self.finish(stack)

    def _actions(self) -> list[list]:
        """The autopilot's or the playback's moves for this step (none: the child's hands)."""
        if self.pilot is not None:
            action = self.pilot.decide(self.lesson)
            return [action] if action is not None else []
        if self.script is not None:
            now = self.lesson.step_no
            return [a[1:] for a in self.script if a[0] == now]
        return []

    def _hear(self) -> None:
        """New words of the instructor: a bubble, a chime or a soft tone, the voice."""
        new = self.lesson.events[self.heard :]
        self.heard = len(self.lesson.events)
        if not new:
            return
        self.feedback.add(new)
        self.feedback.bubbles = self.feedback.bubbles[-1:]
        for event in new:
            self.ctx.sound.cue("praise" if event["kind"] == "praise" else "mistake")
            self.ctx.sound.say(event["message"], self.ctx.lang)

    def _nudge(self) -> None:
        """A child who does nothing hears the stage's words again (not while the phone
        rings: waiting is then the mistake to see)."""
        stage = self.lesson.stage
        if self.script is not None or stage not in ("seat", "belt"):
            return
        if self.idle >= self.nudged_at + NUDGE_S:
            self.nudged_at = self.idle
            self.ctx.sound.say(f"passenger.{stage}", self.ctx.lang)
        elif self.idle < self.nudged_at:  # the child did something: count afresh
            self.nudged_at = 0.0

    def _say_stage(self) -> None:
        stage = self.lesson.stage
        if stage != self.stage_said:
            self.want_focus = self._next_focus()
        if stage != self.stage_said and stage in STEPS:
            self.ctx.sound.say(f"passenger.{stage}", self.ctx.lang)
        if stage == "arrived" and self.stage_said != "arrived":
            self.ctx.sound.cue("cheer")
        self.stage_said = stage

    def finish(self, stack: SceneStack) -> None:
        """Keep the lesson like a drive, then the results."""
        if self.saved:
            return
        self.saved = True
        player = self.ctx.player.id if self.ctx.player else None
        replay = self.lesson.replay() | {"seed": 0, "density": 0.0}
        record = self.ctx.store.record_drive(
            player, os.fspath(self.entry.path), replay, self.lesson.scorecard()
        )
        flow.results(stack, self.ctx, record, self.entry)

    # -- drawing -------------------------------------------------------------------
    def draw_background(self, target: pygame.Surface) -> None:
        L = self.layout
        target.fill(art.ROAD)
        moving = self.lesson.stage in ("ride", "phone") or (
            self.lesson.finished and self.arrived_for < 0.6
        )
        shift = (self.lesson.ride_s * 420) % 120 if moving else 0.0
        kerb = self.fixed(KERB_X, 0, 1280 - KERB_X, 720)
        kerb.top, kerb.h = 0, target.get_height()
        pygame.draw.rect(target, art.PAVEMENT, kerb)
        for k in range(-1, 8):  # the kerb's stones and the road's dashes go by while driving
            y = k * 120 + shift
            stone = self.fixed(KERB_X - 12, y, 14, 110)
            pygame.draw.rect(target, (200, 200, 206), stone)
            dash = self.fixed(140, y + 20, 12, 60)
            pygame.draw.rect(target, WHITE, dash)
        pygame.draw.rect(target, SKY, (0, 0, target.get_width(), L.px(126) + L.oy))

    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        if not self.feedback.bubbles:
            words = text("course.title.passenger", self.ctx.lang)
            head = title(words, L.px(50), L.px(700), WHITE, INK)
            target.blit(head, head.get_rect(center=L.point(640, 68)))
        self._steps(target)
        art.car(target, self.fixed(*CAR))
        art.dashboard(target, self.fixed(*DASH))
        phone_stage = self.lesson.stage == "phone"
        away = self.lesson.phone_away_s is not None
        art.glovebox(target, self.fixed(*GLOVEBOX), phone_stage or away, away)
        if not away:
            ringing = self.lesson.ringing_s if phone_stage else 0.0
            art.phone(target, self.fixed(*PHONE), ringing)
        driver = self.fixed(*DRIVER_SEAT)
        art.seat(target, driver)
        art.person(target, driver.center, driver.h * 0.88, "driver", skin=1)
        art.belt(target, driver.center, driver.h * 0.88, True)
        cx, cy, r = WHEEL
        wheel = self.fixed(cx - r, cy - r, 2 * r, 2 * r)
        art.wheel(target, wheel.center, wheel.w / 2)
        if self.lesson.stage not in ("seat", "belt"):  # the seats are not buttons now
            for seat in SEATS:
                rect = self.fixed(*SEAT_RECTS[seat])
                colour = art.CHILD_SEAT if seat == "child_seat" else art.SEAT
                pygame.draw.rect(target, colour, rect, border_radius=round(rect.w * 0.18))
                pygame.draw.rect(target, WHITE, rect, L.px(3), border_radius=round(rect.w * 0.18))
                self._paint_seat(target, rect.inflate(-L.px(14), -L.px(14)), seat)
        if phone_stage:
            self._reaching(target)
        if self.lesson.finished:
            self._arrived(target)

    def _steps(self, target: pygame.Surface) -> None:
        """The lesson's three moments on the left: done ones ticked, the current one ringed."""
        L = self.layout
        order = {"seat": 0, "belt": 1, "ride": 2, "phone": 2, "arrived": 3}
        now = order[self.lesson.stage]
        for i, rule in enumerate(("pass_seat", "pass_belt", "pass_phone")):
            box = self.fixed(40, 170 + i * 170, 150, 150)
            pygame.draw.rect(target, CARD, box, border_radius=L.px(24))
            edge = L.px(8) if i == now else L.px(3)
            pygame.draw.rect(target, INK, box, edge, border_radius=L.px(24))
            pic = rule_icon(rule, L.px(118))
            if i > now:
                pic = pic.copy()
                pic.set_alpha(110)
            centred(pic, box, target)
            if i < now:
                tick = icons.icon("check", L.px(60), WHITE)
                spot = pygame.Rect(0, 0, L.px(64), L.px(64))
                spot.center = box.bottomright
                pygame.draw.circle(target, PLAY, spot.center, spot.w / 2)
                centred(tick, spot, target)

    def _reaching(self, target: pygame.Surface) -> None:
        """The driver's hand creeps towards the ringing phone: the child must be quicker."""
        share = min(1.0, self.lesson.ringing_s / PHONE_WAIT_S)
        wheel = self.fixed(WHEEL[0], WHEEL[1], 1, 1).topleft
        phone = self.fixed(*PHONE).center
        hand = (wheel[0] + (phone[0] - wheel[0]) * share, wheel[1] + (phone[1] - wheel[1]) * share)
        pygame.draw.line(target, art.DRIVER, wheel, hand, self.layout.px(14))
        pygame.draw.circle(target, art.SKIN[1], hand, self.layout.px(12))

    def _arrived(self, target: pygame.Surface) -> None:
        L = self.layout
        flag = icons.icon("chequered", L.px(200))
        spot = self.fixed(940, 300, 200, 200)
        pygame.draw.rect(target, CARD, spot.inflate(L.px(30), L.px(30)), border_radius=L.px(30))
        centred(flag, spot, target)
        star = icons.icon("star", L.px(90))
        target.blit(star, star.get_rect(center=spot.topright))

    # -- painting the buttons ------------------------------------------------------------
    def _person_height(self, who: str, seat_rect: pygame.Rect) -> float:
        return seat_rect.h * 0.92 * art.SIZE[who]

    def _paint_waiting(self, target: pygame.Surface, r: pygame.Rect, who: str) -> None:
        h = r.h * 0.95
        bob = math.sin(self.clock * 3 + PASSENGERS.index(who)) * r.h * 0.02
        if self.drag is not None and self.pressed is not None and self.pressed.name == f"who_{who}":
            return  # drawn under the finger instead
        art.person(target, (r.centerx, r.centery + bob), h, who, skin=_skin(who))

    def _paint_seat(self, target: pygame.Surface, r: pygame.Rect, seat: str) -> None:
        art.seat(target, r, seat == "child_seat")
        who = self.lesson.seats.get(seat)
        if who is None:
            return
        h = self._person_height(who, r)
        centre = (r.centerx, max(r.centery + r.h * 0.06, r.bottom - h / 2 - r.h * 0.02))
        art.person(target, centre, h, who, skin=_skin(who))
        buckled = who in self.lesson.buckled
        if self.lesson.stage != "seat":
            art.belt(target, centre, h, buckled)
        if self.lesson.stage == "belt" and not buckled:  # the buckle calls to be pressed
            pulse = 0.5 + 0.5 * math.sin(self.clock * math.tau * 0.9)
            ring = round(self.layout.px(16) + pulse * self.layout.px(8))
            spot = (r.centerx + h * 0.45, centre[1] + h * 0.3)
            pygame.draw.circle(target, (255, 230, 60), spot, ring, self.layout.px(4))

    def _paint_go(self, target: pygame.Surface, r: pygame.Rect) -> None:
        tri = icons.icon("play", round(r.h * 0.8))
        car = icons.icon("car", round(r.h * 0.8), art.BODY)
        gap = round(r.h * 0.1)
        x = r.centerx - (tri.get_width() + car.get_width() + gap) / 2
        for pic in (car, tri):
            target.blit(pic, pic.get_rect(midleft=(x, r.centery)))
            x += pic.get_width() + gap

    def _paint_put_away(self, target: pygame.Surface, r: pygame.Rect) -> None:
        """The phone, an arrow, the open glovebox: "put it away"."""
        ph = pygame.Rect(0, 0, r.h * 0.42, r.h * 0.7)
        ph.center = (r.left + r.w * 0.2, r.centery)
        art.phone(target, ph, self.lesson.ringing_s)
        y = r.centery
        a, b = r.left + r.w * 0.36, r.left + r.w * 0.56
        pygame.draw.line(target, WHITE, (a, y), (b, y), self.layout.px(14))
        pygame.draw.polygon(
            target, WHITE, [(b, y - r.h * 0.14), (b, y + r.h * 0.14), (b + r.h * 0.16, y)]
        )
        box = pygame.Rect(0, 0, r.w * 0.34, r.h * 0.45)
        box.center = (r.left + r.w * 0.8, r.centery)
        art.glovebox(target, box, True, False)

    def draw_over(self, target: pygame.Surface) -> None:
        L = self.layout
        if self.drag is not None and self.pressed is not None:
            who = self.pressed.name.removeprefix("who_")
            if who in art.SIZE:
                art.person(target, self.drag, L.px(WAITING[who][3]) * 0.9, who, skin=_skin(who))
        self.feedback.top = L.px(16)
        self.feedback.max_width = L.px(780)
        self.feedback.draw(target)


def _skin(who: str) -> int:
    return {"baby": 0, "child": 2, "adult": 1}.get(who, 0)
