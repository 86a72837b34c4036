"""The command line. Commands stay thin and import the drawing code only when they draw."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from deckgen import __version__
from deckgen.errors import Problem, ValidationError

CARD_CHOICES = ("poker", "bridge", "tarot", "mini", "square")
PAPER_CHOICES = ("a4", "letter")

paper_option = click.option(
    "--paper",
    type=click.Choice(PAPER_CHOICES, case_sensitive=False),
    default="a4",
    show_default=True,
    help="Paper size.",
)
card_option = click.option(
    "--card",
    type=click.Choice(CARD_CHOICES, case_sensitive=False),
    default="poker",
    show_default=True,
    help="Card size: poker 63x88, bridge 57x89, tarot 70x120, mini 44x68, square 70x70 mm.",
)
lang_option = click.option("--lang", metavar="LANG", help="Language to print (default: each deck's first).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
brand_option = click.option(
    "--brand",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="FILE",
    help="A brand file (YAML): the practice's name, logo, colours and contact on what is printed.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="deckgen")
def main() -> None:
    """deckgen: turn YAML card decks into printable card sheets and session booklets.

    DECK is the id of a bundled deck (see `deckgen list`) or the path to a deck's YAML file.
    """


# -- helpers -----------------------------------------------------------------------------------------------------


def load_decks(names: tuple[str, ...] | list[str]) -> list[Any]:
    """Load decks named on the command line; every problem in every deck is reported at once."""
    from deckgen.decks import deck_files, display_path, find_deck, load_deck

    decks = []
    problems: list[Problem] = []
    for name in names:
        path = find_deck(name)
        if path is None:
            known = ", ".join(sorted({p.stem for p in deck_files()}))
            raise click.BadParameter(
                f"no deck '{name}'; known decks: {known}; or give the path to a .yaml file",
                param_hint="DECK",
            )
        try:
            decks.append(load_deck(path, display_path(path)))
        except ValidationError as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    return decks


def deck_language(deck: Any, lang: str | None) -> str:
    """The language to print a deck in: the one asked for, which the deck must have, or its first."""
    if lang is None:
        return deck.languages[0]
    if lang not in deck.languages:
        raise click.BadParameter(
            f"the deck '{deck.id}' has no '{lang}'; it has {', '.join(deck.languages)}", param_hint="--lang"
        )
    return lang


def common_language(decks: list[Any], lang: str | None) -> str:
    """One language for a booklet or handout of several decks: the one asked for, or the first deck's first."""
    chosen = lang or decks[0].languages[0]
    for deck in decks:
        deck_language(deck, chosen)
    return chosen


def load_brand_file(path: Path | None) -> Any:
    """The brand from --brand, its warnings printed on standard error; None without --brand."""
    if path is None:
        return None
    from deckgen.brand import load_brand
    from deckgen.decks import display_path

    brand, warnings = load_brand(path, display_path(path))
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)
    return brand


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int], Callable[[int], None]]]:
    """A progress bar on a terminal, silence otherwise (pipes, CI, tests)."""
    bars: list[Any] = []

    def start(total: int) -> Callable[[int], None]:
        if not sys.stderr.isatty():
            return lambda _n: None
        bar = click.progressbar(length=total, label=label, file=sys.stderr)
        bar.__enter__()
        bars.append(bar)
        return bar.update

    try:
        yield start
    finally:
        for bar in bars:
            bar.__exit__(None, None, None)


# -- commands ----------------------------------------------------------------------------------------------------


@main.command("list")
@json_option
def list_decks(as_json: bool) -> None:
    """List the bundled decks (and ./decks/*.yaml of the project you are in)."""
    from deckgen.decks import deck_files, display_path, load_deck

    rows = []
    for path in deck_files():
        shown = display_path(path)
        try:
            deck = load_deck(path, shown)
        except ValidationError as error:
            rows.append(
                {
                    "id": path.stem,
                    "title": None,
                    "languages": [],
                    "cards": 0,
                    "path": shown,
                    "audience": None,
                    "problems": len(error.problems),
                }
            )
            continue
        rows.append(
            {
                "id": deck.id,
                "title": deck.title[deck.languages[0]],
                "languages": list(deck.languages),
                "cards": len(deck.cards),
                "path": shown,
                "audience": deck.audience,
                "problems": 0,
            }
        )
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        if row["problems"]:
            click.echo(f"{row['id']:<20} has problems: run `deckgen validate {row['path']}`   {row['path']}")
            continue
        adults = "  [adults]" if row["audience"] == "adults" else ""
        click.echo(
            f"{row['id']:<20} {row['title']:<36} {','.join(row['languages']):<7} "
            f"{row['cards']:>3} cards{adults}   {row['path']}"
        )


