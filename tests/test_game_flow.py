"""The whole game driven headless by posted events, as a child with a pad, a mouse or a
finger would: title -> player -> courses -> briefing -> drive -> results -> licence."""

from datetime import date

import pygame
import pypdf
import pytest

from game.app import frame, open_window
from game.drivers.autopilot import Autopilot
from game.scenes import flow
from game.scenes.base import SceneStack
from game.session import open_context

SIZE = (640, 360)
STEP = 8 / 60  # each frame steps the world 8 times: a drive goes by quickly


def _post(kind, **fields):
    pygame.event.post(pygame.event.Event(kind, **fields))


def key(k):
    _post(pygame.KEYDOWN, key=k, mod=0, unicode="")
    _post(pygame.KEYUP, key=k, mod=0, unicode="")


def pad(button):
    _post(pygame.CONTROLLERBUTTONDOWN, button=button, instance_id=0)
    _post(pygame.CONTROLLERBUTTONUP, button=button, instance_id=0)


def click(rect):
    _post(pygame.MOUSEBUTTONDOWN, pos=rect.center, button=1)
    _post(pygame.MOUSEBUTTONUP, pos=rect.center, button=1)


def tap(rect):
    x, y = rect.centerx / SIZE[0], rect.centery / SIZE[1]
    common = dict(finger_id=1, touch_id=1, dx=0.0, dy=0.0, pressure=1.0)
    _post(pygame.FINGERDOWN, x=x, y=y, **common)
    _post(pygame.FINGERUP, x=x, y=y, **common)


class Game:
    def __init__(self, ctx):
        self.screen = open_window(SIZE, False)
        pygame.event.clear()
        self.ctx = ctx
        self.stack = SceneStack()
        flow.home(self.stack, ctx)
        self.run(2)

    def run(self, frames=2, dt=1 / 60):
        for _ in range(frames):
            frame(self.stack, self.screen, dt)

    @property
    def top(self):
        return self.stack.top

    def button(self, name):
        self.top.ensure_built()
        found = self.top.button(name)
        assert found is not None, f"{self.top.name} has no button {name}"
        return found.rect

    def until(self, scene_name, frames=4000, dt=STEP):
        for _ in range(frames):
            if self.top is not None and self.top.name == scene_name:
                return
            frame(self.stack, self.screen, dt)
        raise AssertionError(f"never reached {scene_name}; on {self.top.name}")


@pytest.fixture
def game(tmp_path):
    ctx = open_context(tmp_path, SIZE, "en")
    ctx.pilot = Autopilot  # the autopilot's controls stand in for the child's hands
    ctx.today = lambda: date(2026, 12, 2)
    g = Game(ctx)
    yield g
    ctx.store.close()


def test_a_child_reaches_the_licence_and_it_is_saved_as_png_and_pdf(game, tmp_path):
    assert game.top.name == "title"
    key(pygame.K_RETURN)  # the big Play has the focus
    game.run()
    assert game.top.name == "player"
    pad(pygame.CONTROLLER_BUTTON_A)  # "+": a new player
    game.run()
    assert game.top.name == "player_edit"
    click(game.button("avatar_bear"))
    tap(game.button("colour_green"))
    game.run()
    tap(game.button("name"))
    game.run()
    assert game.top.name == "nickname"
    for letter in "SAMI":
        click(game.button(f"letter_{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.index(letter)}"))
        game.run(1)
    tap(game.button("ok"))
    game.run()
    click(game.button("done"))
    game.run()
    assert game.top.name == "courses"
    sami = game.ctx.player
    assert (sami.nickname, sami.avatar, sami.colour) == ("Sami", "bear", "green")
    assert game.top.focused.name == "course_passenger.lesson", "riding in the car comes first"
    key(pygame.K_RIGHT)
    game.run()
    assert game.top.focused.name == "course_first_drive.tmx", "the first drive is open too"
    key(pygame.K_RETURN)
    game.run()
    assert game.top.name == "briefing"
    pad(pygame.CONTROLLER_BUTTON_START)
    game.run()
    assert game.top.name == "drive"
    game.until("results")
    record = game.ctx.store.drives(sami.id)[0]
    assert record.finished and record.stars == 3 and record.course == "first_drive.tmx"
    assert record.replay["controls"] and record.scorecard["points"] == 30
    tap(game.button("licence"))
    game.run()
    assert game.top.name == "licence"
    tap(game.button("picture"))
    game.run()
    click(game.button("print"))
    game.run()
    folder = tmp_path / "licences"
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "licence-1-Sami-2026-12-02-A4.pdf",
        "licence-1-Sami-2026-12-02-A6.pdf",
        "licence-1-Sami-2026-12-02.png",
    ]
    assert pygame.image.load(folder / names[2]).get_size() == (1480, 1050)
    for pdf in names[:2]:
        words = pypdf.PdfReader(folder / pdf).pages[0].extract_text()
        assert "Sami" in words and "First Drive" in words and "driving licence" in words
    key(pygame.K_ESCAPE)
    game.run()
    assert game.top.name == "results", "back from the licence to the results"


