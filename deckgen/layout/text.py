"""Fitting text into a box: line breaking with proper hyphenation, and shrinking only as far as readable.

Measuring is injected (`Measure`: the width of a string in a font at 1 pt), so this module is plain arithmetic
that tests can drive with any widths. A word is only ever broken at a hyphenation point with a hyphen added, or
after a hyphen it already has; text that cannot be set that way at the minimum size does not fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from deckgen.words import base_language

Measure = Callable[[str, str], float]
"""(text, font name) -> width in points at a size of 1 pt."""

MIN_SIZE = 7.0
"""No text is set smaller than this."""
SIZE_STEP = 0.5
LEADING = 1.28
"""Line distance as a multiple of the type size."""
ASCENT = 0.95
"""How far above the baseline a line's tallest glyphs (accented capitals) reach, in ems."""
DESCENT = 0.3
"""How far below the baseline descenders reach, in ems."""
FULL_ENOUGH = 0.8
"""A line this full is ended rather than hyphenating the next word into it."""
HYPHEN = "-"
BALANCED = 0.75
"""Centred text whose last line is at least this share of its longest is left as it is."""

_CORE = re.compile(r"^(\W*)(.*?)(\W*)$", re.UNICODE)
_PYPHEN_NAMES = {"nl": "nl_NL", "en": "en_GB", "de": "de_DE", "fr": "fr", "es": "es", "it": "it_IT"}


@lru_cache(maxsize=16)
def _dictionary(lang: str) -> object | None:
    import pyphen

    name = _PYPHEN_NAMES.get(base_language(lang)) or pyphen.language_fallback(lang)
    if not name:
        return None
    return pyphen.Pyphen(lang=name, left=3, right=3)


@lru_cache(maxsize=65536)
def break_points(word: str, lang: str) -> tuple[tuple[str, str], ...]:
    """Ways to break `word` over two lines, longest first: (head as printed, tail).

    A head ends in a hyphen: either the word's own (`zelf-` + `compassie`) or one added at a hyphenation point
    of the language (`betrok-` + `kenheid`). Leading and trailing punctuation stay with their part.
    """
    points: list[tuple[str, str]] = []
    for match in re.finditer(r"(?<=\w)[-‐–](?=\w)", word):
        end = match.end()
        points.append((word[:end], word[end:]))
    dictionary = _dictionary(lang)
    if dictionary is not None:
        offset = 0
        for part in re.split(r"(?<=[-‐–])", word):
            lead, core, _trail = _CORE.match(part).groups()  # type: ignore[union-attr]
            if core.isalpha():
                for position in dictionary.positions(core):  # type: ignore[attr-defined]
                    cut = offset + len(lead) + position
                    points.append((word[:cut] + HYPHEN, word[cut:]))
            offset += len(part)
    points.sort(key=lambda pair: len(pair[0]), reverse=True)
    return tuple(points)


@dataclass(frozen=True)
class Fitted:
    """Text set in a box: its size, line distance and lines, top to bottom."""

    size: float
    leading: float
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        """From the top of the first line's tallest glyph to the bottom of the last line's descenders."""
        return block_height(len(self.lines), self.size, self.leading)

    @property
    def hyphens(self) -> int:
        """Lines that end in a hyphen added by hyphenation or kept from the word."""
        return sum(1 for line in self.lines[:-1] if line.endswith(HYPHEN))


def block_height(lines: int, size: float, leading: float) -> float:
    """Height of `lines` lines of type at `size` with `leading` between baselines."""
    if lines == 0:
        return 0.0
    return ASCENT * size + (lines - 1) * leading + DESCENT * size


