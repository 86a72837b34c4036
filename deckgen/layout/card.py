"""The faces of a card as plain shapes and lines of text, in points from the card's lower left corner.

A front carries the category band, the card's text (fitted), and a footer with the deck title and number.
A back carries the deck title and the category on a panel of the category's colour, set in from the cut edge
so that a duplex misregistration of a few millimetres shows as an uneven border, not a broken design.
All text stays inside the safe area, SAFE from the cut edge.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from deckgen.color import INK, WHITE, contrast, text_on
from deckgen.errors import Problem
from deckgen.layout.elements import Element, Picture, Shape, TextLine
from deckgen.layout.sheet import Rect
from deckgen.layout.sizes import CardSize
from deckgen.layout.text import ASCENT, DESCENT, MIN_SIZE, Fitted, Typesetter, block_height
from deckgen.model import NEUTRAL, Brand, Card, Deck
from deckgen.units import mm
from deckgen.words import word

SAFE = mm(5)
"""Text keeps at least this far inside the cut edge."""
BAND_HEIGHT = mm(7)
BAND_RADIUS = mm(1.5)
BAND_PAD = mm(2)
LABEL_SIZE = 7.5
FOOTER_SIZE = 7.0
BODY_PAD = mm(1)
GAP_BELOW_BAND = mm(3.5)
GAP_ABOVE_FOOTER = mm(3)
TAG_SIZE = 7.0
TAG_ROOM = TAG_SIZE * 1.3 + mm(2)
"""Room above the text of an activity or instruction card for its small label."""
CREDIT_SIZE = 7.0
CREDIT_GAP = mm(2.5)
INSTRUCTION_SMALLER = 3.0
"""Instruction cards are prose: they start this many points below the card's text size."""
BACK_INSET = mm(4)
BACK_RADIUS = mm(3)
BACK_FRAME_INSET = mm(6.5)
BACK_TEXT_INSET = SAFE + mm(4)
MUTED = "#5F6368"
BRAND_TAGLINE_SIZE = 6.5
BRAND_LABEL_SIZE = 6.0


@dataclass(frozen=True)
class CardFonts:
    """Registered font names for the parts of a card."""

    body: str = "NotoSerif"
    prose: str = "NotoSans"
    label: str = "NotoSans-Bold"
    small: str = "NotoSans"
    italic: str = "NotoSans-Italic"


@dataclass(frozen=True)
class Face:
    width: float
    height: float
    elements: tuple[Element, ...]


class CardTooFull(Exception):
    """A card's text cannot be set at the minimum size on this card format."""

    def __init__(self, card: Card, lang: str, what: str = "text") -> None:
        super().__init__(card.id)
        self.card = card
        self.lang = lang
        self.what = what


def _lines(fitted: Fitted, x: float, top: float, font: str, color: str, align: str) -> Iterator[TextLine]:
    baseline = top - ASCENT * fitted.size
    for line in fitted.lines:
        yield TextLine(x, baseline, line, font, fitted.size, color, align)
        baseline -= fitted.leading


