"""What layouts produce and renderers draw: rectangles, lines, lines of text, pictures and QR codes, in points."""

from __future__ import annotations

from dataclasses import dataclass, replace

from deckgen.layout.sheet import Rect


@dataclass(frozen=True)
class Shape:
    """A filled and/or stroked (rounded) rectangle; a rectangle of zero width or height is a line."""

    rect: Rect
    fill: str | None = None
    stroke: str | None = None
    radius: float = 0.0
    line_width: float = 0.0


@dataclass(frozen=True)
class TextLine:
    """One line of text; `x` is its left edge, centre or right edge as `align` says; `y` its baseline."""

    x: float
    y: float
    text: str
    font: str
    size: float
    color: str
    align: str = "left"


@dataclass(frozen=True)
class Picture:
    """An image file drawn to fill `rect` (the layout gives the rect the image's own shape)."""

    rect: Rect
    source: str


@dataclass(frozen=True)
class QrCode:
    """A QR code of `data`, filling the square `rect`."""

    rect: Rect
    data: str
    color: str = "#000000"


Element = Shape | TextLine | Picture | QrCode


def moved(elements: list[Element], dy: float) -> list[Element]:
    """The same elements, `dy` points higher (lower when negative)."""
    return [
        replace(element, y=element.y + dy)
        if isinstance(element, TextLine)
        else replace(element, rect=replace(element.rect, y=element.rect.y + dy))
        for element in elements
    ]
