"""Shipped files are found through game.resources, and a missing one is named, never faked."""

import pygame
import pytest
from conftest import ROOT

from game import resources
from game.cli import main
from game.course.objects import SIGN_KINDS
from game.render import feedback, sprites, text, town_view, world_view
from game.version import DATE, VERSION


def test_the_shipped_folders_are_the_packages_game_assets_and_game_maps():
    assert (resources.assets_dir() / "__init__.py").is_file()
    assert (resources.maps_dir() / "tilesets" / "town.tsx").is_file()
    assert resources.course() == resources.maps_dir() / "first_drive.tmx"
    names = {p.name for p in resources.courses()}
    assert names == {p.name for p in (ROOT / "maps").glob("*.tmx")}
    assert {"first_drive.tmx", "traffic_park.tmx", "template.tmx"} <= names


def test_a_missing_file_is_named():
    with pytest.raises(resources.MissingAsset, match="assets/sounds/no_such.wav"):
        resources.asset("sounds", "no_such.wav")
    with pytest.raises(resources.MissingAsset, match="maps/no_such_course.tmx"):
        resources.course("no_such_course")
    assert resources.missing([("fonts", "NotoSans-Bold.ttf"), ("fonts", "x.ttf")]) == [
        "assets/fonts/x.ttf"
    ]
    with pytest.raises(resources.MissingAsset, match="2 files.*a.png, assets/b.png"):
        resources.require([("a.png",), ("b.png",), ("fonts", "OFL.txt")])


def test_every_font_and_sprite_the_game_draws_with_is_shipped():
    resources.require([*text.font_files(), *sprites.sprite_files()])
    assert ("fonts", "NotoSansTifinagh-Regular.ttf") in text.font_files()
    assert ("fonts", "NotoSansArabic-Bold.ttf") in text.font_files()


def test_every_sprite_name_the_renderer_asks_for_is_shipped():
    asked = {
        *world_view.PLAYER_SPRITES,
        *town_view.CAR_SPRITES,
        *town_view.KIND_SPRITES.values(),
        *(f"ped_{kind}" for kind in town_view.PED_SIZES),
        *feedback.ICONS.values(),
        "lights_brake",
        "lights_indicator_left",
        "lights_indicator_right",
        "ambulance_lights_a",
        "ambulance_lights_b",
        "officer_arms_out",
        "officer_arm_up",
        "sign_speed_limit",
        *(f"sign_{kind}" for kind in SIGN_KINDS if kind != "speed_limit"),
    }
    assert asked - sprites.shipped() == set()


def test_a_sprite_the_game_does_not_ship_is_an_error_not_a_box():
    bank = sprites.SpriteBank(20.0)
    with pytest.raises(resources.MissingAsset, match="no_such_car"):
        bank.base("no_such_car", 1.6, 3.0)
    with pytest.raises(resources.MissingAsset, match="no_such_lamp"):
        sprites.has_sprite("no_such_lamp")


def test_plain_shapes_only_when_asked_for():
    sprites.allow_plain_shapes()
    try:
        assert not sprites.has_sprite("no_such_lamp")
        assert sprites.has_sprite("car_red")
        box = sprites.SpriteBank(20.0).base("no_such_car", 1.6, 3.0)
        assert box.get_size() == (32, 60)
    finally:
        sprites.allow_plain_shapes(False)
    assert "no_such_car" not in sprites.shipped()


def test_a_speed_limit_without_its_own_picture_gets_its_number_written():
    from game.course.loader import load_course
    from game.render.snapshot import headless_display
    from game.sim.world import World

    headless_display()
    view = world_view.WorldView(World(load_course(resources.course())), (320, 240))
    blank = view.sprites.upright("sign_speed_limit", world_view.SIGN_HEIGHT_M)
    sixty = view._sign_picture("speed_limit", "60")
    thirty = view._sign_picture("speed_limit", "30")
    assert sixty.get_size() == blank.get_size()
    assert pygame.image.tobytes(sixty, "RGBA") != pygame.image.tobytes(blank, "RGBA")
    assert thirty is view.sprites.upright("sign_speed_limit_30", world_view.SIGN_HEIGHT_M)


def test_a_drawing_command_names_a_missing_file_at_start(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(
        sprites, "sprite_files", lambda: [("sprites", "car_red.png"), ("sprites", "gone.png")]
    )
    assert main(["screenshot", "--out", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert "assets/sprites/gone.png" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_version_and_date_in_one_place(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"Traffic Park {VERSION} ({DATE})"


def test_the_title_screen_shows_the_version_and_date_in_its_corner(monkeypatch):
    from game.render.snapshot import headless_display
    from game.scenes import title
    from game.session import open_context

    headless_display()
    written = []
    monkeypatch.setattr(
        title, "render", lambda words, *a, **k: written.append(words) or text.render(words, *a, **k)
    )
    scene = title.TitleScene(open_context(None, (1280, 720), in_memory=True))
    scene.draw(pygame.Surface((1280, 720)), 1.0, 0.0)
    assert f"{VERSION} · {DATE}" in written
