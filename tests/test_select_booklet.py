"""Session selection and booklet order as plain data."""

from __future__ import annotations

import doctest
from collections import Counter

import pytest

import deckgen.layout.booklet
from deckgen.layout.booklet import (
    MARGIN,
    BookletDesigner,
    BookletText,
    DeckRules,
    Prompt,
    impose,
    padded_count,
    saddle_sheets,
)
from deckgen.layout.elements import Element, Shape, TextLine
from deckgen.layout.sheet import EDGE
from deckgen.layout.sizes import BOOKLET_PAGES, PAPERS
from deckgen.layout.text import Typesetter
from deckgen.model import Card, Category, Deck
from deckgen.select import NotEnoughCards, draw_sessions, prompt_pool
from deckgen.units import mm


def make_deck(deck_id: str, categories: tuple[str, ...], per_category: int, levels: int = 3) -> Deck:
    cards = [Card(f"{deck_id}-uitleg", {"nl": "Uitleg"}, 1, categories[0], None, "instruction")]
    for category in categories:
        for n in range(per_category):
            number = len(cards) + 1
            cards.append(Card(f"{deck_id}-{category}-{n}", {"nl": f"Vraag {number}"}, number, category, n % levels + 1))
    return Deck(
        id=deck_id,
        title={"nl": deck_id},
        languages=("nl",),
        cards=tuple(cards),
        categories=tuple(Category(c, {"nl": c}, "#123456") for c in categories),
    )


A = make_deck("a", ("x", "y"), 12)
B = make_deck("b", ("z",), 12)


def test_saddle_order_matches_the_print_guide() -> None:
    assert saddle_sheets(8) == [((8, 1), (2, 7)), ((6, 3), (4, 5))]
    assert saddle_sheets(4) == [((4, 1), (2, 3))]
    assert doctest.testmod(deckgen.layout.booklet).failed == 0
    for pages in (4, 8, 12, 16, 20):
        numbers = [n for outside, inside in saddle_sheets(pages) for n in (*outside, *inside)]
        assert sorted(numbers) == list(range(1, pages + 1))
    with pytest.raises(ValueError, match="multiple of 4"):
        saddle_sheets(6)


def test_page_counts_pad_to_whole_sheets() -> None:
    assert [padded_count(n) for n in (1, 4, 5, 8, 9, 15)] == [4, 4, 8, 8, 12, 16]


def test_instructions_are_never_drawn_and_filters_hold() -> None:
    pool = prompt_pool([A, B])
    assert len(pool) == 36 and all(p.card.kind != "instruction" for p in pool)
    assert {p.card.level for p in prompt_pool([A], levels=[2])} == {2}
    assert {p.card.category for p in prompt_pool([A, B], categories=["y", "z"])} == {"y", "z"}


def test_same_seed_same_draw_and_another_seed_another_order() -> None:
    pool = prompt_pool([A, B])
    first = draw_sessions(pool, 12, 1, seed=7)
    assert draw_sessions(prompt_pool([A, B]), 12, 1, seed=7) == first
    assert [p.card.id for p in draw_sessions(pool, 12, 1, seed=8)[0]] != [p.card.id for p in first[0]]


def test_levels_rise_within_a_session() -> None:
    for seed in range(20):
        (session,) = draw_sessions(prompt_pool([A, B]), 12, 1, seed)
        levels = [p.card.level for p in session]
        assert levels == sorted(levels)


def test_draw_is_balanced_between_decks_then_between_a_decks_categories() -> None:
    for seed in range(20):
        (session,) = draw_sessions(prompt_pool([A, B]), 12, 1, seed)
        assert Counter(p.deck.id for p in session) == {"a": 6, "b": 6}
        assert Counter(p.card.category for p in session) == {"x": 3, "y": 3, "z": 6}


def test_a_small_deck_gives_what_it_has_and_the_others_make_up_the_rest() -> None:
    small = make_deck("s", ("w",), 2)
    for seed in range(10):
        (session,) = draw_sessions(prompt_pool([A, B, small]), 12, 1, seed)
        assert Counter(p.deck.id for p in session) == {"a": 5, "b": 5, "s": 2}


def test_cards_of_one_level_come_in_a_seeded_order() -> None:
    one_level = prompt_pool([make_deck("c", ("q",), 4, levels=1)])
    orders = {tuple(p.card.id for p in draw_sessions(one_level, 4, 1, seed)[0]) for seed in range(30)}
    assert len(orders) > 10 and all(len(set(order)) == 4 for order in orders)


def test_a_program_never_repeats_a_card_and_says_when_there_are_too_few() -> None:
    program = draw_sessions(prompt_pool([A, B]), 12, 3, seed=1)
    ids = [p.card.id for session in program for p in session]
    assert len(program) == 3 and all(len(s) == 12 for s in program)
    assert len(set(ids)) == 36
    with pytest.raises(NotEnoughCards, match="the decks have 36 cards to draw from with these filters; "
                       "4 sessions of 12 cards need 48"):  # fmt: skip
        draw_sessions(prompt_pool([A, B]), 12, 4, seed=1)


# -- booklet pages and imposition as numbers -----------------------------------------------------------------------


def designer(paper: str = "a4") -> BookletDesigner:
    from deckgen.render.fonts import measure

    return BookletDesigner(BOOKLET_PAGES[paper], Typesetter(measure))


def booklet_text(
    prompts: int, rules: tuple[DeckRules, ...] = (), prompt_text: str = "Wat wil je vragen?"
) -> BookletText:
    return BookletText(
        lang="nl",
        title="Een avond samen",
        session=1,
        sessions=1,
        decks=rules or (DeckRules("Proef", ("Lees om beurten voor.",)),),
        prompts=tuple(Prompt(f"{prompt_text} {n}", "Reeks 1", "#2A7F62") for n in range(prompts)),
        seed=7,
        command="deckgen session proef --seed 7",
        accent="#2A7F62",
    )