@main.command()
@click.argument("decks", nargs=-1, required=True, metavar="DECK...")
@card_option
def validate(decks: tuple[str, ...], card: str) -> None:
    """Check decks: every problem is printed with its file and line; exit 1 if there are any."""
    from deckgen.build import designer_for, printable_problems

    loaded = load_decks(decks)
    designer = designer_for(card.lower())
    problems = [p for deck in loaded for p in printable_problems(deck, designer, deck.languages)]
    if problems:
        raise ValidationError(problems)
    for deck in loaded:
        click.echo(f"ok: {deck.path} ({len(deck.cards)} cards, {', '.join(deck.languages)})")


@main.command()
@click.argument("deck", metavar="DECK")
@json_option
def show(deck: str, as_json: bool) -> None:
    """Show a deck as deckgen reads it."""
    (loaded,) = load_decks([deck])
    if as_json:
        click.echo(json.dumps(loaded.to_json(), ensure_ascii=False, indent=2))
        return
    lang = loaded.languages[0]
    click.echo(f"{loaded.title[lang]}  ({loaded.id}, {loaded.path})")
    click.echo(f"languages: {', '.join(loaded.languages)}   audience: {loaded.audience}")
    if loaded.credit:
        click.echo(f"credit: {loaded.credit[lang]}")
    for category in loaded.categories:
        count = sum(1 for c in loaded.cards if c.category == category.id)
        click.echo(f"  {category.id:<16} {category.name[lang]:<28} {category.color}  {count} cards")
    kinds: dict[str, int] = {}
    for c in loaded.cards:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    click.echo(f"{len(loaded.cards)} cards: " + ", ".join(f"{n} {k}" for k, n in kinds.items()))
    for c in loaded.cards:
        level = f"L{c.level}" if c.level is not None else "  "
        click.echo(f"  {c.id:<16} {level} {c.kind:<11} {c.text[lang]}")


@main.command()
@click.argument("decks", nargs=-1, metavar="[DECK...]")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("output"),
    show_default=True,
    help="A folder for one <deck id>.pdf per deck, or one file ending in .pdf for all decks.",
)
@paper_option
@card_option
@lang_option
@click.option("--no-adults", is_flag=True, help="Leave out decks marked `audience: adults`.")
@click.option(
    "--duplex",
    type=click.Choice(("long", "short", "off"), case_sensitive=False),
    default="long",
    show_default=True,
    help="Backs for flipping on the long edge, the short edge, or no backs.",
)
@brand_option
def build(
    decks: tuple[str, ...],
    output: Path,
    paper: str,
    card: str,
    lang: str | None,
    no_adults: bool,
    duplex: str,
    brand: Path | None,
) -> None:
    """Build print-ready card sheets (every bundled deck when no DECK is given)."""
    from deckgen.build import SheetOptions, build_card_sheets
    from deckgen.decks import bundled_deck_files, display_path

    names = list(decks) or [str(path) for path in bundled_deck_files()]
    loaded = [deck for deck in load_decks(names) if not (no_adults and deck.audience == "adults")]
    if not loaded:
        raise click.UsageError("every deck named is for adults and --no-adults leaves them out")
    chosen = [(deck, deck_language(deck, lang)) for deck in loaded]
    options = SheetOptions(paper=paper.lower(), card=card.lower(), duplex=duplex.lower(), brand=load_brand_file(brand))
    with progress_bar("Drawing cards") as progress:
        written = build_card_sheets(chosen, output, options, progress)
    for path in written:
        click.echo(f"wrote {display_path(path)}")


