"""A traffic light tells its state at a glance, also on a grey-scale screen: the lit lamp is
the brightest, and where it sits (red top, amber middle, green bottom) says which it is."""

import numpy as np
import pygame

from game.render.world_view import LAMPS, light_head

PX_PER_M = 64 / 3  # the shipped courses' tiles


def grey(surface: pygame.Surface) -> np.ndarray:
    rgb = pygame.surfarray.array3d(surface).astype(float)
    alpha = pygame.surfarray.array_alpha(surface).astype(float) / 255.0
    lum = rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114
    return lum * alpha  # what it looks like over black


def lamp_brightness(g: np.ndarray) -> list[float]:
    """Mean grey inside each of the three lamps (the head's own geometry)."""
    w = max(20.0, PX_PER_M * 0.95)
    pad, h, r = round(w * 0.7), w * 2.75, w * 0.36
    xs, ys = np.meshgrid(np.arange(g.shape[0]), np.arange(g.shape[1]), indexing="ij")
    out = []
    for i in range(3):
        cx, cy = pad + w / 2, pad + h * (0.18 + 0.32 * i)
        disc = (xs - cx) ** 2 + (ys - cy) ** 2 <= (r * 0.9) ** 2
        out.append(float(g[disc].mean()))
    return out


def test_each_state_is_told_apart_in_grey():
    pygame.init()
    seen = {}
    for state in LAMPS:
        head = light_head(state, PX_PER_M)
        assert head.get_height() >= 60, "larger than the walkers' heads beside it"
        g = grey(head)
        brightness = lamp_brightness(g)
        assert int(np.argmax(brightness)) == LAMPS.index(state), (state, brightness)
        others = [b for i, b in enumerate(brightness) if i != LAMPS.index(state)]
        assert brightness[LAMPS.index(state)] > 1.5 * max(others), (state, brightness)
        seen[state] = g
    for a in LAMPS:
        for b in LAMPS:
            if a < b:
                assert np.abs(seen[a] - seen[b]).mean() > 2.0