def texts(elements: tuple[Element, ...] | list[Element]) -> list[TextLine]:
    return [element for element in elements if isinstance(element, TextLine)]


def test_imposition_puts_two_pages_either_side_of_the_fold() -> None:
    from deckgen.render.fonts import measure

    page, paper = BOOKLET_PAGES["a4"], PAPERS["a4"]
    sides = impose(8, page, paper, "saddle", Typesetter(measure), "nl", "NotoSans")
    assert len(sides) == 4
    fold = paper.height / 2
    assert [tuple(p.number for p in side.pages) for side in sides] == [(8, 1), (2, 7), (6, 3), (4, 5)]
    for side in sides:
        assert (side.width, side.height) == (paper.height, paper.width)
        left, right = side.pages
        assert left.x + page.width == pytest.approx(fold) and right.x == pytest.approx(fold)
        assert left.y == pytest.approx(0) and right.y == pytest.approx(0)
        for mark in side.marks:
            assert mark.x1 == mark.x2 == pytest.approx(fold)
            assert min(mark.y1, mark.y2) >= EDGE - 1e-6 and max(mark.y1, mark.y2) <= side.height - EDGE + 1e-6
    note = texts(sides[0].note)
    assert note and all(not side.note for side in sides[1:])
    assert all(side.height - MARGIN < line.y < side.height - EDGE for line in note)
    assert all(EDGE <= line.x < fold for line in note)
    letter = impose(4, BOOKLET_PAGES["letter"], PAPERS["letter"], "saddle", Typesetter(measure), "en", "NotoSans")
    assert letter[0].pages[0].x == pytest.approx(0) and letter[0].pages[1].x == pytest.approx(mm(139.7))
    flat = impose(4, page, paper, "none", Typesetter(measure), "nl", "NotoSans")
    assert [(side.width, side.pages[0].number, side.marks) for side in flat] == [
        (page.width, n, ()) for n in (1, 2, 3, 4)
    ]


def test_pages_are_padded_with_notes_and_numbered_but_the_cover() -> None:
    pages = designer().pages(booklet_text(12), per_page=2)
    assert [page.kind for page in pages] == ["cover", "rules", *["prompts"] * 6, "closing", "notes", "notes", "notes"]
    for page in pages:
        numbers = [line for line in texts(page.elements) if line.text == str(page.number) and line.align == "center"]
        assert len(numbers) == (0 if page.kind == "cover" else 1)
    pages = designer().pages(booklet_text(6), per_page=1)
    assert len(pages) == 12 and [page.kind for page in pages].count("prompts") == 6


def test_every_prompt_has_room_to_write_and_nothing_leaves_the_margins() -> None:
    long = "Wat is iets wat je al heel lang eens wilde vertellen, maar waarvoor het nooit het goede moment leek?"
    booklet = designer("letter")
    for page in booklet.pages(booklet_text(4, prompt_text=long), per_page=2):
        lines = texts(page.elements)
        assert all(MARGIN - 1e-6 <= line.x <= booklet.width - MARGIN + 1e-6 for line in lines if line.align == "left")
        assert all(line.y <= booklet.height - MARGIN for line in lines)
        if page.kind == "prompts":
            rules = [e for e in page.elements if isinstance(e, Shape) and e.rect.height == 0 and e.rect.width > mm(50)]
            for slot in booklet.prompt_slots(2):
                below = [rule for rule in rules if slot.y - 1e-6 <= rule.rect.y <= slot.top]
                prompt = [line for line in lines if slot.y <= line.y <= slot.top and line.font == "NotoSerif"]
                assert len(below) >= 3 and prompt
                assert max(rule.rect.y for rule in below) < min(line.y for line in prompt) - mm(3)


def test_long_rules_flow_over_pages_and_keep_a_deck_title_with_its_text() -> None:
    booklet = designer()
    for words in range(60, 400, 6):
        rules = (DeckRules("Eerste", ("zeepbel " * words,)), DeckRules("Tweede", ("Neem de tijd. " * 30,) * 2))
        pages = booklet.rules(booklet_text(2, rules))
        assert len(pages) >= 2
        for page in pages:
            lines = texts(page)
            assert all(line.y - 0.3 * line.size >= booklet.content().y - 1e-6 for line in lines)
            assert lines[-1].text not in {"Eerste", "Tweede", "UIT DE KAARTEN"}, words
        flowed = [line.text for page in pages for line in texts(page)]
        assert "Eerste" in flowed and "Tweede" in flowed
        assert sum(line.count("zeepbel") for line in flowed) == words


def test_a_nearly_empty_last_rules_page_is_saved_with_smaller_type() -> None:
    booklet = designer()
    for words in range(100, 400, 10):
        rules = (DeckRules("Deck", ("zeepbel " * words,)),)
        natural = booklet._flow(booklet._rule_blocks(booklet_text(2, rules), 9.5), "nl")
        if len(natural) == 2 and booklet._filled(natural[-1]) < 0.1:
            break
    else:
        pytest.fail("no text length gave a nearly empty second page")
    pages = booklet.rules(booklet_text(2, rules))
    sizes = {line.size for line in texts(pages[0]) if line.font == "NotoSans"}
    assert len(pages) == 1 and sizes and max(sizes) < 9.5


def test_every_word_deckgen_prints_exists_in_dutch_and_english() -> None:
    from deckgen.words import WORDS, word

    assert set(WORDS["nl"]) == set(WORDS["en"])
    assert all(WORDS["nl"][key] != WORDS["en"][key] for key in WORDS["nl"] if key.startswith("booklet.rule"))
    assert word("de", "booklet.notes") == "Notes"