class Typesetter:
    """Breaks and fits text with one measure, caching word widths."""

    def __init__(self, measure: Measure) -> None:
        self._measure = lru_cache(maxsize=262144)(measure)

    def width(self, text: str, font: str, size: float) -> float:
        """Width of `text` in points."""
        return self._measure(text, font) * size

    def wrap(self, text: str, width: float, font: str, size: float, lang: str, eager: bool = True) -> list[str] | None:
        """Break `text` into lines no wider than `width`; None if a word cannot be broken to fit.

        `eager` hyphenates a word to fill a line that is less than FULL_ENOUGH full (for left-aligned prose);
        otherwise a word is only hyphenated when it is wider than a whole line (for centred text).
        Line breaks in the text are kept; each line of it is a paragraph of its own.
        """
        lines: list[str] = []
        full_enough = FULL_ENOUGH if eager else 0.0
        for paragraph in text.split("\n"):
            wrapped = self._wrap_paragraph(paragraph.split(), width, font, size, lang, full_enough)
            if wrapped is None:
                return None
            lines.extend(wrapped or [""])
        return lines

    def _wrap_paragraph(
        self, words: list[str], width: float, font: str, size: float, lang: str, full_enough: float
    ) -> list[str] | None:
        measure = self._measure
        scale = size
        space = measure(" ", font) * scale
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        queue = list(reversed(words))
        while queue:
            word = queue.pop()
            word_width = measure(word, font) * scale
            needed = used + space + word_width if current else word_width
            if needed <= width:
                current.append(word)
                used = needed
                continue
            room = width - (used + space) if current else width
            if current and used >= full_enough * width and word_width <= width:
                lines.append(" ".join(current))
                current, used = [], 0.0
                queue.append(word)
                continue
            split = self._split(word, room, font, size, lang)
            if split is not None:
                head, tail = split
                current.append(head)
                lines.append(" ".join(current))
                current, used = [], 0.0
                queue.append(tail)
            elif current:
                lines.append(" ".join(current))
                current, used = [], 0.0
                queue.append(word)
            else:
                return None
        if current:
            lines.append(" ".join(current))
        return lines

    def _split(self, word: str, room: float, font: str, size: float, lang: str) -> tuple[str, str] | None:
        for head, tail in break_points(word, lang):
            if self._measure(head, font) * size <= room:
                return head, tail
        return None

    def fit(
        self,
        text: str,
        width: float,
        height: float,
        font: str,
        lang: str,
        start: float,
        minimum: float = MIN_SIZE,
        balance: bool = False,
    ) -> Fitted | None:
        """The largest size from `start` down to `minimum` at which `text` fits the box; None if none does.

        With `balance` (for centred text), words are hyphenated only when they must be, and lines are evened
        out without adding lines or hyphens.
        """
        size = start
        while size >= minimum - 1e-9:
            leading = size * LEADING
            lines = self.wrap(text, width, font, size, lang, eager=not balance)
            if lines is not None and block_height(len(lines), size, leading) <= height + 1e-6:
                fitted = Fitted(size, leading, tuple(lines))
                return self._balance(text, width, font, lang, fitted) if balance else fitted
            size = round(size - SIZE_STEP, 2)
        return None

    def _balance(self, text: str, width: float, font: str, lang: str, fitted: Fitted) -> Fitted:
        """Narrow the measure as far as the text keeps its line count and hyphens: no lone last word."""
        if len(fitted.lines) < 2:
            return fitted
        widths = [self.width(line, font, fitted.size) for line in fitted.lines]
        if widths[-1] >= BALANCED * max(widths):
            return fitted
        best = fitted
        low, high = width * 0.5, width
        for _ in range(6):
            middle = (low + high) / 2
            lines = self.wrap(text, middle, font, fitted.size, lang, eager=False)
            candidate = Fitted(fitted.size, fitted.leading, tuple(lines)) if lines else None
            if candidate and len(candidate.lines) == len(fitted.lines) and candidate.hyphens <= fitted.hyphens:
                best, high = candidate, middle
            else:
                low = middle
        return best

    def shorten(self, text: str, width: float, font: str, size: float) -> str:
        """`text`, cut with an ellipsis if it is wider than `width` (for running heads, never for card text)."""
        if self.width(text, font, size) <= width:
            return text
        words = text.split()
        while words and self.width(" ".join(words) + "…", font, size) > width:
            words.pop()
        return (" ".join(words) + "…") if words else "…"