@dataclass
class CardDesigner:
    """Lays out fronts and backs for one card format with one typesetter."""

    size: CardSize
    typesetter: Typesetter
    fonts: CardFonts = CardFonts()
    brand: Brand | None = None
    _fitted: dict[tuple[str | None, ...], tuple[Fitted, Fitted | None]] = field(default_factory=dict, repr=False)

    @property
    def width(self) -> float:
        return self.size.width

    @property
    def height(self) -> float:
        return self.size.height

    def body_box(self) -> Rect:
        """Where a card's own text goes, between the band and the footer."""
        top = self.height - SAFE - BAND_HEIGHT - GAP_BELOW_BAND
        bottom = SAFE + block_height(1, FOOTER_SIZE, FOOTER_SIZE) + GAP_ABOVE_FOOTER
        return Rect(SAFE + BODY_PAD, bottom, self.width - 2 * (SAFE + BODY_PAD), top - bottom)

    def _tag(self, deck: Deck, card: Card, lang: str) -> str:
        """The small label over an activity or instruction card's text; none where the band says the same."""
        if card.kind == "question":
            return ""
        tag = word(lang, f"kind.{card.kind}").upper()
        category = deck.category(card.category)
        return "" if category and category.name[lang].upper() == tag else tag

    def fit_text(self, deck: Deck, card: Card, lang: str, credit: str | None = None) -> tuple[Fitted, Fitted | None]:
        """The card's text and the credit under it, fitted to the body; raises CardTooFull.

        Results are kept until the card is drawn, so checking a deck before drawing it costs no second fitting.
        """
        key = self._fit_key(deck, card, lang, credit)
        found = self._fitted.get(key)
        if found is None:
            found = self._fit_text(deck, card, lang, credit)
            self._fitted[key] = found
        return found

    def _fit_key(self, deck: Deck, card: Card, lang: str, credit: str | None) -> tuple[str | None, ...]:
        return (deck.id, card.id, card.kind, card.text[lang], lang, credit)

    def _fit_text(self, deck: Deck, card: Card, lang: str, credit: str | None) -> tuple[Fitted, Fitted | None]:
        box = self.body_box()
        height = box.height - (TAG_ROOM if self._tag(deck, card, lang) else 0.0)
        credit_fit = None
        if credit:
            lines = self.typesetter.wrap(credit, box.width, self.fonts.italic, CREDIT_SIZE, lang)
            if lines is None:
                raise CardTooFull(card, lang, "credit")
            credit_fit = Fitted(CREDIT_SIZE, CREDIT_SIZE * 1.2, tuple(lines))
            height -= credit_fit.height + CREDIT_GAP
        if card.kind == "instruction":
            fitted = self.typesetter.fit(
                card.text[lang],
                box.width,
                height,
                self.fonts.prose,
                lang,
                self.size.text_pt - INSTRUCTION_SMALLER,
                MIN_SIZE,
            )
        else:
            fitted = self.typesetter.fit(
                card.text[lang],
                box.width,
                height,
                self.fonts.body,
                lang,
                self.size.text_pt,
                MIN_SIZE,
                balance=True,
            )
        if fitted is None:
            raise CardTooFull(card, lang, "credit" if credit and height <= 0 else "text")
        return fitted, credit_fit

    def front(self, deck: Deck, card: Card, lang: str, number: int, total: int, credit: str | None = None) -> Face:
        """The front of `card`: band, fitted text, footer."""
        fonts = self.fonts
        category = deck.category(card.category)
        band_color = category.color if category else NEUTRAL
        on_band = text_on(band_color)
        elements: list[Element] = []
        band = Rect(SAFE, self.height - SAFE - BAND_HEIGHT, self.width - 2 * SAFE, BAND_HEIGHT)
        elements.append(Shape(band, fill=band_color, radius=BAND_RADIUS))
        label_y = band.y + (BAND_HEIGHT - (ASCENT - DESCENT) * LABEL_SIZE) / 2 + DESCENT * LABEL_SIZE
        name = category.name[lang].upper() if category else deck.title[lang]
        label_size = LABEL_SIZE
        room = band.width - 2 * BAND_PAD
        while label_size > MIN_SIZE and self.typesetter.width(name, fonts.label, label_size) > room:
            label_size -= 0.25
        name = self.typesetter.shorten(name, room, fonts.label, label_size)
        elements.append(TextLine(band.x + BAND_PAD, label_y, name, fonts.label, label_size, on_band))

        box = self.body_box()
        tag = self._tag(deck, card, lang)
        if tag:
            tag_color = band_color if contrast(band_color, WHITE) >= 3 else INK
            elements.append(
                TextLine(
                    box.x + box.width / 2 if card.kind != "instruction" else box.x,
                    box.top - ASCENT * TAG_SIZE,
                    tag,
                    fonts.label,
                    TAG_SIZE,
                    tag_color,
                    "center" if card.kind != "instruction" else "left",
                )
            )
            box = Rect(box.x, box.y, box.width, box.height - TAG_ROOM)
        fitted, credit_fit = self.fit_text(deck, card, lang, credit)
        self._fitted.pop(self._fit_key(deck, card, lang, credit), None)  # a card is drawn once: let its fit go
        block = fitted.height + (credit_fit.height + CREDIT_GAP if credit_fit else 0.0)
        top = box.top - (box.height - block) / 2
        if card.kind == "instruction":
            elements.extend(_lines(fitted, box.x, top, fonts.prose, INK, "left"))
        else:
            elements.extend(_lines(fitted, box.x + box.width / 2, top, fonts.body, INK, "center"))
        if credit_fit:
            credit_top = top - fitted.height - CREDIT_GAP
            elements.append(Shape(Rect(box.x, credit_top + CREDIT_GAP / 2, mm(8), 0), stroke=MUTED, line_width=0.4))
            elements.extend(_lines(credit_fit, box.x, credit_top, fonts.italic, MUTED, "left"))

        footer_y = SAFE + DESCENT * FOOTER_SIZE
        count = f"{number}/{total}"
        elements.append(TextLine(self.width - SAFE, footer_y, count, fonts.small, FOOTER_SIZE, MUTED, "right"))
        if category:
            room = self.width - 2 * SAFE - self.typesetter.width(count, fonts.small, FOOTER_SIZE) - mm(3)
            title = self.typesetter.shorten(deck.title[lang], room, fonts.small, FOOTER_SIZE)
            elements.append(TextLine(SAFE, footer_y, title, fonts.small, FOOTER_SIZE, MUTED))
        return Face(self.width, self.height, tuple(elements))

    def back(self, deck: Deck, category_id: str | None, lang: str) -> Face:
        """The back shared by every card of `deck` in this category: title and category on its colour.

        With a brand, every back carries the practice instead: logo, name and tagline on the brand's colour.
        """
        if self.brand is not None:
            return self._branded_back(deck, category_id, lang, self.brand)
        fonts = self.fonts
        category = deck.category(category_id)
        color = category.color if category else NEUTRAL
        elements, ink = self._back_panel(color)
        width = self.width - 2 * BACK_TEXT_INSET
        title = self.typesetter.fit(
            deck.title[lang],
            width,
            self.height * 0.45,
            fonts.label,
            lang,
            self.size.text_pt,
            MIN_SIZE,
            balance=True,
        )
        if title is None:
            title = Fitted(
                MIN_SIZE,
                MIN_SIZE * 1.28,
                (self.typesetter.shorten(deck.title[lang], width, fonts.label, MIN_SIZE),),
            )
        under: Fitted | None = None
        if category:
            name = self.typesetter.shorten(category.name[lang].upper(), width, fonts.small, LABEL_SIZE)
            under = Fitted(LABEL_SIZE, LABEL_SIZE * 1.28, (name,))
        rule_gap = mm(3)
        block = title.height + (2 * rule_gap + under.height if under else 0.0)
        top = self.height / 2 + block / 2
        centre = self.width / 2
        elements.extend(_lines(title, centre, top, fonts.label, ink, "center"))
        if under:
            rule_y = top - title.height - rule_gap
            elements.append(Shape(Rect(centre - mm(5), rule_y, mm(10), 0), stroke=ink, line_width=0.6))
            elements.extend(_lines(under, centre, rule_y - rule_gap, fonts.small, ink, "center"))
        return Face(self.width, self.height, tuple(elements))

    def _back_panel(self, color: str) -> tuple[list[Element], str]:
        """A back's coloured panel, set in from the cut edge, with a thin frame; and the ink that reads on it."""
        ink = text_on(color)
        panel = Rect(BACK_INSET, BACK_INSET, self.width - 2 * BACK_INSET, self.height - 2 * BACK_INSET)
        frame = Rect(
            BACK_FRAME_INSET,
            BACK_FRAME_INSET,
            self.width - 2 * BACK_FRAME_INSET,
            self.height - 2 * BACK_FRAME_INSET,
        )
        return [
            Shape(panel, fill=color, radius=BACK_RADIUS),
            Shape(frame, stroke=ink, radius=BACK_RADIUS - mm(1), line_width=0.6),
        ], ink

    def brand_name(self, brand: Brand, lang: str) -> Fitted | None:
        """The practice name fitted to a back (at most two lines); None if it does not fit at the minimum size."""
        width = self.width - 2 * BACK_TEXT_INSET
        fitted = self.typesetter.fit(
            brand.name, width, self.height * 0.3, brand.font_bold, lang, self.size.text_pt - 2, MIN_SIZE, balance=True
        )
        return fitted if fitted and len(fitted.lines) <= 2 else None

    def _branded_back(self, deck: Deck, category_id: str | None, lang: str, brand: Brand) -> Face:
        fonts = self.fonts
        color = brand.primary
        elements, ink = self._back_panel(color)
        width = self.width - 2 * BACK_TEXT_INSET
        name = self.brand_name(brand, lang) or Fitted(
            MIN_SIZE, MIN_SIZE * 1.28, (self.typesetter.shorten(brand.name, width, brand.font_bold, MIN_SIZE),)
        )
        tagline: Fitted | None = None
        if brand.tagline:
            lines = self.typesetter.wrap(brand.tagline, width, brand.font, BRAND_TAGLINE_SIZE, lang, eager=False)
            if lines and len(lines) <= 2:
                tagline = Fitted(BRAND_TAGLINE_SIZE, BRAND_TAGLINE_SIZE * 1.25, tuple(lines))
        badge = 0.0
        if brand.logo is not None:
            badge = min(self.width * 0.46, self.height * 0.3)
        gap = mm(3)
        block = (badge + gap if badge else 0.0) + name.height + (mm(2) + tagline.height if tagline else 0.0)
        centre = self.width / 2
        top = self.height * 0.55 + block / 2
        if badge and brand.logo is not None:
            box = Rect(centre - badge / 2, top - badge, badge, badge)
            elements.append(Shape(box, fill=WHITE, radius=badge * 0.18))
            room = badge * 0.76
            logo_w, logo_h = (
                (room, room / brand.logo.aspect) if brand.logo.aspect >= 1 else (room * brand.logo.aspect, room)
            )
            elements.append(
                Picture(Rect(centre - logo_w / 2, box.y + (badge - logo_h) / 2, logo_w, logo_h), str(brand.logo.path))
            )
            top -= badge + gap
        elements.extend(_lines(name, centre, top, brand.font_bold, ink, "center"))
        top -= name.height
        if tagline:
            elements.extend(_lines(tagline, centre, top - mm(2), brand.font, ink, "center"))
        category = deck.category(category_id)
        label = deck.title[lang] + (f" · {category.name[lang]}" if category else "")
        label = self.typesetter.shorten(label, width, fonts.small, BRAND_LABEL_SIZE)
        baseline = BACK_FRAME_INSET + mm(2.5) + DESCENT * BRAND_LABEL_SIZE
        elements.append(TextLine(centre, baseline, label, fonts.small, BRAND_LABEL_SIZE, ink, "center"))
        return Face(self.width, self.height, tuple(elements))


