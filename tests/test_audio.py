"""Sound: the shipped effects and voices are there, audible and unclipped; the voice speaks
one line at a time by urgency; the drive makes its sounds; everything runs with no device."""

import ast
import json

import numpy as np
import pygame
import pytest
from conftest import ROOT

from game import resources
from game.audio import mixer as mixer_module
from game.audio.catalog import CUES, FOLDER, SOUNDS, file_name
from game.audio.mixer import CLIPS_KEPT, PLAYED_KEPT, open_mixer, taper
from game.audio.recipes import RECIPES, build
from game.audio.scape import Scape, listen, nearness
from game.audio.voice_queue import MAX_WAIT, Line, VoiceQueue
from game.audio.voices import (
    FALLBACK,
    MANIFEST,
    VOICED,
    clip_path,
    fingerprint,
    hint_key,
    priority,
    spoken_keys,
    voice_for,
    words_for,
)
from game.course.catalog import single_course
from game.course.loader import load_course
from game.drivers.script import ScriptDriver, parse_script
from game.i18n.messages import LANGS, text
from game.scenes.drive import DriveScene
from game.session import open_context
from game.sim.world import World
from game.store import Settings

QUIET_DB = -40.0


@pytest.fixture(scope="module")
def mixer_on():
    """pygame's mixer on SDL's dummy device, as in CI."""
    pygame.mixer.init(44100, -16, 2, 1024)
    yield
    pygame.mixer.quit()


def level(sound: pygame.mixer.Sound) -> tuple[float, float, float]:
    """(peak, RMS dBFS, seconds) of a decoded sound."""
    samples = pygame.sndarray.array(sound).astype(np.float64) / 32768
    rms = float(np.sqrt(np.mean(samples**2)))
    return float(np.abs(samples).max()), 20 * np.log10(max(rms, 1e-9)), sound.get_length()


# -- the effects ------------------------------------------------------------------------
def test_every_sound_has_a_recipe_and_a_shipped_file():
    assert set(RECIPES) == set(SOUNDS)
    assert set(CUES.values()) <= set(SOUNDS)
    assert resources.missing([(FOLDER, file_name(n)) for n in SOUNDS]) == []


@pytest.mark.parametrize("name", [n for n, s in SOUNDS.items() if s.loop])
def test_a_loop_joins_its_end_to_its_start_without_a_click(name):
    wave = build(name).astype(np.float64)
    inside = np.abs(np.diff(wave)).max()
    assert abs(wave[0] - wave[-1]) <= inside


@pytest.mark.parametrize("name", [n for n, s in SOUNDS.items() if not s.loop])
def test_a_one_shot_starts_and_ends_in_silence(name):
    wave = build(name)
    assert abs(wave[0]) < 0.02 and abs(wave[-1]) < 0.02


def test_the_shipped_sounds_are_audible_and_never_clip(mixer_on):
    for name in SOUNDS:
        peak, rms_db, seconds = level(pygame.mixer.Sound(resources.asset(FOLDER, file_name(name))))
        assert peak < 0.99, name
        assert rms_db > QUIET_DB, name
        assert 0.02 < seconds <= 10.5, name


def test_the_mistake_tone_is_soft_low_and_short():
    wave = build("mistake").astype(np.float64)
    spectrum = np.abs(np.fft.rfft(wave))
    freqs = np.fft.rfftfreq(len(wave), 1 / 44100)
    above_1k = spectrum[freqs > 1000].sum() / spectrum.sum()
    assert above_1k < 0.05  # no buzz, no edge
    assert len(wave) / 44100 < 1.0


# -- the voices -------------------------------------------------------------------------
def test_every_spoken_key_has_a_current_clip_in_each_voice():
    root = resources.assets_dir() / "voices"
    manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    stale = []
    for voice in VOICED:
        made = manifest["lines"][voice]
        for key in spoken_keys():
            words = words_for(key, voice)
            fresh = made.get(key) == fingerprint(words, manifest["settings"][voice])
            if not (root.joinpath(*clip_path(key, voice)[1:]).is_file() and fresh):
                stale.append(f"{voice}/{key}")
    assert stale == [], (
        "voice clips missing or made from older words: run python -m game.tools.build_voices "
        "--stale (needs espeak-ng and sox)"
    )


