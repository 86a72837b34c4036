"""The bundled fonts: registering them with reportlab, measuring text, and checking that every glyph exists."""

from __future__ import annotations

from functools import cache

from deckgen.resources import bundled_dir

FONT_FILES = {
    "NotoSans": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSans-Italic": "NotoSans-Italic.ttf",
    "NotoSerif": "NotoSerif-Regular.ttf",
    "NotoSerif-Bold": "NotoSerif-Bold.ttf",
    "NotoSerif-Italic": "NotoSerif-Italic.ttf",
    "AtkinsonHyperlegible": "AtkinsonHyperlegible-Regular.ttf",
    "AtkinsonHyperlegible-Bold": "AtkinsonHyperlegible-Bold.ttf",
    "AtkinsonHyperlegible-Italic": "AtkinsonHyperlegible-Italic.ttf",
}
DEFAULT_FONT = "NotoSans"
"""The canvas starts in this font, so no page ever refers to reportlab's unembedded Helvetica."""


@cache
def font(name: str):  # type: ignore[no-untyped-def]
    """The registered reportlab TTFont for a bundled font name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    face = TTFont(name, str(bundled_dir("fonts") / FONT_FILES[name]))
    pdfmetrics.registerFont(face)
    return face


def register_all() -> None:
    """Register every bundled font (drawing needs them registered under their names)."""
    for name in FONT_FILES:
        font(name)


def measure(text: str, name: str) -> float:
    """Width of `text` in font `name` at 1 pt: the Measure that layout.text expects."""
    return font(name).stringWidth(text, 1.0)


def missing_glyphs(text: str, name: str) -> list[str]:
    """Characters of `text` that the font has no glyph for (they would print as empty boxes)."""
    mapping = font(name).face.charToGlyph
    return sorted({ch for ch in text if ord(ch) not in mapping and not ch.isspace()})
