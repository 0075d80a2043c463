"""bus_stop: passing a bus that stands at its stop too fast or too close. People get off
there, children among them, and may step out in front of or behind the bus: slow down and
leave room (Vienna convention art. 21(2)). Either way of the road: children cross there.

Judged while the car drives alongside the bus (from a few metres behind it to its front):
above 15 km/h, or closer than 0.5 m to its side, is a mistake; going past slowly and wide
earns praise."""

from __future__ import annotations

from typing import Any

from game.course.geometry import angle_diff, heading_vector
from game.rules.base import Rule
from game.rules.context import CarView, Context, Event
from game.rules.thresholds import T


def bus_beside(car: CarView, vehicles: list[Any]) -> tuple[Any, float] | None:
    """A bus standing at its stop that the car is passing now, with the gap between their
    sides (metres)."""
    for v in vehicles:
        if not getattr(v, "at_stop", False):
            continue
        hx, hy = heading_vector(float(v.heading))
        dx, dy = car.pos[0] - v.x, car.pos[1] - v.y
        along = dx * hx + dy * hy
        across = abs(-dx * hy + dy * hx)
        half = float(getattr(v, "length", 10.0)) / 2
        if not -half - T.bus_behind <= along <= half + 1.0:
            continue
        gap = across - float(getattr(v, "width", 2.5)) / 2 - car.player.spec.width / 2
        if gap > T.bus_watch_lateral:
            continue
        diff = angle_diff(car.heading, float(v.heading))
        if 45.0 < diff < 135.0:
            continue  # crossing its road, not passing it
        return v, gap
    return None


class BusStop(Rule):
    id = "bus_stop"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.passing: dict[tuple[int, Any], bool] = {}  # (player, bus) -> still clean

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        vehicles = ctx.vehicles()
        for car in ctx.cars.values():
            found = bus_beside(car, vehicles) if abs(car.speed) > T.moving_speed else None
            ident = getattr(found[0], "ident", None) if found else None
            for key in [k for k in self.passing if k[0] == car.number and k[1] != ident]:
                if self.passing.pop(key):
                    out.append(ctx.event(self.id, "praise", car, data={"other": key[1]}))
            if found is None:
                continue
            bus, gap = found
            key = (car.number, ident)
            if not self.passing.setdefault(key, True):
                continue  # already told for this bus
            kmh = abs(car.speed) * 3.6
            if kmh > T.bus_pass_kmh or gap < T.bus_room:
                self.passing[key] = False
                data = {"other": ident, "kmh": round(kmh, 1), "gap": round(gap, 2)}
                message = "rule.bus_stop.room" if kmh <= T.bus_pass_kmh else None
                out.append(ctx.event(self.id, "mistake", car, message, data=data))
        return out
