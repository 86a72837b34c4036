"""Print truth, read back from the PDF: cells from crop marks, text in its cell's safe area, backs behind fronts,
embedded fonts, page sizes, byte-identical rebuilds."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
import yaml
from click.testing import Result

from tests.conftest import FIXTURES, MM, Box, assert_fonts_embedded, cell_text, cells_from_marks, char_box, squash

CELLS = FIXTURES / "good" / "cells.yaml"
SAFE = 5 * MM
PAGE_SIZES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}


def source_cards(lang: str) -> list[dict]:
    data = yaml.safe_load(CELLS.read_text())
    names = {key: value["name"][lang] for key, value in data["categories"].items()}
    return [{"text": card["text"][lang], "category": names[card["category"]]} for card in data["cards"]]


def build(run: Callable[..., Result], tmp_path: Path, *options: str, deck: Path = CELLS) -> Path:
    target = tmp_path / "sheets.pdf"
    result = run("build", deck, "-o", target, *options)
    assert result.exit_code == 0, result.stderr
    return target


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_fronts_put_each_card_in_its_own_cell_inside_the_safe_area(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF], paper: str
) -> None:
    pdf = open_pdf(build(run, tmp_path, "--paper", paper))
    cards = source_cards("nl")
    fronts = pdf.pages[0::2]
    assert len(pdf.pages) == 4  # 11 cards: two sheets, each a front and a back
    seen = 0
    for page in fronts:
        assert (page.width, page.height) == pytest.approx(PAGE_SIZES[paper], abs=0.01)
        cells = cells_from_marks(page)
        assert len(cells) == 9
        for cell in cells:
            assert cell.x1 - cell.x0 == pytest.approx(63 * MM, abs=0.01)
            assert cell.y1 - cell.y0 == pytest.approx(88 * MM, abs=0.01)
        texts = [squash(cell_text(page, cell)) for cell in cells]
        for index in range(min(9, len(cards) - seen)):
            expected = squash(cards[seen + index]["text"])
            holders = [i for i, text in enumerate(texts) if expected in text]
            assert holders == [index], (cards[seen + index]["text"], texts)
        seen += min(9, len(cards) - seen)
        grid = Box(cells[0].x0, cells[-1].y0, cells[-1].x1, cells[0].y1)
        for char in page.chars:
            box = char_box(page, char)
            if not grid.overlaps(box):
                continue  # the margin note
            safe = [cell.inset(SAFE) for cell in cells if cell.overlaps(box)]
            assert len(safe) == 1 and safe[0].contains(box), (char["text"], box)
    assert seen == len(cards)


@pytest.mark.parametrize("card", ["bridge", "tarot", "mini", "square"])
def test_every_card_format_keeps_glyphs_in_the_safe_area(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF], card: str
) -> None:
    pdf = open_pdf(build(run, tmp_path, "--card", card, "--duplex", "off"))
    for page in pdf.pages:
        cells = cells_from_marks(page)
        grid = Box(cells[0].x0, cells[-1].y0, cells[-1].x1, cells[0].y1)
        for char in page.chars:
            box = char_box(page, char)
            if grid.overlaps(box):
                assert any(cell.inset(SAFE).contains(box) for cell in cells), (card, char["text"])
            else:
                assert box.x0 >= SAFE and box.y0 >= SAFE  # 5 mm from the paper edge
                assert box.x1 <= page.width - SAFE and box.y1 <= page.height - SAFE


@pytest.mark.parametrize(("duplex", "mirror"), [("long", "columns"), ("short", "rows")])
def test_backs_sit_behind_their_fronts(
    run: Callable[..., Result],
    tmp_path: Path,
    open_pdf: Callable[[Path], pdfplumber.PDF],
    duplex: str,
    mirror: str,
) -> None:
    pdf = open_pdf(build(run, tmp_path, "--duplex", duplex))
    cards = source_cards("nl")
    for sheet in range(2):
        front, back = pdf.pages[2 * sheet], pdf.pages[2 * sheet + 1]
        cells = cells_from_marks(front)
        on_sheet = cards[9 * sheet : 9 * sheet + 9]
        for index, card in enumerate(on_sheet):
            row, column = divmod(index, 3)
            if mirror == "columns":
                column = 2 - column
            else:
                row = 2 - row
            behind = cells[row * 3 + column]
            text = cell_text(back, behind)
            assert "Proefdeck" in text
            assert card["category"].upper() in text
        # no back anywhere else: on the half-full second sheet, the unmirrored cells stay empty
        filled = [cell for cell in cells if cell_text(back, cell)]
        assert len(filled) == len(on_sheet)


def test_duplex_off_prints_fronts_only(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    pdf = open_pdf(build(run, tmp_path, "--duplex", "off"))
    assert len(pdf.pages) == 2
    assert all(len(cells_from_marks(page)) == 9 for page in pdf.pages)


def test_english_and_the_margin_note(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    pdf = open_pdf(build(run, tmp_path, "--lang", "en"))
    page = pdf.pages[0]
    cells = cells_from_marks(page)
    assert "What made you laugh today?" in cell_text(page, cells[1])
    assert "Made for deckgen's tests." in cell_text(page, cells[0])  # the credit on the instruction card
    text = " ".join(page.extract_text().split())
    assert "Print at actual size (100 %), double-sided, flip on long edge." in text
    assert "Check: this line is 50 mm." in text
    control = [line for line in pdf.pages[0].lines if abs(line["x1"] - line["x0"] - 50 * MM) < 0.01]
    assert control, "a 50 mm control line in the margin"


def test_every_font_is_embedded_and_subset(run: Callable[..., Result], tmp_path: Path) -> None:
    assert_fonts_embedded(build(run, tmp_path))


def test_same_input_gives_the_same_bytes(run: Callable[..., Result], tmp_path: Path) -> None:
    first = build(run, tmp_path).read_bytes()
    again = tmp_path / "again.pdf"
    subprocess.run(
        [sys.executable, "-m", "deckgen", "build", str(CELLS), "-o", str(again)], check=True, capture_output=True
    )
    assert again.read_bytes() == first


def test_one_file_for_several_decks_starts_each_deck_on_a_new_sheet(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    target = tmp_path / "all.pdf"
    result = run("build", CELLS, FIXTURES / "good" / "simple.yaml", "-o", target)
    assert result.exit_code == 0, result.stderr
    pdf = open_pdf(target)
    assert len(pdf.pages) == 6
    page = pdf.pages[4]
    assert "Wat was het mooiste moment van je week?" in cell_text(page, cells_from_marks(page)[0])
    assert "Proefdeck" not in page.extract_text()


def test_a_credit_without_an_instruction_card_gets_an_about_card(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    deck = tmp_path / "credited.yaml"
    deck.write_text(
        'title: "Kleine vragen"\ndescription: "Vragen voor een rustige avond."\nlanguages: [nl]\n'
        'credit: "Naar een idee van Sarah."\ncards:\n  - "Wat was het mooiste moment van je week?"\n'
    )
    pdf = open_pdf(build(run, tmp_path, deck=deck))
    page = pdf.pages[0]
    cells = cells_from_marks(page)
    about = cell_text(page, cells[0])
    assert "Vragen voor een rustige avond." in about
    assert "Naar een idee van Sarah." in about
    assert "1/2" in about
    assert "Wat was het mooiste moment van je week?" in cell_text(page, cells[1])
