"""Between a child's hands and the car: steering modes and the easy / normal / hard help.

Devices (keyboard, pad, touch, mouse, one switch) say what the hands do as `Hands`; an
`Assist` turns that into the car's `Controls` for this step. Everything here is pure, so a
drive records only the resulting Controls and replays bit for bit.

- "car" steering: left/right turn the wheel, as in a real car.
- "direct" steering: the stick or the arrows point where the car should go *on screen*;
  the car turns that way and drives (down the screen is down, whichever way the car faces).
- easy: direct steering by default, a lower top speed, a gentle automatic throttle while
  the child points or steers, and a lane helper that follows the road (taking at each
  junction the way that best matches where the child points) unless the child points
  where no road ahead leads.
- hard: the wheel only and no route arrows on screen; the car is the same.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.course.geometry import (
    Point,
    angle_diff,
    heading_of,
    heading_vector,
    polygon_centroid,
    signed_angle,
)
from game.course.lanes import LaneMap
from game.drivers.base import LEVELS
from game.sim.controls import Controls
from game.sim.world import Player, World

STEERING = ("car", "direct")
EASY_TOP_KMH = 20.0  # the pedal's full travel in easy mode
EASY_CRUISE_KMH = 15.0  # the automatic gentle throttle
DIRECT_GAIN = 1.0 / 35.0  # steer per degree between the car and where the stick points
HELP_HORIZON = 24.0  # m of road ahead the helper looks along for the child's direction
HELP_AGREES = 75.0  # degrees: a road ahead within this of the pointed way keeps the helper on
FAR_HORIZON = 48.0  # m: further along, a road must lead closer to the pointed way...
FAR_AGREES = 40.0  # ...within this many degrees
BAY_REACH = 12.0  # m: pointed at a parking bay this close, the helper lets the child park
BACK_OFF_STEPS = 50  # direct steering: after a bump the car backs off this long by itself
TURN_ROUND, TURN_DONE = 115.0, 60.0  # degrees: pointed this far behind, turn round until...
LOOK_MIN, LOOK_MAX = 2.4, 5.0  # m: the helper's pure-pursuit look-ahead


@dataclass(frozen=True)
class Hands:
    """What the hands do this step, before any help.

    throttle, brake, steer: as in Controls (the wheel and the pedals).
    aim: the direction the stick or arrows point on screen (x right, y down), or None.
    go: the one switch is held (one-switch play).
    """

    throttle: float = 0.0
    brake: float = 0.0
    steer: float = 0.0
    aim: Point | None = None
    indicator: int = 0
    seatbelt: bool = False
    horn: bool = False
    go: bool = False

    def plain(self) -> Controls:
        return Controls(
            self.throttle, self.brake, self.steer, self.indicator, self.seatbelt, self.horn
        )


def default_steering(level: str) -> str:
    return "direct" if level == "easy" else "car"


@dataclass
class Assist:
    """One player's help; keeps the lane it follows between steps."""

    level: str = "normal"
    steering: str | None = None  # None: the level's own (direct for easy)

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"unknown assist '{self.level}': use one of {', '.join(LEVELS)}")
        if self.steering is None:
            self.steering = default_steering(self.level)
        if self.steering not in STEERING:
            raise ValueError(f"unknown steering '{self.steering}': use car or direct")
        self.lane: int | None = None
        self.backing = 0  # steps left backing off after a bump
        self.forward = 0  # steps left going forward after backing into something
        self.back_steer = 0.0  # the wheel while backing off: the nose swings away from a bump
        self.turning = False  # turning round towards a direction behind the car
        self._lanes: LaneMap | None = None
        self._course = None

    @property
    def route_arrows(self) -> bool:
        """Hard mode hides the on-screen arrows to the next goal."""
        return self.level != "hard"

    @property
    def top_speed(self) -> float | None:
        return EASY_TOP_KMH / 3.6 if self.level == "easy" else None

    def apply(self, hands: Hands, world: World, player: Player) -> Controls:
        """The car's controls for these hands on this step."""
        if player.gaze is not None:  # a child on foot: no car to help
            return on_foot(hands)
        state, spec = player.state, player.spec
        aim = self._aim_heading(hands, state.heading)
        throttle, brake, steer = hands.throttle, hands.brake, hands.steer
        direct = self.steering == "direct"
        extras = (hands.indicator, hands.seatbelt, hands.horn)
        bump = next(
            (f for f in world.facts if f.kind == "bump" and f.player == player.number), None
        )
        if direct and bump is not None:
            # pointing can't reverse: back off by itself (and forward again if that bumps),
            # the wheel turned so that the nose swings away from what it touched
            self.forward = BACK_OFF_STEPS if self.backing > 0 else 0
            self.backing = 0 if self.backing > 0 else BACK_OFF_STEPS
            self.back_steer = _away(world, player, bump.data.get("other"))
        if self.forward > 0:
            self.forward -= 1
            self.turning = False
        if direct and self.backing > 0 and brake == 0.0:
            self.backing -= 1
            return Controls(-0.6, 0.0, self.back_steer, *extras)
        helped = None
        if self.level == "easy":
            helped = self._lane_help(world, player, aim if aim is not None else state.heading)
        pointing = direct and hands.aim is not None and aim is not None
        if direct:
            steer = 0.0
        if helped is not None:
            self.turning = False
            steer = helped
            if pointing and throttle <= 0.0:
                throttle = 1.0 - 0.5 * abs(helped)  # along the road, easing off in bends
        elif direct and aim is not None and brake == 0.0:
            error = signed_angle(state.heading, aim)
            self.turning = self.forward == 0 and abs(error) > (
                TURN_DONE if self.turning else TURN_ROUND
            )
            if self.turning and pointing:
                # pointed behind the car: back up turning the other way (a three-point
                # turn), so a goal inside the turning circle is reached, not circled
                return Controls(-0.6, 0.0, -1.0 if error > 0 else 1.0, *extras)
            steer = _clamp(error * DIRECT_GAIN)
            if pointing and throttle <= 0.0:
                # pointing means "drive there": slower while the car is still turning to it
                throttle = max(0.2, math.cos(math.radians(min(abs(error), 80.0))))
        if self.level == "easy":
            if throttle > 0.0 and hands.throttle <= 0.0:
                throttle *= EASY_CRUISE_KMH / 40.0  # the gentle automatic throttle
            elif aim is not None and throttle <= 0.0 and brake == 0.0 and abs(hands.steer) > 0.1:
                throttle = EASY_CRUISE_KMH / 40.0
        if self.top_speed is not None and throttle > 0.0:
            throttle = min(throttle, self.top_speed / spec.max_speed)
        return Controls(throttle, brake, steer, *extras)

    def _aim_heading(self, hands: Hands, heading: float) -> float | None:
        """Where the child wants to go, as a heading (degrees clockwise from north)."""
        if self.steering == "direct":
            if hands.aim is None or math.hypot(*hands.aim) < 0.2:
                return None
            return heading_of(hands.aim[0], hands.aim[1])
        if abs(hands.steer) > 0.1:
            return (heading + 80.0 * hands.steer) % 360.0
        return heading if hands.throttle > 0.0 or self.level == "easy" else None

    # -- the lane helper --------------------------------------------------------------
    def _lane_help(self, world: World, player: Player, aim: float) -> float | None:
        """A steer that follows the road the child means, or None to let the child steer."""
        if self._course is not world.course:
            self._course = world.course
            self._lanes = LaneMap(world.course) if world.course.lanes else None
            self.lane = None
        lanes = self._lanes
        state, spec = player.state, player.spec
        if lanes is None or state.speed < -0.05:
            return None
        here = lanes.locate(state.pos, state.heading, self.lane)
        if here is None or here.heading_diff > 100.0:
            self.lane = None
            return None
        self.lane = here.lane_id
        points = _road_ahead(lanes, here.lane_id, here.s, aim)
        near = points[: round(HELP_HORIZON)]
        if min(angle_diff(h, aim) for _p, h in near) > HELP_AGREES and (
            min(angle_diff(h, aim) for _p, h in points) > FAR_AGREES
        ):
            return None  # the child points where no road ahead goes: the child decides
        if _bay_pointed(world, state.pos, aim):
            return None
        look = min(max(1.2 + 0.45 * abs(state.speed), LOOK_MIN), LOOK_MAX)
        target = _at_distance(points, look)
        return _pursue(state.x, state.y, state.heading, state.speed, target, spec)


