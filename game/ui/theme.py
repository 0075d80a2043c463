"""Colours and sizes of the menus: bright, friendly, high contrast."""

from __future__ import annotations

DESIGN = (1280, 720)  # every layout is written for this canvas, then scaled
MIN_TARGET = 64  # design px: the smallest thing a finger must hit

SKY = (120, 200, 250)
SKY_LOW = (190, 232, 255)
GRASS = (110, 196, 96)
INK = (34, 38, 58)
WHITE = (255, 255, 255)
CARD = (255, 252, 244)
SHADOW = (0, 0, 0, 70)
FOCUS_DARK = (20, 20, 30)
FOCUS_LIGHT = (255, 255, 255)

PLAY = (60, 190, 90)  # go / play / your turn
NEXT = (255, 170, 30)  # onwards
BLUE = (60, 140, 235)
PURPLE = (150, 100, 220)
RED = (235, 80, 70)
GREY = (170, 176, 190)
LOCKED = (205, 208, 216)
STAR = (255, 200, 30)
STAR_EMPTY = (225, 228, 236)
