"""Session booklets, read back from the PDF: page sizes, saddle order, seeds, levels, programs, filters, errors."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from click.testing import Result

from deckgen.decks import find_deck, load_deck
from deckgen.layout.booklet import saddle_sheets
from deckgen.model import Card, Deck
from tests.conftest import MM, Box, assert_fonts_embedded, char_box, squash

A5 = (148 * MM, 210 * MM)
HALF_LETTER = (5.5 * 72, 8.5 * 72)
SHEETS = {"a4": (297 * MM, 210 * MM), "letter": (11 * 72, 8.5 * 72)}
EDGE = 5 * MM


def bundled(deck_id: str) -> Deck:
    path = find_deck(deck_id)
    assert path is not None
    return load_deck(path)


def make(run: Callable[..., Result], target: Path, *args: str) -> Result:
    result = run("session", *args, "-o", target)
    assert result.exit_code == 0, result.output + (result.stderr or "")
    return result


def close(one: tuple[float, float], other: tuple[float, float]) -> bool:
    return abs(one[0] - other[0]) < 0.05 and abs(one[1] - other[1]) < 0.05


def page_number(page: pdfplumber.page.Page, half: Box) -> str | None:
    """The number printed at the bottom centre of the booklet page occupying `half` of the PDF page."""
    centre = (half.x0 + half.x1) / 2
    found = [
        word["text"]
        for word in page.extract_words()
        if page.height - word["bottom"] < 15 * MM
        and half.x0 <= word["x0"]
        and word["x1"] <= half.x1
        and abs((word["x0"] + word["x1"]) / 2 - centre) < 5 * MM
    ]
    assert len(found) <= 1, found
    return found[0] if found else None


def half_text(page: pdfplumber.page.Page, half: Box) -> str:
    inside = page.crop((half.x0, page.height - half.y1, half.x1, page.height - half.y0), strict=False)
    return inside.extract_text()


def prompts_in_order(pdf: pdfplumber.PDF, decks: list[Deck], lang: str = "nl") -> list[tuple[Deck, Card]]:
    """The prompt cards of `decks` found in a booklet without imposition, in reading order."""
    cards = [(deck, card) for deck in decks for card in deck.cards if card.kind != "instruction"]
    found: list[tuple[int, int, Deck, Card]] = []
    for number, page in enumerate(pdf.pages):
        text = squash(page.extract_text())
        for deck, card in cards:
            at = text.find(squash(card.text[lang]))
            if at >= 0:
                found.append((number, at, deck, card))
    return [(deck, card) for _n, _at, deck, card in sorted(found, key=lambda item: item[:2])]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_saddle_sheets_carry_their_pages_in_saddle_order(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF], paper: str
) -> None:
    target = tmp_path / "s.pdf"
    make(run, target, "aron-36", "--seed", "1", "--paper", paper)
    pdf = open_pdf(target)
    pages = len(pdf.pages) * 2
    assert pages % 4 == 0 and pages >= 12
    expected = [side for outside, inside in saddle_sheets(pages) for side in (outside, inside)]
    for page, (left, right) in zip(pdf.pages, expected, strict=True):
        assert close((page.width, page.height), SHEETS[paper])
        fold = page.width / 2
        halves = (Box(0, 0, fold, page.height), Box(fold, 0, page.width, page.height))
        for half, number in zip(halves, (left, right), strict=True):
            if number == 1:
                assert page_number(page, half) is None
                assert "Een avond samen" in half_text(page, half)
            else:
                assert page_number(page, half) == str(number)
        for char in page.chars:
            box = char_box(page, char)
            assert Box(0, 0, page.width, page.height).inset(EDGE).contains(box), char["text"]
            assert box.x1 <= fold + 0.01 or box.x0 >= fold - 0.01, f"'{char['text']}' lies across the fold"


def test_saddle_sheets_have_a_fold_mark_and_say_how_to_print(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    target = tmp_path / "s.pdf"
    make(run, target, "aron-36", "--seed", "1")
    pdf = open_pdf(target)
    for page in pdf.pages:
        fold = page.width / 2
        marks = [line for line in page.lines if abs(line["x0"] - fold) < 0.01 and abs(line["x1"] - fold) < 0.01]
        assert len(marks) == 2
        for mark in marks:
            assert mark["top"] >= EDGE - 0.01 and page.height - mark["bottom"] >= EDGE - 0.01
    first = " ".join(pdf.pages[0].extract_text().split())
    assert "omslaan langs de korte kant" in first and "100 %" in first
    assert "korte kant" not in pdf.pages[1].extract_text()
    assert b"DuplexFlipShortEdge" in target.read_bytes()


@pytest.mark.parametrize(("paper", "size"), [("a4", A5), ("letter", HALF_LETTER)])
def test_without_imposition_pages_come_one_by_one_in_reading_order(
    run: Callable[..., Result],
    tmp_path: Path,
    open_pdf: Callable[[Path], pdfplumber.PDF],
    paper: str,
    size: tuple[float, float],
) -> None:
    target = tmp_path / "s.pdf"
    make(run, target, "aron-36", "--seed", "1", "--imposition", "none", "--paper", paper)
    pdf = open_pdf(target)
    assert len(pdf.pages) % 4 == 0
    whole = Box(0, 0, size[0], size[1])
    for number, page in enumerate(pdf.pages, start=1):
        assert close((page.width, page.height), size)
        assert page_number(page, whole) == (None if number == 1 else str(number))
        for char in page.chars:
            assert whole.inset(8 * MM).contains(char_box(page, char)), char["text"]
    texts = [" ".join(page.extract_text().split()) for page in pdf.pages]
    assert "Een avond samen" in texts[0] and "Seed 1" in texts[0] and "NAMEN" in texts[0] and "DATUM" in texts[0]
    assert texts[1].startswith("Zo gebruik je dit boekje") and "Telefoons weg" in texts[1]
    aron = bundled("aron-36")
    instructions = [card for card in aron.cards if card.kind == "instruction"]
    assert all(squash(card.text["nl"]) in squash(texts[1]) for card in instructions)
    closing = next(n for n, text in enumerate(texts) if text.startswith("Tot slot"))
    assert "schrijf op wat je is bijgebleven" in texts[closing]
    assert all(text.startswith("Notities") for text in texts[closing + 1 :])
    assert closing + 1 < len(texts) or len(texts) % 4 == 0
    assert_fonts_embedded(target)


def test_a_session_has_the_cards_asked_for_in_rising_level(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    aron = bundled("aron-36")
    for seed in ("1", "2", "3"):
        target = tmp_path / f"s{seed}.pdf"
        make(run, target, "aron-36", "--seed", seed, "--imposition", "none", "--cards", "9")
        found = prompts_in_order(open_pdf(target), [aron])
        levels = [card.level for _deck, card in found]
        assert len(found) == 9 and len({card.id for _deck, card in found}) == 9
        assert levels == sorted(levels) and Counter(levels) == {1: 3, 2: 3, 3: 3}


def test_the_same_seed_gives_the_same_bytes_and_another_seed_another_order(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    first, other = tmp_path / "first.pdf", tmp_path / "other.pdf"
    make(run, first, "aron-36", "luisteren", "--seed", "77")
    again = tmp_path / "again.pdf"
    subprocess.run(
        [sys.executable, "-m", "deckgen", "session", "aron-36", "luisteren", "--seed", "77", "-o", str(again)],
        check=True,
        capture_output=True,
    )
    assert again.read_bytes() == first.read_bytes()
    make(run, other, "aron-36", "luisteren", "--seed", "78")
    decks = [bundled("aron-36"), bundled("luisteren")]
    none_first, none_other = tmp_path / "n1.pdf", tmp_path / "n2.pdf"
    make(run, none_first, "aron-36", "luisteren", "--seed", "77", "--imposition", "none")
    make(run, none_other, "aron-36", "luisteren", "--seed", "78", "--imposition", "none")
    order = [card.id for _deck, card in prompts_in_order(open_pdf(none_first), decks)]
    assert len(order) == 12
    assert order != [card.id for _deck, card in prompts_in_order(open_pdf(none_other), decks)]


def test_without_a_seed_one_is_chosen_printed_and_put_on_the_cover(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    result = run("session", "aron-36")
    assert result.exit_code == 0, result.stderr
    seed = re.match(r"seed (\d+)\n", result.stdout)
    assert seed is not None, result.stdout
    target = tmp_path / "output" / f"session-{seed[1]}.pdf"
    assert f"wrote output/session-{seed[1]}.pdf" in result.stdout
    cover = " ".join(open_pdf(target).pages[0].extract_text().split())
    assert f"Seed {seed[1]}" in cover and f"deckgen session aron-36 --seed {seed[1]}" in cover
    again = tmp_path / "again.pdf"
    make(run, again, "aron-36", "--seed", seed[1])
    assert again.read_bytes() == target.read_bytes()


def test_a_program_of_sessions_repeats_no_card(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    result = make(run, tmp_path / "avond.pdf", "aron-36", "--sessions", "3", "--seed", "5", "--imposition", "none")
    assert [line for line in result.stdout.splitlines() if line.startswith("wrote")] == [
        f"wrote avond-{n}.pdf" for n in (1, 2, 3)
    ]
    aron = bundled("aron-36")
    seen: list[str] = []
    for number in (1, 2, 3):
        pdf = open_pdf(tmp_path / f"avond-{number}.pdf")
        assert f"SESSIE {number} VAN 3" in pdf.pages[0].extract_text()
        found = prompts_in_order(pdf, [aron])
        assert len(found) == 12
        assert [card.level for _d, card in found] == sorted(card.level for _d, card in found)
        seen.extend(card.id for _deck, card in found)
    assert len(seen) == len(set(seen)) == 36


def test_filters_hold_and_the_draw_is_balanced_between_decks(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    aron, luisteren, dutton = bundled("aron-36"), bundled("luisteren"), bundled("dutton-pathways")
    make(run, tmp_path / "l.pdf", "aron-36", "--level", "2", "--cards", "8", "--imposition", "none", "--seed", "1")
    assert {card.level for _d, card in prompts_in_order(open_pdf(tmp_path / "l.pdf"), [aron])} == {2}
    make(run, tmp_path / "c.pdf", "dutton-pathways", "--category", "play", "--category", "trust", "--cards", "10",
         "--imposition", "none", "--seed", "1")  # fmt: skip
    found = prompts_in_order(open_pdf(tmp_path / "c.pdf"), [dutton])
    assert Counter(card.category for _d, card in found) == {"play": 5, "trust": 5}
    make(run, tmp_path / "b.pdf", "luisteren", "dutton-pathways", "--imposition", "none", "--seed", "1")
    found = prompts_in_order(open_pdf(tmp_path / "b.pdf"), [luisteren, dutton])
    assert Counter(deck.id for deck, _c in found) == {"luisteren": 6, "dutton-pathways": 6}
    assert max(Counter(card.category for deck, card in found if deck.id == "dutton-pathways").values()) == 2


def test_adult_decks_are_used_only_when_named(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    adults = bundled("intiem-schrijven")
    make(run, tmp_path / "all.pdf", "--cards", "30", "--imposition", "none", "--seed", "1")
    text = " ".join(page.extract_text() for page in open_pdf(tmp_path / "all.pdf").pages)
    assert adults.title["nl"] not in text
    assert not prompts_in_order(open_pdf(tmp_path / "all.pdf"), [adults])
    make(run, tmp_path / "named.pdf", "intiem-schrijven", "--imposition", "none", "--seed", "1")
    assert len(prompts_in_order(open_pdf(tmp_path / "named.pdf"), [adults])) == 12


def test_english_words_title_and_one_card_a_page(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    target = tmp_path / "en.pdf"
    make(run, target, "luisteren", "--lang", "en", "--per-page", "1", "--cards", "6", "--title", "Our Friday",
         "--imposition", "none", "--seed", "4")  # fmt: skip
    pdf = open_pdf(target)
    texts = [" ".join(page.extract_text().split()) for page in pdf.pages]
    assert "Our Friday" in texts[0] and "NAMES" in texts[0] and "6 CARDS" in texts[0]
    assert texts[1].startswith("How to use this booklet")
    luisteren = bundled("luisteren")
    found = prompts_in_order(pdf, [luisteren], "en")
    assert len(found) == 6
    prompt_pages = [
        n for n, page in enumerate(pdf.pages) if any(squash(c.text["en"]) in squash(texts[n]) for _d, c in found)
    ]
    assert len(prompt_pages) == 6
    assert any(text.startswith("To close") for text in texts)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("aron-36", "--sessions", "4"),
            2,
            "the decks have 36 cards to draw from with these filters; 4 sessions of 12 cards need 48",
        ),
        (("aron-36", "--category", "reeks-4"), 2, "no category 'reeks-4' in these decks; did you mean 'reeks-3'?"),
        (("aron-36", "--level", "7"), 2, "no card has level 7; levels in these decks: 1, 2, 3"),
        (("aron-36", "--cards", "0"), 2, "0 is not in the range 1<=x<=200"),
        (("aron-36", "--per-page", "3"), 2, "3 is not in the range 1<=x<=2"),
        (("aron-36", "--seed", "-1"), 2, "-1 is not in the range"),
        (("aron-36", "--imposition", "fold"), 2, "'fold' is not one of 'saddle', 'none'"),
        (("aron-36", "--lang", "fr"), 2, "the deck 'aron-36' has no 'fr'; it has nl, en"),
        (("aron-36", "--title", "  "), 2, "the title is empty"),
        (("geen-deck",), 2, "no deck 'geen-deck'"),
    ],
)
def test_bad_options_give_one_clear_message_and_write_nothing(
    run: Callable[..., Result], tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    target = tmp_path / "bestaat.pdf"
    target.write_bytes(b"%PDF- keep me")
    result = run("session", *args, "-o", target)
    assert result.exit_code == code, result.output
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.output
    assert target.read_bytes() == b"%PDF- keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestaat.pdf"]


def test_output_mistakes_are_named(run: Callable[..., Result], tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    result = run("session", "aron-36", "--seed", "1", "-o", notes)
    assert result.exit_code == 1
    assert "this is a file; -o takes a folder or a file name ending in .pdf" in result.stderr
    assert notes.read_text() == "mine"
    deck = tmp_path / "mijn.yaml"
    deck.write_text(
        "title: Mijn\nlanguages: [nl]\ncards:\n" + "".join(f"  - text: Vraag nummer {n}?\n" for n in range(12))
    )
    result = run("session", deck, "--seed", "1", "-o", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "session-1.pdf").exists()


def test_a_glyph_the_font_lacks_in_the_title_is_a_usage_error(run: Callable[..., Result], tmp_path: Path) -> None:
    result = run("session", "aron-36", "--title", "Samen \u2615\ufe0f", "-o", tmp_path / "s.pdf")
    assert result.exit_code == 2
    assert "--title" in result.stderr and "no glyph" in result.stderr
    assert not (tmp_path / "s.pdf").exists()
