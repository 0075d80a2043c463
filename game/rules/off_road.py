"""off_road: a wheel on sidewalk, grass or parking (outside a bay) while moving.

Wheels, not the body: a car may overhang a kerb on a tight corner, as real ones do; a
short graze (< 0.25 s and < 1.5 m) is ignored so a child is not told off for a corner
clipped by a hair; a fast swerve over the pavement covers more than that in less time."""

from __future__ import annotations

from game.course.geometry import Point, heading_vector, point_in_polygon
from game.course.model import Surface
from game.rules.base import Rule, Timer
from game.rules.context import CarView, Context, Event
from game.rules.thresholds import T
from game.sim.world import DT

ON_ROAD = frozenset({Surface.ROAD, Surface.CROSSING})


def wheels(car: CarView) -> list[Point]:
    spec = car.player.spec
    fx, fy = heading_vector(car.heading)
    rx, ry = -fy, fx
    half_base = spec.wheelbase / 2
    half_track = spec.width / 2 - T.wheel_inset
    return [
        (car.pos[0] + fx * a + rx * s, car.pos[1] + fy * a + ry * s)
        for a in (half_base, -half_base)
        for s in (-half_track, half_track)
    ]


def wheel_off_road(ctx: Context, car: CarView) -> Point | None:
    """The first wheel standing off the road (a bay counts as road), if any."""
    for w in wheels(car):
        surface = ctx.course.surface_at(w)
        if surface in ON_ROAD:
            continue
        if surface == Surface.PARKING and any(
            point_in_polygon(w, spot.polygon) for spot in ctx.course.parking_spots
        ):
            continue
        return w
    return None


class OffRoad(Rule):
    id = "off_road"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.timers: dict[int, Timer] = {}

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for car in ctx.cars.values():
            wheel = wheel_off_road(ctx, car) if abs(car.speed) > T.off_road_speed else None
            timer = self.timers.setdefault(
                car.number, Timer(T.off_road_time, T.off_road_rearm_time, T.off_road_distance)
            )
            if timer.update(wheel is not None, DT, car.moved):
                surface = ctx.course.surface_at(wheel).name.lower() if wheel else ""
                out.append(ctx.event(self.id, "mistake", car, pos=wheel, data={"surface": surface}))
        return out
