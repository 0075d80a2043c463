"""Debug picture of a course: tile layers from town.png, lanes and objects drawn on top.

For designers checking generated maps by eye: `python -m game.tools.course_render
maps/first_drive.tmx out.png`. Lanes are drawn in magenta with arrows at their ends.
"""

from __future__ import annotations

import math
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

COLOURS = {
    "lane": (230, 0, 200),
    "stop_line": (255, 40, 40),
    "checkpoint": (0, 160, 255),
    "finish": (0, 220, 0),
    "crossing": (255, 200, 0),
    "speed_zone": (255, 120, 0),
    "hint": (120, 120, 255),
    "parking_spot": (0, 255, 255),
    "pedestrian": (255, 255, 0),
    "roundabout": (255, 255, 255),
}


def render(tmx: Path, out: Path, scale: float = 0.5) -> None:
    """Compose the map's tile layers and overlay its objects; save a PNG."""
    pygame.init()
    root = ET.parse(tmx).getroot()
    tw = int(root.get("tilewidth", "64"))
    w, h = int(root.get("width", "0")), int(root.get("height", "0"))
    sheet = pygame.image.load(str(tmx.parent / "tilesets" / "town.png"))
    cols = sheet.get_width() // tw
    img = pygame.Surface((w * tw, h * tw))
    img.fill((0, 0, 0))
    for layer in root.iter("layer"):
        data = layer.find("data")
        assert data is not None and data.text
        gids = [int(v) for v in data.text.replace("\n", "").split(",") if v.strip()]
        for i, gid in enumerate(gids):
            if gid:
                t = gid - 1
                img.blit(
                    sheet,
                    ((i % w) * tw, (i // w) * tw),
                    pygame.Rect((t % cols) * tw, (t // cols) * tw, tw, tw),
                )
    font = pygame.font.SysFont(None, 22)
    for obj in root.iter("object"):
        kind = obj.get("type", "")
        x, y = float(obj.get("x", 0)), float(obj.get("y", 0))
        col = COLOURS.get(kind, (255, 255, 255))
        poly = obj.find("polyline")
        if poly is not None:
            pts = [
                (x + float(a), y + float(b))
                for a, b in (p.split(",") for p in poly.get("points", "").split())
            ]
            width = 5 if kind == "stop_line" else 2
            pygame.draw.lines(img, col, False, pts, width)
            if kind in ("lane", "pedestrian"):
                (ax, ay), (bx, by) = pts[-2], pts[-1]
                ang = math.atan2(by - ay, bx - ax)
                for da in (2.6, -2.6):
                    pygame.draw.line(
                        img,
                        col,
                        (bx, by),
                        (bx + 12 * math.cos(ang + da), by + 12 * math.sin(ang + da)),
                        3,
                    )
                pygame.draw.circle(img, col, pts[0], 4, 1)
        elif obj.find("point") is not None:
            pygame.draw.circle(img, col, (x, y), 7, 3)
            label = {
                "spawn": "S",
                "traffic_light": "L",
                "sign": "s",
                "vehicle": "V",
                "signal": "*",
                "officer": "O",
            }.get(kind, "?")
            img.blit(font.render(label, True, col), (x + 6, y - 6))
        elif obj.get("width"):
            r = pygame.Rect(x, y, float(obj.get("width", 0)), float(obj.get("height", 0)))
            if obj.find("ellipse") is not None:
                pygame.draw.ellipse(img, col, r, 2)
            else:
                pygame.draw.rect(img, col, r, 2)
            if kind == "checkpoint":
                order = [p.get("value") for p in obj.iter("property") if p.get("name") == "order"]
                img.blit(font.render(str(order[0]), True, col), r.center)
    img = pygame.transform.smoothscale_by(img, scale)
    pygame.image.save(img, str(out))


if __name__ == "__main__":
    render(Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 0.5)
