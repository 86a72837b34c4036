"""A practice's mark on a page: logo, name, tagline, contact and registration, as one block of elements."""

from __future__ import annotations

from dataclasses import dataclass

from deckgen.color import INK, MIN_TEXT_CONTRAST, WHITE, contrast
from deckgen.layout.card import MUTED
from deckgen.layout.elements import Element, Picture, QrCode, TextLine
from deckgen.layout.sheet import Rect
from deckgen.layout.text import ASCENT, DESCENT, Typesetter
from deckgen.model import Brand
from deckgen.units import mm


def text_color(color: str) -> str:
    """A brand colour for text on white paper, or near-black where it would be too light to read."""
    return color if contrast(color, WHITE) >= MIN_TEXT_CONTRAST else INK


@dataclass(frozen=True)
class MarkStyle:
    """Sizes of a brand block's parts, in points."""

    logo: float = mm(14)
    name: float = 10.0
    tagline: float = 7.5
    small: float = 7.0
    qr: float = 0.0
    contact: bool = True
    registration: bool = True


def brand_block(
    brand: Brand, typesetter: Typesetter, x: float, bottom: float, width: float, lang: str, style: MarkStyle
) -> tuple[list[Element], float]:
    """The brand's block with its lower left corner at (x, bottom), no wider than `width`; and its height.

    The logo sits on the left, the QR code (if asked for and the style leaves room) on the right, the words
    between them, each line shortened to the room it has.
    """
    logo_w = style.logo * brand.logo.aspect if brand.logo else 0.0
    logo_w = min(logo_w, width * 0.3)
    logo_h = logo_w / brand.logo.aspect if brand.logo else 0.0
    qr = style.qr if brand.qr else 0.0
    left = x + (logo_w + mm(4) if logo_w else 0.0)
    room = x + width - (qr + mm(4) if qr else 0.0) - left
    lines: list[tuple[str, str, float, str]] = [(brand.name, brand.font_bold, style.name, text_color(brand.primary))]
    if brand.tagline:
        lines.append((brand.tagline, brand.font, style.tagline, MUTED))
    if style.contact and brand.contact:
        for line in joined_lines(brand.contact, room, typesetter, "NotoSans", style.small):
            lines.append((line, "NotoSans", style.small, MUTED))
    if style.registration and brand.registration:
        for line in typesetter.wrap(brand.registration, room, "NotoSans", style.small, lang) or []:
            lines.append((line, "NotoSans", style.small, MUTED))
    gaps = [size * 1.3 for _text, _font, size, _color in lines]
    text_height = ASCENT * lines[0][2] + sum(gaps[1:]) + DESCENT * lines[-1][2]
    height = max(logo_h, text_height, qr)
    elements: list[Element] = []
    if brand.logo and logo_w:
        elements.append(Picture(Rect(x, bottom + (height - logo_h) / 2, logo_w, logo_h), str(brand.logo.path)))
    if qr:
        elements.append(QrCode(Rect(x + width - qr, bottom + (height - qr) / 2, qr, qr), brand.qr or "", INK))
    baseline = bottom + (height + text_height) / 2 - ASCENT * lines[0][2]
    for index, (text, font, size, color) in enumerate(lines):
        if index:
            baseline -= gaps[index]
        elements.append(TextLine(left, baseline, typesetter.shorten(text, room, font, size), font, size, color))
    return elements, height


SEPARATOR = "  ·  "


def joined_lines(items: tuple[str, ...], width: float, typesetter: Typesetter, font: str, size: float) -> list[str]:
    """Items joined by a middle dot, as many to a line as fit; an item (a phone number) is never broken."""
    lines: list[str] = []
    for item in items:
        if lines and typesetter.width(lines[-1] + SEPARATOR + item, font, size) <= width:
            lines[-1] += SEPARATOR + item
        else:
            lines.append(item)
    return lines
