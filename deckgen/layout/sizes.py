"""Paper and card sizes, in millimetres as printers name them."""

from __future__ import annotations

from dataclasses import dataclass

from deckgen.units import mm


@dataclass(frozen=True)
class Size:
    """A named rectangle, given in millimetres."""

    name: str
    width_mm: float
    height_mm: float

    @property
    def width(self) -> float:
        """Width in points."""
        return mm(self.width_mm)

    @property
    def height(self) -> float:
        """Height in points."""
        return mm(self.height_mm)


@dataclass(frozen=True)
class CardSize(Size):
    """A card format and the type size its text starts from before any shrinking."""

    text_pt: float = 14.0


PAPERS: dict[str, Size] = {
    "a4": Size("A4", 210.0, 297.0),
    "letter": Size("Letter", 215.9, 279.4),
}

CARDS: dict[str, CardSize] = {
    "poker": CardSize("poker", 63.0, 88.0, 14.0),
    "bridge": CardSize("bridge", 57.0, 89.0, 13.0),
    "tarot": CardSize("tarot", 70.0, 120.0, 16.0),
    "mini": CardSize("mini", 44.0, 68.0, 11.0),
    "square": CardSize("square", 70.0, 70.0, 13.0),
}

BOOKLET_PAGES: dict[str, Size] = {
    "a4": Size("A5", 148.0, 210.0),
    "letter": Size("half-letter", 139.7, 215.9),
}
"""A booklet's page for each paper: half the sheet, so two fit side by side on it turned landscape."""
