"""The teacher's screen, behind the PIN: the class, the lesson, the results, and the files
for outside the game (the results as CSV, the class's licences as one PDF, the class's export
for another computer, and importing the exports of other computers). Files go to the
`exports` folder beside the saved games; exports to merge are read from `import`."""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from game.classroom import results
from game.files import write_atomic
from game.scenes.licence import class_licences_pdf
from game.scenes.menu import MenuScene
from game.store import ClassFileError
from game.ui import icons
from game.ui.theme import BLUE, NEXT, PLAY, PURPLE, RED, WHITE
from game.ui.widgets import Button, centred
from game.ui.words import fitted

PINK = (230, 120, 160)
TEAL = (90, 170, 160)
EXPORTS = "exports"
IMPORTS = "import"


class TeacherScene(MenuScene):
    name = "teacher"
    heading_key = "staff.teacher"
    default_button = "back"
    initial_focus = "class"
    staff_screen = True

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.status = ""  # what the last export or import did (or why it could not)
        self.ok = True

    def state_key(self) -> tuple:
        return (*super().state_key(), self.status)

    def build(self) -> None:
        from game.scenes import flow

        L = self.layout
        t = self.ctx.t
        self.add_back()
        ctx = self.ctx
        tiles = [
            ("class", "person", PURPLE, "teacher.class", lambda s: flow.teacher_roster(s, ctx)),
            ("lesson", "picture", BLUE, "teacher.lesson", lambda s: flow.teacher_lesson(s, ctx)),
            ("results", "star", PLAY, "teacher.results", lambda s: flow.teacher_results(s, ctx)),
            ("csv", "paper", NEXT, "teacher.export", lambda s: self._export()),
            ("licences", "printer", PINK, "teacher.licences", lambda s: self._licences()),
            ("import", "arrow", TEAL, "teacher.import", lambda s: self._import()),
        ]
        for i, (name, picture, colour, key, action) in enumerate(tiles):
            row, col = divmod(i, 3)
            self.add(
                Button(
                    name,
                    L.rect(170 + col * 330, 140 + row * 240, 290, 210),
                    action,
                    lambda s, r, p=picture: centred(
                        icons.icon(p, round(r.h * 0.62), WHITE, L.forward), r, s
                    ),
                    colour,
                    t(key),
                )
            )

    # -- files ---------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        return self.ctx.licence_dir.parent

    def _stamp(self) -> str:
        return self.ctx.today().isoformat()

    def _done(self, written: list[Path]) -> None:
        self.ok = True
        self.status = ", ".join(p.name for p in written)
        self.ctx.sound.cue("saved")

    def _failed(self, why: str) -> None:
        self.ok = False
        self.status = why
        self.ctx.sound.cue("error")

    def _export(self) -> None:
        """The results (a line per pupil), every drive (a line each), and the class export."""
        store = self.ctx.store
        out = self.folder / EXPORTS
        day = self._stamp()
        files = [
            (out / f"class-results-{day}.csv", results.results_csv(results.class_table(store))),
            (out / f"class-drives-{day}.csv", results.drives_csv(store)),
            (out / f"class-{day}.json", json.dumps(store.export_class(), ensure_ascii=False)),
        ]
        try:
            for path, words in files:
                write_atomic(path, words.encode("utf-8"))
        except OSError as exc:
            self._failed(str(exc))
            return
        self._done([p for p, _ in files])

    def _licences(self) -> None:
        path = self.folder / EXPORTS / f"class-licences-{self._stamp()}.pdf"
        try:
            write_atomic(path, class_licences_pdf(self.ctx))
        except (OSError, pygame.error) as exc:
            self._failed(str(exc))
            return
        self._done([path])

    def _import(self) -> None:
        """Every class export in the `import` folder, merged (a file read twice adds nothing)."""
        folder = self.folder / IMPORTS
        files = sorted(folder.glob("*.json")) if folder.is_dir() else []
        if not files:
            self._failed(self.ctx.t("teacher.nothing_to_import") + f" ({folder})")
            return
        pupils = drives = 0
        for path in files:
            try:
                data = json.loads(path.read_text("utf-8"))
                p, d = self.ctx.store.import_class(data, self._course_here)
            except (OSError, ValueError, ClassFileError) as exc:
                self._failed(f"{path.name}: {exc}")
                return
            pupils, drives = pupils + p, drives + d
        self.ok = True
        self.status = f"{self.ctx.t('teacher.imported')}: {pupils} / {drives}"

    def _course_here(self, name: str, path: str) -> str:
        from game import resources

        mine = resources.maps_dir() / name
        return str(mine) if mine.exists() else path

    # -- drawing -------------------------------------------------------------------
    def draw_over(self, target: pygame.Surface) -> None:
        if not self.status:
            return
        L = self.layout
        box = L.rect(170, 630, 950, 64)
        pygame.draw.rect(target, PLAY if self.ok else RED, box, border_radius=L.px(16))
        pygame.draw.rect(target, WHITE, box, L.px(3), border_radius=L.px(16))
        words = fitted(self.status, L.px(22), box.w - L.px(24), WHITE, "regular", min_size=9)
        target.blit(words, words.get_rect(center=box.center))
