"""amber_light: crossing on a yellow the car could have stopped for (SUMO's rule, with a
reaction time).

A warning, lighter than a red: when the light turned yellow, the gap to the line was at
least the stopping distance: a reaction time by the help the child drives with (2 s easy,
1.5 s normal, 1 s hard: an adult's) then braking at 3 m/s^2 (24 m at 30 km/h on normal).
Too close to stop is no mistake: "stop, unless it is dangerous" is the rule of the orange
light."""

from __future__ import annotations

from game.rules.base import Rule
from game.rules.context import CarView, Context, Event, LineGeo, line_data
from game.rules.thresholds import T


class AmberLight(Rule):
    """On yellow, stop if the gap when it turned yellow was at least the stopping distance
    (reaction, then 3 m/s^2). Crossing anyway is a warning; too close to stop is fine."""

    id = "amber_light"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.colour: dict[int, str] = {}  # last colour per line
        self.could_stop: dict[tuple[int, int], bool] = {}  # judged when the yellow began

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for geo in ctx.lines:
            if not geo.line.signal:
                continue
            colour = ctx.light(geo.line)
            before = self.colour.get(geo.line.id)
            self.colour[geo.line.id] = colour
            if colour == "yellow" and before != "yellow":
                for car in ctx.cars.values():
                    self.could_stop[(car.number, geo.line.id)] = _could_stop(geo, car)
            elif colour != "yellow":
                for car in ctx.cars.values():
                    self.could_stop.pop((car.number, geo.line.id), None)
        for car in ctx.cars.values():
            for geo in car.lines_crossed:
                if not geo.line.signal or ctx.light(geo.line) != "yellow":
                    continue
                if self.could_stop.get((car.number, geo.line.id), True):
                    message = "rule.amber_light.officer" if ctx.officer_directs(geo.line) else None
                    out.append(ctx.event(self.id, "mistake", car, message, data=line_data(geo)))
        return out


def _could_stop(geo: LineGeo, car: CarView) -> bool:
    d = geo.approach(car.front, car.heading, T.light_watch_distance)
    if d is None:
        return True  # not near yet: it had all the room it needed
    return d >= stopping_distance(car.speed, T.reaction(car.player.level))


def stopping_distance(speed: float, reaction: float = T.reaction_time) -> float:
    """Metres a driver needs to stop from `speed`: the reaction time, then gentle braking."""
    v = max(speed, 0.0)
    return v * reaction + v * v / (2 * T.yellow_decel)
