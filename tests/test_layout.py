"""Layout as plain numbers: grids, crop marks, duplex mirroring, the margin note, text fitting."""

from __future__ import annotations

import pytest

from deckgen.layout.sheet import EDGE, LayoutError, crop_marks, grid_for, note_slots, sheet_sides
from deckgen.layout.sizes import CARDS, PAPERS, CardSize, Size
from deckgen.layout.text import ASCENT, DESCENT, MIN_SIZE, Typesetter, block_height, break_points
from deckgen.units import mm, to_mm

# (paper, card) -> (columns, rows), as print.md gives them
EXPECTED_GRIDS = {
    ("a4", "poker"): (3, 3),
    ("letter", "poker"): (3, 3),
    ("a4", "bridge"): (3, 3),
    ("a4", "tarot"): (2, 2),
    ("a4", "mini"): (4, 4),
    ("a4", "square"): (2, 4),
    ("letter", "square"): (2, 3),
}


def test_millimetres_convert_to_points_in_one_place() -> None:
    assert mm(25.4) == pytest.approx(72.0)
    assert to_mm(mm(63)) == pytest.approx(63.0)


@pytest.mark.parametrize(("paper", "card"), EXPECTED_GRIDS)
def test_grid_counts_match_print_conventions(paper: str, card: str) -> None:
    grid = grid_for(PAPERS[paper], CARDS[card])
    assert (grid.columns, grid.rows) == EXPECTED_GRIDS[(paper, card)]


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("card", CARDS)
def test_grid_is_centred_and_keeps_cards_and_marks_off_the_edge(paper: str, card: str) -> None:
    grid = grid_for(PAPERS[paper], CARDS[card])
    assert grid.left == pytest.approx(grid.paper_width - grid.right)
    assert grid.bottom == pytest.approx(grid.paper_height - grid.top)
    assert grid.left >= EDGE and grid.bottom >= EDGE
    for mark in crop_marks(grid):
        for x, y in ((mark.x1, mark.y1), (mark.x2, mark.y2)):
            assert EDGE - 1e-6 <= x <= grid.paper_width - EDGE + 1e-6
            assert EDGE - 1e-6 <= y <= grid.paper_height - EDGE + 1e-6
            # never on a card: outside the grid rectangle
            inside = grid.left < x < grid.right and grid.bottom < y < grid.top
            assert not inside


def test_poker_on_a4_in_numbers() -> None:
    grid = grid_for(PAPERS["a4"], CARDS["poker"])
    assert to_mm(grid.left) == pytest.approx(10.5)
    assert to_mm(grid.bottom) == pytest.approx(16.5)
    first = grid.cell(0)
    assert to_mm(first.x) == pytest.approx(10.5)
    assert to_mm(first.top) == pytest.approx(297 - 16.5)
    last = grid.cell(8)
    assert to_mm(last.right) == pytest.approx(210 - 10.5)
    assert to_mm(last.y) == pytest.approx(16.5)
    marks = crop_marks(grid)
    # 4 vertical cut lines x 2 ends + 4 horizontal cut lines x 2 ends
    assert len(marks) == 16
    bottom_mark = next(m for m in marks if m.x1 == m.x2 and m.y2 < grid.bottom)
    assert to_mm(grid.bottom - bottom_mark.y2) == pytest.approx(2.0)  # starts 2 mm outside the card
    assert to_mm(bottom_mark.y2 - bottom_mark.y1) == pytest.approx(5.0)  # 5 mm long


def test_a_card_larger_than_the_paper_is_a_clear_error() -> None:
    with pytest.raises(LayoutError, match="does not fit"):
        grid_for(Size("tiny", 50, 50), CardSize("huge", 63, 88))


def test_long_edge_backs_mirror_columns_and_short_edge_backs_mirror_rows() -> None:
    grid = grid_for(PAPERS["a4"], CARDS["poker"])
    assert [grid.back_cell(i, "long") for i in range(9)] == [2, 1, 0, 5, 4, 3, 8, 7, 6]
    assert [grid.back_cell(i, "short") for i in range(9)] == [6, 7, 8, 3, 4, 5, 0, 1, 2]
    for i in range(9):
        front, back = grid.cell(i), grid.cell(grid.back_cell(i, "long"))
        # a point x on the front is at (page width - x) on the back
        assert back.x == pytest.approx(grid.paper_width - front.right)
        assert back.y == pytest.approx(front.y)
        back_short = grid.cell(grid.back_cell(i, "short"))
        assert back_short.y == pytest.approx(grid.paper_height - front.top)


