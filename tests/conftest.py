"""Shared fixtures: a CLI runner, fixture paths, and reading PDFs back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from deckgen.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
MM = 72 / 25.4


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run deckgen's CLI in an empty working folder; returns click's Result (stdout and stderr apart)."""
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF points, y measured up from the bottom of the page."""

    x0: float
    y0: float
    x1: float
    y1: float

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            other.x0 >= self.x0 - tolerance
            and other.x1 <= self.x1 + tolerance
            and other.y0 >= self.y0 - tolerance
            and other.y1 <= self.y1 + tolerance
        )

    def inset(self, by: float) -> Box:
        return Box(self.x0 + by, self.y0 + by, self.x1 - by, self.y1 - by)

    def overlaps(self, other: Box) -> bool:
        return other.x0 < self.x1 and other.x1 > self.x0 and other.y0 < self.y1 and other.y1 > self.y0


def char_box(page: pdfplumber.page.Page, char: dict) -> Box:
    return Box(char["x0"], page.height - char["bottom"], char["x1"], page.height - char["top"])


def cells_from_marks(page: pdfplumber.page.Page) -> list[Box]:
    """The card cells implied by the crop marks: hairlines, vertical ones giving x cuts, horizontal ones y cuts.

    Cells are ordered row by row from the top left, like the layout numbers them.
    """
    hairlines = [line for line in page.lines if abs(line["linewidth"] - 0.25) < 0.01]
    xs = sorted({round(line["x0"], 2) for line in hairlines if abs(line["x0"] - line["x1"]) < 0.01})
    ys = sorted({round(page.height - line["top"], 2) for line in hairlines if abs(line["top"] - line["bottom"]) < 0.01})
    cells = []
    for top, bottom in zip(reversed(ys[1:]), reversed(ys[:-1]), strict=True):
        for left, right in pairwise(xs):
            cells.append(Box(left, bottom, right, top))
    return cells


def cell_text(page: pdfplumber.page.Page, cell: Box) -> str:
    """Text of the characters lying within `cell`, in reading order, lines joined by spaces."""
    inside = page.crop((cell.x0, page.height - cell.y1, cell.x1, page.height - cell.y0), strict=False)
    return " ".join(inside.extract_text().split())


def squash(text: str) -> str:
    """Text without white space or hyphens, to compare set text (with hyphenation) against its source."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-‐")


@pytest.fixture
def open_pdf() -> Iterator[Callable[[Path], pdfplumber.PDF]]:
    opened: list[pdfplumber.PDF] = []

    def opener(path: Path) -> pdfplumber.PDF:
        pdf = pdfplumber.open(path)
        opened.append(pdf)
        return pdf

    yield opener
    for pdf in opened:
        pdf.close()


def all_fonts(reader: PdfReader) -> list[DictionaryObject]:
    fonts: dict[int, DictionaryObject] = {}
    seen: set[int] = set()

    def walk(obj: object) -> None:
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                return
            seen.add(obj.idnum)
            resolved = obj.get_object()
            if isinstance(resolved, DictionaryObject) and resolved.get("/Type") == "/Font":
                fonts[obj.idnum] = resolved
            walk(resolved)
        elif isinstance(obj, dict):
            for key, value in obj.items():
                if key not in ("/Parent", "/P"):
                    walk(value)
        elif isinstance(obj, list):
            for value in obj:
                walk(value)

    walk(reader.trailer["/Root"])
    return list(fonts.values())


def assert_fonts_embedded(path: Path) -> None:
    """Every font in the PDF is a subset TrueType font embedded in it: none left to the viewer."""
    fonts = all_fonts(PdfReader(path))
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert "Helvetica" not in name
        descriptors = [font.get("/FontDescriptor")]
        for descendant in font.get("/DescendantFonts", []):
            descriptors.append(descendant.get_object().get("/FontDescriptor"))
        descriptor = next(d.get_object() for d in descriptors if d is not None)
        assert "/FontFile2" in descriptor, name
        assert name[7] == "+", f"{name} is not a subset"
