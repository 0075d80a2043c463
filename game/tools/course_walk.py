"""Walking courses in the course language: a course whose child walks (`mode = walk`).

The road network, traffic and buildings are those of any course (course_dsl.Course); a
walking course adds what lies off the road: where the child starts on the pavement, the
checkpoints and finish as areas of tiles, hints on the pavement and parked cars in bays.
Positions are in tiles (the map's top-left corner is 0, 0).
"""

from __future__ import annotations

from game.tools.course_dsl import Course, Obj, PropValue, Texts

PARKED_LENGTH = {"car": 3.0, "van": 4.0, "bus": 8.0}


class WalkCourse(Course):
    """A Course the child walks."""

    mode = "walk"

    def walker(self, x: float, y: float, heading: int, name: str = "walker start") -> None:
        """The child's start: a point on the pavement, facing `heading`."""
        self.add(Obj("spawn", name, "point", x, y, props={"heading": heading, "player": 1}))

    def area_checkpoint(self, x: float, y: float, w: float, h: float, name: str = "") -> None:
        self._checkpoints += 1
        n = self._checkpoints
        self.add(
            Obj("checkpoint", name or f"checkpoint {n}", "rect", x, y, w, h, props={"order": n})
        )

    def area_finish(self, x: float, y: float, w: float, h: float, name: str = "finish") -> None:
        self.add(Obj("finish", name, "rect", x, y, w, h))

    def area_hint(
        self, x: float, y: float, w: float, h: float, texts: Texts, name: str = ""
    ) -> None:
        props: dict[str, PropValue] = {"text": texts["en"]}
        for lang in ("ar", "fr", "en", "zgh"):
            props[f"text_{lang}"] = texts[lang]
        self.add(Obj("hint", name or f"hint: {texts['en']}", "rect", x, y, w, h, props=props))

    def verge(self, x: int, y: int, w: int, h: int) -> None:
        """Grass beside a road instead of pavement (a country lane): the child walks here,
        facing the traffic. Tufts and flowers, never a tree or a bush in the way."""
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.ground[(xx, yy)] = "grass_flowers" if (xx * 5 + yy) % 7 == 0 else "grass_tuft"
                self.reserved.add((xx, yy))

    def parked(self, x: float, y: float, heading: int, kind: str = "car", name: str = "") -> None:
        """A vehicle standing still all walk long, centred on (x, y)."""
        self.add(
            Obj(
                "parked",
                name or f"parked {kind}",
                "point",
                x,
                y,
                props={"kind": kind, "heading": heading},
            )
        )

    def park_in_bays(
        self, bays: list[Obj], filled: list[int], road: str, kind: str = "car"
    ) -> None:
        """Park a vehicle in each listed bay (rectangles from Course.bays), its nose at the
        kerb on the `road` side (n, e, s or w), as drivers park."""
        half = PARKED_LENGTH[kind] / 2 / 3.0 + 0.12  # tiles from the kerb to the centre
        for i in filled:
            b = bays[i]
            x, y = b.x + b.w / 2, b.y + b.h / 2
            if road == "n":
                y = b.y + half
            elif road == "s":
                y = b.y + b.h - half
            elif road == "w":
                x = b.x + half
            else:
                x = b.x + b.w - half
            heading = {"n": 0, "s": 180, "e": 90, "w": 270}[road]
            self.parked(x, y, heading, kind, name=f"parked in {b.name}")
