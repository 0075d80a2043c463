"""no_parking: leaving the car standing where it must not stand.

Stopping is forbidden on a zebra crossing and on the pavement (Décret 2-10-420; Morocco
fines both): a stop of ~2 s there is a mistake (on a crossing, unless the car waits for the
traffic ahead: a car just in front, or the junction the crossing leads into). Parking is
forbidden under the `no_parking` sign, over the stretch a `no_parking` area marks: standing
there ~5 s is a mistake, unless the car is held by traffic (a vehicle just ahead, a stop
line just ahead): waiting is not parking."""

from __future__ import annotations

from game.course.geometry import Point, heading_vector, point_in_polygon
from game.course.model import Surface
from game.rules.base import Rule, Timer
from game.rules.context import CarView, Context, Event, beyond
from game.rules.off_road import wheels
from game.rules.tailgating import vehicle_ahead
from game.rules.thresholds import T
from game.sim.world import DT


def body_points(car: CarView) -> list[Point]:
    """The centre and the middle of both bumpers: what stands on a crossing."""
    fx, fy = heading_vector(car.heading)
    half = car.player.spec.length / 2
    x, y = car.pos
    return [(x, y), (x + fx * half, y + fy * half), (x - fx * half, y - fy * half)]


def forbidden_stop(ctx: Context, car: CarView) -> str | None:
    """'crossing' or 'pavement' when the car stands where even stopping is forbidden."""
    if any(ctx.course.surface_at(w) == Surface.SIDEWALK for w in wheels(car)):
        return "pavement"
    points = body_points(car)
    for crossing in ctx.course.crossings:
        bounds = crossing.bounds
        if any(
            not beyond(p, bounds, 0.0) and point_in_polygon(p, crossing.polygon) for p in points
        ):
            return None if waiting_to_enter(ctx, car) else "crossing"
    return None


def held_by_traffic(ctx: Context, car: CarView) -> bool:
    """Waiting, not parking: a vehicle just ahead, or a stop line just ahead."""
    found = vehicle_ahead(car, ctx.vehicles())
    if found is not None and found[1] < T.parking_held_distance:
        return True
    return any(
        geo.approach(car.front, car.heading, T.parking_held_distance) is not None
        for geo in ctx.lines
    )


def waiting_to_enter(ctx: Context, car: CarView) -> bool:
    """Held on a crossing by the traffic it waits for: a vehicle just ahead, or the
    junction the crossing leads into (a queue, a turn across the traffic)."""
    found = vehicle_ahead(car, ctx.vehicles())
    if found is not None and found[1] < T.parking_held_distance:
        return True
    fx, fy = heading_vector(car.heading)
    x, y = car.front
    return any(
        ctx.lanes.in_junction((x + fx * k, y + fy * k)) for k in (0.0, 1.0, 2.0, 4.0, 6.0)
    )


class NoParking(Rule):
    id = "no_parking"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.stop_timers: dict[int, Timer] = {}
        self.park_timers: dict[int, Timer] = {}

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for car in ctx.cars.values():
            standing = abs(car.speed) < T.moving_speed and not car.player.progress.finished
            where = forbidden_stop(ctx, car) if standing else None
            stop = self.stop_timers.setdefault(
                car.number, Timer(T.forbidden_stop_time, T.parking_rearm_time)
            )
            if stop.update(where is not None, DT):
                message = f"rule.no_parking.{where}"
                out.append(ctx.event(self.id, "mistake", car, message, data={"where": where}))
            in_zone = (
                standing
                and where is None
                and any(point_in_polygon(car.pos, z.polygon) for z in ctx.course.no_parking)
                and not held_by_traffic(ctx, car)
            )
            park = self.park_timers.setdefault(
                car.number, Timer(T.no_parking_time, T.parking_rearm_time)
            )
            if park.update(in_zone, DT):
                out.append(ctx.event(self.id, "mistake", car, data={"where": "zone"}))
        return out