def test_spoken_keys_are_real_messages_in_every_language():
    for key in spoken_keys():
        for lang in LANGS:
            assert text(key, lang) != key


def check_clips(keys):
    for voice in VOICED:
        for key in keys:
            sound = pygame.mixer.Sound(resources.asset(*clip_path(key, voice)))
            peak, rms_db, seconds = level(sound)
            assert peak < 0.99, (voice, key)
            assert rms_db > -30.0, (voice, key)
            assert 0.3 < seconds < 15.0, (voice, key)


def test_voice_clips_are_audible_unclipped_and_short(mixer_on):
    check_clips(spoken_keys()[::7])  # a sample in each voice; every clip: -m slow


@pytest.mark.slow
def test_every_voice_clip_is_audible_unclipped_and_short(mixer_on):
    check_clips(spoken_keys())


def test_tamazight_is_heard_in_the_arabic_voice_unless_a_recording_is_there(tmp_path, mixer_on):
    assert voice_for("zgh") == FALLBACK["zgh"] == "ar"
    assert all(voice_for(lang) == lang for lang in VOICED)
    (tmp_path / "voices" / "ar").mkdir(parents=True)
    (tmp_path / "voices" / "zgh").mkdir(parents=True)
    arabic = resources.asset("voices", "ar", "hud.finished.ogg")
    recorded = resources.asset("voices", "fr", "hud.finished.ogg")  # stands in for a recording
    (tmp_path / "voices" / "ar" / "hud.finished.ogg").write_bytes(arabic.read_bytes())
    (tmp_path / "voices" / "ar" / "hud.time_up.ogg").write_bytes(arabic.read_bytes())
    (tmp_path / "voices" / "zgh" / "hud.finished.ogg").write_bytes(recorded.read_bytes())
    m = open_mixer(Settings, tmp_path)
    fr_length = pygame.mixer.Sound(recorded).get_length()
    ar_length = pygame.mixer.Sound(arabic).get_length()
    assert m.clip("hud.finished", "zgh").get_length() == pytest.approx(fr_length)
    assert m.clip("hud.time_up", "zgh").get_length() == pytest.approx(ar_length)
    assert m.clip("rule.red_light.mistake", "zgh") is None  # nothing there: silent, no error


def test_map_hints_find_their_spoken_line_in_any_language():
    assert hint_key("Stay on the grey road.") == "course.hint.road"
    assert hint_key(text("course.hint.road", "ar")) == "course.hint.road"
    assert hint_key("  Stay on the   grey road. ") == "course.hint.road"
    assert hint_key("A teacher's own words") is None
    assert hint_key("") is None


# -- one voice at a time ----------------------------------------------------------------
def test_urgency_follows_the_play_guide():
    assert priority("rule.collision_pedestrian.mistake") > priority("rule.red_light.mistake")
    assert priority("rule.red_light.mistake") > priority("rule.no_indicator.mistake")
    assert priority("rule.red_light.mistake") > priority("rule.red_light.praise")
    assert priority("rule.seatbelt.praise") > priority("course.hint.belt")
    assert priority("rule.some_new_rule.mistake") > priority("course.hint.belt")


def test_a_collision_cuts_a_hint_and_a_hint_waits_for_a_collision():
    q = VoiceQueue()
    q.ask(Line("course.hint.road", "en", 0.0))
    hint = q.next(0.0)
    q.started(hint, 0.0, 2.0)
    assert q.ask(Line("rule.collision_vehicle.mistake", "en", 0.5)) is True
    crash = q.next(0.5)
    assert crash.key == "rule.collision_vehicle.mistake"
    q.started(crash, 0.5, 3.0)
    assert q.ask(Line("course.hint.bend", "en", 1.0)) is False
    assert q.next(1.0) is None  # the voice is busy
    assert q.next(3.9).key == "course.hint.bend"  # after the line and a short gap


