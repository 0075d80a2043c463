"""pedestrian: entering a zebra crossing while someone is on it or about to step on it, or
driving past one waiting at the kerb without slowing. Waiting for them earns praise.

Like the amber light, someone who comes to the kerb when the car could no longer stop
before the crossing (a reaction time by the help the child drives with, then 3 m/s²) is
not the child's mistake: the rule
remembers, for each person at a kerb, whether the car could still have stopped when they
arrived."""

from __future__ import annotations

from game.rules.amber_light import stopping_distance
from game.rules.base import Rule
from game.rules.context import Context, Event, polygon_distance
from game.rules.thresholds import T


class Pedestrian(Rule):
    id = "pedestrian"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.waited: set[tuple[int, int]] = set()  # (player, crossing) waited for someone
        # (player, crossing, person) -> could the car still stop when they reached the kerb?
        self.could_stop: dict[tuple[int, int, int], bool] = {}

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        if not ctx.course.crossings:
            return out
        peds = ctx.pedestrians()
        for car in ctx.cars.values():
            if abs(car.speed) < T.ped_wait_speed and peds:
                for crossing in ctx.course.crossings:
                    if not any(w.on or w.about for w in ctx.walkers_near(crossing)):
                        continue
                    near = polygon_distance(car.front, crossing.polygon)
                    if 0.0 < near <= T.ped_wait_zone:
                        self.waited.add((car.number, crossing.id))
            self._note_arrivals(car, ctx)
            for crossing in car.crossings_entered:
                key = (car.number, crossing.id)
                walkers = ctx.walkers_near(crossing)
                on = [w.walker for w in walkers if w.on]
                about = [
                    w.walker
                    for w in walkers
                    if w.about
                    and self.could_stop.get((car.number, crossing.id, _ident(w.walker)), True)
                ]
                data = {"crossing": crossing.id}
                if on or about:
                    who = (on or about)[0]
                    data |= {"other": getattr(who, "ident", None), "on": bool(on)}
                    out.append(ctx.event(self.id, "mistake", car, data=data))
                elif key in self.waited:
                    out.append(ctx.event(self.id, "praise", car, data=data))
                self.waited.discard(key)
        return out

    def _note_arrivals(self, car, ctx: Context) -> None:
        """Remember whether the car could stop when each person came to a kerb."""
        braking = stopping_distance(car.speed, T.reaction(car.player.level))
        seen = set()
        for crossing in ctx.course.crossings:
            walkers = ctx.walkers_near(crossing)
            if not walkers:
                continue
            gap = None  # measured once, only when someone has just come to the kerb
            for p, on, about in walkers:
                if on or not about:
                    continue
                key = (car.number, crossing.id, _ident(p))
                seen.add(key)
                if key not in self.could_stop:
                    if gap is None:
                        gap = polygon_distance(car.front, crossing.polygon)
                    self.could_stop[key] = gap >= braking or gap <= 0.0 and car.speed < 0.1
        for key in [k for k in self.could_stop if k[0] == car.number and k not in seen]:
            del self.could_stop[key]


def _ident(p) -> int:
    return int(getattr(p, "ident", id(p)))