def on_foot(hands: Hands) -> Controls:
    """On foot the stick or arrows point where to walk (up is north, game.sim.walker) at
    every level of help: no wheel to turn, no lane to keep; the brake looks both ways and
    the horn button, held, runs."""
    if hands.aim is not None:
        steer, throttle = hands.aim[0], -hands.aim[1]
    else:
        steer, throttle = hands.steer, hands.throttle
    return Controls(
        max(-1.0, min(1.0, throttle)),
        hands.brake,
        max(-1.0, min(1.0, steer)),
        hands.indicator,
        hands.seatbelt,
        hands.horn,
    )


def _road_ahead(lanes: LaneMap, lane_id: int, s: float, aim: float) -> list[tuple[Point, float]]:
    """Points (and headings) every metre along the lanes ahead, turning as the aim says."""
    out: list[tuple[Point, float]] = []
    lane = lanes.lanes[lane_id]
    travelled = 0.0
    while travelled < FAR_HORIZON:
        line = lane.line
        while s <= line.length and travelled < FAR_HORIZON:
            out.append((line.position_at(s), line.heading_at(s)))
            s += 1.0
            travelled += 1.0
        if not lane.next_ids or travelled >= FAR_HORIZON:
            break
        s -= line.length
        lane = min(
            (lanes.lanes[i] for i in lane.next_ids if i in lanes.lanes),
            key=lambda nxt: (angle_diff(nxt.line.end_heading, aim), nxt.id),
            default=None,
        )
        if lane is None:
            break
    return out or [
        (lanes.lanes[lane_id].line.position_at(s), lanes.lanes[lane_id].line.heading_at(s))
    ]


