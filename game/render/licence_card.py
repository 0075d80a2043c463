"""The licence card as a picture: shown on the licence screen and saved as a PNG."""

from __future__ import annotations

import pygame

from game.licence.model import Licence
from game.render.text import render
from game.ui import icons
from game.ui.avatars import avatar, car_colour
from game.ui.rule_icons import rule_icon
from game.ui.words import fitted

CARD_SIZE = (1480, 1050)  # A6's proportions
INK = (34, 38, 58)
PAPER = (255, 252, 240)
BAND = (60, 140, 235)


def draw_card(licence: Licence, words: dict[str, str], lang: str, size=CARD_SIZE) -> pygame.Surface:
    """`words`: title, courses, rules (translated); right-to-left for Arabic."""
    w, h = size
    k = w / 1480
    rtl = lang == "ar"
    surf = pygame.Surface(size, pygame.SRCALPHA)
    card = pygame.Rect(0, 0, w, h).inflate(-round(20 * k), -round(20 * k))
    pygame.draw.rect(surf, PAPER, card, border_radius=round(50 * k))
    band = pygame.Rect(card.left, card.top, card.w, round(170 * k))
    pygame.draw.rect(
        surf,
        BAND,
        band,
        border_top_left_radius=round(50 * k),
        border_top_right_radius=round(50 * k),
    )
    pygame.draw.rect(surf, INK, card, max(2, round(8 * k)), border_radius=round(50 * k))
    head = fitted(words["title"], round(80 * k), band.w - round(80 * k), (255, 255, 255))
    surf.blit(head, head.get_rect(center=band.center))

    def x_of(left: float, width: float = 0.0) -> float:
        return w - left - width if rtl else left

    photo = pygame.Rect(x_of(70 * k, 380 * k), 220 * k, 380 * k, 380 * k)
    pygame.draw.rect(surf, car_colour(licence.colour), photo, border_radius=round(40 * k))
    face = avatar(licence.avatar, round(340 * k))
    surf.blit(face, face.get_rect(center=photo.center))
    pygame.draw.rect(surf, INK, photo, max(2, round(6 * k)), border_radius=round(40 * k))
    col_x = x_of(500 * k, 910 * k)
    col = pygame.Rect(col_x, 210 * k, 910 * k, 420 * k)

    def put(pic: pygame.Surface, y: float) -> None:
        spot = pic.get_rect(topright=(col.right, y)) if rtl else pic.get_rect(topleft=(col.left, y))
        surf.blit(pic, spot)

    name = licence.nickname or ""
    if name:
        put(fitted(name, round(90 * k), col.w, INK), col.top)
    put(render(licence.issued.isoformat(), round(44 * k), INK, "regular"), col.top + 120 * k)
    put(fitted(words["courses"], round(46 * k), col.w, BAND), col.top + 190 * k)
    y = col.top + 255 * k
    star = round(44 * k)
    for line in licence.courses[:6]:
        stars_w = 3 * (star + 6 * k)
        title = fitted(
            line.title(lang), round(40 * k), round(col.w - stars_w - 20 * k), INK, "regular"
        )
        if rtl:
            surf.blit(title, title.get_rect(topright=(col.right, y)))
            sx = col.left
        else:
            surf.blit(title, (col.left, y))
            sx = col.right - stars_w
        for s in range(3):
            pic = icons.icon("star" if s < line.stars else "star_empty", star)
            order = 2 - s if rtl else s
            surf.blit(pic, (sx + order * (star + 6 * k), y + 2 * k))
        y += 56 * k
    label = fitted(words["rules"], round(46 * k), card.w - round(140 * k), BAND)
    ry = 690 * k
    surf.blit(label, label.get_rect(topright=(w - 70 * k, ry)) if rtl else (70 * k, ry))
    size_icon = round(150 * k)
    for i, rule in enumerate(licence.rules[:8]):
        pic = rule_icon(rule, size_icon)
        x = x_of(70 * k + i * (size_icon + 16 * k), size_icon)
        surf.blit(pic, (x, ry + 70 * k))
    return surf
