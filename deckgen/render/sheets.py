"""Drawing card sheets with reportlab from the layout's plain numbers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from deckgen.layout.card import CardDesigner, Face, credit_on
from deckgen.layout.elements import Element, Picture, QrCode, TextLine
from deckgen.layout.note import Note
from deckgen.layout.sheet import Grid, Segment, sheet_sides
from deckgen.model import Card, Deck
from deckgen.render.fonts import DEFAULT_FONT, register_all
from deckgen.render.pictures import Pictures

MARK_WIDTH = 0.25
"""Crop marks are hairlines."""
MARK_COLOR = "#000000"


@dataclass(frozen=True)
class DeckSheets:
    """One deck to print: its cards in order, in one language, and the card that carries the credit."""

    deck: Deck
    lang: str
    cards: tuple[Card, ...]
    credit_card: Card | None


@cache
def _color(value: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(value)


def draw_face(canvas: Any, face: Face, x: float = 0.0, y: float = 0.0, pictures: Pictures | None = None) -> None:
    """Draw a laid-out face with its lower left corner at (x, y)."""
    for element in face.elements:
        draw_element(canvas, element, x, y, pictures)


def draw_element(canvas: Any, element: Element, x: float, y: float, pictures: Pictures | None = None) -> None:
    """Draw one element, offset by (x, y); pictures and QR codes need the PDF's `pictures`."""
    if isinstance(element, Picture | QrCode):
        if pictures is None:
            raise ValueError("a picture or QR code needs the PDF's Pictures")
        pictures.draw(canvas, element, x, y)
        return
    if isinstance(element, TextLine):
        canvas.setFont(element.font, element.size)
        canvas.setFillColor(_color(element.color))
        if element.align == "center":
            canvas.drawCentredString(x + element.x, y + element.y, element.text)
        elif element.align == "right":
            canvas.drawRightString(x + element.x, y + element.y, element.text)
        else:
            canvas.drawString(x + element.x, y + element.y, element.text)
        return
    rect = element.rect
    if rect.width == 0 or rect.height == 0:
        canvas.setStrokeColor(_color(element.stroke or "#000000"))
        canvas.setLineWidth(element.line_width)
        canvas.line(x + rect.x, y + rect.y, x + rect.right, y + rect.top)
        return
    if element.fill:
        canvas.setFillColor(_color(element.fill))
    if element.stroke:
        canvas.setStrokeColor(_color(element.stroke))
        canvas.setLineWidth(element.line_width)
    canvas.roundRect(
        x + rect.x,
        y + rect.y,
        rect.width,
        rect.height,
        element.radius,
        stroke=1 if element.stroke else 0,
        fill=1 if element.fill else 0,
    )


def draw_note(canvas: Any, note: Note) -> None:
    canvas.saveState()
    canvas.translate(note.x, note.y)
    canvas.rotate(note.angle)
    for element in note.elements:
        draw_element(canvas, element, 0.0, 0.0)
    canvas.restoreState()


def new_canvas(target: Path, width: float, height: float, title: str, duplex: str) -> Any:
    """A reproducible canvas that starts in an embedded font and asks viewers to print at 100 %."""
    from reportlab.pdfgen.canvas import Canvas

    register_all()
    canvas = Canvas(
        str(target),
        pagesize=(width, height),
        invariant=1,
        initialFontName=DEFAULT_FONT,
        initialFontSize=10,
        pageCompression=1,
    )
    canvas.setTitle(title)
    canvas.setCreator("deckgen")
    canvas.setViewerPreference("PrintScaling", "None")
    if duplex == "long":
        canvas.setViewerPreference("Duplex", "DuplexFlipLongEdge")
    elif duplex == "short":
        canvas.setViewerPreference("Duplex", "DuplexFlipShortEdge")
    return canvas


def render_card_sheets(
    target: Path,
    jobs: Sequence[DeckSheets],
    grid: Grid,
    designer: CardDesigner,
    duplex: str,
    marks: list[Segment],
    notes: dict[str, Note | None],
    title: str,
    progress: Callable[[int], None] = lambda _n: None,
) -> None:
    """Write every deck's sheets to `target`: fronts with crop marks and the note, then their backs."""
    canvas = new_canvas(target, grid.paper_width, grid.paper_height, title, duplex)
    back_faces = [
        {category: designer.back(job.deck, category, job.lang) for category in {card.category for card in job.cards}}
        if duplex != "off"
        else {}
        for job in jobs
    ]
    pictures = Pictures(element for faces in back_faces for face in faces.values() for element in face.elements)
    pictures.define(canvas)
    for job, faces in zip(jobs, back_faces, strict=True):
        deck, lang = job.deck, job.lang
        total = len(job.cards)
        numbers = {id(card): index + 1 for index, card in enumerate(job.cards)}
        backs: dict[str | None, str] = {}
        for side in sheet_sides(job.cards, grid, duplex):
            if side.side == "front":
                canvas.setStrokeColor(_color(MARK_COLOR))
                canvas.setLineWidth(MARK_WIDTH)
                for mark in marks:
                    canvas.line(mark.x1, mark.y1, mark.x2, mark.y2)
                note = notes.get(lang)
                if note is not None:
                    draw_note(canvas, note)
                for placement in side.placements:
                    card = placement.item
                    credit = credit_on(deck, card, job.credit_card, lang)
                    face = designer.front(deck, card, lang, numbers[id(card)], total, credit)
                    draw_face(canvas, face, placement.rect.x, placement.rect.y)
                progress(len(side.placements))
            else:
                for placement in side.placements:
                    name = backs.get(placement.item.category)
                    if name is None:
                        name = f"back-{deck.id}-{len(backs)}"
                        canvas.beginForm(name, 0, 0, grid.card_width, grid.card_height)
                        draw_face(canvas, faces[placement.item.category], pictures=pictures)
                        canvas.endForm()
                        backs[placement.item.category] = name
                    canvas.saveState()
                    canvas.translate(placement.rect.x, placement.rect.y)
                    canvas.doForm(name)
                    canvas.restoreState()
            canvas.showPage()
    canvas.save()
