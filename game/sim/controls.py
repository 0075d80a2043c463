"""What a driver does in one step: the only thing the world takes from outside."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Controls:
    """One step of pedals, wheel and buttons, already clamped to their ranges.

    throttle: -1..1; forward pedal when positive. Negative brakes while rolling
    forward and reverses once stopped, as on a child's electric car.
    brake: 0..1, the brake pedal (space bar).
    steer: -1..1, positive turns right (clockwise).
    indicator: -1 left, 0 off, +1 right.
    seatbelt: the belt is fastened (a toggle the input layer keeps).
    horn: pressed this step (on foot, held: run).
    """

    throttle: float = 0.0
    brake: float = 0.0
    steer: float = 0.0
    indicator: int = 0
    seatbelt: bool = True
    horn: bool = False

    def clamped(self) -> Controls:
        def clamp(v: float, lo: float, hi: float) -> float:
            v = float(v)
            if v != v:  # NaN from a broken script or device counts as released
                return 0.0
            return lo if v < lo else hi if v > hi else v

        ind = int(self.indicator)
        return Controls(
            throttle=clamp(self.throttle, -1.0, 1.0),
            brake=clamp(self.brake, 0.0, 1.0),
            steer=clamp(self.steer, -1.0, 1.0),
            indicator=-1 if ind < 0 else 1 if ind > 0 else 0,
            seatbelt=bool(self.seatbelt),
            horn=bool(self.horn),
        )


IDLE = Controls()
