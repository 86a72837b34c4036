"""Card sheets as numbers: the grid of cards on the paper, crop marks, duplex backs and the margin note.

Every card and mark keeps at least 5 mm from the paper edge (home printers cannot print there). The grid is
centred, so it mirrors onto itself: a back sits in the mirrored cell of the same grid.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from deckgen.layout.sizes import CardSize, Size
from deckgen.units import mm

EDGE = mm(5)
"""Nothing is printed closer to the paper edge than this."""
MARK_GAP = mm(2)
"""Crop marks start this far outside the cut edge..."""
MARK_GAP_MIN = mm(1)
"""...or this far, where the margin is narrow."""
MARK_LENGTH = mm(5)
MARK_LENGTH_MIN = mm(1.5)
MARGIN_MIN = EDGE + MARK_GAP_MIN + MARK_LENGTH_MIN
"""The narrowest margin that still holds a crop mark."""
DUPLEX_MODES = ("long", "short", "off")

T = TypeVar("T")


class LayoutError(ValueError):
    """The request cannot be laid out (e.g. a card larger than the paper)."""


@dataclass(frozen=True)
class Segment:
    """A straight line from (x1, y1) to (x2, y2), in points from the page's lower left."""

    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Grid:
    """Cards placed edge to edge (shared cut lines), centred on the paper."""

    paper_width: float
    paper_height: float
    card_width: float
    card_height: float
    columns: int
    rows: int

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def left(self) -> float:
        return (self.paper_width - self.columns * self.card_width) / 2

    @property
    def bottom(self) -> float:
        return (self.paper_height - self.rows * self.card_height) / 2

    @property
    def right(self) -> float:
        return self.left + self.columns * self.card_width

    @property
    def top(self) -> float:
        return self.bottom + self.rows * self.card_height

    def cell(self, index: int) -> Rect:
        """Cell `index`, counted row by row from the top left, as a rectangle in points."""
        row, column = divmod(index, self.columns)
        x = self.left + column * self.card_width
        y = self.top - (row + 1) * self.card_height
        return Rect(x, y, self.card_width, self.card_height)

    def back_cell(self, index: int, duplex: str) -> int:
        """The cell on the back page that lies behind front cell `index` after the sheet is flipped.

        Flipped on the long edge (like a book) the columns reverse; on the short edge (like a calendar) the rows.
        """
        row, column = divmod(index, self.columns)
        if duplex == "long":
            column = self.columns - 1 - column
        elif duplex == "short":
            row = self.rows - 1 - row
        else:
            raise ValueError(f"no back for duplex {duplex!r}")
        return row * self.columns + column

    def column_cuts(self) -> list[float]:
        """x of every vertical cut line."""
        return [self.left + i * self.card_width for i in range(self.columns + 1)]

    def row_cuts(self) -> list[float]:
        """y of every horizontal cut line."""
        return [self.bottom + i * self.card_height for i in range(self.rows + 1)]


def grid_for(paper: Size, card: CardSize) -> Grid:
    """As many cards as fit with room for crop marks on every side."""
    columns = int((paper.width - 2 * MARGIN_MIN + 1e-6) // card.width)
    rows = int((paper.height - 2 * MARGIN_MIN + 1e-6) // card.height)
    if columns < 1 or rows < 1:
        raise LayoutError(
            f"a {card.name} card ({card.width_mm:g} x {card.height_mm:g} mm) does not fit on "
            f"{paper.name} with room for crop marks"
        )
    return Grid(paper.width, paper.height, card.width, card.height, columns, rows)


def _mark_span(margin: float) -> tuple[float, float]:
    """(gap, length) of crop marks in a margin this wide, keeping EDGE free at the paper edge."""
    room = margin - EDGE
    gap = MARK_GAP if room >= MARK_GAP + 2 * MARK_LENGTH_MIN else MARK_GAP_MIN
    return gap, min(MARK_LENGTH, room - gap)


def crop_marks(grid: Grid) -> list[Segment]:
    """Hairlines that extend every cut line into the margin, never touching a card."""
    marks: list[Segment] = []
    gap_y, length_y = _mark_span(grid.bottom)
    for x in grid.column_cuts():
        marks.append(Segment(x, grid.bottom - gap_y - length_y, x, grid.bottom - gap_y))
        marks.append(Segment(x, grid.top + gap_y, x, grid.top + gap_y + length_y))
    gap_x, length_x = _mark_span(grid.left)
    for y in grid.row_cuts():
        marks.append(Segment(grid.left - gap_x - length_x, y, grid.left - gap_x, y))
        marks.append(Segment(grid.right + gap_x, y, grid.right + gap_x + length_x, y))
    return marks


NOTE_CLEARANCE = mm(1.5)
"""Space kept between the margin note and a crop mark or card."""


def note_slots(grid: Grid) -> list[tuple[Rect, bool]]:
    """Where the printing note and control line may go, best first: (rectangle, rotated).

    The bottom margin under the first card, between the first two crop marks; then the left margin beside the
    first row, read turned a quarter. Rectangles are given unrotated on the page; ones with no room are left out.
    """
    bottom = Rect(
        grid.left + NOTE_CLEARANCE,
        EDGE,
        grid.card_width - 2 * NOTE_CLEARANCE,
        grid.bottom - EDGE - NOTE_CLEARANCE,
    )
    left = Rect(
        EDGE,
        grid.top - grid.card_height + NOTE_CLEARANCE,
        grid.left - EDGE - NOTE_CLEARANCE,
        grid.card_height - 2 * NOTE_CLEARANCE,
    )
    return [(slot, rotated) for slot, rotated in ((bottom, False), (left, True)) if slot.width > 0 and slot.height > 0]


@dataclass(frozen=True)
class Placement(Generic[T]):
    """One card (or its back) in one cell of a page."""

    item: T
    cell: int
    rect: Rect


@dataclass(frozen=True)
class SheetSide(Generic[T]):
    """A page of a card sheet: the fronts, or the backs behind them."""

    side: str
    sheet: int
    placements: tuple[Placement[T], ...]


def sheet_sides(items: Sequence[T], grid: Grid, duplex: str) -> Iterator[SheetSide[T]]:
    """Pages in print order: each sheet's fronts, then (unless duplex is off) its backs at the mirrored cells."""
    per_sheet = grid.per_sheet
    for sheet, start in enumerate(range(0, len(items), per_sheet)):
        chunk = items[start : start + per_sheet]
        fronts = tuple(Placement(item, i, grid.cell(i)) for i, item in enumerate(chunk))
        yield SheetSide("front", sheet, fronts)
        if duplex != "off":
            backs = []
            for i, item in enumerate(chunk):
                cell = grid.back_cell(i, duplex)
                backs.append(Placement(item, cell, grid.cell(cell)))
            yield SheetSide("back", sheet, tuple(backs))
