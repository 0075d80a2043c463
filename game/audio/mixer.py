"""The game's sound through pygame's mixer: screens' cues, the drive's sounds, the voice.

`open_mixer(settings)` gives the sound hook a Context carries (cue, say, drive, update).
With no audio device (a classroom PC with no speakers, CI, SDL_AUDIODRIVER=dummy) or a
missing sound file the game goes on, silently: sound is never a reason to stop.

Volumes are read from the settings at every frame (effects, voice, ambience, mute), so a
change on the settings screen is heard at once. While the instructor speaks, the car and
the town are a little quieter so the words stand out.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pygame

from game import resources
from game.audio.catalog import CUES, ENGINE, FOLDER, SOUNDS, file_name
from game.audio.scape import Scape
from game.audio.voice_queue import Line, VoiceQueue
from game.audio.voices import clip_path, voice_for
from game.store.settings import Settings

FREQUENCY, CHANNELS, BUFFER = 44100, 2, 1024
VOICE = 0
LOOPS = ("horn", "siren", "footsteps", "chatter", "birds", "town", *ENGINE)
RESERVED = 1 + len(LOOPS)  # the voice and one channel per loop; cues use the rest
TOTAL_CHANNELS = RESERVED + 10
SMOOTH = 0.08  # s: loop volumes glide to their targets, never jump (no zipper noise)
LOOPS_LINGER = 0.25  # s without a drive step (paused, left the drive): loops fade out
DUCK = 0.55  # the car and the town while the voice speaks
CUE_THEN_VOICE = 0.35  # s: a line asked with its chime starts after the chime's ring
STAR_RUN = 2.5  # s: stars cued this close together climb star_1, star_2, star_3
TOWN_LEVEL, BIRDS_LEVEL = 0.7, 0.8
BUMP_EVERY = 0.3  # s: a car rubbing a wall thuds once, not sixty times a second
CLIPS_KEPT = 8  # voice clips kept decoded (about 1 MB each): a kiosk's day stays flat
PLAYED_KEPT = 500  # names kept in Mixer.played


def taper(step: int) -> float:
    """A 0..10 volume step as a gain: squared, as ears hear loudness."""
    return (max(0, min(10, step)) / 10) ** 2


class Mixer:
    """Implements game.scenes.context.Sound; all methods are safe when there is no device."""

    def __init__(self, settings: Callable[[], Settings], folder: Path | None = None) -> None:
        self.settings = settings
        self.folder = folder  # assets/ (None: game.resources finds it)
        self.ok = False
        self.now = 0.0
        self.sounds: dict[str, pygame.mixer.Sound | None] = {}
        # the voice clips heard last, decoded; older ones are dropped (a playing one stays alive
        # in its channel) so memory does not grow with every line a day brings
        self.clips: OrderedDict[tuple[str, str], pygame.mixer.Sound | None] = OrderedDict()
        self.queue = VoiceQueue()
        self.scape: Scape | None = None
        self.scape_at = -math.inf
        self.loop_level = {name: 0.0 for name in LOOPS}
        self.previous = Scape()
        self.last_cue: dict[str, float] = {}
        self.stars = 0
        self.played: list[str] = []  # names of cues and clips started (tests read it)

    # -- opening -------------------------------------------------------------------
    def open(self) -> Mixer:
        """Start pygame's mixer; without a device, stay silent (self.ok False)."""
        try:
            if pygame.mixer.get_init() is None:
                pygame.mixer.init(FREQUENCY, -16, CHANNELS, BUFFER)
            pygame.mixer.set_num_channels(TOTAL_CHANNELS)
            pygame.mixer.set_reserved(RESERVED)
            self.ok = True
        except pygame.error:
            self.ok = False
        return self

    def _root(self) -> Path:
        return self.folder if self.folder is not None else resources.assets_dir()

    def sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self.sounds:
            self.sounds[name] = self._load(self._root() / FOLDER / file_name(name))
            if self.sounds[name] is not None:
                self.sounds[name].set_volume(SOUNDS[name].gain)
        return self.sounds[name]

    def clip(self, key: str, lang: str) -> pygame.mixer.Sound | None:
        """A language's own recording first (e.g. a Tamazight speaker's), else its voice."""
        for voice in dict.fromkeys((lang, voice_for(lang))):
            if (key, voice) in self.clips:
                self.clips.move_to_end((key, voice))
            else:
                path = self._root().joinpath(*clip_path(key, voice))
                self.clips[key, voice] = self._load(path) if path.is_file() else None
                while len(self.clips) > CLIPS_KEPT:
                    self.clips.popitem(last=False)
            if self.clips[key, voice] is not None:
                return self.clips[key, voice]
        return None

    def _load(self, path: Path) -> pygame.mixer.Sound | None:
        if not self.ok:
            return None
        try:
            return pygame.mixer.Sound(path)
        except (pygame.error, FileNotFoundError):
            return None  # a missing or broken file: that one sound is silent

    # -- volumes -------------------------------------------------------------------
    def volume(self, kind: str) -> float:
        s = self.settings()
        if s.muted:
            return 0.0
        step = {"effects": s.effects_volume, "voice": s.voice_volume}.get(kind, s.ambience_volume)
        return taper(step)

    def speaking(self) -> bool:
        return self.ok and pygame.mixer.Channel(VOICE).get_busy()

    # -- the Sound hook ------------------------------------------------------------
    def cue(self, name: str) -> None:
        """A screen's or the instructor's short sound; unknown names are ignored."""
        sound_name = CUES.get(name)
        if sound_name is None:
            return
        if name == "pause":
            self.hush()
        if name == "star":
            recent = self.now - self.last_cue.get("star", -math.inf) < STAR_RUN
            self.stars = min(3, self.stars + 1) if recent else 1
            sound_name = f"star_{self.stars}"
        self.last_cue[name] = self.now
        self.play(sound_name, maxtime=1500 if SOUNDS[sound_name].loop else 0)

    def _heard(self, name: str) -> None:
        self.played.append(name)
        if len(self.played) > 2 * PLAYED_KEPT:
            del self.played[:PLAYED_KEPT]

    def play(self, name: str, gain: float = 1.0, maxtime: int = 0) -> None:
        self._heard(name)
        sound = self.sound(name)
        if sound is None:
            return
        channel = sound.play(maxtime=maxtime, fade_ms=200 if maxtime else 0)
        if channel is not None:
            channel.set_volume(self.volume(SOUNDS[name].kind) * gain)

    def say(self, key: str, lang: str) -> None:
        """Speak a catalog line when the voice is free, or at once if it is more urgent."""
        if not key:
            return
        chimed = max(self.last_cue.get(c, -math.inf) for c in ("praise", "mistake", "hint"))
        not_before = chimed + CUE_THEN_VOICE if self.now - chimed < 0.05 else self.now
        if self.queue.ask(Line(key, lang, self.now, not_before)) and self.ok:
            pygame.mixer.Channel(VOICE).fadeout(120)
        self._next_line()

    def hush(self) -> None:
        """Stop the voice and forget the lines waiting (the pause menu, leaving a drive)."""
        self.queue.clear()
        if self.ok:
            pygame.mixer.Channel(VOICE).fadeout(150)

    def drive(self, scape: Scape) -> None:
        """One step of the drive: one-off sounds now, loop levels at the next update."""
        before = self.previous if self.now - self.scape_at <= LOOPS_LINGER else Scape()
        if scape.indicator and scape.blink_on != before.blink_on:
            self.play("tick" if scape.blink_on else "tock")
        if scape.belt and not before.belt:
            self.play("belt")
        if scape.bumps and self.now - self.last_cue.get("bump", -math.inf) >= BUMP_EVERY:
            self.last_cue["bump"] = self.now
            self.play("bump", min(1.0, 0.35 + max(scape.bumps) / 5))
        self.previous = self.scape = scape
        self.scape_at = self.now

    def update(self, dt: float) -> None:
        """Once a frame: the voice's next line, the loops' volumes."""
        self.now += dt
        self._next_line()
        if self.ok:  # a volume changed on the settings screen is heard mid-line
            pygame.mixer.Channel(VOICE).set_volume(self.volume("voice"))
        self._loops(dt)

    # -- inside ----------------------------------------------------------------------
    def _next_line(self) -> None:
        if self.ok and self.queue.speaking is not None and not self.speaking():
            self.queue.ends = min(self.queue.ends, self.now)  # it ended (or was cut)
        line = self.queue.next(self.now)
        if line is None:
            return
        clip = self.clip(line.key, line.lang)
        self._heard(f"voice:{line.key}")
        if clip is None or not self.ok:
            self.queue.started(line, self.now, 0.0)
            return
        channel = pygame.mixer.Channel(VOICE)
        channel.play(clip)
        channel.set_volume(self.volume("voice"))
        self.queue.started(line, self.now, clip.get_length())

    def targets(self) -> dict[str, tuple[float, float]]:
        """Each loop's (left, right) level now, before the player's volume."""
        out = {name: (0.0, 0.0) for name in LOOPS}
        s = self.scape
        if s is None or self.now - self.scape_at > LOOPS_LINGER:
            return out
        duck = DUCK if self.speaking() else 1.0
        if s.driving:
            pos = s.speed * (len(ENGINE) - 1)
            low = min(int(pos), len(ENGINE) - 2)
            frac = pos - low
            loud = (0.45 + 0.55 * s.speed) * duck
            for name, share in (
                (ENGINE[low], math.cos(frac * math.pi / 2)),
                (ENGINE[low + 1], math.sin(frac * math.pi / 2)),
            ):
                out[name] = (loud * share, loud * share)
        if s.horn:
            out["horn"] = (1.0, 1.0)
        if s.siren > 0:
            angle = (s.siren_pan + 1) * math.pi / 4  # equal power: centre is 0.71 each side
            out["siren"] = (s.siren * math.cos(angle) * 1.41, s.siren * math.sin(angle) * 1.41)
        for name, level in (
            ("footsteps", s.footsteps),
            ("chatter", s.chatter),
            ("town", TOWN_LEVEL),
            ("birds", BIRDS_LEVEL),
        ):
            out[name] = (level * duck, level * duck)
        return out

    def _loops(self, dt: float) -> None:
        if not self.ok:
            return
        follow = 1.0 - math.exp(-dt / SMOOTH) if dt > 0 else 1.0
        for name, (left, right) in self.targets().items():
            channel = pygame.mixer.Channel(1 + LOOPS.index(name))
            level = self.loop_level[name] + (max(left, right) - self.loop_level[name]) * follow
            self.loop_level[name] = level
            if level < 1e-3 and max(left, right) == 0:
                if channel.get_busy():
                    channel.stop()
                continue
            if not channel.get_busy():
                sound = self.sound(name)
                if sound is None:
                    continue
                channel.play(sound, loops=-1)
            top = max(left, right, 1e-6)
            volume = self.volume(SOUNDS[name].kind) * level
            channel.set_volume(min(1.0, volume * left / top), min(1.0, volume * right / top))


def open_mixer(settings: Callable[[], Settings], folder: Path | None = None) -> Mixer:
    """The game's sound, silent if the machine has none."""
    return Mixer(settings, folder).open()
