"""The printing note in a sheet's margin: how to print, and a control line to measure the scale."""

from __future__ import annotations

from dataclasses import dataclass

from deckgen.layout.elements import Element, Shape, TextLine
from deckgen.layout.sheet import Rect
from deckgen.layout.text import ASCENT, Fitted, Typesetter, block_height
from deckgen.units import mm
from deckgen.words import word

NOTE_SIZES = (6.0, 5.5, 5.0)
CONTROL_LENGTHS_MM = (50, 40, 30, 20)
TICK = mm(1.2)
NOTE_COLOR = "#404040"


@dataclass(frozen=True)
class Note:
    """Elements in a local frame of `width` x `height`, placed at (x, y) on the page and turned `angle` degrees."""

    x: float
    y: float
    angle: float
    width: float
    height: float
    control_mm: int
    elements: tuple[Element, ...]


def margin_note(
    slots: list[tuple[Rect, bool]], lang: str, duplex: str, typesetter: Typesetter, font: str
) -> Note | None:
    """Lay out the note in the first of `slots` (rectangle, rotated) that holds all of it; None if none does."""
    for slot, rotated in slots:
        note = _note_in(slot, rotated, lang, duplex, typesetter, font)
        if note is not None:
            return note
    return None


def _note_in(slot: Rect, rotated: bool, lang: str, duplex: str, typesetter: Typesetter, font: str) -> Note | None:
    if rotated:
        x, y, angle, width, height = slot.right, slot.y, 90.0, slot.height, slot.width
    else:
        x, y, angle, width, height = slot.x, slot.y, 0.0, slot.width, slot.height
    control = next((length for length in CONTROL_LENGTHS_MM if mm(length) <= width), None)
    if control is None or height < TICK:
        return None
    top = height
    elements: list[Element] = [
        Shape(Rect(0, top - TICK / 2, mm(control), 0), stroke=NOTE_COLOR, line_width=0.5),
        Shape(Rect(0, top - TICK, 0, TICK), stroke=NOTE_COLOR, line_width=0.5),
        Shape(Rect(mm(control), top - TICK, 0, TICK), stroke=NOTE_COLOR, line_width=0.5),
    ]
    text = f"{word(lang, f'print.{duplex}')} {word(lang, 'print.check', length=control)}"
    room = height - TICK - mm(1)
    for size in NOTE_SIZES:
        lines = typesetter.wrap(text, width, font, size, lang)
        if lines and block_height(len(lines), size, size * 1.2) <= room:
            fitted = Fitted(size, size * 1.2, tuple(lines))
            baseline = top - TICK - mm(1) - ASCENT * size
            for line in fitted.lines:
                elements.append(TextLine(0, baseline, line, font, size, NOTE_COLOR))
                baseline -= fitted.leading
            return Note(x, y, angle, width, height, control, tuple(elements))
    return None
