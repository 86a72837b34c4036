"""The deck as plain, frozen data: what every later step (select, layout, render) works from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("question", "activity", "instruction")
"""What a card is: a question to answer, a small thing to do, or how to play."""
AUDIENCES = ("all", "adults")
"""Who a deck is for; `adults` decks are left out unless asked for by name."""

NEUTRAL = "#3D405B"
"""The colour of what has none of its own: cards without a category, a brand without colours."""

Text = dict[str, str]
"""A text in every language of its deck: language code -> text."""


@dataclass(frozen=True)
class Category:
    """A group of cards with a name and a colour (#RRGGBB)."""

    id: str
    name: Text
    color: str


@dataclass(frozen=True)
class Card:
    """One card of a deck."""

    id: str
    text: Text
    number: int
    """1-based position in the deck file."""
    category: str | None = None
    level: int | None = None
    kind: str = "question"
    line: int | None = field(default=None, compare=False)
    """Line in the deck file, for messages about this card."""


@dataclass(frozen=True)
class Deck:
    """A validated deck: every text present in every language."""

    id: str
    title: Text
    languages: tuple[str, ...]
    cards: tuple[Card, ...]
    categories: tuple[Category, ...] = ()
    description: Text | None = None
    credit: Text | None = None
    audience: str = "all"
    path: Path | None = None

    def category(self, category_id: str | None) -> Category | None:
        """The category with this id, or None for a card without one."""
        for category in self.categories:
            if category.id == category_id:
                return category
        return None

    def to_json(self) -> dict[str, Any]:
        """The deck as `deckgen show --json` prints it: every text a mapping of all languages."""
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "languages": list(self.languages),
            "credit": self.credit,
            "audience": self.audience,
            "categories": [{"id": c.id, "name": c.name, "color": c.color} for c in self.categories],
            "cards": [
                {"id": c.id, "text": c.text, "category": c.category, "level": c.level, "kind": c.kind}
                for c in self.cards
            ],
        }


@dataclass(frozen=True)
class Logo:
    """A brand's logo: a checked PNG or JPEG file and its size in pixels (for its shape on the page)."""

    path: Path
    width_px: int
    height_px: int

    @property
    def aspect(self) -> float:
        """Width over height."""
        return self.width_px / self.height_px


@dataclass(frozen=True)
class Brand:
    """A practice's identity for the things deckgen prints: name, logo, colours, font and contact."""

    name: str
    tagline: str | None = None
    logo: Logo | None = None
    primary: str = NEUTRAL
    accent: str = NEUTRAL
    font: str = "NotoSans"
    """Registered font name for the brand's own words (regular)."""
    font_bold: str = "NotoSans-Bold"
    font_files: tuple[tuple[str, Path], ...] = ()
    """Fonts the brand brings itself: (registered name, TTF file)."""
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    registration: str | None = None
    footer: str | None = None
    qr: str | None = None
    """What the QR code holds (the website's full address), or None for no QR code."""
    path: Path | None = None

    @property
    def contact(self) -> tuple[str, ...]:
        """Website, e-mail and phone, those given."""
        return tuple(item for item in (self.website, self.email, self.phone) if item)
