"""Drawing pages (session booklets, handouts) with reportlab from the layout's pages and sheet sides."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from deckgen.layout.booklet import BookletSide, Page
from deckgen.render.pictures import Pictures
from deckgen.render.sheets import MARK_COLOR, MARK_WIDTH, _color, draw_element, new_canvas


def render_booklet(target: Path, pages: Sequence[Page], sides: Sequence[BookletSide], title: str, duplex: str) -> None:
    """Write the pages: each sheet side with its pages, and any fold marks and printing note."""
    by_number = {page.number: page for page in pages}
    first = sides[0]
    canvas = new_canvas(target, first.width, first.height, title, duplex)
    pictures = Pictures(element for page in pages for element in page.elements)
    pictures.define(canvas)
    for side in sides:
        canvas.setPageSize((side.width, side.height))
        canvas.setStrokeColor(_color(MARK_COLOR))
        canvas.setLineWidth(MARK_WIDTH)
        for mark in side.marks:
            canvas.line(mark.x1, mark.y1, mark.x2, mark.y2)
        for element in side.note:
            draw_element(canvas, element, 0.0, 0.0)
        for placed in side.pages:
            for element in by_number[placed.number].elements:
                draw_element(canvas, element, placed.x, placed.y, pictures)
        canvas.showPage()
    canvas.save()
