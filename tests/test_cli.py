"""The command line: exit codes, messages, listing, and writing output safely."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from deckgen import __version__
from tests.conftest import FIXTURES

CELLS = FIXTURES / "good" / "cells.yaml"
BUNDLED = ("aron-36", "dutton-pathways", "intiem-schrijven", "luisteren", "veilig-verbonden")


def test_version(run: Callable[..., Result]) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_help_lists_every_command_and_does_not_load_the_drawing_code() -> None:
    code = (
        "import sys, time; t = time.perf_counter()\n"
        "from click.testing import CliRunner\n"
        "from deckgen.cli import main\n"
        "out = CliRunner().invoke(main, ['--help']).output\n"
        "print(all(c in out for c in ('build', 'list', 'show', 'validate')))\n"
        "print('reportlab' in sys.modules, 'PIL' in sys.modules, 'yaml' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False", "False", "False"]
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "deckgen", "--help"], capture_output=True, check=True)
    assert time.perf_counter() - start < 0.5


def test_list_shows_bundled_decks_and_project_decks(run: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "mine.yaml").write_text((FIXTURES / "good" / "simple.yaml").read_text())
    result = run("list", "--json")
    assert result.exit_code == 0, result.stderr
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert set(BUNDLED) <= set(rows)
    assert rows["mine"]["path"] == "decks/mine.yaml"
    assert rows["mine"]["cards"] == 2
    for row in rows.values():
        assert {"id", "title", "languages", "cards", "path"} <= set(row)
    text = run("list").stdout
    assert "mine" in text and "aron-36" in text


def test_unknown_deck_is_a_usage_error_naming_each_known_deck_once(run: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "decks").mkdir()  # a project folder whose decks/ repeats a bundled deck's file name
    (tmp_path / "decks" / "luisteren.yaml").write_text((FIXTURES / "good" / "simple.yaml").read_text())
    result = run("show", "no-such-deck")
    assert result.exit_code == 2
    known = ", ".join(BUNDLED)
    assert f"no deck 'no-such-deck'; known decks: {known}; or give the path to a .yaml file" in result.stderr


def test_missing_deck_file_is_an_input_error(run: Callable[..., Result]) -> None:
    result = run("validate", "missing.yaml")
    assert result.exit_code == 1
    assert "missing.yaml: no such file; check the path" in result.stderr


def test_language_the_deck_lacks_names_the_ones_it_has(run: Callable[..., Result]) -> None:
    result = run("build", CELLS, "--lang", "fr")
    assert result.exit_code == 2
    assert "the deck 'cells' has no 'fr'; it has nl, en" in result.stderr
    assert not Path("output").exists()


def test_bad_option_values_are_usage_errors(run: Callable[..., Result]) -> None:
    for args in (("--card", "huge"), ("--paper", "a3"), ("--duplex", "sideways")):
        result = run("build", CELLS, *args)
        assert result.exit_code == 2, args
        assert "Invalid value" in result.stderr


def test_failed_build_leaves_existing_output_untouched(run: Callable[..., Result], tmp_path: Path) -> None:
    target = tmp_path / "cards.pdf"
    target.write_bytes(b"the old file")
    result = run("build", FIXTURES / "bad" / "fail_too_long.yaml", "-o", target)
    assert result.exit_code == 1
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.pdf"]


def test_build_refuses_to_write_over_its_input(run: Callable[..., Result], tmp_path: Path) -> None:
    deck = tmp_path / "deck.pdf"
    deck.write_text(CELLS.read_text())
    before = deck.read_bytes()
    result = run("build", deck, "-o", deck)
    assert result.exit_code == 1
    assert "this is one of the input files" in result.stderr
    assert deck.read_bytes() == before


def test_output_that_is_a_file_but_not_a_pdf_is_refused(run: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    result = run("build", CELLS, "-o", "notes.txt")
    assert result.exit_code == 1
    assert "notes.txt: this is a file; -o takes a folder or a file name ending in .pdf" in result.stderr
    assert (tmp_path / "notes.txt").read_text() == "keep me"


def test_build_without_decks_writes_every_bundled_deck(run: Callable[..., Result], tmp_path: Path) -> None:
    result = run("build")
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "output").iterdir())
    assert written == [f"{deck}.pdf" for deck in BUNDLED]
    assert all((tmp_path / "output" / name).read_bytes().startswith(b"%PDF-") for name in written)
    assert "wrote output/aron-36.pdf" in result.stdout