@main.command()
@click.argument("decks", nargs=-1, metavar="[DECK...]")
@click.option(
    "-n",
    "--cards",
    type=click.IntRange(1, 200),
    default=12,
    show_default=True,
    metavar="N",
    help="Cards in each booklet.",
)
@click.option(
    "--seed",
    type=click.IntRange(0, 10**12),
    metavar="S",
    help="Makes the draw repeatable: the same seed and options give the same booklet. Printed when not given.",
)
@click.option(
    "--sessions",
    type=click.IntRange(1, 50),
    default=1,
    show_default=True,
    metavar="K",
    help="A program of K booklets (FILE-1.pdf .. FILE-K.pdf) with no card twice.",
)
@click.option(
    "--level", "levels", type=click.IntRange(0), multiple=True, metavar="L", help="Only cards of level L (repeatable)."
)
@click.option(
    "--category", "categories", multiple=True, metavar="C", help="Only cards of category C (an id; repeatable)."
)
@click.option(
    "--per-page",
    type=click.IntRange(1, 2),
    default=2,
    show_default=True,
    metavar="1|2",
    help="Cards on each booklet page, each with ruled lines to write on.",
)
@click.option(
    "--imposition",
    type=click.Choice(("saddle", "none"), case_sensitive=False),
    default="saddle",
    show_default=True,
    help="saddle: two pages a sheet, to fold and staple; none: one page a sheet, in reading order.",
)
@paper_option
@click.option("--lang", metavar="LANG", help="Language of the booklet (default: the first deck's first).")
@brand_option
@click.option("--title", help="The booklet's title (default: 'An evening together' in the booklet's language).")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="A file ending in .pdf, or a folder  [default: output/session-<seed>.pdf]",
)
def session(
    decks: tuple[str, ...],
    cards: int,
    seed: int | None,
    sessions: int,
    levels: tuple[int, ...],
    categories: tuple[str, ...],
    per_page: int,
    imposition: str,
    paper: str,
    lang: str | None,
    brand: Path | None,
    title: str | None,
    output: Path | None,
) -> None:
    """Make a booklet of cards drawn for an evening together, to fold from A4 or Letter.

    Without DECK, cards come from every bundled deck but the ones for adults. Cards come in rising level,
    balanced between the decks and their categories. The seed is printed, so the same booklet can be made again.
    """
    import shlex

    from deckgen.decks import bundled_deck_files, display_path
    from deckgen.select import new_seed
    from deckgen.session import SessionOptions, build_sessions

    if title is not None and not title.strip():
        raise click.BadParameter("the title is empty; give a few words or leave --title out", param_hint="--title")
    if decks:
        loaded = load_decks(decks)
    else:
        loaded = [deck for deck in load_decks([str(p) for p in bundled_deck_files()]) if deck.audience != "adults"]
    booklet_lang = common_language(loaded, lang)
    options = SessionOptions(
        cards=cards,
        sessions=sessions,
        levels=tuple(levels),
        categories=tuple(categories),
        imposition=imposition.lower(),
        paper=paper.lower(),
        per_page=per_page,
        title=title.strip() if title else None,
        brand=load_brand_file(brand),
    )
    if seed is None:
        seed = new_seed()
    command = ["deckgen", "session", *decks]
    if cards != 12:
        command += ["--cards", str(cards)]
    if sessions != 1:
        command += ["--sessions", str(sessions)]
    for level in levels:
        command += ["--level", str(level)]
    for category in categories:
        command += ["--category", category]
    if per_page != 2:
        command += ["--per-page", str(per_page)]
    if options.imposition != "saddle":
        command += ["--imposition", options.imposition]
    if options.paper != "a4":
        command += ["--paper", options.paper]
    if lang:
        command += ["--lang", lang]
    if options.title:
        command += ["--title", options.title]
    if brand is not None:
        command += ["--brand", str(brand)]
    command += ["--seed", str(seed)]
    written = build_sessions(loaded, booklet_lang, options, seed, output, shlex.join(command))
    click.echo(f"seed {seed}")
    for path in written:
        click.echo(f"wrote {display_path(path)}")


@main.command()
@click.argument("decks", nargs=-1, required=True, metavar="DECK...")
@brand_option
@click.option("-n", "--cards", type=click.IntRange(1, 200), metavar="N", help="Draw N prompts instead of taking all.")
@click.option("--seed", type=click.IntRange(0, 10**12), metavar="S", help="With --cards: the draw to repeat.")
@click.option(
    "--ids",
    "ids",
    multiple=True,
    metavar="ID,...",
    help="These cards, in this order (ids as in `deckgen show DECK`; repeat or separate with commas).",
)
@click.option("--client", metavar="NAME", help="The client's name on the first page (default: a line to fill in).")
@click.option(
    "--date", "date_", metavar="DATE", help="The date on the first page: YYYY-MM-DD or any text (default: a line)."
)
@lang_option
@paper_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="A file ending in .pdf, or a folder  [default: output/handout-<deck ids>.pdf]",
)
def handout(
    decks: tuple[str, ...],
    brand: Path | None,
    cards: int | None,
    seed: int | None,
    ids: tuple[str, ...],
    client: str | None,
    date_: str | None,
    lang: str | None,
    paper: str,
    output: Path | None,
) -> None:
    """Make a worksheet for a client: the decks' prompts, each with lines to write on.

    Takes every prompt of the decks, N drawn at random (--cards, with --seed to repeat), or the cards named
    (--ids). With --brand, each page carries the practice's logo, name and contact.
    """
    from deckgen.decks import display_path
    from deckgen.handout import HandoutOptions, build_handout
    from deckgen.select import new_seed

    card_ids = tuple(part.strip() for value in ids for part in value.split(",") if part.strip())
    if ids and not card_ids:
        raise click.BadParameter("no card ids given; write them like --ids aron-01,aron-02", param_hint="--ids")
    if card_ids and cards is not None:
        raise click.UsageError("use either --cards (a random draw) or --ids (the cards you name), not both")
    if seed is not None and cards is None:
        raise click.UsageError("--seed goes with --cards: add --cards N to draw N prompts")
    if client is not None and not client.strip():
        raise click.BadParameter("the name is empty; give a name or leave --client out", param_hint="--client")
    loaded = load_decks(decks)
    handout_lang = common_language(loaded, lang)
    if cards is not None and seed is None:
        seed = new_seed()
    options = HandoutOptions(
        cards=cards,
        seed=seed,
        ids=card_ids,
        client=client,
        date=date_,
        paper=paper.lower(),
        brand=load_brand_file(brand),
    )
    written = build_handout(loaded, handout_lang, options, output)
    if cards is not None:
        click.echo(f"seed {seed}")
    click.echo(f"wrote {display_path(written)}")
