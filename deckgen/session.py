"""Session booklets from decks: checks the request, draws the cards, lays out the pages, renders and writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import click

from deckgen.decks import suggest
from deckgen.errors import Problem, ValidationError
from deckgen.layout.booklet import (
    BookletDesigner,
    BookletText,
    DeckRules,
    Prompt,
    PromptTooLong,
    impose,
)
from deckgen.layout.sizes import BOOKLET_PAGES, PAPERS
from deckgen.layout.text import Typesetter
from deckgen.model import NEUTRAL, Brand, Deck
from deckgen.select import NotEnoughCards, Pick, draw_sessions, prompt_pool
from deckgen.words import word
from deckgen.write import atomic_files, pdf_target, refuse_inputs

DEFAULT_CARDS = 12


@dataclass(frozen=True)
class SessionOptions:
    """What to draw and how to print it."""

    cards: int = DEFAULT_CARDS
    sessions: int = 1
    levels: tuple[int, ...] = ()
    categories: tuple[str, ...] = ()
    imposition: str = "saddle"
    paper: str = "a4"
    per_page: int = 2
    title: str | None = None
    brand: Brand | None = None


def check_filters(decks: Sequence[Deck], options: SessionOptions) -> None:
    """Usage mistakes in --category and --level, named with what the decks do have."""
    prompts = [card for deck in decks for card in deck.cards if card.kind != "instruction"]
    known = sorted({card.category for card in prompts if card.category})
    for category in options.categories:
        if category not in known:
            raise click.BadParameter(
                f"no category '{category}' in these decks; {suggest(category, known)}", param_hint="--category"
            )
    levels = sorted({card.level for card in prompts if card.level is not None})
    for level in options.levels:
        if level not in levels:
            have = ", ".join(str(n) for n in levels) if levels else "none (no card has a level)"
            raise click.BadParameter(f"no card has level {level}; levels in these decks: {have}", param_hint="--level")


def draw(decks: Sequence[Deck], options: SessionOptions, seed: int) -> list[list[Pick]]:
    """The program's sessions; too few cards is a usage mistake that says how many there are."""
    pool = prompt_pool(decks, options.levels, options.categories)
    try:
        return draw_sessions(pool, options.cards, options.sessions, seed)
    except NotEnoughCards as error:
        raise click.UsageError(
            f"{error}; ask for fewer (--cards, --sessions), loosen the filters or add a deck"
        ) from None


def session_targets(output: Path | None, seed: int, sessions: int) -> list[Path]:
    """The files to write: FILE.pdf, or FILE-1.pdf .. FILE-K.pdf for a program; a folder gets session-<seed>."""
    output = pdf_target(output or Path("output"), f"session-{seed}.pdf")
    if sessions == 1:
        return [output]
    return [output.with_name(f"{output.stem}-{number}{output.suffix}") for number in range(1, sessions + 1)]


def _accent(decks: Sequence[Deck]) -> str:
    """The cover colour: the first deck's first category that has cards to draw."""
    for deck in decks:
        for category in deck.categories:
            if any(card.category == category.id and card.kind != "instruction" for card in deck.cards):
                return category.color
    return NEUTRAL


def prompt_of(pick: Pick, lang: str, several_decks: bool) -> Prompt:
    """A drawn card as a booklet or handout shows it: its text, labelled with its category (and deck)."""
    deck, card = pick.deck, pick.card
    category = deck.category(card.category)
    parts = [category.name[lang] if category else deck.title[lang]]
    if card.kind == "activity":
        parts.append(word(lang, "kind.activity"))
    if several_decks and category:
        parts.append(deck.title[lang])
    return Prompt(card.text[lang], " · ".join(parts), category.color if category else NEUTRAL)


def booklet_texts(
    decks: Sequence[Deck], lang: str, program: list[list[Pick]], options: SessionOptions, seed: int, command: str
) -> list[BookletText]:
    """What each booklet of the program says."""
    rules = tuple(
        DeckRules(deck.title[lang], tuple(card.text[lang] for card in deck.cards if card.kind == "instruction"))
        for deck in decks
    )
    title = options.title or word(lang, "booklet.title")
    accent = options.brand.primary if options.brand else _accent(decks)
    return [
        BookletText(
            lang=lang,
            title=title,
            session=number,
            sessions=len(program),
            decks=rules,
            prompts=tuple(prompt_of(pick, lang, len(decks) > 1) for pick in session),
            seed=seed,
            command=command,
            accent=accent,
            brand=options.brand,
        )
        for number, session in enumerate(program, start=1)
    ]


def designer_for(paper: str, brand: Brand | None = None) -> BookletDesigner:
    from deckgen.render.fonts import measure

    return BookletDesigner(BOOKLET_PAGES[paper], Typesetter(measure), branded=brand is not None)


def booklet_problems(
    decks: Sequence[Deck],
    lang: str,
    program: list[list[Pick]],
    texts: list[BookletText],
    designer: BookletDesigner,
    options: SessionOptions,
) -> list[Problem]:
    """Everything that would stop the booklets printing: missing glyphs, a prompt too long for its page."""
    from deckgen.build import glyph_problems
    from deckgen.render.fonts import no_glyph

    problems = [problem for deck in decks for problem in glyph_problems(deck, (lang,))]
    lacking = no_glyph(options.title or "", designer.fonts.title)
    if lacking:
        raise click.BadParameter(f"{lacking}; leave these characters out", param_hint="--title")
    for session, text in zip(program, texts, strict=True):
        for pick, prompt in zip(session, text.prompts, strict=True):
            try:
                designer.fit_prompt(prompt, options.per_page, lang)
            except PromptTooLong:
                card = pick.card
                problems.append(
                    Problem(
                        str(pick.deck.path) if pick.deck.path else pick.deck.id,
                        card.line,
                        f"cards[{card.number - 1}].text",
                        f"card '{card.id}' is too long for a booklet page"
                        + (
                            " shared by two cards; use --per-page 1 or shorten it"
                            if options.per_page > 1
                            else "; shorten it"
                        ),
                    )
                )
    return problems


def build_sessions(
    decks: Sequence[Deck],
    lang: str,
    options: SessionOptions,
    seed: int,
    output: Path | None,
    command: str,
) -> list[Path]:
    """Write one booklet per session of the program; nothing is written unless all of them can be."""
    from deckgen.render.booklet import render_booklet
    from deckgen.render.fonts import DEFAULT_FONT

    targets = session_targets(output, seed, options.sessions)
    inputs = [deck.path for deck in decks if deck.path]
    for target in targets:
        refuse_inputs(target, inputs)
    check_filters(decks, options)
    program = draw(decks, options, seed)
    designer = designer_for(options.paper, options.brand)
    texts = booklet_texts(decks, lang, program, options, seed, command)
    problems = booklet_problems(decks, lang, program, texts, designer, options)
    if problems:
        raise ValidationError(problems)
    booklets = [designer.pages(text, options.per_page) for text in texts]
    duplex = "short" if options.imposition == "saddle" else "off"
    with atomic_files(targets) as temporaries:
        for temporary, text, pages in zip(temporaries, texts, booklets, strict=True):
            sides = impose(
                len(pages),
                designer.page,
                PAPERS[options.paper],
                options.imposition,
                designer.typesetter,
                lang,
                DEFAULT_FONT,
            )
            title = text.title
            if text.sessions > 1:
                title += f" ({word(lang, 'booklet.session', number=text.session, total=text.sessions).lower()})"
            render_booklet(temporary, pages, sides, title, duplex)
    return targets