def printed_cards(deck: Deck) -> tuple[Card, ...]:
    """The cards of a deck as printed: its own, plus an about card for the credit when it has no instruction card."""
    if deck.credit is None or any(card.kind == "instruction" for card in deck.cards):
        return deck.cards
    about = deck.description or deck.title
    first_category = deck.categories[0].id if deck.categories else None
    extra = Card(f"{deck.id}-about", about, 0, first_category, None, "instruction")
    return (extra, *deck.cards)


def credit_card(cards: Sequence[Card]) -> Card | None:
    """The printed card that carries the deck's credit: its first instruction card."""
    return next((card for card in cards if card.kind == "instruction"), None)


def credit_on(deck: Deck, card: Card, carrier: Card | None, lang: str) -> str | None:
    """The credit text printed under `card`: the deck's credit on its carrier card, nothing elsewhere."""
    return deck.credit[lang] if deck.credit and card is carrier else None


def fit_problems(deck: Deck, designer: CardDesigner, languages: tuple[str, ...] | None = None) -> list[Problem]:
    """Every card of `deck` whose text does not fit the designer's card format at the minimum size."""
    problems: list[Problem] = []
    cards = printed_cards(deck)
    carrier = credit_card(cards)
    file = str(deck.path) if deck.path else deck.id
    for card in cards:
        for lang in languages or deck.languages:
            credit = credit_on(deck, card, carrier, lang)
            try:
                designer.fit_text(deck, card, lang, credit)
            except CardTooFull as full:
                where = f"cards[{card.number - 1}].text" if card.number else "credit"
                what = "the credit under it" if full.what == "credit" else f"the '{lang}' text"
                problems.append(
                    Problem(
                        file,
                        card.line,
                        where,
                        (
                            f"card '{card.id}': {what} does not fit a {designer.size.name} card "
                            f"even at {MIN_SIZE:g} pt; "
                            "shorten it, split it over two cards, or use a larger card (--card tarot)"
                        ),
                    )
                )
                break
    return problems
