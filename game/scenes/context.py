"""What every screen is handed: the store, the settings, who is playing, in which language,
the course list, and a sound hook. New features (voices, kiosk, teacher mode) plug in here
instead of into every scene."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from game.audio.scape import Scape
from game.course.catalog import CourseList
from game.drivers.base import Driver
from game.i18n.messages import text
from game.input.menu import MenuInput
from game.sim.levels import TRAFFIC_LEVELS
from game.store import PlayerRecord, Settings, Store
from game.store.driving import DrivingPrefs

RTL_LANGS = frozenset({"ar"})


class Sound(Protocol):
    """What screens ask of the audio (game.audio.mixer plays it): short cues, spoken
    catalog lines, the drive's sounds at each step, and the time passing."""

    def cue(self, name: str) -> None:
        """focus, choose, back, star, cheer, pause, resume, letter, saved, error, praise,
        mistake, hint, birds (game.audio.catalog.CUES)."""

    def say(self, key: str, lang: str) -> None:
        """Speak a catalog message (the instructor's words, a screen's few words)."""

    def drive(self, scape: Scape) -> None:
        """The drive's sounds at this step: engine, indicator, horn, siren, people."""

    def update(self, dt: float) -> None:
        """Once a frame: the next spoken line, the loops' volumes."""


class Silence:
    """No sound: tests, screenshots, and a machine with no audio."""

    def cue(self, name: str) -> None:
        pass

    def say(self, key: str, lang: str) -> None:
        pass

    def drive(self, scape: Scape) -> None:
        pass

    def update(self, dt: float) -> None:
        pass


@dataclass
class Context:
    store: Store
    courses: CourseList
    size: tuple[int, int]
    settings: Settings = field(default_factory=Settings)
    player: PlayerRecord | None = None
    sound: Sound = field(default_factory=Silence)
    seed: int = 0  # the town's random seed for the next drive
    pilot: Callable[[], Driver] | None = None  # who drives: None = the child's hands
    idle_timeout: float | None = None  # kiosk: waiting screens move on after this long
    notices: list[str] = field(default_factory=list)  # catalog keys to tell at the title
    today: Callable[[], date] = date.today
    quit_allowed: bool = True  # a kiosk hides the way out of the game
    controls: MenuInput = field(default_factory=MenuInput)  # shared: pads, stick state
    players: int = 1  # children driving together on one screen (split view when 2)
    second: PlayerRecord | None = None  # the child in the second car (None: a guest)
    touch_controls: bool = True  # the on-screen driving buttons (touch screens, the mouse)
    driving_override: dict[str, str] = field(default_factory=dict)  # the command line's
    kiosk: Any = None  # game.kiosk.guard.KioskGuard when the game runs as a kiosk
    staff_pin: str = ""  # the teacher's PIN, from staff.toml ("" = the documented default)

    # -- language ------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.settings.language

    @property
    def rtl(self) -> bool:
        return self.lang in RTL_LANGS

    def t(self, key: str) -> str:
        """A catalog message in the current language."""
        return text(key, self.lang)

    def set_language(self, lang: str) -> None:
        """Every screen reads ctx.lang when it draws, so all switch at once."""
        self.change_settings(self.settings.but(language=lang))
        if self.player is not None and self.player.language != lang:
            self.player = PlayerRecord(**{**self.player.__dict__, "language": lang})
            self.store.update_player(self.player)

    # -- settings and players ------------------------------------------------------
    def change_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.store.save_settings(settings)

    @property
    def density(self) -> float:
        return TRAFFIC_LEVELS[self.settings.traffic]

    def choose_player(self, player: PlayerRecord) -> None:
        self.player = player
        self.store.set_last_player(player.id)
        if player.language and player.language != self.lang:
            self.change_settings(self.settings.but(language=player.language))

    def driving_for(self, seat: int = 1) -> DrivingPrefs:
        """How the child in `seat` drives: their saved help and keys (a guest's per seat),
        with the command line's --assist / --steering over them for this run."""
        prefs = self.store.driving(self.seat_player_id(seat), seat)
        if self.driving_override:
            prefs = prefs.but(**self.driving_override)
        return prefs

    def save_driving(self, prefs: DrivingPrefs, seat: int = 1) -> None:
        self.store.save_driving(self.seat_player_id(seat), prefs, seat)

    def seat_player_id(self, seat: int) -> int | None:
        """The saved child in `seat` (1: the chosen player, 2: the second car's), or None
        for a guest."""
        person = self.player if seat == 1 else self.second if seat == 2 else None
        return person.id if person is not None else None

    def best_stars(self) -> dict[str, int]:
        return self.store.best_stars(self.player.id) if self.player else {}

    @property
    def licence_dir(self) -> Path:
        base = self.store.path.parent if self.store.path else Path.cwd()
        return base / "licences"