def _bay_pointed(world: World, pos: Point, aim: float) -> bool:
    """A parking bay lies close by, about where the child points."""
    for spot in world.course.parking_spots:
        cx, cy = polygon_centroid(spot.polygon)
        dx, dy = cx - pos[0], cy - pos[1]
        if math.hypot(dx, dy) <= BAY_REACH and angle_diff(heading_of(dx, dy), aim) < 30.0:
            return True
    return False


def _at_distance(points: list[tuple[Point, float]], d: float) -> Point:
    k = min(len(points) - 1, max(0, round(d)))
    return points[k][0]


def _pursue(x: float, y: float, heading: float, speed: float, target: Point, spec) -> float:
    """Pure pursuit from the rear axle to `target`, as a steer of -1..1."""
    hx, hy = heading_vector(heading)
    rx, ry = x - hx * spec.wheelbase / 2, y - hy * spec.wheelbase / 2
    dx, dy = target[0] - rx, target[1] - ry
    dist = math.hypot(dx, dy)
    if dist < 1e-6:
        return 0.0
    alpha = math.radians(signed_angle(heading, heading_of(dx, dy)))
    delta = math.atan2(2 * spec.wheelbase * math.sin(alpha), dist)
    limit = spec.max_steer
    if speed * speed > 1e-6:
        limit = min(limit, math.atan(spec.max_lateral_accel * spec.wheelbase / (speed * speed)))
    return _clamp(delta / limit)


def _away(world: World, player: Player, other: int | None) -> float:
    """The wheel for backing off a vehicle the car touched: reversing with the wheel turned
    towards it swings the nose away from it; head on, the nose swings to the kerb side (keep
    right), so that going forward again passes it instead of touching it again."""
    vehicle = world.town.traffic.by_ident(other) if other is not None else None
    if vehicle is None:
        return 0.0
    state = player.state
    side = signed_angle(state.heading, heading_of(vehicle.x - state.x, vehicle.y - state.y))
    if abs(side) > 90.0:  # it is behind: straight back is away from nothing
        return 0.0
    if abs(side) < 10.0:
        return -world.course.kerb_side
    return math.copysign(1.0, side)


def _clamp(v: float) -> float:
    return -1.0 if v < -1.0 else 1.0 if v > 1.0 else v
