"""The deck format: from a parsed YAML document to a validated Deck, and where decks are found.

Validation collects every problem in a file before it stops, each with its line and a way to fix it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from deckgen.errors import Problem, ValidationError
from deckgen.load import Document, KeyPath, read_yaml
from deckgen.model import AUDIENCES, KINDS, Card, Category, Deck, Text
from deckgen.resources import bundled_dir

DECK_KEYS = ("id", "title", "description", "languages", "credit", "audience", "categories", "cards")
CARD_KEYS = ("id", "text", "category", "level", "kind")
CATEGORY_KEYS = ("name", "color")

MAX_TEXT_CHARS = 1000
"""No card holds more; longer texts are refused before any fitting is tried."""
MAX_CARDS = 20_000
"""A deck larger than this is a generated mistake, not something to print."""

DEFAULT_COLORS = ("#3D5A80", "#9A4C95", "#2A7F62", "#B5523B", "#5C6B73", "#8C6A1C", "#30638E", "#7B2D26")
"""Colours for categories that name none: dark enough to carry white text."""

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}([-_][A-Za-z]{2})?$")
COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_DECK_SUFFIXES = (".yaml", ".yml")


def describe(value: Any, as_text: bool = True) -> str:
    """How a therapist editing YAML would call this value, with the fix where YAML surprised them.

    `as_text`: the value was meant to be text, so a number or date gets the hint to put it in quotes.
    """
    if isinstance(value, bool):
        word = "yes/true" if value else "no/false"
        return f"{word} (YAML reads unquoted yes, no, on, off as true/false; put the text in quotes)"
    if isinstance(value, int | float):
        return f"a number ({value}); put it in quotes if it is meant as text" if as_text else f"{value}"
    if value is None:
        return "nothing"
    if isinstance(value, date):
        return f"a date ({value}); put it in quotes if it is meant as text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of keys"
    return f"text ({value!r})"


def suggest(word: str, known: tuple[str, ...] | list[str]) -> str:
    """`; did you mean 'title'?` for a near miss, else the list of known words."""
    close = difflib.get_close_matches(str(word), known, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "known: " + ", ".join(known)


def slug(name: str) -> str:
    """A deck id from a file name: lower case, spaces to hyphens."""
    return re.sub(r"[^a-z0-9_.-]+", "-", name.lower()).strip("-") or "deck"


@dataclass
class Checker:
    """Walks one document, turning values into model parts and collecting problems."""

    doc: Document
    languages: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: KeyPath, message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def unknown_keys(self, mapping: dict[Any, Any], path: KeyPath, known: tuple[str, ...], what: str) -> None:
        for key in mapping:
            if key not in known:
                self.add((*path, key), f"unknown key '{key}' in {what}; {suggest(key, known)}")

    def entry(
        self, value: Any, path: KeyPath, shorthand: str, known: tuple[str, ...], what: str, expected: str
    ) -> dict[Any, Any] | None:
        """A mapping of `known` keys, or a plain text standing for `{shorthand: text}`; None (reported) if neither."""
        if isinstance(value, str):
            return {shorthand: value}
        if not isinstance(value, dict):
            self.add(path, f"expected {expected}, got {describe(value)}")
            return None
        self.unknown_keys(value, path, known, what)
        return value

    def text(self, value: Any, path: KeyPath, required: str) -> Text | None:
        """A text: one string for every language, or a mapping with each of the deck's languages."""
        if value is None:
            self.add(path, f"missing {required}; write it after the colon, in quotes")
            return None
        if isinstance(value, str):
            if not value.strip():
                self.add(path, f"the {required} is empty; write it in quotes")
                return None
            return self._long(dict.fromkeys(self.languages, value.strip()), path)
        if not isinstance(value, dict):
            self.add(path, f"expected text, got {describe(value)}")
            return None
        result: Text = {}
        for key, item in value.items():
            if key not in self.languages:
                hint = "; put the language code in quotes" if isinstance(key, bool) else ""
                self.add(
                    (*path, key),
                    f"'{key}' is not one of the deck's languages ({', '.join(self.languages)}); "
                    f"add it to languages or remove it{hint}",
                )
            elif not isinstance(item, str):
                self.add((*path, key), f"expected text, got {describe(item)}")
            elif not item.strip():
                self.add((*path, key), f"the {key} text is empty; write it in quotes")
            else:
                result[key] = item.strip()
        missing = [lang for lang in self.languages if lang not in value]
        for lang in missing:
            self.add(path, f"missing the '{lang}' translation; add `{lang}: \"...\"` under it")
        if missing or len(result) != len(self.languages):
            return None
        return self._long(result, path)

    def _long(self, text: Text, path: KeyPath) -> Text | None:
        for lang, item in text.items():
            if len(item) > MAX_TEXT_CHARS:
                self.add(
                    path,
                    f"the {lang} text has {len(item)} characters; no card holds more than "
                    f"{MAX_TEXT_CHARS}: shorten it or split it over two cards",
                )
                return None
        return text

    def ident(self, value: Any, path: KeyPath) -> str | None:
        if not isinstance(value, str):
            self.add(path, f"expected an id (text), got {describe(value)}")
            return None
        if not _ID.match(value):
            self.add(
                path,
                f"the id '{value}' may only use letters, digits, '-', '_' and '.'; for example 'my-deck-01'",
            )
            return None
        return value


