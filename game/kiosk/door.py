"""The staff's way out of a kiosk: a key combination, or taps in a hidden corner in quick
succession. Either only opens the PIN pad; a child finding it gets no further."""

from __future__ import annotations

from game.kiosk.config import KioskConfig, parse_keys

CORNER = 0.08  # the hidden corner: this fraction of the screen's height, square


class StaffDoor:
    def __init__(self, config: KioskConfig) -> None:
        keys = parse_keys(config.staff_keys) or parse_keys(KioskConfig.staff_keys)
        assert keys is not None
        self.mods, self.key = keys
        self.corner = config.staff_corner
        self.taps_needed = config.staff_taps
        self.window = config.staff_tap_window
        self.taps: list[float] = []

    def keys(self, mods: set[str], key: str) -> bool:
        """A key went down with these modifiers held: is it the staff's combination?"""
        return key.lower() == self.key and set(mods) == set(self.mods)

    def in_corner(self, pos: tuple[float, float], size: tuple[int, int]) -> bool:
        side = max(24.0, size[1] * CORNER)
        x, y = pos
        left = x < side
        right = x >= size[0] - side
        top = y < side
        bottom = y >= size[1] - side
        return {
            "top-left": top and left,
            "top-right": top and right,
            "bottom-left": bottom and left,
            "bottom-right": bottom and right,
        }[self.corner]

    def tap(self, pos: tuple[float, float], size: tuple[int, int], t: float) -> bool:
        """A press at `pos` at time `t` (seconds): True on the last of the taps in time."""
        if not self.in_corner(pos, size):
            self.taps.clear()
            return False
        self.taps = [s for s in self.taps if t - s <= self.window] + [t]
        if len(self.taps) >= self.taps_needed:
            self.taps.clear()
            return True
        return False
