"""no_indicator: turning at a junction, or leaving a roundabout, without the indicator on
that side. Judged halfway along the turn's lane, looking back a few seconds: signalling
early, as taught, counts. Signalling correctly earns praise."""

from __future__ import annotations

from collections import deque

from game.course.lanes import LaneInfo
from game.rules.base import Rule
from game.rules.context import Context, Event
from game.rules.thresholds import T
from game.sim.world import DT


def needed_side(info: LaneInfo) -> int:
    """-1 left, +1 right, 0 when this lane needs no signal."""
    if info.ring:
        return 0  # going round the ring is not a turn
    if info.ring_exit:
        return 1 if info.turn >= 0 else -1
    if info.choice and abs(info.turn) > T.turn_angle:
        return 1 if info.turn > 0 else -1
    return 0


class NoIndicator(Rule):
    id = "no_indicator"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        keep = round(T.indicator_before / DT) + 1
        self.history: dict[int, deque[int]] = {}
        self.keep = keep
        self.judged: dict[int, int | None] = {}  # last lane judged per player
        self.came_from: dict[int, tuple[int, int]] = {}  # (lane before, lane now) per player

    def observe(self, ctx: Context) -> list[Event]:
        out: list[Event] = []
        for car in ctx.cars.values():
            hist = self.history.setdefault(car.number, deque(maxlen=self.keep))
            hist.append(car.player.controls.indicator)
            if car.lane is None or car.speed <= 0:
                continue
            lane_id = car.lane.lane_id
            before, now = self.came_from.get(car.number, (-1, -1))
            if lane_id != now:
                self.came_from[car.number] = before, now = (now, lane_id)
            info = ctx.lanes.info.get(lane_id)
            if info is None:
                continue
            if not (info.choice or info.ring_exit):
                self.judged[car.number] = None  # back on a plain road: the next turn counts
                continue
            if self.judged.get(car.number) == lane_id:
                continue
            side = needed_side(info)
            if side == 0 or car.lane.s < info.lane.line.length * T.indicator_judge_at:
                continue
            if before not in info.lane.prev_ids and not _siblings(ctx, before, lane_id):
                continue  # a lane crossing ours in the junction, not the one we took
            self.judged[car.number] = lane_id
            data = {"lane": lane_id, "side": "right" if side > 0 else "left"}
            kind = "praise" if side in hist else "mistake"
            out.append(ctx.event(self.id, kind, car, data=data))
        return out


def _siblings(ctx: Context, a: int, b: int) -> bool:
    """Two lanes leaving the same lane: the locator may pick either while they overlap."""
    la, lb = ctx.lanes.lanes.get(a), ctx.lanes.lanes.get(b)
    return bool(la and lb and set(la.prev_ids) & set(lb.prev_ids))