def parse_deck(doc: Document, default_id: str) -> Deck:
    """Validate a parsed deck file. Raises ValidationError listing every problem found."""
    check = Checker(doc)
    data = doc.data
    if not isinstance(data, dict):
        raise ValidationError(
            [
                doc.problem(
                    (),
                    f"the top level must be a mapping with title, languages and cards; got {describe(data)}",
                )
            ]
        )
    check.unknown_keys(data, (), DECK_KEYS, "the deck")

    deck_id = default_id
    if "id" in data:
        deck_id = check.ident(data["id"], ("id",)) or default_id

    languages = _languages(check, data)
    check.languages = languages
    title = check.text(data.get("title"), ("title",), "title") if languages else None
    description = credit = None
    if languages and data.get("description") is not None:
        description = check.text(data["description"], ("description",), "description")
    if languages and data.get("credit") is not None:
        credit = check.text(data["credit"], ("credit",), "credit")

    audience = data.get("audience", "all")
    if audience not in AUDIENCES:
        check.add(("audience",), f"audience must be one of {', '.join(AUDIENCES)}; got {describe(audience)}")
        audience = "all"

    categories = _categories(check, data.get("categories")) if languages else ()
    cards = _cards(check, data, deck_id, categories) if languages else ()

    if check.problems:
        raise ValidationError(check.problems)
    assert title is not None
    return Deck(
        id=deck_id,
        title=title,
        languages=languages,
        cards=cards,
        categories=categories,
        description=description,
        credit=credit,
        audience=audience,
    )


def _languages(check: Checker, data: dict[str, Any]) -> tuple[str, ...]:
    value = data.get("languages")
    path: KeyPath = ("languages",)
    if value is None:
        check.add(path, "missing languages; add for example `languages: [nl, en]` (the first is the default)")
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        check.add(path, f"expected a list of language codes like [nl, en], got {describe(value)}")
        return ()
    result: list[str] = []
    for index, lang in enumerate(value):
        if not isinstance(lang, str) or not _LANGUAGE.match(lang):
            check.add((*path, index), f"expected a language code such as nl or en, got {describe(lang)}")
        elif lang in result:
            check.add((*path, index), f"the language '{lang}' is listed twice; keep one")
        else:
            result.append(lang)
    return tuple(result) if len(result) == len(value) else ()


def _categories(check: Checker, value: Any) -> tuple[Category, ...]:
    if value is None:
        return ()
    path: KeyPath = ("categories",)
    if not isinstance(value, dict):
        check.add(path, f"expected a mapping of category id -> name and color, got {describe(value)}")
        return ()
    result: list[Category] = []
    for index, (key, spec) in enumerate(value.items()):
        here = (*path, key)
        cat_id = check.ident(key, here)
        spec = check.entry(spec, here, "name", CATEGORY_KEYS, "a category", '`{name: ..., color: "#RRGGBB"}`')
        if spec is None:
            continue
        name = check.text(spec.get("name"), (*here, "name"), "name")
        color = spec.get("color", DEFAULT_COLORS[index % len(DEFAULT_COLORS)])
        if "color" in spec and spec["color"] is None:
            check.add(
                (*here, "color"),
                'the colour is missing; in YAML a # starts a comment, so put it in quotes: color: "#2A9D8F"',
            )
            color = None
        elif not isinstance(color, str) or not COLOR.match(color):
            check.add((*here, "color"), f'expected a colour like "#2A9D8F", got {describe(color)}')
            color = None
        if cat_id and name and color:
            result.append(Category(cat_id, name, color.upper()))
    return tuple(result)


