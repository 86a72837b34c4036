"""The speed floor: the cards of a benchmark deck drawn with bare reportlab, no deckgen code at all.

Run by bench_sheets.py as a subprocess (so that import and font registration count, as they do for deckgen):

    python bench/bare_reportlab.py CARDS.json OUT.pdf [--fonts DIR]

CARDS.json is written by bench_sheets.py next to the deck YAML: the deck title, its categories and every card's text,
in the language deckgen prints (the deck's first). The sheets follow reportlab.md's floor: A4, 3 x 3 poker cards
(63 x 88 mm) centred, TTF Noto fonts (the canvas starts in NotoSans), each card's text in a Paragraph added to a Frame
of its own with Dutch hyphenation, hairline crop marks at the cut lines, and a back page per sheet (a filled rectangle
and a centred title per card, mirrored for a long-edge flip). Each card also gets what a deckgen front has around
its text: a category band with its name and a footer with the deck title and the card's number.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

FONTS = Path(__file__).resolve().parent.parent / "fonts"
FONT_FILES = {
    "NotoSans": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSerif": "NotoSerif-Regular.ttf",
}
CARD_W, CARD_H = 63 * mm, 88 * mm
COLUMNS, ROWS = 3, 3
SAFE = 5 * mm
BAND_H = 7 * mm
EDGE = 5 * mm
MARK_GAP, MARK_LENGTH = 2 * mm, 5 * mm
TEXT_PT, MIN_PT, STEP_PT = 14.0, 7.0, 0.5
INK = HexColor("#1F2328")
MUTED = HexColor("#5F6368")
WHITE = HexColor("#FFFFFF")


def register_fonts(folder: Path) -> None:
    """Register the TTFs the cards use under their family names."""
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))


def body_styles() -> dict[float, ParagraphStyle]:
    """Centred NotoSerif with Dutch hyphenation, at every size from TEXT_PT down to MIN_PT."""
    styles: dict[float, ParagraphStyle] = {}
    size = TEXT_PT
    while size >= MIN_PT:
        styles[size] = ParagraphStyle(
            f"body-{size}",
            fontName="NotoSerif",
            fontSize=size,
            leading=size * 1.28,
            alignment=TA_CENTER,
            textColor=INK,
            hyphenationLang="nl_NL",
        )
        size -= STEP_PT
    return styles


def crop_marks(canvas: Canvas, left: float, bottom: float) -> None:
    """Hairlines extending every cut line into the margin, clear of the cards and the paper edge."""
    right, top = left + COLUMNS * CARD_W, bottom + ROWS * CARD_H
    length_y = min(MARK_LENGTH, bottom - EDGE - MARK_GAP)
    length_x = min(MARK_LENGTH, left - EDGE - MARK_GAP)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.25)
    for column in range(COLUMNS + 1):
        x = left + column * CARD_W
        canvas.line(x, bottom - MARK_GAP - length_y, x, bottom - MARK_GAP)
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + length_y)
    for row in range(ROWS + 1):
        y = bottom + row * CARD_H
        canvas.line(left - MARK_GAP - length_x, y, left - MARK_GAP, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + length_x, y)


def draw_front(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    category: dict[str, Any],
    footer: tuple[str, str],
    styles: dict[float, ParagraphStyle],
) -> None:
    """Band with the category, the text in a Paragraph in a Frame (shrunk until it fits), and the footer."""
    canvas.setFillColor(category["fill"])
    canvas.roundRect(x + SAFE, y + CARD_H - SAFE - BAND_H, CARD_W - 2 * SAFE, BAND_H, 1.5 * mm, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    canvas.setFont("NotoSans-Bold", 7.5)
    canvas.drawString(x + SAFE + 2 * mm, y + CARD_H - SAFE - BAND_H + 2.4 * mm, category["label"])

    bottom = SAFE + 6 * mm
    top = CARD_H - SAFE - BAND_H - 3.5 * mm
    markup = escape(text)
    for style in styles.values():
        frame = Frame(
            x + SAFE + mm,
            y + bottom,
            CARD_W - 2 * (SAFE + mm),
            top - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        if frame.add(Paragraph(markup, style), canvas):
            break
    else:
        raise SystemExit(f"does not fit even at {MIN_PT} pt: {text!r}")

    canvas.setFillColor(MUTED)
    canvas.setFont("NotoSans", 7)
    canvas.drawString(x + SAFE, y + SAFE + 2.1, footer[0])
    canvas.drawRightString(x + CARD_W - SAFE, y + SAFE + 2.1, footer[1])


def draw_back(canvas: Canvas, x: float, y: float, title: str, fill: Any) -> None:
    """A filled panel in the category's colour with the deck title centred on it."""
    canvas.setFillColor(fill)
    canvas.rect(x + 4 * mm, y + 4 * mm, CARD_W - 8 * mm, CARD_H - 8 * mm, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    canvas.setFont("NotoSans-Bold", 12)
    canvas.drawCentredString(x + CARD_W / 2, y + CARD_H / 2, title)


def render(deck: dict[str, Any], target: Path) -> int:
    """Draw every card of `deck` to `target`; returns the number of pages."""
    width, height = A4
    left = (width - COLUMNS * CARD_W) / 2
    bottom = (height - ROWS * CARD_H) / 2
    cells = [(left + c * CARD_W, bottom + (ROWS - 1 - r) * CARD_H) for r in range(ROWS) for c in range(COLUMNS)]
    mirrored = [r * COLUMNS + (COLUMNS - 1 - c) for r in range(ROWS) for c in range(COLUMNS)]
    categories = {c["id"]: {"label": c["name"].upper(), "fill": HexColor(c["color"])} for c in deck["categories"]}
    styles = body_styles()
    title = deck["title"]
    cards = deck["cards"]
    per_sheet = COLUMNS * ROWS

    canvas = Canvas(str(target), pagesize=A4, invariant=1, initialFontName="NotoSans", pageCompression=1)
    canvas.setTitle(title)
    pages = 0
    for start in range(0, len(cards), per_sheet):
        chunk = cards[start : start + per_sheet]
        crop_marks(canvas, left, bottom)
        for index, card in enumerate(chunk):
            x, y = cells[index]
            footer = (title, f"{start + index + 1}/{len(cards)}")
            draw_front(canvas, x, y, card["text"], categories[card["category"]], footer, styles)
        canvas.showPage()
        for index, card in enumerate(chunk):
            x, y = cells[mirrored[index]]
            draw_back(canvas, x, y, title, categories[card["category"]]["fill"])
        canvas.showPage()
        pages += 2
    canvas.save()
    return pages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", type=Path, help="the JSON file bench_sheets.py writes beside the deck")
    parser.add_argument("output", type=Path, help="the PDF to write")
    parser.add_argument("--fonts", type=Path, default=FONTS, help="folder with the Noto TTFs")
    args = parser.parse_args(argv)
    register_fonts(args.fonts)
    deck = json.loads(args.cards.read_text(encoding="utf-8"))
    pages = render(deck, args.output)
    print(f"wrote {args.output} ({len(deck['cards'])} cards, {pages} pages)")


if __name__ == "__main__":
    main()
