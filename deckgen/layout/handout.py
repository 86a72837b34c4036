"""Therapist handouts as numbers: A4 or Letter worksheet pages with prompts and ruled lines to write on.

Every page has a header (the practice's logo and name, with a brand) and a footer (contact, registration, a
disclaimer, page x of y, and a QR code of the website when the brand asks for one). The first page has fields for
the client's name and the date: blank lines, or the text given.
"""

from __future__ import annotations

from dataclasses import dataclass

from deckgen.color import INK
from deckgen.layout.booklet import RULE_COLOR, BookletFonts, Page, Prompt
from deckgen.layout.brandmark import MarkStyle, brand_block, joined_lines, text_color
from deckgen.layout.card import MUTED
from deckgen.layout.elements import Element, QrCode, Shape, TextLine, moved
from deckgen.layout.sheet import Rect
from deckgen.layout.sizes import Size
from deckgen.layout.text import ASCENT, DESCENT, Typesetter
from deckgen.model import NEUTRAL, Brand
from deckgen.units import mm
from deckgen.words import word

SIDE = mm(18)
TOP = mm(14)
BOTTOM = mm(10)
TITLE_SIZE = 19.0
INTRO_SIZE = 10.0
PROMPT_SIZE = 11.5
NUMBER_SIZE = 11.0
SMALL = 7.0
LABEL = 7.5
RULE_GAP = mm(8.5)
WRITING_LINES = 4
QR_SIZE = mm(17)


@dataclass(frozen=True)
class HandoutSection:
    """One deck on the worksheet: its title, a short introduction and the prompts taken from it."""

    title: str
    intro: str | None
    prompts: tuple[Prompt, ...]


@dataclass(frozen=True)
class HandoutText:
    """Everything a handout says, in one language."""

    lang: str
    sections: tuple[HandoutSection, ...]
    client: str | None = None
    date: str | None = None
    brand: Brand | None = None