def test_sheet_sides_put_each_back_behind_its_front() -> None:
    grid = grid_for(PAPERS["a4"], CARDS["poker"])
    sides = list(sheet_sides(list(range(11)), grid, "long"))
    assert [(s.side, s.sheet, len(s.placements)) for s in sides] == [
        ("front", 0, 9),
        ("back", 0, 9),
        ("front", 1, 2),
        ("back", 1, 2),
    ]
    last_back = sides[3]
    assert [(p.item, p.cell) for p in last_back.placements] == [(9, 2), (10, 1)]
    assert [s.side for s in sheet_sides(list(range(11)), grid, "off")] == ["front", "front"]


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("card", CARDS)
def test_margin_note_slot_avoids_cards_and_marks(paper: str, card: str) -> None:
    grid = grid_for(PAPERS[paper], CARDS[card])
    slots = note_slots(grid)
    for slot, _rotated in slots:
        assert slot.x >= EDGE - 1e-6 and slot.y >= EDGE - 1e-6
        assert not (slot.x < grid.right and slot.right > grid.left and slot.y < grid.top and slot.top > grid.bottom)
        for mark in crop_marks(grid):
            x0, x1 = sorted((mark.x1, mark.x2))
            y0, y1 = sorted((mark.y1, mark.y2))
            assert not (x0 < slot.right and x1 > slot.x and y0 < slot.top and y1 > slot.y), (mark, slot)
    from deckgen.layout.note import margin_note
    from deckgen.render.fonts import measure

    note = margin_note(slots, "nl", "long", Typesetter(measure), "NotoSans")
    assert note is not None and note.control_mm >= 30
    texts = [e for e in note.elements if hasattr(e, "text")]
    assert texts, "the printing advice fits beside the control line"


# -- text --------------------------------------------------------------------------------------------------------


def fixed_width(text: str, font: str) -> float:
    """A stand-in measure: every character half an em wide."""
    return 0.5 * len(text)


def test_dutch_hyphenation_points_come_from_pyphen_and_keep_short_words_whole() -> None:
    heads = [head for head, _tail in break_points("betrokkenheid", "nl")]
    assert "betrok-" in heads and "betrokken-" in heads
    assert break_points("kat", "nl") == ()
    # a word's own hyphen is a break point without adding another
    assert ("zelf-", "compassie") in break_points("zelf-compassie", "nl")
    # punctuation stays with its part
    assert all(tail.endswith("?") for _head, tail in break_points("relatietherapeut?", "nl"))


def test_wrap_never_cuts_a_word_without_a_hyphen() -> None:
    setter = Typesetter(fixed_width)
    text = "Wat betekent betrokkenheid voor jullie relatietherapeut?"
    lines = setter.wrap(text, 60, "any", 10, "nl")  # 12 characters a line
    assert lines is not None
    assert all(setter.width(line, "any", 10) <= 60 for line in lines)
    rebuilt = "".join(line[:-1] if line.endswith("-") else line + " " for line in lines).split()
    assert rebuilt == text.split()


def test_a_word_that_cannot_be_hyphenated_to_fit_does_not_fit() -> None:
    setter = Typesetter(fixed_width)
    assert setter.wrap("Onmogelijkheden", 30, "any", 10, "nl") is None  # 6 characters a line: no break fits


def test_fit_starts_comfortable_and_shrinks_only_as_far_as_needed() -> None:
    setter = Typesetter(fixed_width)
    short = setter.fit("Hoe gaat het?", 100, 100, "any", "nl", start=14)
    assert short is not None and short.size == 14
    longer = setter.fit("Wat is je mooiste herinnering aan een zomer? " * 3, 100, 100, "any", "nl", start=14)
    assert longer is not None and MIN_SIZE <= longer.size < 14
    assert longer.height <= 100
    # one step larger would not have fitted
    bigger = longer.size + 0.5
    lines = setter.wrap("Wat is je mooiste herinnering aan een zomer? " * 3, 100, "any", bigger, "nl", eager=False)
    assert lines is None or block_height(len(lines), bigger, bigger * 1.28) > 100
    assert setter.fit("woord " * 400, 100, 100, "any", "nl", start=14) is None


def test_balanced_text_keeps_its_line_count_and_evens_the_lines() -> None:
    setter = Typesetter(fixed_width)
    text = "Wat zou je graag nog eens samen willen doen voor het jaar om is?"
    plain = setter.fit(text, 120, 200, "any", "nl", start=10)
    balanced = setter.fit(text, 120, 200, "any", "nl", start=10, balance=True)
    assert plain is not None and balanced is not None
    assert len(balanced.lines) == len(plain.lines)
    spread = [len(line) for line in balanced.lines]
    assert max(spread) - min(spread) <= max(len(line) for line in plain.lines) - min(len(line) for line in plain.lines)


def test_block_height_covers_ascenders_and_descenders() -> None:
    assert block_height(1, 10, 12.8) == pytest.approx((ASCENT + DESCENT) * 10)
    assert block_height(3, 10, 12.8) == pytest.approx((ASCENT + DESCENT) * 10 + 2 * 12.8)
