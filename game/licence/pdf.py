"""The licence as a printable PDF, A4 (a card to cut out) or A6 (the card itself).

fpdf2 draws the text with HarfBuzz shaping (uharfbuzz), so Arabic letters join and read
right to left, and Tifinagh and Latin each use a Noto font that has their glyphs. Pictures
(the avatar, the rules' icons) come in as PNG bytes drawn by the game.
"""

from __future__ import annotations

import io

from fpdf import FPDF

from game import resources
from game.licence.model import Licence

PAGES = {"A4": (210.0, 297.0), "A6": (148.0, 105.0)}
CARD_A4 = (180.0, 127.7)  # the A6 card's proportions, bigger, to cut out
INK = (34, 38, 58)
STAR = (255, 200, 30)
GREY = (205, 208, 216)


def _fonts(pdf: FPDF) -> None:
    pdf.add_font("latin", "", str(resources.asset("fonts", "NotoSans-Regular.ttf")))
    pdf.add_font("latin", "B", str(resources.asset("fonts", "NotoSans-Bold.ttf")))
    pdf.add_font("arabic", "", str(resources.asset("fonts", "NotoSansArabic-Regular.ttf")))
    pdf.add_font("arabic", "B", str(resources.asset("fonts", "NotoSansArabic-Bold.ttf")))
    pdf.add_font("tifinagh", "", str(resources.asset("fonts", "NotoSansTifinagh-Regular.ttf")))
    pdf.add_font("tifinagh", "B", str(resources.asset("fonts", "NotoSansTifinagh-Regular.ttf")))
    pdf.set_fallback_fonts(["arabic", "tifinagh"])
    pdf.set_text_shaping(True)


def licence_pdf(
    licence: Licence,
    words: dict[str, str],
    pictures: dict[str, bytes],
    lang: str,
    paper: str = "A6",
) -> bytes:
    """The PDF file's bytes. `words`: title, driver, courses, rules (already translated);
    `pictures`: "avatar" and one per mastered rule id, as PNG."""
    return class_pdf([(licence, pictures)], words, lang, paper)


def class_pdf(
    cards: list[tuple[Licence, dict[str, bytes]]],
    words: dict[str, str],
    lang: str,
    paper: str = "A4",
) -> bytes:
    """Several licences in one PDF, a page each (a class's, to print at once)."""
    page_w, page_h = PAGES[paper]
    pdf = FPDF(orientation="P", unit="mm", format=(page_w, page_h))
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    _fonts(pdf)
    pdf.set_title(words["title"])
    pdf.set_creator("Traffic Park")
    for licence, pictures in cards:
        pdf.add_page()
        _page(pdf, licence, words, pictures, lang, paper)
    if not cards:
        pdf.add_page()
    out = io.BytesIO()
    pdf.output(out)
    return out.getvalue()


def _page(pdf: FPDF, licence: Licence, words, pictures, lang: str, paper: str) -> None:
    page_w, page_h = PAGES[paper]
    if paper == "A6":
        card = (0.0, 0.0, page_w, page_h)
    else:
        w, h = CARD_A4
        card = ((page_w - w) / 2, 20.0, w, h)
        pdf.set_draw_color(150, 150, 150)
        pdf.set_dash_pattern(dash=2, gap=2)
        pdf.rect(card[0] - 3, card[1] - 3, w + 6, h + 6)
        pdf.set_dash_pattern()
    _card(pdf, card, licence, words, pictures, lang == "ar")


def _card(pdf: FPDF, card, licence: Licence, words, pictures, rtl: bool) -> None:
    x, y, w, h = card
    k = w / 148.0  # every length below is for the A6 card, scaled
    pdf.set_fill_color(255, 252, 240)
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8 * k)
    pdf.rect(
        x + 3 * k,
        y + 3 * k,
        w - 6 * k,
        h - 6 * k,
        style="DF",
        round_corners=True,
        corner_radius=5 * k,
    )
    pdf.set_fill_color(60, 140, 235)
    pdf.rect(x + 3 * k, y + 3 * k, w - 6 * k, 16 * k, style="F")
    pdf.set_text_color(255, 255, 255)
    _text(pdf, x + 8 * k, y + 5 * k, w - 16 * k, 12 * k, words["title"], 15 * k, "B", "C")
    photo = pictures.get("avatar")
    side_x = x + w - 46 * k if rtl else x + 8 * k
    text_x = x + 8 * k if rtl else x + 50 * k
    text_w = w - 58 * k
    if photo:
        pdf.image(io.BytesIO(photo), side_x, y + 23 * k, 38 * k, 38 * k)
    pdf.set_text_color(*INK)
    align = "R" if rtl else "L"
    name = licence.nickname or "★"
    _text(pdf, text_x, y + 22 * k, text_w, 10 * k, name, 16 * k, "B", align)
    _text(pdf, text_x, y + 32 * k, text_w, 6 * k, licence.issued.isoformat(), 9 * k, "", align)
    _text(pdf, text_x, y + 39 * k, text_w, 6 * k, words["courses"], 9 * k, "B", align)
    row_y = y + 45 * k
    for line in licence.courses[:6]:
        stars_x = text_x if rtl else text_x + text_w - 22 * k
        title_x = text_x + 24 * k if rtl else text_x
        _text(
            pdf,
            title_x,
            row_y,
            text_w - 24 * k,
            5.4 * k,
            line.title(words["lang"]),
            8.5 * k,
            "",
            align,
        )
        for s in range(3):
            pdf.set_fill_color(*(STAR if s < line.stars else GREY))
            cx = stars_x + 3.5 * k + s * 7 * k
            pdf.star(cx, row_y + 2.8 * k, 1.2 * k, 3 * k, corners=5, style="F")
        row_y += 5.6 * k
    label_y = y + 80 * k
    _text(
        pdf,
        x + 8 * k,
        label_y - 7 * k,
        w - 16 * k,
        6 * k,
        words["rules"],
        9 * k,
        "B",
        "R" if rtl else "L",
    )
    icon = 13 * k
    for i, rule in enumerate(licence.rules[:9]):
        png = pictures.get(rule)
        if not png:
            continue
        ix = x + w - 8 * k - (i + 1) * (icon + 1.5 * k) if rtl else x + 8 * k + i * (icon + 1.5 * k)
        pdf.image(io.BytesIO(png), ix, label_y, icon, icon)
    pdf.set_text_color(90, 96, 110)
    total = f"{licence.points} / 30"
    _text(pdf, x + 8 * k, y + h - 12 * k, w - 16 * k, 5 * k, total, 8 * k, "", "L" if rtl else "R")


def _text(pdf: FPDF, x, y, w, h, words: str, size: float, style: str, align: str) -> None:
    if not words:
        return
    pdf.set_font("latin", style, size)
    while size > 5 and pdf.get_string_width(words) > w:
        size *= 0.92
        pdf.set_font("latin", style, size)
    pdf.set_xy(x, y)
    pdf.cell(w, h, words, align=align)