def _cards(check: Checker, data: dict[str, Any], deck_id: str, categories: tuple[Category, ...]) -> tuple[Card, ...]:
    value = data.get("cards")
    path: KeyPath = ("cards",)
    if value is None or value == []:
        check.add(path, "the deck has no cards; add a list under `cards:` (see the README's example)")
        return ()
    if not isinstance(value, list):
        check.add(path, f"expected a list of cards (each line starting with '- '), got {describe(value)}")
        return ()
    if len(value) > MAX_CARDS:
        check.add(path, f"{len(value)} cards is more than deckgen prints ({MAX_CARDS}); split the deck")
        return ()
    known_categories = tuple(c.id for c in categories)
    category_problem = bool(data.get("categories")) and not categories
    seen: dict[str, int] = {}
    result: list[Card] = []
    for index, spec in enumerate(value):
        here = (*path, index)
        spec = check.entry(spec, here, "text", CARD_KEYS, "a card", "a card with at least `text:`")
        if spec is None:
            continue
        text = check.text(spec.get("text"), (*here, "text"), "card text")
        card_id = f"{deck_id}-{index + 1}"
        if "id" in spec:
            card_id = check.ident(spec["id"], (*here, "id")) or card_id
        if card_id in seen:
            check.add(
                (*here, "id"),
                f"the id '{card_id}' is already used by cards[{seen[card_id]}]; give each card its own id",
            )
        seen.setdefault(card_id, index)

        category = spec.get("category")
        if category is not None:
            if not categories and not category_problem:
                check.add(
                    (*here, "category"),
                    "the deck has no categories; add a `categories:` section or remove this line",
                )
            elif categories and category not in known_categories:
                check.add(
                    (*here, "category"),
                    f"unknown category {_show(category)}; {suggest(str(category), known_categories)}",
                )
        elif categories:
            check.add(here, f"this card has no category; add `category:` with one of: {', '.join(known_categories)}")

        level = spec.get("level")
        if level is not None and (isinstance(level, bool) or not isinstance(level, int) or level < 0):
            fix = ": remove the quotes" if isinstance(level, str) and level.strip().isdigit() else ""
            check.add(
                (*here, "level"),
                f"level must be a whole number such as 1, 2 or 3; got {describe(level, as_text=False)}{fix}",
            )
            level = None
        kind = spec.get("kind", "question")
        if kind not in KINDS:
            check.add((*here, "kind"), f"unknown kind {_show(kind)}; use one of {', '.join(KINDS)}")
            kind = "question"
        if text:
            result.append(Card(card_id, text, index + 1, category, level, kind, check.doc.line(here)))
    return tuple(result)


def _show(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else describe(value)


# -- finding decks ---------------------------------------------------------------------------------------------


def load_deck(path: Path, display: str | None = None) -> Deck:
    """Read and validate one deck file."""
    doc = read_yaml(path, display)
    deck = parse_deck(doc, slug(path.stem))
    return Deck(**{**deck.__dict__, "path": path})


def bundled_deck_files() -> list[Path]:
    """The deck files that come with deckgen."""
    folder = bundled_dir("decks")
    return sorted(p for p in folder.iterdir() if p.suffix in _DECK_SUFFIXES and p.is_file())


def deck_files(project_dir: Path | None = None) -> list[Path]:
    """Bundled deck files, then `*.yaml` in ./decks of the current project (if that is another folder)."""
    folders = [bundled_dir("decks")]
    local = (project_dir or Path.cwd()) / "decks"
    if local.is_dir() and local.resolve() != folders[0].resolve():
        folders.append(local)
    files = bundled_deck_files()
    if len(folders) > 1:
        files.extend(sorted(p for p in folders[1].iterdir() if p.suffix in _DECK_SUFFIXES and p.is_file()))
    return files


def display_path(path: Path) -> str:
    """A path as messages show it: relative to the working folder where that is shorter."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def find_deck(name: str) -> Path | None:
    """The file of a deck named by path, or by id among the bundled and project decks; None if unknown."""
    as_path = Path(name)
    if as_path.suffix in _DECK_SUFFIXES or "/" in name or as_path.is_file():
        return as_path
    files = deck_files()
    for path in files:
        if path.stem == name:
            return path
    for path in files:
        if _declared_id(path) == name:
            return path
    return None


def _declared_id(path: Path) -> str | None:
    """The `id:` a deck file declares, read without validating the rest."""
    try:
        doc = read_yaml(path)
    except ValidationError:
        return None
    return doc.data.get("id") if isinstance(doc.data, dict) else None
