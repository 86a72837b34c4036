"""The bundled decks: valid, both languages, the counts and levels each deck promises, comfortable on a poker card."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from click.testing import Result

from deckgen.build import designer_for, printable_problems
from deckgen.decks import bundled_deck_files, load_deck
from deckgen.layout.card import credit_card, credit_on, printed_cards
from deckgen.model import Deck

DECKS = {path.stem: load_deck(path) for path in bundled_deck_files()}
COMFORTABLE_PROMPT = 12.0
"""Questions and activities on a poker card are set at least this large (the start is 14 pt, the floor 7)."""
COMFORTABLE_PROSE = 9.5
"""Instruction cards, which are prose, at least this large."""


def prompts(deck: Deck) -> list:
    return [card for card in deck.cards if card.kind != "instruction"]


def test_the_five_decks_are_there() -> None:
    assert sorted(DECKS) == ["aron-36", "dutton-pathways", "intiem-schrijven", "luisteren", "veilig-verbonden"]


@pytest.mark.parametrize("deck_id", sorted(DECKS))
def test_deck_is_bilingual_dutch_first_and_prints_on_poker_cards(deck_id: str) -> None:
    deck = DECKS[deck_id]
    assert deck.languages == ("nl", "en")
    assert all(set(card.text) == {"nl", "en"} and all(card.text.values()) for card in deck.cards)
    assert printable_problems(deck, designer_for("poker"), deck.languages) == []
    assert any(card.kind == "instruction" for card in deck.cards)
    assert deck.credit is not None
    assert deck.description is not None


@pytest.mark.parametrize("deck_id", sorted(DECKS))
def test_every_card_fits_a_poker_card_at_a_comfortable_size(deck_id: str) -> None:
    deck = DECKS[deck_id]
    designer = designer_for("poker")
    cards = printed_cards(deck)
    carrier = credit_card(cards)
    for card in cards:
        for lang in deck.languages:
            fitted, _credit = designer.fit_text(deck, card, lang, credit_on(deck, card, carrier, lang))
            floor = COMFORTABLE_PROSE if card.kind == "instruction" else COMFORTABLE_PROMPT
            assert fitted.size >= floor, (card.id, lang, fitted.size)


@pytest.mark.parametrize("deck_id", sorted(DECKS))
def test_every_deck_has_a_pass_card(deck_id: str) -> None:
    deck = DECKS[deck_id]
    passes = [c for c in deck.cards if c.kind == "instruction" and c.text["nl"].startswith("Pas.")]
    assert len(passes) == 1
    assert passes[0].text["en"].startswith("Pass.")


def test_card_ids_are_unique_across_all_bundled_decks() -> None:
    ids = Counter(card.id for deck in DECKS.values() for card in deck.cards)
    assert [card_id for card_id, count in ids.items() if count > 1] == []


def test_aron_has_36_questions_in_three_sets_of_twelve_in_order() -> None:
    deck = DECKS["aron-36"]
    questions = [c for c in deck.cards if c.kind == "question"]
    assert len(questions) == 36
    assert [c.level for c in questions] == [1] * 12 + [2] * 12 + [3] * 12
    assert [c.category for c in questions] == ["reeks-1"] * 12 + ["reeks-2"] * 12 + ["reeks-3"] * 12
    assert [c.name for c in deck.categories] == [{"nl": f"Reeks {n}", "en": f"Set {n}"} for n in (1, 2, 3)]
    assert [c.id for c in questions] == [f"aron-{n:02d}" for n in range(1, 37)]
    assert "Aron" in deck.credit["en"] and "1997" in deck.credit["en"]
    closing = [c for c in deck.cards if "Catron" in c.text["en"]]
    assert len(closing) == 1 and closing[0].kind == "instruction"
    assert "four minutes" in closing[0].text["en"]


def test_listening_has_its_rules_a_floor_card_and_prompts_from_light_to_deep() -> None:
    deck = DECKS["luisteren"]
    rules = " ".join(c.text["en"] for c in deck.cards if c.kind == "instruction").lower()
    for rule in ("five minutes", "phones", "interrupt", "questions", "judge", "never brought up"):
        assert rule in rules
    assert any(c.text["en"].startswith("The floor.") for c in deck.cards)
    assert len(prompts(deck)) >= 30
    assert {c.level for c in prompts(deck)} == {1, 2, 3}


def test_dutton_has_four_pathways_each_explained_with_at_least_twelve_cards() -> None:
    deck = DECKS["dutton-pathways"]
    assert [c.id for c in deck.categories] == ["engagement", "support", "trust", "play"]
    assert len({c.color for c in deck.categories}) == 4
    for category in deck.categories:
        cards = [c for c in deck.cards if c.category == category.id]
        explained = [c for c in cards if c.kind == "instruction" and c.id == f"dp-{category.id}"]
        assert len(explained) == 1
        assert len([c for c in cards if c.kind != "instruction"]) >= 12
        assert {c.kind for c in cards} >= {"question", "activity"}
    assert "Dutton" in deck.credit["en"] and "2003" in deck.credit["en"] and "Worline" in deck.credit["en"]


def test_secure_connection_has_thirty_gentle_cards_in_categories() -> None:
    deck = DECKS["veilig-verbonden"]
    assert [c.id for c in deck.categories][:3] == ["bereidheid", "bereikbaarheid", "betrokkenheid"]
    assert len(prompts(deck)) >= 30
    pace = " ".join(c.text["en"] for c in deck.cards if c.kind == "instruction").lower()
    assert "slowly" in pace and "pass" in pace


def test_writing_deck_is_adult_content_with_at_least_24_prompts(run: Callable[..., Result]) -> None:
    deck = DECKS["intiem-schrijven"]
    assert deck.audience == "adults"
    assert len(prompts(deck)) >= 24
    assert all(d.audience == "all" for name, d in DECKS.items() if name != "intiem-schrijven")
    listed = run("list").stdout
    line = next(row for row in listed.splitlines() if row.startswith("intiem-schrijven"))
    assert "[adults]" in line


def test_build_can_leave_adult_decks_out(run: Callable[..., Result]) -> None:
    result = run("build", "--no-adults", "-o", "out")
    assert result.exit_code == 0, result.stderr
    assert "intiem-schrijven" not in result.stdout
    assert "wrote out/luisteren.pdf" in result.stdout