class HandoutDesigner:
    """Lays out handout pages on one paper size with one typesetter."""

    def __init__(self, paper: Size, typesetter: Typesetter, fonts: BookletFonts | None = None) -> None:
        self.paper = paper
        self.typesetter = typesetter
        self.fonts = fonts or BookletFonts()

    @property
    def width(self) -> float:
        return self.paper.width

    @property
    def height(self) -> float:
        return self.paper.height

    def pages(self, text: HandoutText) -> list[Page]:
        """Every page: header, body, footer with page x of y."""
        header, header_height = self.header(text)
        footer_lines = self._footer_lines(text)
        footer_height = self._footer_height(text, footer_lines)
        bottom = BOTTOM + footer_height + mm(6)
        body = Rect(SIDE, bottom, self.width - 2 * SIDE, self.height - TOP - header_height - mm(6) - bottom)
        bodies = self._flow(text, body)
        pages = []
        for index, elements in enumerate(bodies):
            footer = self.footer(text, footer_lines, footer_height, index + 1, len(bodies))
            pages.append(Page(index + 1, "handout", (*header, *elements, *footer)))
        return pages

    # -- header and footer ---------------------------------------------------------------------------------------

    def header(self, text: HandoutText) -> tuple[list[Element], float]:
        """The practice's logo, name and tagline at the top of every page, over a rule; nothing without a brand."""
        brand = text.brand
        if brand is None:
            return [], 0.0
        style = MarkStyle(logo=mm(15), name=13.0, tagline=8.5, contact=False, registration=False)
        width = self.width - 2 * SIDE
        mark, height = brand_block(brand, self.typesetter, SIDE, 0.0, width, text.lang, style)
        bottom = self.height - TOP - height
        elements = moved(mark, bottom)
        elements.append(Shape(Rect(SIDE, bottom - mm(3), width, 0), stroke=brand.accent, line_width=1.0))
        return elements, height + mm(3)

    def _footer_lines(self, text: HandoutText) -> list[tuple[str, str, str]]:
        """(text, font, colour) of the footer's lines, without the page line."""
        brand, lang, room = text.brand, text.lang, self._footer_room(text)
        lines: list[tuple[str, str, str]] = []
        if brand is not None:
            lines.append((brand.name, self.fonts.bold, INK))
            for line in joined_lines(brand.contact, room, self.typesetter, self.fonts.body, SMALL):
                lines.append((line, self.fonts.body, MUTED))
            if brand.registration:
                for line in self.typesetter.wrap(brand.registration, room, self.fonts.body, SMALL, lang) or []:
                    lines.append((line, self.fonts.body, MUTED))
        disclaimer = brand.footer if brand and brand.footer else word(lang, "handout.disclaimer")
        for line in self.typesetter.wrap(disclaimer, room, self.fonts.body, SMALL, lang) or []:
            lines.append((line, self.fonts.body, MUTED))
        return lines

    def _footer_room(self, text: HandoutText) -> float:
        qr = QR_SIZE + mm(5) if text.brand and text.brand.qr else 0.0
        return self.width - 2 * SIDE - qr

    def _footer_height(self, text: HandoutText, lines: list[tuple[str, str, str]]) -> float:
        """The footer's height with `lines` and the page line under them, or the QR code's if that is taller."""
        height = ASCENT * SMALL + len(lines) * SMALL * 1.35 + DESCENT * SMALL
        return max(height, QR_SIZE if text.brand and text.brand.qr else 0.0) + mm(3)

    def footer(
        self, text: HandoutText, lines: list[tuple[str, str, str]], height: float, number: int, total: int
    ) -> list[Element]:
        """A rule, then contact, registration, disclaimer and 'page x of y'; the QR code at the right."""
        room = self._footer_room(text)
        page = (word(text.lang, "handout.page", number=number, total=total), self.fonts.bold, MUTED)
        lines = [*lines, page]
        top = BOTTOM + height
        width = self.width - 2 * SIDE
        elements: list[Element] = [Shape(Rect(SIDE, top, width, 0), stroke=RULE_COLOR, line_width=0.6)]
        baseline = top - mm(3) - ASCENT * SMALL
        for line, font, color in lines:
            shown = self.typesetter.shorten(line, room, font, SMALL)
            elements.append(TextLine(SIDE, baseline, shown, font, SMALL, color))
            baseline -= SMALL * 1.35
        if text.brand is not None and text.brand.qr:
            elements.append(QrCode(Rect(SIDE + width - QR_SIZE, BOTTOM, QR_SIZE, QR_SIZE), text.brand.qr, INK))
        return elements

    # -- the body ------------------------------------------------------------------------------------------------

    def _flow(self, text: HandoutText, body: Rect) -> list[list[Element]]:
        pages: list[list[Element]] = [[]]
        y = body.top
        accent = text.brand.accent if text.brand else NEUTRAL

        def place(block: list[Element], height: float, gap: float, keep: float = 0.0) -> None:
            """Put a block of `height` (drawn with its top at 0) under the last one, or on a new page."""
            nonlocal y
            start = y - gap if pages[-1] else y
            if start - height - keep < body.y - 1e-6 and pages[-1]:
                pages.append([])
                start = body.top
            pages[-1].extend(moved(block, start))
            y = start - height

        number = 0
        for index, section in enumerate(text.sections):
            title, title_height = self._paragraph(section.title, self.fonts.title, TITLE_SIZE, INK, body, 1.15)
            first_prompt = self._prompt_height(section.prompts[0], body, text.lang) if section.prompts else 0.0
            place(title, title_height, mm(10), keep=mm(4) + first_prompt)
            if index == 0:
                fields, height = self._fields(text, body)
                place(fields, height, mm(5))
            if section.intro:
                intro, height = self._paragraph(section.intro, self.fonts.body, INTRO_SIZE, INK, body, 1.45, text.lang)
                place(intro, height, mm(4), keep=first_prompt)
            for prompt in section.prompts:
                number += 1
                block, height = self._prompt(prompt, number, body, text.lang)
                place(block, height, mm(7))
        next_time, height = self._next_time(text, body, accent)
        place(next_time, height, mm(10))
        return pages

    def _paragraph(
        self, text: str, font: str, size: float, color: str, body: Rect, leading: float, lang: str = "en"
    ) -> tuple[list[Element], float]:
        lines = self.typesetter.wrap(text, body.width, font, size, lang) or [text]
        elements: list[Element] = []
        baseline = -ASCENT * size
        for line in lines:
            elements.append(TextLine(body.x, baseline, line, font, size, color))
            baseline -= size * leading
        return elements, ASCENT * size + (len(lines) - 1) * size * leading + DESCENT * size

    def _fields(self, text: HandoutText, body: Rect) -> tuple[list[Element], float]:
        """Name and date side by side: the text given, or a line to write on."""
        lang = text.lang
        elements: list[Element] = []
        columns = (
            (word(lang, "handout.name"), text.client, 0.0, 0.62),
            (word(lang, "handout.date"), text.date, 0.66, 1.0),
        )
        height = ASCENT * LABEL + mm(9)
        for label, value, start, end in columns:
            x, right = body.x + body.width * start, body.x + body.width * end
            elements.append(TextLine(x, -ASCENT * LABEL, label.upper(), self.fonts.bold, LABEL, MUTED))
            line_y = -height
            if value:
                shown = self.typesetter.shorten(value, right - x, self.fonts.body, 11.0)
                elements.append(TextLine(x, line_y + mm(1.5), shown, self.fonts.body, 11.0, INK))
            else:
                elements.append(Shape(Rect(x, line_y, right - x, 0), stroke=RULE_COLOR, line_width=0.6))
        return elements, height

    def _prompt_lines(self, prompt: Prompt, body: Rect, lang: str) -> list[str]:
        indent = mm(9)
        return self.typesetter.wrap(prompt.text, body.width - indent, self.fonts.prompt, PROMPT_SIZE, lang) or [
            prompt.text
        ]

    def _prompt_height(self, prompt: Prompt, body: Rect, lang: str) -> float:
        lines = self._prompt_lines(prompt, body, lang)
        return ASCENT * PROMPT_SIZE + (len(lines) - 1) * PROMPT_SIZE * 1.3 + mm(2) + WRITING_LINES * RULE_GAP

    def _prompt(self, prompt: Prompt, number: int, body: Rect, lang: str) -> tuple[list[Element], float]:
        """The prompt's number, its text and ruled lines under it."""
        indent = mm(9)
        color = text_color(prompt.color)
        elements: list[Element] = [
            TextLine(body.x, -ASCENT * PROMPT_SIZE, str(number), self.fonts.title, NUMBER_SIZE, color)
        ]
        baseline = -ASCENT * PROMPT_SIZE
        lines = self._prompt_lines(prompt, body, lang)
        for line in lines:
            elements.append(TextLine(body.x + indent, baseline, line, self.fonts.prompt, PROMPT_SIZE, INK))
            baseline -= PROMPT_SIZE * 1.3
        rule_y = baseline + PROMPT_SIZE * 1.3 - DESCENT * PROMPT_SIZE - mm(2)
        for _ in range(WRITING_LINES):
            rule_y -= RULE_GAP
            elements.append(
                Shape(Rect(body.x + indent, rule_y, body.width - indent, 0), stroke=RULE_COLOR, line_width=0.5)
            )
        return elements, self._prompt_height(prompt, body, lang)

    def _next_time(self, text: HandoutText, body: Rect, accent: str) -> tuple[list[Element], float]:
        """A closing box: one thing to try before the next session, with lines to write it on."""
        lang = text.lang
        heading = word(lang, "handout.next").upper()
        hint, hint_height = self._paragraph(word(lang, "handout.next.hint"), self.fonts.body, 9.5, INK, body, 1.4, lang)
        elements: list[Element] = [
            TextLine(body.x, -ASCENT * LABEL, heading, self.fonts.bold, LABEL, text_color(accent))
        ]
        top = -ASCENT * LABEL - DESCENT * LABEL - mm(2)
        elements.extend(moved(hint, top))
        rule_y = top - hint_height
        for _ in range(2):
            rule_y -= RULE_GAP
            elements.append(Shape(Rect(body.x, rule_y, body.width, 0), stroke=RULE_COLOR, line_width=0.5))
        return elements, -rule_y
