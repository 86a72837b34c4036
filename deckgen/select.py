"""Choosing prompts for sessions: filters, a seeded and balanced draw, and levels in rising order.

Plain data in, plain data out: the same seed and decks always give the same selection.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from deckgen.model import Card, Deck


@dataclass(frozen=True)
class Pick:
    """One card drawn for a session, with the deck it comes from."""

    deck: Deck
    card: Card


class NotEnoughCards(ValueError):
    """The decks cannot supply the cards asked for; the message says how many there are."""


def prompt_pool(decks: Sequence[Deck], levels: Sequence[int] = (), categories: Sequence[str] = ()) -> list[Pick]:
    """Every card that can be drawn: not an instruction, and within the level and category filters if given."""
    return [
        Pick(deck, card)
        for deck in decks
        for card in deck.cards
        if card.kind != "instruction"
        and (not levels or card.level in levels)
        and (not categories or card.category in categories)
    ]


def draw_sessions(pool: Sequence[Pick], cards: int, sessions: int, seed: int) -> list[list[Pick]]:
    """`sessions` selections of `cards` each, no card twice in the whole program.

    The draw is balanced on two levels: the decks take turns (in a shuffled order), and each deck takes turns
    between its categories (in a shuffled order), each category shuffled. The cards drawn are dealt to the
    sessions in turn; each session is shuffled and then put in rising level (cards without a level count as
    the lightest), so it deepens as it goes.
    """
    needed = cards * sessions
    if needed > len(pool):
        what = f"{sessions} sessions of {cards} cards need {needed}" if sessions > 1 else f"{cards} cards were asked"
        raise NotEnoughCards(f"the decks have {len(pool)} cards to draw from with these filters; {what}")
    rng = random.Random(seed)
    by_deck: dict[str, dict[str | None, list[Pick]]] = {}
    for pick in pool:
        by_deck.setdefault(pick.deck.id, {}).setdefault(pick.card.category, []).append(pick)
    decks: list[list[list[Pick]]] = []
    for groups in by_deck.values():
        order = list(groups.values())
        for group in order:
            rng.shuffle(group)
        rng.shuffle(order)
        decks.append(order)
    rng.shuffle(decks)
    turns = [0] * len(decks)
    drawn: list[Pick] = []
    while len(drawn) < needed:
        for index, groups in enumerate(decks):
            if len(drawn) == needed:
                break
            for step in range(len(groups)):
                group = groups[(turns[index] + step) % len(groups)]
                if group:
                    drawn.append(group.pop())
                    turns[index] = (turns[index] + step + 1) % len(groups)
                    break
    program: list[list[Pick]] = []
    for start in range(sessions):
        session = drawn[start::sessions]
        rng.shuffle(session)
        program.append(sorted(session, key=lambda pick: pick.card.level or 0))
    return program


def new_seed() -> int:
    """A seed for a session that was given none: short enough to type from the booklet's cover."""
    return random.SystemRandom().randrange(1000, 1_000_000)
