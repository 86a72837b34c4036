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

    The draw is balanced: it takes turns between the groups of the pool (each deck's category, or each deck),
    in a shuffled order, each group shuffled. Each session then gets its share dealt in turn, and is put in
    rising level (cards without a level count as the lightest), shuffled within a level.
    """
    needed = cards * sessions
    if needed > len(pool):
        what = f"{sessions} sessions of {cards} cards need {needed}" if sessions > 1 else f"{cards} cards were asked"
        raise NotEnoughCards(f"the decks have {len(pool)} cards to draw from with these filters; {what}")
    rng = random.Random(seed)
    groups: dict[tuple[str, str | None], list[Pick]] = {}
    for pick in pool:
        groups.setdefault((pick.deck.id, pick.card.category), []).append(pick)
    order = list(groups.values())
    for group in order:
        rng.shuffle(group)
    rng.shuffle(order)
    drawn: list[Pick] = []
    while len(drawn) < needed:
        for group in order:
            if group and len(drawn) < needed:
                drawn.append(group.pop())
    program: list[list[Pick]] = [drawn[start::sessions] for start in range(sessions)]
    return [sorted(session, key=lambda pick: pick.card.level or 0) for session in program]


def new_seed() -> int:
    """A seed for a session that was given none: short enough to type from the booklet's cover."""
    return random.SystemRandom().randrange(1000, 1_000_000)
