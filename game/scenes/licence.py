"""My little driving licence: the face, the name, the date, the courses with their stars,
the rules mastered. Saved as a picture (PNG) and as a printable PDF (A4 and A6)."""

from __future__ import annotations

import io
from pathlib import Path

import pygame

from game.files import write_atomic
from game.licence import model
from game.licence.pdf import class_pdf, licence_pdf
from game.render.licence_card import draw_card
from game.scenes.base import SceneStack
from game.scenes.menu import MenuScene
from game.ui import course_cards, icons
from game.ui.avatars import avatar
from game.ui.rule_icons import rule_icon
from game.ui.theme import BLUE, INK, NEXT, PLAY, RED, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted


def _course_titles(path: Path) -> dict[str, str]:
    return course_cards.titles(path)


def _course_lesson(path: Path) -> tuple[str, ...]:
    return course_cards.lesson(path)


def _png(surface: pygame.Surface) -> bytes:
    out = io.BytesIO()
    pygame.image.save(surface, out, "licence.png")
    return out.getvalue()


def licence_pictures(lic: model.Licence) -> dict[str, bytes]:
    """The PNGs a licence's PDF shows: the face, and the picture of each rule mastered."""
    pictures = {"avatar": _png(avatar(lic.avatar, 256))}
    pictures.update({rule: _png(rule_icon(rule, 160)) for rule in lic.rules})
    return pictures


def licence_words(ctx) -> dict[str, str]:
    t = ctx.t
    return {
        "title": t("ui.licence_title"),
        "courses": t("ui.courses_done"),
        "rules": t("ui.rules_known"),
        "lang": ctx.lang,
    }


def class_licences_pdf(ctx) -> bytes:
    """Every pupil's licence, one A4 page each, in one PDF to print for the class."""
    cards = []
    for player in ctx.store.players():
        lic = model.build(
            ctx.store, player, ctx.courses, ctx.today(), _course_titles, _course_lesson
        )
        cards.append((lic, licence_pictures(lic)))
    return class_pdf(cards, licence_words(ctx), ctx.lang)


class LicenceScene(MenuScene):
    name = "licence"
    default_button = "home"
    initial_focus = "picture"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.saved: list[Path] = []
        self.failed = ""
        self._card: tuple[tuple, pygame.Surface] | None = None

    def licence(self) -> model.Licence:
        player = self.ctx.player or self.ctx.store.last_player()
        if player is None:
            player = self.ctx.store.add_player()
            self.ctx.choose_player(player)
        return model.build(
            self.ctx.store,
            player,
            self.ctx.courses,
            self.ctx.today(),
            _course_titles,
            _course_lesson,
        )

    def words(self) -> dict[str, str]:
        return licence_words(self.ctx)

    def state_key(self) -> tuple:
        return (*super().state_key(), len(self.saved), self.failed)

    def build(self) -> None:
        L = self.layout
        self.add_back()
        self.add_home()
        self.add(
            Button(
                "picture",
                L.rect(1030, 170, 200, 160),
                self._save_png,
                lambda s, r: centred(icons.icon("picture", round(r.h * 0.9)), r, s),
                BLUE,
                self.ctx.t("ui.picture"),
            )
        )
        self.add(
            Button(
                "print",
                L.rect(1030, 370, 200, 160),
                self._save_pdf,
                lambda s, r: centred(icons.icon("printer", round(r.h * 0.9)), r, s),
                NEXT,
                self.ctx.t("ui.print"),
            )
        )

    # -- saving --------------------------------------------------------------------
    def file_stem(self, lic: model.Licence) -> str:
        who = "".join(ch for ch in lic.nickname if ch.isalnum()) or lic.avatar
        player = self.ctx.player.id if self.ctx.player else 0
        return f"licence-{player}-{who}-{lic.issued.isoformat()}"

    def _save_png(self, stack: SceneStack) -> None:
        lic = self.licence()
        path = self.ctx.licence_dir / f"{self.file_stem(lic)}.png"
        self._write([(path, lambda: _png(draw_card(lic, self.words(), self.ctx.lang)))])

    def _save_pdf(self, stack: SceneStack) -> None:
        lic = self.licence()
        pictures = licence_pictures(lic)
        stem = self.ctx.licence_dir / self.file_stem(lic)
        jobs = []
        for paper in ("A4", "A6"):
            path = stem.with_name(f"{stem.name}-{paper}.pdf")
            jobs.append(
                (path, lambda p=paper: licence_pdf(lic, self.words(), pictures, self.ctx.lang, p))
            )
        self._write(jobs)

    def _write(self, jobs) -> None:
        try:
            for path, make in jobs:
                write_atomic(path, make())
                self.saved.append(path)
            self.failed = ""
            self.ctx.sound.cue("saved")
        except (OSError, pygame.error) as exc:
            self.failed = str(exc)
            self.ctx.sound.cue("error")

    # -- drawing -------------------------------------------------------------------
    def draw_content(self, target: pygame.Surface) -> None:
        L = self.layout
        area = L.rect(40, 130, 960, 560)
        key = (self.ctx.lang, area.size, len(self.saved))
        if self._card is None or self._card[0] != key:
            lic = self.licence()
            card = draw_card(lic, self.words(), self.ctx.lang)
            k = min(area.w / card.get_width(), area.h / card.get_height())
            size = (round(card.get_width() * k), round(card.get_height() * k))
            self._card = (key, pygame.transform.smoothscale(card, size))
        pic = self._card[1]
        target.blit(pic, pic.get_rect(center=area.center))

    def draw_over(self, target: pygame.Surface) -> None:
        if not (self.saved or self.failed):
            return
        L = self.layout
        box = L.rect(1010, 560, 250, 140)
        ok = not self.failed
        pygame.draw.rect(target, PLAY if ok else RED, box, border_radius=L.px(20))
        pygame.draw.rect(target, WHITE, box, L.px(3), border_radius=L.px(20))
        mark = icons.icon("check" if ok else "cross", L.px(60))
        target.blit(mark, mark.get_rect(midtop=(box.centerx, box.top + L.px(8))))
        words = self.ctx.t("ui.saved" if ok else "ui.save_failed")
        label = fitted(words, L.px(26), box.w - L.px(16), WHITE)
        target.blit(label, label.get_rect(midtop=(box.centerx, box.top + L.px(72))))
        detail = self.saved[-1].name if ok else self.failed
        small = fitted(detail, L.px(14), box.w - L.px(12), INK, "regular", min_size=8)
        target.blit(small, small.get_rect(midtop=(box.centerx, box.bottom + L.px(6))))