def test_lines_wait_in_order_of_urgency_once_each_and_not_for_ever():
    q = VoiceQueue()
    q.started(Line("rule.collision_object.mistake", "en", 0.0), 0.0, 10.0)
    for key in ("course.hint.road", "rule.no_indicator.mistake", "course.hint.road"):
        q.ask(Line(key, "en", 1.0))
    assert [w.key for w in q.waiting] == ["rule.no_indicator.mistake", "course.hint.road"]
    assert q.next(1.0 + MAX_WAIT + 5) is None  # by then the moment has passed


def test_a_line_asked_with_its_chime_starts_after_it():
    q = VoiceQueue()
    q.ask(Line("rule.seatbelt.praise", "en", 0.0, not_before=0.35))
    assert q.next(0.1) is None
    assert q.next(0.4).key == "rule.seatbelt.praise"


# -- the drive's sounds -----------------------------------------------------------------
def script(words):
    return ScriptDriver(parse_script(words))


def first_drive():
    entry = single_course(resources.course("first_drive")).entries[0]
    return entry, World(load_course(entry.path), seed=1)


def test_the_scape_follows_the_car_the_indicator_and_the_horn():
    _, world = first_drive()
    driver = script("2s throttle=1 indicator=left horn\n")
    blinks, speeds = set(), []
    for _ in range(120):
        world.step([driver.controls(world, world.players[0])])
        s = listen(world)
        blinks.add(s.blink_on)
        speeds.append(s.speed)
    assert s.horn and s.indicator == -1 and blinks == {True, False}
    assert 0 < speeds[10] < speeds[-1] <= 1.0


def test_a_siren_is_louder_near_and_silent_far():
    assert nearness(0, 15, 90) == pytest.approx(1.0)
    assert nearness(15, 15, 90) == pytest.approx(0.5, abs=0.01)
    assert nearness(10, 15, 90) > nearness(40, 15, 90) > nearness(80, 15, 90) > 0
    assert nearness(90, 15, 90) == nearness(200, 15, 90) == 0.0


class Heard:
    """A sound hook that writes down what it was asked."""

    def __init__(self):
        self.cues, self.lines, self.scapes = [], [], []

    def cue(self, name):
        self.cues.append(name)

    def say(self, key, lang):
        self.lines.append((key, lang))

    def drive(self, scape):
        self.scapes.append(scape)

    def update(self, dt):
        pass


def test_a_drive_chimes_and_speaks_the_instructors_lines():
    ctx = open_context(None, (640, 360), "fr", in_memory=True)
    ctx.sound = heard = Heard()
    entry, world = first_drive()
    driver = script("3s throttle=1 seatbelt=off\n")
    scene = DriveScene(world, (640, 360), drivers=[driver], ctx=ctx, entry=entry)
    for _ in range(180):
        scene.update(1 / 60, None)
    assert ("rule.seatbelt.mistake", "fr") in heard.lines
    assert "mistake" in heard.cues
    assert ("course.hint.belt", "fr") in heard.lines and "hint" in heard.cues  # at the start
    assert len(heard.scapes) == 180 and heard.scapes[-1].speed > 0


# -- the mixer --------------------------------------------------------------------------
def test_the_mixer_plays_cues_and_voices_headless(mixer_on):
    settings = Settings()
    m = open_mixer(lambda: settings)
    assert m.ok
    m.cue("choose")
    m.cue("no_such_cue")
    m.cue("star")
    m.cue("star")
    m.say("rule.red_light.mistake", "ar")
    m.update(1 / 60)
    assert m.played[:3] == ["choose", "star_1", "star_2"]
    assert "voice:rule.red_light.mistake" in m.played
    assert m.queue.speaking.key == "rule.red_light.mistake"
    m.drive(Scape(speed=0.5, indicator=1, blink_on=True, bumps=(3.0,)))
    m.update(1 / 60)
    assert {"tick", "bump"} <= set(m.played)
    assert m.loop_level["town"] > 0