def test_time_up_leads_to_the_results(game):
    game.ctx.pilot = lambda: _Still()
    flow.courses(game.stack, game.ctx)
    flow.drive(game.stack, game.ctx, _first_drive(game.ctx))
    game.top.world.course.time_limit = 2
    game.until("results")
    card = game.ctx.store.drives()[0].scorecard
    assert card["time_up"] and not card["finished"]
    assert game.top.name == "results" and game.top.button("again") is not None


class _Still:
    def controls(self, world, player):
        from game.sim.controls import Controls

        return Controls()


def test_escape_in_a_drive_opens_pause_and_pause_resumes_or_gives_up(game):
    flow.drive(game.stack, game.ctx, _first_drive(game.ctx))
    game.run(5)
    key(pygame.K_ESCAPE)
    game.run()
    assert game.top.name == "pause"
    t = game.stack.scenes[-2].world.t
    game.run(10)
    assert game.stack.scenes[-2].world.t == t, "the town waits while paused"
    key(pygame.K_ESCAPE)
    game.run()
    assert game.top.name == "drive"
    tap(game.top.pause_rect())
    game.run()
    assert game.top.name == "pause"
    click(game.button("give_up"))
    game.run()
    assert game.top.name == "results"
    assert game.ctx.store.drives()[0].scorecard["gave_up"]


def test_leaving_the_game_from_pause_takes_a_second_choice(game):
    flow.drive(game.stack, game.ctx, _first_drive(game.ctx))
    game.run(3)
    key(pygame.K_ESCAPE)
    game.run()
    click(game.button("leave"))
    game.run()
    assert game.top.name == "confirm_leave" and not game.stack.quit
    assert game.top.focused.name == "no", "the safe choice has the focus"
    key(pygame.K_RETURN)
    game.run()
    assert game.top.name == "pause"


def test_a_results_card_plays_back_the_same_events_as_the_drive(game):
    from game.scenes.results import to_practise
    from game.tools.sample import sample_drive

    record = sample_drive(game.ctx)
    flow.courses(game.stack, game.ctx)
    flow.results(game.stack, game.ctx, record, _first_drive(game.ctx))
    game.run(3)
    item = to_practise(record.scorecard)[0]
    assert item["rule"] == "seatbelt"
    tap(game.button("practise_0"))
    game.run()
    assert game.top.name == "replay"
    game.until("replay", 1)
    for _ in range(3000):
        if game.top.ended:
            break
        game.run(1, STEP)
    replay = game.top
    assert replay.ended
    upto = [e for e in record.replay["events"] if e["step"] <= replay.to_step]
    assert replay.events == upto and upto
    assert replay.world.steps == replay.to_step
    click(game.button("try"))
    game.run()
    assert game.top.name == "drive"


