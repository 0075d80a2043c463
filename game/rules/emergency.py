"""emergency: an ambulance with its siren comes up from behind and the car neither slows
down nor keeps right. The child gets a few seconds to react; letting it by (having slowed
down or kept right) earns praise: an ambulance that overtakes in a second, unhelped, does not."""

from __future__ import annotations

from typing import Any

from game.course.geometry import angle_diff, heading_vector
from game.rules.base import Rule
from game.rules.context import CarView, Context, Event
from game.rules.thresholds import T
from game.sim.world import DT


def siren_behind(car: CarView, vehicles: list[Any]) -> Any | None:
    """The nearest vehicle with a siren behind the car, going its way."""
    fx, fy = heading_vector(car.heading)
    best = None
    best_d = T.siren_distance
    for v in vehicles:
        if not getattr(v, "siren", False):
            continue
        dx, dy = v.x - car.pos[0], v.y - car.pos[1]
        along = dx * fx + dy * fy
        across = -dx * fy + dy * fx
        if along >= 0 or -along > best_d or abs(across) > T.siren_lateral:
            continue
        if angle_diff(float(v.heading), car.heading) > 60.0:
            continue
        best, best_d = v, -along
    return best


class Emergency(Rule):
    id = "emergency"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        # per (player, ambulance): [seconds behind, speed when it came, judged, reacted]
        self.watch: dict[tuple[int, Any], list[float]] = {}
        self.judged: set[tuple[int, Any]] = set()  # each ambulance is judged once per car

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        vehicles = ctx.vehicles()
        for car in ctx.cars.values():
            amb = siren_behind(car, vehicles)
            for key in [k for k in self.watch if k[0] == car.number]:
                if amb is None or key[1] != getattr(amb, "ident", None):
                    out.extend(self._gone(ctx, car, key))
            if amb is None:
                continue
            key = (car.number, getattr(amb, "ident", None))
            if key in self.judged:
                continue
            w = self.watch.setdefault(key, [0.0, max(car.speed, 0.0), 0.0, 0.0])
            w[0] += DT
            slowed = car.speed <= max(T.siren_slow_speed, w[1] * T.siren_slow_ratio)
            # towards the kerb: the right, or the left in left-hand traffic
            lateral = (car.lane.lateral if car.lane else 0.0) * ctx.course.kerb_side
            right = lateral >= T.siren_keep_right or car.speed < 1.0
            if slowed or lateral >= T.siren_keep_right:
                w[3] = 1.0  # it reacted: worth praise when the ambulance is by
            if w[2] or w[0] < T.siren_grace:
                continue
            if not (slowed and right):
                w[2] = 1.0
                self.judged.add(key)
                data = {"other": key[1], "kmh": round(car.speed * 3.6, 1)}
                out.append(ctx.event(self.id, "mistake", car, data=data))
        return out

    def _gone(self, ctx: Context, car: CarView, key: tuple[int, Any]) -> list[Event]:
        w = self.watch.pop(key)
        if w[2] or not w[3] or w[0] < T.siren_praise_time or key in self.judged:
            return []  # praise only a car that slowed down or kept right
        self.judged.add(key)
        return [ctx.event(self.id, "praise", car, data={"other": key[1]})]