def test_a_long_day_of_lines_keeps_only_the_last_clips_decoded(mixer_on):
    """A kiosk hears hundreds of lines a day; each decoded clip is about a megabyte."""
    m = open_mixer(Settings)
    keys = sorted(spoken_keys())[: CLIPS_KEPT * 3]
    for key in keys:
        assert m.clip(key, "ar") is not None
        for _ in range(3 * PLAYED_KEPT // len(keys)):
            m.cue("choose")
    assert len(m.clips) == CLIPS_KEPT
    assert list(m.clips)[-1] == (keys[-1], "ar")  # the newest is kept
    assert m.clip(keys[-1], "ar") is m.clip(keys[-1], "ar")  # and not decoded again
    assert len(m.played) <= 2 * PLAYED_KEPT


def test_volumes_come_from_the_settings_and_mute_silences_everything(mixer_on):
    box = {"s": Settings(effects_volume=10, voice_volume=5, ambience_volume=0)}
    m = open_mixer(lambda: box["s"])
    assert m.volume("effects") == 1.0 and m.volume("voice") == taper(5) == 0.25
    assert m.volume("ambience") == 0.0
    box["s"] = box["s"].but(muted=True)
    assert m.volume("effects") == m.volume("voice") == 0.0


def test_no_audio_device_means_silence_not_a_crash(monkeypatch):
    def broken(*args, **kwargs):
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", broken)
    m = open_mixer(Settings)
    assert not m.ok
    m.cue("choose")
    m.say("rule.red_light.mistake", "en")
    m.drive(Scape(speed=1.0, horn=True, siren=1.0))
    for _ in range(30):
        m.update(1 / 60)
    m.cue("pause")


def test_audio_modules_that_need_no_sound_device_do_not_import_pygame():
    for name in ("catalog", "scape", "voices", "voice_queue", "synth", "recipes"):
        tree = ast.parse((ROOT / "game" / "audio" / f"{name}.py").read_text())
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                assert not any(n.split(".")[0] == "pygame" for n in names), name
    assert mixer_module.VOICE == 0


def test_the_settings_screen_lets_a_new_volume_be_heard():
    from game.scenes.base import SceneStack
    from game.scenes.settings import PREVIEW_LINE, SettingsScene

    ctx = open_context(None, (1280, 720), "ar", in_memory=True)
    ctx.sound = heard = Heard()
    scene = SettingsScene(ctx)
    scene.ensure_built()
    buttons = {b.name: b for b in scene.buttons}
    buttons["voice_volume_up"].action(SceneStack())
    buttons["ambience_volume_down"].action(SceneStack())
    assert heard.lines == [(PREVIEW_LINE, "ar")] and heard.cues == ["birds"]
    assert ctx.settings.voice_volume == 9 and ctx.settings.ambience_volume == 4


def test_the_briefing_names_the_course_and_the_results_say_well_done():
    from game.scenes.briefing import BriefingScene
    from game.scenes.results import ResultsScene
    from game.store import DriveRecord

    ctx = open_context(None, (1280, 720), "en", in_memory=True)
    ctx.sound = heard = Heard()
    entry = ctx.courses.entries[0]
    BriefingScene(ctx, entry)
    assert (f"course.title.{entry.path.stem}", "en") in heard.lines
    card = {"finished": True, "stars": 3, "to_practise": []}
    record = DriveRecord(1, None, entry.path.name, str(entry.path), 0, 1.0, "", True, 3, 30, 9.0)
    record = DriveRecord(**{**record.__dict__, "scorecard": card})
    heard.lines.clear()
    ResultsScene(ctx, record, entry)
    assert [k for k, _ in heard.lines] == ["hud.finished", "rule.finish.clean"]


@pytest.mark.parametrize(
    ("course", "heard", "within"),
    [("zebra_crossing", "footsteps", 12.0), ("emergency_vehicle", "siren", 30.0)],
)
def test_people_at_the_crossing_and_the_ambulance_are_heard_as_they_come_near(
    course, heard, within
):
    from game.drivers.autopilot import Autopilot

    world = World(load_course(resources.course(course)), seed=1)
    pilot = Autopilot()
    levels = []
    while world.t < within:
        world.step([pilot.controls(world, world.players[0])])
        levels.append(getattr(listen(world), heard))
    assert levels[0] == 0.0 and max(levels) > 0.3
