"""The bundled fonts: registering them with reportlab, measuring text, and checking that every glyph exists."""

from __future__ import annotations

from functools import cache
from pathlib import Path

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
FAMILIES = {
    "noto-sans": ("NotoSans", "NotoSans-Bold"),
    "noto-serif": ("NotoSerif", "NotoSerif-Bold"),
    "atkinson-hyperlegible": ("AtkinsonHyperlegible", "AtkinsonHyperlegible-Bold"),
}
"""Bundled families a brand file can name: regular and bold."""
_EXTRA: dict[str, Path] = {}
"""Fonts a brand brings: registered name -> TTF file."""
DEFAULT_FONT = "NotoSans"
"""The canvas starts in this font, so no page ever refers to reportlab's unembedded Helvetica."""


@cache
def font(name: str):  # type: ignore[no-untyped-def]
    """The registered reportlab TTFont for a bundled font name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    file = _EXTRA[name] if name in _EXTRA else bundled_dir("fonts") / FONT_FILES[name]
    face = TTFont(name, str(file))
    pdfmetrics.registerFont(face)
    return face


def register_all() -> None:
    """Register every bundled font (drawing needs them registered under their names)."""
    for name in (*FONT_FILES, *_EXTRA):
        font(name)


def check_font_file(path: Path) -> str | None:
    """Why a TTF file cannot be embedded, or None if it can."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if not path.is_file():
        return "there is no such file; check the name and that it sits where the path says"
    if path.suffix.lower() == ".otf":
        return "this is an OpenType (.otf) font, which reportlab cannot embed; use the TrueType (.ttf) version"
    try:
        TTFont("deckgen-check", str(path))
    except TTFError as error:
        if "postscript" in str(error).lower():
            return "this font has PostScript (CFF) outlines, which reportlab cannot embed; use a TrueType version"
        return "this is not a TrueType font file, or it is damaged; use a .ttf file"
    except (OSError, ValueError, KeyError, IndexError, AssertionError, EOFError):
        return "this is not a TrueType font file, or it is damaged; use a .ttf file"
    return None


def add_font(name: str, path: Path) -> None:
    """Make a brand's own TTF file available under `name` (checked with check_font_file first)."""
    _EXTRA[name] = path


def measure(text: str, name: str) -> float:
    """Width of `text` in font `name` at 1 pt: the Measure that layout.text expects."""
    return font(name).stringWidth(text, 1.0)


def no_glyph(text: str, *names: str) -> str | None:
    """'the font has no glyph for 'x' (U+2615)', naming what `text` needs and one of the fonts lacks; or None."""
    missing = sorted({ch for name in names for ch in missing_glyphs(text, name)})
    if not missing:
        return None
    return "the font has no glyph for " + ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in missing)


def missing_glyphs(text: str, name: str) -> list[str]:
    """Characters of `text` that the font has no glyph for (they would print as empty boxes)."""
    mapping = font(name).face.charToGlyph
    return sorted({ch for ch in text if ord(ch) not in mapping and not ch.isspace()})
