"""Every number the instructor judges by, in one table, so tuning never means hunting.

Values start from RULES.md's anchors (CARLA's leaderboard criteria, SUMO's yellow-light
deceleration, highway codes) and are meant to be tuned by playing. Units: metres, seconds,
m/s, km/h where the name says so, degrees.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    # -- common ---------------------------------------------------------------
    moving_speed: float = 0.1  # m/s: below this the car is standing still (CARLA)
    replay_before: float = 3.0  # s of replay before an event
    replay_after: float = 1.0  # s of replay after it
    lane_radius: float = 2.5  # m: how far from a lane centre the car still "is on" it
    line_reach: float = 0.8  # m: a stop line counts this far beyond its ends (half a car)

    # -- "could have stopped": reaction, then braking ------------------------------
    # s before the brakes bite, by the help the child drives with (Player.level): ~1 s for
    # an adult driver (a standard engineering figure), more for a young child at the wheel
    # (ours; slower game speeds give more real time on top)
    yellow_decel: float = 3.0  # m/s^2, SUMO tls.yellow.min-decel: a gentle stop
    reaction_easy: float = 2.0  # s: easy, the youngest children
    reaction_time: float = 1.5  # s: normal
    reaction_hard: float = 1.0  # s: hard, an adult's

    # -- lights -----------------------------------------------------------------
    red_stop_zone: float = 8.0  # m before a signal line where stopping counts as waiting
    red_stopped_speed: float = 0.3  # m/s: stopped enough to praise the wait
    light_watch_distance: float = 60.0  # m: track approach distance this far out

    # -- stop sign --------------------------------------------------------------
    stop_zone: float = 4.0  # m before the line within which the full stop must happen
    stop_speed: float = 0.1  # m/s: a full stop (CARLA RunningStopTest)

    # -- yield / priority -----------------------------------------------------------
    yield_gap: float = 3.0  # s: a priority vehicle this close in time is a conflict
    yield_radius: float = 4.0  # m: size of the conflict area around the merge point
    yield_lookahead: float = 6.0  # m past the line where the conflict area is centred
    yield_watch: float = 30.0  # m: priority vehicles further than this are ignored
    yield_slow_speed: float = 2.5  # m/s: approaching a yield line slowly earns praise

    # -- pedestrians --------------------------------------------------------------
    ped_kerb_distance: float = 2.0  # m from a crossing: a waiting walker is "about to step"
    ped_step_time: float = 1.0  # s: a walker predicted on the crossing this soon counts
    ped_wait_zone: float = 10.0  # m before a crossing where stopping counts as waiting
    ped_wait_speed: float = 0.3  # m/s

    # -- speeding -----------------------------------------------------------------
    speed_tolerance_kmh: float = 3.0  # km/h above the limit before it counts
    school_tolerance_kmh: float = 1.0  # stricter in school zones
    speeding_time: float = 1.0  # s above the limit before it is a mistake
    speeding_distance: float = 5.0  # m above the limit: or this far (fast cars, short zones)
    speeding_rearm_time: float = 1.0  # s back under the limit before it can count again
    school_praise_min_distance: float = 15.0  # m driven in a school zone to earn praise

    # -- wrong way ------------------------------------------------------------------
    wrong_way_angle: float = 120.0  # degrees against the lane (CARLA)
    wrong_way_time: float = 1.0  # s
    wrong_way_distance: float = 4.0  # m: or this far (a quick swerve, a short street)
    wrong_way_rearm_time: float = 1.0

    # -- off road -----------------------------------------------------------------
    off_road_time: float = 0.25  # s with a wheel off the road (filters a grazed corner)
    off_road_distance: float = 1.5  # m: or this far (a fast swerve over a pavement)
    off_road_rearm_time: float = 1.0
    off_road_speed: float = 0.3  # m/s: "while moving"
    wheel_inset: float = 0.2  # m: wheels sit this far inside the body's sides

    # -- collisions -----------------------------------------------------------------
    collision_speed: float = 0.1  # m/s: touching while moving (CARLA)
    collision_dedupe: float = 5.0  # s: the same other party within this counts once

    # -- tailgating -------------------------------------------------------------------
    tailgate_taught: float = 2.0  # s: the two-second rule the messages teach
    tailgate_gap: float = 1.5  # s: judged with half a second of grace for a child's hands
    tailgate_time: float = 2.0  # s under the gap before it counts
    tailgate_distance: float = 15.0  # m under the gap: or this far (a short street)
    tailgate_rearm_time: float = 1.0
    tailgate_min_speed: float = 2.0  # m/s: crawling in a queue is not tailgating
    tailgate_max_closing: float = 1.5  # m/s: faster closing is approaching, not following
    follow_lateral: float = 1.5  # m: a vehicle this close to our line is "ahead of us"
    follow_distance: float = 30.0  # m: look this far ahead

    # -- indicators -----------------------------------------------------------------
    indicator_before: float = 4.0  # s before a turn in which the indicator counts
    turn_angle: float = 30.0  # degrees: a connector turning more is a turn to signal
    indicator_judge_at: float = 0.5  # fraction of the turn's lane where it is judged

    # -- emergency vehicles -------------------------------------------------------------
    siren_distance: float = 30.0  # m behind the car where an ambulance must be let by
    siren_lateral: float = 4.0  # m: behind on the same road, not on the next street
    siren_grace: float = 3.0  # s to react
    siren_praise_time: float = 1.0  # s it must have been behind for letting it by to count
    siren_slow_ratio: float = 0.7  # must drop below this share of the speed it had
    siren_slow_speed: float = 2.5  # m/s: or simply below this
    siren_keep_right: float = 0.3  # m right of the lane centre

    # -- seatbelt -------------------------------------------------------------------------
    seatbelt_speed: float = 0.5  # m/s: "starts driving"

    # -- no parking -----------------------------------------------------------------------
    forbidden_stop_time: float = 2.0  # s standing on a crossing or the pavement
    no_parking_time: float = 5.0  # s standing in a no-parking stretch
    parking_held_distance: float = 10.0  # m: a vehicle or stop line this close holds the car
    parking_rearm_time: float = 1.0  # s moving before the next stop counts

    # -- a bus at its stop ------------------------------------------------------------------
    bus_pass_kmh: float = 15.0  # km/h: pass a bus at its stop no faster (ours)
    bus_room: float = 0.5  # m between the car's side and the bus's (ours)
    bus_behind: float = 4.0  # m behind the bus where passing it begins
    bus_watch_lateral: float = 6.0  # m: further to the side is another road

    # -- parking --------------------------------------------------------------------------
    parking_angle: float = 12.0  # degrees off the bay's axis
    parking_margin: float = 0.0  # m: corners must be this far inside the bay

    def reaction(self, level: str) -> float:
        """Seconds a child driving with this help (easy / normal / hard) needs to react."""
        return {"easy": self.reaction_easy, "hard": self.reaction_hard}.get(
            level, self.reaction_time
        )


T = Thresholds()
