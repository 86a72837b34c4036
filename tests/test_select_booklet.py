"""Session selection and booklet order as plain data."""

from __future__ import annotations

import doctest
from collections import Counter

import pytest

import deckgen.layout.booklet
from deckgen.layout.booklet import padded_count, saddle_sheets
from deckgen.model import Card, Category, Deck
from deckgen.select import NotEnoughCards, draw_sessions, prompt_pool


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
