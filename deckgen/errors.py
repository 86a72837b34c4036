"""The one error tree: every user mistake is a click.ClickException, printed without a traceback.

Exit 1 is a problem in the input (deck, brand, image, output path); exit 2 is a usage mistake and uses
click's own UsageError/BadParameter.
"""

from __future__ import annotations

from dataclasses import dataclass

import click


class DeckgenError(click.ClickException):
    """A problem in the user's input: printed as `Error: ...`, exit 1."""

    exit_code = 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file, with where it is and how to fix it."""

    file: str
    line: int | None
    where: str
    message: str

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        return f"{place}: {self.where}: {self.message}" if self.where else f"{place}: {self.message}"


class ValidationError(DeckgenError):
    """Every problem found in one or more input files, reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        head = "1 problem" if count == 1 else f"{count} problems"
        super().__init__(f"{head} found:\n" + "\n".join(str(p) for p in self.problems))


class OutputError(DeckgenError):
    """The output path cannot be written as asked."""