def test_stars_carry_over_to_the_courses_after_a_restart(tmp_path):
    ctx = open_context(tmp_path, SIZE, "en")
    sami = ctx.store.add_player("Sami")
    ctx.choose_player(sami)
    i = ctx.courses.index_of("first_drive.tmx")
    first = ctx.courses.entries[i]
    ctx.store.record_drive(sami.id, str(first.path), {"seed": 0}, {"finished": True, "stars": 2})
    ctx.store.close()
    again = open_context(tmp_path, SIZE)
    game = Game(again)
    assert game.top.button("continue") is not None, "the title offers the last player"
    key(pygame.K_LEFT)  # from Play to the face beside it
    game.run()
    assert game.top.focused.name == "continue"
    key(pygame.K_RETURN)
    game.run()
    assert game.top.name == "courses" and again.player == sami
    assert again.best_stars() == {"first_drive.tmx": 2}
    second = game.top.button(f"course_{again.courses.entries[i + 1].key}")
    third = game.top.button(f"course_{again.courses.entries[i + 2].key}")
    assert second.enabled and not third.enabled, "finishing one course opens the next"
    again.store.close()


def test_a_corrupt_database_is_moved_aside_and_the_game_still_opens_and_says_so(tmp_path):
    (tmp_path / "traffic_park.sqlite3").write_bytes(b"\x00garbage" * 500)
    ctx = open_context(tmp_path, SIZE, "fr")
    game = Game(ctx)
    assert game.top.name == "notice"
    assert "ui.db_moved" in game.top.lines
    assert any(p.name.startswith("traffic_park.sqlite3.broken-") for p in tmp_path.iterdir())
    key(pygame.K_RETURN)
    game.run()
    assert game.top.name == "title"
    ctx.store.close()


def test_switching_language_on_the_title_switches_every_screen(game):
    click(game.button("lang_ar"))
    game.run()
    assert game.ctx.lang == "ar" and game.ctx.rtl
    assert game.button("settings").left < SIZE[0] / 2, "the cog moves to the other corner"
    flow.courses(game.stack, game.ctx)
    game.run()
    assert game.button("back").left > SIZE[0] / 2, "back points from the right in Arabic"
    saved = open_context(None, SIZE, in_memory=True)
    assert game.ctx.store.settings().language == "ar" and saved.lang == "en"
    saved.store.close()


def _first_drive(ctx):
    """The course list's first drive (riding as a passenger comes before it)."""
    return ctx.courses.entries[ctx.courses.index_of("first_drive.tmx")]


def test_two_children_each_choose_a_face_and_both_drives_are_kept(game):
    """Two cars: the first child, then the same faces again for the second car (with a
    guest's card); each child who chose a face keeps their own drive, stars and car colour."""
    store = game.ctx.store
    nour = store.add_player("Nour", "cat", "yellow", "en")
    click(game.button("two_players"))
    game.run()
    assert game.ctx.players == 2
    click(game.button("play"))
    game.run()
    assert (game.top.name, game.top.seat) == ("player", 1)
    tap(game.button("new"))
    game.run()
    click(game.button("done"))  # the suggested face, colour and name
    game.run()
    assert (game.top.name, game.top.seat) == ("player", 2), "who drives the second car?"
    first = game.ctx.player
    assert game.top.button(f"player_{first.id}") is None, "the first child is not offered twice"
    assert game.top.button("guest") is not None
    tap(game.button(f"player_{nour.id}"))
    game.run()
    assert game.top.name == "courses" and game.ctx.second == nour
    flow.drive(game.stack, game.ctx, _first_drive(game.ctx))
    game.run()
    assert len(game.top.panes) == 2
    colours = [pane.view.car_sprites[1] for pane in game.top.panes]
    assert all("yellow" in sprite for sprite in colours), colours
    game.until("results")
    mine, theirs = store.drives(first.id), store.drives(nour.id)
    assert len(mine) == 1 and len(theirs) == 1
    assert theirs[0].scorecard["seat"] == 2 and theirs[0].finished and theirs[0].stars >= 1
    assert store.best_stars(nour.id).get("first_drive.tmx", 0) == theirs[0].stars


def test_a_guest_in_the_second_car_drives_but_nothing_is_kept_for_them(game):
    store = game.ctx.store
    game.ctx.players = 2
    flow.players(game.stack, game.ctx)
    game.run()
    pad(pygame.CONTROLLER_BUTTON_A)
    game.run()
    click(game.button("done"))
    game.run()
    tap(game.button("guest"))
    game.run()
    assert game.top.name == "courses" and game.ctx.second is None
    flow.drive(game.stack, game.ctx, _first_drive(game.ctx))
    game.until("results")
    assert [len(store.drives(p.id)) for p in store.players()] == [1]
