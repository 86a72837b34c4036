"""The deck format: every user mistake gives exit 1 and one clear line with file, line, place and fix."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import FIXTURES

BAD = FIXTURES / "bad"

# fixture -> (line, the message it must contain)
BAD_DECKS = {
    "fail_not_utf8.yaml": (4, "this is not UTF-8 text (byte 0xe9); save the file as UTF-8"),
    "fail_empty.yaml": (None, "the file is empty"),
    "fail_syntax.yaml": (4, "a text containing ': ' must be put in quotes"),
    "fail_top_level_list.yaml": (1, "the top level must be a mapping with title, languages and cards; got a list"),
    "fail_no_cards.yaml": (3, "cards: the deck has no cards"),
    "fail_card_without_text.yaml": (5, "cards[1].text: missing card text"),
    "fail_missing_translation.yaml": (4, "cards[0].text: missing the 'en' translation; add `en: \"...\"`"),
    "fail_unknown_key.yaml": (5, "cards[0].categroy: unknown key 'categroy' in a card; did you mean 'category'?"),
    "fail_duplicate_id.yaml": (5, "cards[1].id: the id 'q1' is already used by cards[0]"),
    "fail_unknown_category.yaml": (9, "cards[1].category: unknown category 'trust'; known: engagement, support, play"),
    "fail_level_not_whole.yaml": (4, "cards[0].level: level must be a whole number such as 1, 2 or 3; got 1.5"),
    "fail_yaml_no.yaml": (4, "cards[0].text: expected text, got no/false (YAML reads unquoted yes, no"),
    "fail_color_comment.yaml": (6, "a # starts a comment, so put it in quotes"),
    "fail_python_tag.yaml": (1, "the tag !!python/object/apply:os.system is not allowed"),
    "fail_alias_bomb.yaml": (1, "the file expands to too much data"),
    "fail_too_long.yaml": (5, "does not fit a poker card even at 7 pt; shorten it"),
}


def copy_fixture(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copy(BAD / name, target)
    return target


@pytest.mark.parametrize("name", sorted(BAD_DECKS))
def test_each_bad_deck_gives_one_clear_line(name: str, run: Callable[..., Result], tmp_path: Path) -> None:
    copy_fixture(name, tmp_path)
    result = run("validate", name)
    line, message = BAD_DECKS[name]
    assert result.exit_code == 1
    assert "Traceback" not in result.output + result.stderr
    place = f"{name}:{line}:" if line else f"{name}:"
    problem_lines = [text for text in result.stderr.splitlines() if text.startswith(name)]
    assert len(problem_lines) == 1, result.stderr
    assert problem_lines[0].startswith(place), result.stderr
    assert message in problem_lines[0]


def test_the_python_tag_is_never_executed(run: Callable[..., Result], tmp_path: Path) -> None:
    deck = tmp_path / "tag.yaml"
    marker = tmp_path / "pwned"
    deck.write_text(f'title: !!python/object/apply:os.system ["touch {marker}"]\nlanguages: [nl]\ncards: ["x"]\n')
    assert run("validate", deck).exit_code == 1
    assert not marker.exists()


def test_all_problems_in_a_file_are_reported_together(run: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "many.yaml").write_text(
        'title: {nl: "Veel"}\n'
        "languages: [nl, en]\n"
        "categories:\n"
        '  a: {name: "A", color: "#123456"}\n'
        "cards:\n"
        '  - {id: x, text: "Een", category: a}\n'
        '  - {id: x, text: "Twee", category: b, level: "2"}\n'
        '  - {text: "Drie", kind: vraag}\n'
    )
    result = run("validate", "many.yaml")
    assert result.exit_code == 1
    problems = [line for line in result.stderr.splitlines() if line.startswith("many.yaml:")]
    assert len(problems) == 6, result.stderr
    text = "\n".join(problems)
    for expected in (
        "many.yaml:1: title: missing the 'en' translation",
        "many.yaml:7: cards[1].id: the id 'x' is already used by cards[0]",
        "many.yaml:7: cards[1].category: unknown category 'b'",
        "many.yaml:7: cards[1].level: level must be a whole number such as 1, 2 or 3; got text ('2'): "
        "remove the quotes",
        "many.yaml:8: cards[2]: this card has no category",
        "many.yaml:8: cards[2].kind: unknown kind 'vraag'; use one of question, activity, instruction",
    ):
        assert expected in text


def test_a_missing_glyph_is_named(run: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "glyph.yaml").write_text('title: "Tekens"\nlanguages: [nl]\ncards:\n  - "Hartje \U0001f496 hier"\n')
    result = run("validate", "glyph.yaml")
    assert result.exit_code == 1
    assert "glyph.yaml:4: cards[0].text: the font has no glyph for '\U0001f496' (U+1F496)" in result.stderr


def test_a_plain_deck_validates_with_defaults(run: Callable[..., Result]) -> None:
    result = run("show", FIXTURES / "good" / "simple.yaml", "--json")
    assert result.exit_code == 0, result.stderr
    deck = json.loads(result.stdout)
    assert deck["id"] == "simple"
    assert deck["title"] == {"nl": "Kleine vragen"}
    assert deck["categories"] == []
    assert deck["credit"] is None
    assert deck["cards"] == [
        {"id": "simple-1", "text": {"nl": "Wat was het mooiste moment van je week?"}, "category": None,
         "level": None, "kind": "question"},
        {"id": "simple-2", "text": {"nl": "Waar kijk je deze maand naar uit?"}, "category": None, "level": 2,
         "kind": "question"},
    ]  # fmt: skip


def test_show_json_normalises_every_text_to_all_languages(run: Callable[..., Result]) -> None:
    result = run("show", FIXTURES / "good" / "cells.yaml", "--json")
    deck = json.loads(result.stdout)
    assert set(deck) >= {"id", "title", "languages", "credit", "categories", "cards"}
    assert deck["credit"] == {"nl": "Made for deckgen's tests.", "en": "Made for deckgen's tests."}
    assert deck["categories"][0] == {"id": "rood", "name": {"nl": "Rood", "en": "Red"}, "color": "#A23B3B"}
    assert all(set(card["text"]) == {"nl", "en"} for card in deck["cards"])
    assert deck["cards"][4]["kind"] == "activity"
