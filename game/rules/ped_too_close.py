"""ped_too_close: stepping in front of a car nearer than it can stop.

Computer drivers obey the rules, but a car needs its stopping distance: walking into its
path closer than that is a mistake even when it stops in time (it had to brake hard).
Walking into a car is the same mistake. So is stepping into the way of a car a few seconds
off that has not begun to slow, even on a zebra: a driver who has not seen the child does
not stop (wait until it has stopped or passed). Once per crossing of the road. Waiting at
the kerb while a car goes by earns praise, once a drive.

A town driver sees a child coming off the kerb a step before the child is on the road, and
brakes then: so the step is judged from the moment the child walks at the road's edge (the
road a step ahead), and counts once the child is on the road.
"""

from __future__ import annotations

from game.course.geometry import heading_vector
from game.rules.base import Rule
from game.rules.context import Context, Event
from game.rules.walking import ROAD, W, cars_too_close, road_within, unseen_cars, walkers


class PedTooClose(Rule):
    id = "ped_too_close"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.seen: set[tuple[int, int, float]] = set()  # (player, bumped vehicle, trip start)
        self.praised: set[int] = set()
        self.before: dict[int, tuple[float, float]] = {}  # where each walker was last step
        self.stepping: dict[int, tuple[float, dict]] = {}  # walking off the kerb: when, car

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for w in walkers(ctx):
            for fact in ctx.world.facts:
                if (
                    fact.kind == "bump"
                    and fact.player == w.number
                    and fact.data.get("with") == "vehicle"
                ):
                    trip = w.trip.t if w.trip is not None else -float(w.car.player.odometer)
                    key = (w.number, 0, trip)
                    if key not in self.seen:
                        self.seen.add(key)
                        out.append(ctx.event(self.id, "mistake", w.car, data={"bump": True}))
            if not w.on_road:
                self._stepping_out(ctx, w)
            if w.on_road and w.trip is not None:
                key = (w.number, 0, w.trip.t)
                close = cars_too_close(ctx, w.car.pos) if key not in self.seen else []
                data = None
                if close:
                    v = close[0]
                    data = {"other": int(v.ident), "speed": round(float(v.speed), 2)}
                elif key not in self.seen and w.stepped_on and w.number in self.stepping:
                    since, data = self.stepping[w.number]
                    data = data if ctx.t - since <= W.step_out_s else None
                if data is not None:
                    self.seen.add(key)
                    out.append(ctx.event(self.id, "mistake", w.car, data=data))
                elif key not in self.seen and w.number in self.before:
                    before = None if w.stepped_on else self.before[w.number]
                    unseen = unseen_cars(ctx, w.car.pos, before)
                    if unseen:
                        self.seen.add(key)
                        v = unseen[0]
                        data = {"other": int(v.ident), "speed": round(float(v.speed), 2)}
                        msg = "rule.ped_too_close.unseen"
                        out.append(ctx.event(self.id, "mistake", w.car, message=msg, data=data))
            elif (
                not w.on_road
                and w.number not in self.praised
                and abs(w.car.speed) < 0.15
                and road_within(ctx.course, w.car.pos, 1.5)
                and _car_passing(ctx, w.car.pos)
            ):
                self.praised.add(w.number)
                out.append(ctx.event(self.id, "praise", w.car))
            self.before[w.number] = w.car.pos
        return out

    def _stepping_out(self, ctx: Context, w) -> None:
        """Walking at the road's edge towards it: a car the step ahead is too close for."""
        car = w.car
        if abs(car.speed) < W.still_speed * 3:
            return
        hx, hy = heading_vector(car.heading)
        ahead = (car.pos[0] + hx * W.step_ahead, car.pos[1] + hy * W.step_ahead)
        if ctx.course.surface_at(ahead) not in ROAD:
            return
        close = cars_too_close(ctx, ahead)
        if close:
            v = close[0]
            data = {"other": int(v.ident), "speed": round(float(v.speed), 2)}
            self.stepping[w.number] = (ctx.t, data)


def _car_passing(ctx: Context, p) -> bool:
    """A car going by within a few metres: the child at the kerb let it pass."""
    for v in ctx.vehicles():
        if abs(v.speed) > 2.0 and abs(v.x - p[0]) < 4.0 and abs(v.y - p[1]) < 4.0:
            return True
    return False
