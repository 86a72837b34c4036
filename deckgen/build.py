"""Card sheets from decks: checks everything, lays out, then renders and writes atomically."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from deckgen.errors import Problem, ValidationError
from deckgen.layout.card import CardDesigner, CardFonts, credit_card, fit_problems, printed_cards
from deckgen.layout.note import margin_note
from deckgen.layout.sheet import crop_marks, grid_for, note_slots
from deckgen.layout.sizes import CARDS, PAPERS
from deckgen.layout.text import MIN_SIZE, Typesetter
from deckgen.model import Brand, Deck
from deckgen.write import atomic_file, is_folder_target, refuse_inputs


@dataclass(frozen=True)
class SheetOptions:
    """How to print: paper, card format, duplex mode; languages chosen per deck."""

    paper: str = "a4"
    card: str = "poker"
    duplex: str = "long"
    brand: Brand | None = None


def designer_for(card: str, brand: Brand | None = None) -> CardDesigner:
    """A card designer measuring with the bundled fonts (and the brand's)."""
    from deckgen.render.fonts import measure

    return CardDesigner(CARDS[card], Typesetter(measure), brand=brand)


def brand_back_problems(brand: Brand, designer: CardDesigner, languages: Sequence[str]) -> list[Problem]:
    """The practice name must fit a card back of this format."""
    file = str(brand.path) if brand.path else "brand"
    if all(designer.brand_name(brand, lang) for lang in languages):
        return []
    return [
        Problem(
            file,
            None,
            "name",
            f"the name does not fit on the back of a {designer.size.name} card, even at {MIN_SIZE:g} pt on two "
            "lines; shorten it or use a larger card (--card poker or tarot)",
        )
    ]


def glyph_problems(deck: Deck, languages: Sequence[str], fonts: CardFonts | None = None) -> list[Problem]:
    """Characters in the deck's texts that the fonts cannot print."""
    from deckgen.render.fonts import no_glyph

    fonts = fonts or CardFonts()
    file = str(deck.path) if deck.path else deck.id
    problems: list[Problem] = []
    font_names = (fonts.body, fonts.prose, fonts.label)

    def check(text: str, line: int | None, where: str) -> None:
        lacking = no_glyph(text, *font_names)
        if lacking:
            problems.append(Problem(file, line, where, f"{lacking}; replace or remove these characters"))

    for lang in languages:
        check(deck.title[lang], None, "title")
        if deck.credit:
            check(deck.credit[lang], None, "credit")
        if deck.description:
            check(deck.description[lang], None, "description")
        for category in deck.categories:
            check(category.name[lang], None, f"categories.{category.id}.name")
        for card in deck.cards:
            check(card.text[lang], card.line, f"cards[{card.number - 1}].text")
    return problems


def printable_problems(deck: Deck, designer: CardDesigner, languages: Sequence[str]) -> list[Problem]:
    """Everything that would stop this deck printing on the designer's card format."""
    return glyph_problems(deck, languages) + fit_problems(deck, designer, tuple(languages))


def build_card_sheets(
    decks: Sequence[tuple[Deck, str]],
    output: Path,
    options: SheetOptions,
    progress: Callable[[int], Callable[[int], None]] | None = None,
) -> list[Path]:
    """Write card sheets for each (deck, language). `output` is one .pdf for all, or a folder of <id>.pdf.

    Nothing is written unless every deck is printable.
    """
    from deckgen.render.sheets import DeckSheets, render_card_sheets

    inputs = [deck.path for deck, _lang in decks if deck.path]
    refuse_inputs(output, inputs)
    folder = is_folder_target(output)
    if folder:
        for deck, _lang in decks:
            refuse_inputs(output / f"{deck.id}.pdf", inputs)

    designer = designer_for(options.card, options.brand)
    problems = [p for deck, lang in decks for p in printable_problems(deck, designer, (lang,))]
    if options.brand is not None and options.duplex != "off":
        problems += brand_back_problems(options.brand, designer, sorted({lang for _deck, lang in decks}))
    if problems:
        raise ValidationError(problems)

    grid = grid_for(PAPERS[options.paper], CARDS[options.card])
    marks = crop_marks(grid)
    slots = note_slots(grid)
    notes = {
        lang: margin_note(slots, lang, options.duplex, designer.typesetter, designer.fonts.small)
        for lang in {lang for _deck, lang in decks}
    }
    jobs = []
    for deck, lang in decks:
        cards = printed_cards(deck)
        jobs.append(DeckSheets(deck, lang, cards, credit_card(cards)))
    groups = [(output / f"{job.deck.id}.pdf", [job]) for job in jobs] if folder else [(output, jobs)]

    written: list[Path] = []
    for target, group in groups:
        title = group[0].deck.title[group[0].lang] if len(group) == 1 else "deckgen cards"
        count = sum(len(job.cards) for job in group)
        tick = progress(count) if progress else (lambda _n: None)
        with atomic_file(target) as temporary:
            render_card_sheets(temporary, group, grid, designer, options.duplex, marks, notes, title, tick)
        written.append(target)
    return written
