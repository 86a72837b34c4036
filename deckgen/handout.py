"""Therapist handouts from decks: choosing the prompts, checking the request, laying out, rendering, writing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click

from deckgen.decks import suggest
from deckgen.errors import ValidationError
from deckgen.layout.booklet import single_pages
from deckgen.layout.handout import HandoutDesigner, HandoutSection, HandoutText
from deckgen.layout.sizes import PAPERS
from deckgen.layout.text import Typesetter
from deckgen.model import Brand, Deck
from deckgen.select import NotEnoughCards, Pick, draw_sessions, prompt_pool
from deckgen.session import prompt_of
from deckgen.words import long_date
from deckgen.write import atomic_file, pdf_target, refuse_inputs

_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


@dataclass(frozen=True)
class HandoutOptions:
    """Which prompts, for whom, on what paper."""

    cards: int | None = None
    seed: int | None = None
    ids: tuple[str, ...] = ()
    client: str | None = None
    date: str | None = None
    paper: str = "a4"
    brand: Brand | None = None


def chosen(decks: Sequence[Deck], options: HandoutOptions) -> list[Pick]:
    """The prompts on the handout: the ids asked for in that order, a seeded draw of N, or every prompt."""
    if options.ids:
        by_id: dict[str, Pick] = {}
        for deck in decks:
            for card in deck.cards:
                by_id.setdefault(card.id, Pick(deck, card))
        picks = []
        for card_id in options.ids:
            pick = by_id.get(card_id)
            if pick is None:
                prompts = [key for key, value in by_id.items() if value.card.kind != "instruction"]
                hint = suggest(card_id, prompts) if len(prompts) < 60 else "see `deckgen show DECK` for the ids"
                raise click.BadParameter(f"no card '{card_id}' in these decks; {hint}", param_hint="--ids")
            if pick.card.kind == "instruction":
                raise click.BadParameter(
                    f"'{card_id}' is an instruction card; a handout takes questions and activities",
                    param_hint="--ids",
                )
            if pick in picks:
                raise click.BadParameter(f"'{card_id}' is asked for twice; name each card once", param_hint="--ids")
            picks.append(pick)
        return picks
    pool = prompt_pool(decks)
    if options.cards is None:
        return pool
    try:
        (drawn,) = draw_sessions(pool, options.cards, 1, options.seed or 0)
    except NotEnoughCards as error:
        raise click.UsageError(f"{error}; ask for fewer with --cards") from None
    return drawn


def date_text(value: str | None, lang: str) -> str | None:
    """The date as printed: 2026-11-21 in words in the handout's language, any other text as given."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        raise click.BadParameter("the date is empty; give a date such as 2026-11-21, or leave --date out")
    if _ISO_DATE.match(value):
        try:
            return long_date(date(*(int(part) for part in value.split("-"))), lang)
        except ValueError:
            raise click.BadParameter(f"'{value}' is not a date in the calendar; write it as YYYY-MM-DD") from None
    return value


def handout_text(decks: Sequence[Deck], lang: str, picks: list[Pick], options: HandoutOptions) -> HandoutText:
    sections = []
    for deck in decks:
        prompts = tuple(prompt_of(pick, lang, len(decks) > 1) for pick in picks if pick.deck is deck)
        if not prompts:
            continue
        intro = deck.description[lang] if deck.description else None
        sections.append(HandoutSection(deck.title[lang], intro, prompts))
    client = " ".join(options.client.split()) if options.client else None
    return HandoutText(lang, tuple(sections), client or None, date_text(options.date, lang), options.brand)


def default_name(decks: Sequence[Deck], options: HandoutOptions) -> str:
    """handout-<deck ids>.pdf, with the seed of a draw."""
    name = "handout-" + "-".join(deck.id for deck in decks)
    if options.cards is not None:
        name += f"-{options.seed}"
    return f"{name}.pdf"


def build_handout(decks: Sequence[Deck], lang: str, options: HandoutOptions, output: Path | None) -> Path:
    """Write the handout; nothing is written unless it can all be drawn."""
    from deckgen.build import glyph_problems
    from deckgen.render.booklet import render_booklet
    from deckgen.render.fonts import measure, no_glyph

    target = pdf_target(output or Path("output"), default_name(decks, options))
    refuse_inputs(target, [deck.path for deck in decks if deck.path])
    for option, value in (("--client", options.client), ("--date", options.date)):
        lacking = no_glyph(value or "", "NotoSans")
        if lacking:
            raise click.BadParameter(f"{lacking}; leave these characters out", param_hint=option)
    picks = chosen(decks, options)
    problems = [problem for deck in decks for problem in glyph_problems(deck, (lang,))]
    if problems:
        raise ValidationError(problems)
    text = handout_text(decks, lang, picks, options)
    designer = HandoutDesigner(PAPERS[options.paper], Typesetter(measure))
    pages = designer.pages(text)
    sides = single_pages(len(pages), designer.paper)
    title = " · ".join(section.title for section in text.sections)
    if options.brand is not None:
        title += f" · {options.brand.name}"
    with atomic_file(target) as temporary:
        render_booklet(temporary, pages, sides, title, "off")
    return target
