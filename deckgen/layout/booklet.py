"""Session booklets as numbers: the pages (cover, rules, prompts, closing, notes) and how they sit on the sheets.

Pages are laid out on A5 (half-letter on Letter) with plain shapes and lines of text. The saddle imposition puts
two pages side by side on a landscape sheet in saddle-stitch order, so that a duplex print flipped on the short
edge, folded and stapled reads in order.
"""

from __future__ import annotations

from dataclasses import dataclass

from deckgen.color import INK, WHITE, contrast, text_on
from deckgen.layout.brandmark import MarkStyle, brand_block
from deckgen.layout.card import MUTED
from deckgen.layout.elements import Element, Shape, TextLine
from deckgen.layout.sheet import EDGE, Rect, Segment
from deckgen.layout.sizes import Size
from deckgen.layout.text import ASCENT, DESCENT, Fitted, Typesetter, block_height
from deckgen.model import Brand
from deckgen.units import mm
from deckgen.words import word

PAGES_PER_SHEET = 4
"""A folded sheet holds four pages: two on each side."""


def padded_count(pages: int) -> int:
    """The page count rounded up to whole folded sheets."""
    return -(-pages // PAGES_PER_SHEET) * PAGES_PER_SHEET


def saddle_sheets(pages: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Page numbers (left, right) on the outside and inside of each sheet, for `pages` a multiple of 4.

    Sheet i (from 0): outside n-2i | 2i+1, inside 2i+2 | n-2i-1. Fold the stack and the pages read in order.

    >>> saddle_sheets(8)
    [((8, 1), (2, 7)), ((6, 3), (4, 5))]
    """
    if pages <= 0 or pages % PAGES_PER_SHEET:
        raise ValueError(f"a saddle-stitched booklet needs a multiple of 4 pages, not {pages}")
    return [((pages - 2 * i, 2 * i + 1), (2 * i + 2, pages - 2 * i - 1)) for i in range(pages // PAGES_PER_SHEET)]


# -- what goes in a booklet ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    """One drawn card as the booklet shows it: its text, a label (category or deck) and the label's colour."""

    text: str
    label: str
    color: str


@dataclass(frozen=True)
class DeckRules:
    """A deck's title and the texts of its instruction cards, for the rules page."""

    title: str
    texts: tuple[str, ...]


@dataclass(frozen=True)
class BookletText:
    """Everything a session booklet says, in one language."""

    lang: str
    title: str
    session: int
    sessions: int
    decks: tuple[DeckRules, ...]
    prompts: tuple[Prompt, ...]
    seed: int
    command: str
    accent: str
    brand: Brand | None = None


@dataclass(frozen=True)
class BookletFonts:
    """Registered font names for the parts of a booklet."""

    title: str = "NotoSerif-Bold"
    prompt: str = "NotoSerif"
    body: str = "NotoSans"
    bold: str = "NotoSans-Bold"


@dataclass(frozen=True)
class Page:
    """One booklet page in reading order: its number (1 is the cover), what it is, and what is on it."""

    number: int
    kind: str
    elements: tuple[Element, ...]


class PromptTooLong(Exception):
    """A prompt does not fit its place on the page even at the smallest size."""

    def __init__(self, prompt: Prompt) -> None:
        super().__init__(prompt.text)
        self.prompt = prompt


# -- page design ---------------------------------------------------------------------------------------------------

MARGIN = mm(16)
"""Top, outer and inner margin of a page."""
BOTTOM = mm(20)
"""Bottom margin: the page number sits in it."""
NUMBER_BASELINE = mm(10)
NUMBER_SIZE = 8.0
FOOTER_SIZE = 6.5
FOOTER_TOP = mm(18.5)
"""The top of the brand's footer line, under the content area and over the page number."""
BRAND_FOOTER_ROOM = mm(4)
HEADING_SIZE = 17.0
BODY_SIZE = 9.5
BODY_LEADING_RATIO = 1.45
BODY_LEADING = BODY_SIZE * BODY_LEADING_RATIO
SMALLER_BODY_SIZES = (9.0, 8.5)
"""Sizes tried when the rules would leave a nearly empty last page."""
LABEL_SIZE = 7.0
PROMPT_SIZE = 13.0
PROMPT_NUMBER_SIZE = 11.0
PROMPT_MIN = 9.0
RULE_GAP = mm(8)
"""Distance between ruled writing lines."""
RULE_COLOR = "#C3C7CD"
RULE_WIDTH = 0.5
SLOT_GAP = mm(9)
"""Space between two prompts on one page."""
MIN_WRITING_LINES = 3
TITLE_SIZES = (26.0, 22.0, 19.0, 16.0, 14.0)
PANEL_HEIGHT = mm(64)
PANEL_PAD = mm(8)
PRINT_NOTE_SIZES = (6.0, 5.5, 5.0)


@dataclass(frozen=True)
class _Block:
    """A paragraph for the flowing pages: its type, colour, space before and an optional hanging bullet."""

    text: str
    font: str
    size: float
    leading: float
    color: str
    before: float = 0.0
    bullet: str = ""
    keep_with_next: bool = False


def _label_color(color: str) -> str:
    """A category colour if it reads as small text on white, near-black otherwise."""
    return color if contrast(color, WHITE) >= 3.0 else INK


class BookletDesigner:
    """Lays out the pages of a session booklet on one page size, with one typesetter."""

    def __init__(
        self, page: Size, typesetter: Typesetter, fonts: BookletFonts | None = None, branded: bool = False
    ) -> None:
        self.page = page
        self.typesetter = typesetter
        self.fonts = fonts or BookletFonts()
        self.bottom = BOTTOM + (BRAND_FOOTER_ROOM if branded else 0.0)
        """The content area's bottom: higher on branded pages, whose footer sits over the page number."""

    @property
    def width(self) -> float:
        return self.page.width

    @property
    def height(self) -> float:
        return self.page.height

    def content(self) -> Rect:
        """The area inside the margins."""
        return Rect(MARGIN, self.bottom, self.width - 2 * MARGIN, self.height - MARGIN - self.bottom)

    # -- the whole booklet ---------------------------------------------------------------------------------------

    def pages(self, text: BookletText, per_page: int = 2) -> list[Page]:
        """Every page in reading order, padded with note pages to whole sheets; raises PromptTooLong."""
        bodies: list[tuple[str, list[Element]]] = [("cover", self.cover(text))]
        bodies.extend(("rules", page) for page in self.rules(text))
        numbered = 0
        for start in range(0, len(text.prompts), per_page):
            chunk = text.prompts[start : start + per_page]
            bodies.append(("prompts", self.prompt_page(chunk, numbered + 1, per_page, text.lang)))
            numbered += len(chunk)
        bodies.append(("closing", self.closing(text)))
        while len(bodies) < padded_count(len(bodies)):
            bodies.append(("notes", self.notes(text.lang)))
        footer = self.footer(text)
        pages = []
        for index, (kind, elements) in enumerate(bodies):
            number = index + 1
            if kind != "cover":
                elements = [*elements, self.page_number(number), *footer]
            pages.append(Page(number, kind, tuple(elements)))
        return pages

    def footer(self, text: BookletText) -> list[Element]:
        """The practice's name (and its footer text) under every page but the cover; nothing without a brand."""
        brand = text.brand
        if brand is None:
            return []
        words = f"{brand.name}  ·  {brand.footer}" if brand.footer else brand.name
        width = self.width - 2 * MARGIN
        lines = [words]
        size = FOOTER_SIZE
        if self.typesetter.width(words, self.fonts.body, size) > width:
            size = FOOTER_SIZE - 0.5
            lines = self.typesetter.wrap(words, width, self.fonts.body, size, text.lang, eager=False) or [words]
            lines = [self.typesetter.shorten(line, width, self.fonts.body, size) for line in lines[:2]]
        baseline = FOOTER_TOP - ASCENT * size
        elements: list[Element] = []
        for line in lines:
            elements.append(TextLine(self.width / 2, baseline, line, self.fonts.body, size, MUTED, "center"))
            baseline -= size * 1.25
        return elements

    def page_number(self, number: int) -> TextLine:
        return TextLine(self.width / 2, NUMBER_BASELINE, str(number), self.fonts.body, NUMBER_SIZE, MUTED, "center")

    # -- cover ---------------------------------------------------------------------------------------------------

    def cover(self, text: BookletText) -> list[Element]:
        fonts, box, lang = self.fonts, self.content(), text.lang
        ink = text_on(text.accent)
        panel = Rect(box.x, self.height - MARGIN - PANEL_HEIGHT, box.width, PANEL_HEIGHT)
        elements: list[Element] = [Shape(panel, fill=text.accent, radius=mm(3))]
        inner = panel.width - 2 * PANEL_PAD
        label = word(lang, "booklet.count", count=len(text.prompts)).upper()
        if text.sessions > 1:
            label = f"{word(lang, 'booklet.session', number=text.session, total=text.sessions).upper()} · {label}"
        baseline = panel.top - PANEL_PAD - ASCENT * LABEL_SIZE - 1
        label = self.typesetter.shorten(label, inner, fonts.bold, LABEL_SIZE + 1)
        elements.append(TextLine(panel.x + PANEL_PAD, baseline, label, fonts.bold, LABEL_SIZE + 1, ink))
        title_room = panel.height - 2 * PANEL_PAD - mm(8)
        fitted = None
        for size in TITLE_SIZES:
            lines = self.typesetter.wrap(text.title, inner, fonts.title, size, lang, eager=False)
            if lines and len(lines) <= 3 and block_height(len(lines), size, size * 1.15) <= title_room:
                fitted = Fitted(size, size * 1.15, tuple(lines))
                break
        if fitted is None:
            size = TITLE_SIZES[-1]
            fitted = Fitted(size, size * 1.15, (self.typesetter.shorten(text.title, inner, fonts.title, size),))
        baseline = panel.y + PANEL_PAD + DESCENT * fitted.size + (len(fitted.lines) - 1) * fitted.leading
        for line in fitted.lines:
            elements.append(TextLine(panel.x + PANEL_PAD, baseline, line, fonts.title, fitted.size, ink))
            baseline -= fitted.leading

        top = panel.y - mm(7)
        titles = _joined([deck.title for deck in text.decks], lang)
        source = word(lang, "booklet.from", decks=titles)
        lines = self.typesetter.wrap(source, box.width, fonts.body, 10.0, lang) or [source]
        baseline = top - ASCENT * 10.0
        for line in lines:
            elements.append(TextLine(box.x, baseline, line, fonts.body, 10.0, MUTED))
            baseline -= 10.0 * 1.35

        fields_top = panel.y - mm(32)
        elements.extend(self._field(word(lang, "booklet.names"), box, fields_top, 2))
        elements.extend(self._field(word(lang, "booklet.date"), box, fields_top - mm(32), 1))

        small = 6.5
        again = word(lang, "booklet.again", command=text.command)
        again_lines = self.typesetter.wrap(again, box.width, fonts.body, small, lang, eager=False) or [again]
        if len(again_lines) > 3:
            again_lines = [
                *again_lines[:2],
                self.typesetter.shorten(" ".join(again_lines[2:]), box.width, fonts.body, small),
            ]
        baseline = MARGIN + DESCENT * small + (len(again_lines) - 1) * small * 1.3
        for line in again_lines:
            elements.append(TextLine(box.x, baseline, line, fonts.body, small, MUTED))
            baseline -= small * 1.3
        seed_baseline = MARGIN + len(again_lines) * small * 1.3 + mm(1.5)
        seed = word(lang, "booklet.seed", seed=text.seed)
        elements.append(TextLine(box.x, seed_baseline, seed, fonts.bold, LABEL_SIZE + 1, MUTED))
        if text.brand is not None:
            style = MarkStyle(logo=mm(13), name=10.0, tagline=7.5, contact=False, registration=False)
            bottom = seed_baseline + (ASCENT * (LABEL_SIZE + 1)) + mm(7)
            mark, _height = brand_block(text.brand, self.typesetter, box.x, bottom, box.width, lang, style)
            elements.extend(mark)
        return elements

    def _field(self, label: str, box: Rect, top: float, lines: int) -> list[Element]:
        """A small label with `lines` ruled lines under it to write on."""
        elements: list[Element] = [
            TextLine(box.x, top - ASCENT * LABEL_SIZE, label.upper(), self.fonts.bold, LABEL_SIZE, MUTED)
        ]
        y = top - mm(10)
        for _ in range(lines):
            elements.append(Shape(Rect(box.x, y, box.width, 0), stroke=RULE_COLOR, line_width=RULE_WIDTH))
            y -= mm(10)
        return elements

    # -- rules ---------------------------------------------------------------------------------------------------

    def rules(self, text: BookletText) -> list[list[Element]]:
        """The rules: how to use the booklet, then each deck's own instructions; as many pages as they take.

        When the last page would hold only a few lines, a slightly smaller type that saves that page is used.
        """
        pages = self._flow(self._rule_blocks(text, BODY_SIZE), text.lang)
        if len(pages) > 1 and self._filled(pages[-1]) < 0.35:
            for size in SMALLER_BODY_SIZES:
                smaller = self._flow(self._rule_blocks(text, size), text.lang)
                if len(smaller) < len(pages):
                    return smaller
        return pages

    def _filled(self, page: list[Element]) -> float:
        """How much of the content area's height a flowed page uses, 0 .. 1."""
        box = self.content()
        lowest = min((element.y for element in page if isinstance(element, TextLine)), default=box.top)
        return (box.top - lowest) / box.height

    def _rule_blocks(self, text: BookletText, size: float) -> list[_Block]:
        fonts, lang, leading = self.fonts, text.lang, size * BODY_LEADING_RATIO
        blocks = [_Block(word(lang, "booklet.rules"), fonts.title, HEADING_SIZE, HEADING_SIZE * 1.2, INK)]
        for key in ("quiet", "turns", "listen", "pass", "private", "write"):
            blocks.append(_Block(word(lang, f"booklet.rule.{key}"), fonts.body, size, leading, INK, mm(2.2), "•"))
        with_texts = [deck for deck in text.decks if deck.texts]
        if with_texts:
            heading = word(lang, "booklet.decks").upper()
            blocks.append(_Block(heading, fonts.bold, LABEL_SIZE, LABEL_SIZE * 1.4, MUTED, mm(8), keep_with_next=True))
        for deck in with_texts:
            blocks.append(_Block(deck.title, fonts.bold, size, leading, INK, mm(3.5), keep_with_next=True))
            for paragraph in deck.texts:
                blocks.append(_Block(paragraph, fonts.body, size, leading, INK, mm(1.5)))
        return blocks

    def _flow(self, blocks: list[_Block], lang: str) -> list[list[Element]]:
        """Set blocks top to bottom in the content area, starting a new page when one is full.

        A block that keeps with the next moves to a new page unless two lines of the next fit under it; a
        paragraph moves whole unless two of its lines fit (no lone first line at a page foot).
        """
        box = self.content()
        bullet_room = mm(4.5)
        laid: list[tuple[_Block, list[str]]] = []
        for block in blocks:
            indent = bullet_room if block.bullet else 0.0
            lines = self.typesetter.wrap(block.text, box.width - indent, block.font, block.size, lang)
            laid.append((block, lines or [block.text]))

        pages: list[list[Element]] = [[]]
        y = box.top

        def room_for(count: int, block: _Block, at: float) -> bool:
            return at - (count - 1) * block.leading - (ASCENT + DESCENT) * block.size >= box.y - 1e-6

        for index, (block, lines) in enumerate(laid):
            at_top = not pages[-1]
            start = y if at_top else y - block.before
            needed = min(2, len(lines))
            fits = room_for(needed, block, start)
            if fits and block.keep_with_next and index + 1 < len(laid):
                following, following_lines = laid[index + 1]
                after = start - len(lines) * block.leading - following.before
                fits = room_for(min(2, len(following_lines)), following, after)
            if not fits and not at_top:
                pages.append([])
                start = box.top
            y = start
            indent = bullet_room if block.bullet else 0.0
            for number, line in enumerate(lines):
                if not room_for(1, block, y):
                    pages.append([])
                    y = box.top
                baseline = y - ASCENT * block.size
                if number == 0 and block.bullet:
                    pages[-1].append(TextLine(box.x, baseline, block.bullet, block.font, block.size, MUTED))
                pages[-1].append(TextLine(box.x + indent, baseline, line, block.font, block.size, block.color))
                y -= block.leading
            y -= (block.leading - block.size) * 0.5
        return pages

    # -- prompts -------------------------------------------------------------------------------------------------

    def prompt_slots(self, per_page: int) -> list[Rect]:
        """Where the prompts of a page go, top first: the content area, or its two halves."""
        box = self.content()
        if per_page == 1:
            return [box]
        height = (box.height - SLOT_GAP) / 2
        return [Rect(box.x, box.y + height + SLOT_GAP, box.width, height), Rect(box.x, box.y, box.width, height)]

    def fit_prompt(self, prompt: Prompt, per_page: int, lang: str) -> Fitted:
        """The prompt's text set for its slot, leaving room for at least a few writing lines."""
        slot = self.prompt_slots(per_page)[0]
        room = slot.height - self._label_room() - mm(4) - MIN_WRITING_LINES * RULE_GAP
        fitted = self.typesetter.fit(prompt.text, slot.width, room, self.fonts.prompt, lang, PROMPT_SIZE, PROMPT_MIN)
        if fitted is None:
            raise PromptTooLong(prompt)
        return fitted

    def _label_room(self) -> float:
        return (ASCENT + DESCENT) * PROMPT_NUMBER_SIZE + mm(3)

    def prompt_page(self, prompts: tuple[Prompt, ...], first: int, per_page: int, lang: str) -> list[Element]:
        elements: list[Element] = []
        for offset, (prompt, slot) in enumerate(zip(prompts, self.prompt_slots(per_page), strict=False)):
            elements.extend(self._prompt(prompt, first + offset, slot, per_page, lang))
        return elements

    def _prompt(self, prompt: Prompt, number: int, slot: Rect, per_page: int, lang: str) -> list[Element]:
        fonts = self.fonts
        color = _label_color(prompt.color)
        number_text = str(number)
        baseline = slot.top - ASCENT * PROMPT_NUMBER_SIZE
        elements: list[Element] = [TextLine(slot.x, baseline, number_text, fonts.title, PROMPT_NUMBER_SIZE, color)]
        label_x = slot.x + self.typesetter.width(number_text, fonts.title, PROMPT_NUMBER_SIZE) + mm(2.5)
        label = self.typesetter.shorten(prompt.label.upper(), slot.right - label_x, fonts.bold, LABEL_SIZE)
        elements.append(TextLine(label_x, baseline + 0.5, label, fonts.bold, LABEL_SIZE, color))
        rule_y = baseline - DESCENT * PROMPT_NUMBER_SIZE - mm(1.5)
        elements.append(Shape(Rect(slot.x, rule_y, mm(12), 0), stroke=color, line_width=1.2))
        fitted = self.fit_prompt(prompt, per_page, lang)
        top = slot.top - self._label_room() - mm(1)
        baseline = top - ASCENT * fitted.size
        for line in fitted.lines:
            elements.append(TextLine(slot.x, baseline, line, fonts.prompt, fitted.size, INK))
            baseline -= fitted.leading
        text_bottom = top - fitted.height
        elements.extend(self._writing_lines(slot.x, slot.width, text_bottom - mm(3), slot.y))
        return elements

    def _writing_lines(self, x: float, width: float, top: float, bottom: float) -> list[Element]:
        """Ruled lines from the bottom of the area up, RULE_GAP apart, none higher than a gap under `top`."""
        lines: list[Element] = []
        y = bottom
        while y <= top - RULE_GAP + 1e-6:
            lines.append(Shape(Rect(x, y, width, 0), stroke=RULE_COLOR, line_width=RULE_WIDTH))
            y += RULE_GAP
        return sorted(lines, key=lambda shape: -shape.rect.y)  # type: ignore[union-attr]

    # -- closing and notes ---------------------------------------------------------------------------------------

    def closing(self, text: BookletText) -> list[Element]:
        fonts, lang, box = self.fonts, text.lang, self.content()
        blocks = [
            _Block(word(lang, "booklet.closing"), fonts.title, HEADING_SIZE, HEADING_SIZE * 1.2, INK),
            _Block(word(lang, "booklet.closing.thanks"), fonts.body, BODY_SIZE, BODY_LEADING, INK, mm(2.5)),
            _Block(word(lang, "booklet.closing.tomorrow"), fonts.body, BODY_SIZE, BODY_LEADING, INK, mm(2.5)),
            _Block(word(lang, "booklet.closing.lines").upper(), fonts.bold, LABEL_SIZE, LABEL_SIZE * 1.4, MUTED, mm(7)),
        ]
        (elements, *more) = self._flow(blocks, lang)
        if more:
            raise ValueError("the closing page's own words must fit one page")
        lowest = min(element.y for element in elements if isinstance(element, TextLine))
        bottom = box.y
        if text.brand is not None:
            style = MarkStyle(logo=mm(12), name=9.5, tagline=7.0, small=6.5, qr=mm(16))
            mark, height = brand_block(text.brand, self.typesetter, box.x, box.y, box.width, lang, style)
            elements.append(Shape(Rect(box.x, box.y + height + mm(3), box.width, 0), stroke=MUTED, line_width=0.4))
            elements.extend(mark)
            bottom = box.y + height + mm(3) + RULE_GAP
        elements.extend(self._writing_lines(box.x, box.width, lowest - mm(2), bottom))
        return elements

    def notes(self, lang: str) -> list[Element]:
        box = self.content()
        heading = word(lang, "booklet.notes")
        baseline = box.top - ASCENT * HEADING_SIZE
        elements: list[Element] = [TextLine(box.x, baseline, heading, self.fonts.title, HEADING_SIZE, INK)]
        elements.extend(self._writing_lines(box.x, box.width, baseline - DESCENT * HEADING_SIZE - mm(2), box.y))
        return elements


def _joined(items: list[str], lang: str) -> str:
    """'a', 'a en b', 'a, b en c' (or 'and' in English)."""
    and_word = {"nl": "en", "de": "und", "fr": "et"}.get(lang, "and")
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {and_word} {items[-1]}"


# -- imposition ----------------------------------------------------------------------------------------------------

FOLD_MARK = mm(4)


@dataclass(frozen=True)
class PlacedPage:
    """Booklet page `number` with its lower left corner at (x, y) on a sheet side."""

    number: int
    x: float
    y: float


@dataclass(frozen=True)
class BookletSide:
    """One PDF page: a side of a folded sheet (two booklet pages) or, without imposition, one booklet page."""

    width: float
    height: float
    pages: tuple[PlacedPage, ...]
    marks: tuple[Segment, ...] = ()
    note: tuple[Element, ...] = ()


def single_pages(count: int, page: Size) -> list[BookletSide]:
    """One page per PDF page, in reading order."""
    return [BookletSide(page.width, page.height, (PlacedPage(n, 0.0, 0.0),)) for n in range(1, count + 1)]


def impose(
    count: int, page: Size, paper: Size, imposition: str, typesetter: Typesetter, lang: str, font: str
) -> list[BookletSide]:
    """The PDF pages for a booklet of `count` pages.

    saddle: each sheet turned landscape, outside then inside, two pages side by side in saddle-stitch order,
    with fold marks at the top and bottom of the fold and, on the first side, how to print it.
    none: one booklet page per PDF page, in reading order.
    """
    if imposition == "none":
        return single_pages(count, page)
    if imposition != "saddle":
        raise ValueError(f"no imposition {imposition!r}")
    width, height = paper.height, paper.width
    fold = width / 2
    left_x, y = fold - page.width, (height - page.height) / 2
    marks = (
        Segment(fold, height - EDGE - FOLD_MARK, fold, height - EDGE),
        Segment(fold, EDGE, fold, EDGE + FOLD_MARK),
    )
    sides: list[BookletSide] = []
    for outside, inside in saddle_sheets(count):
        for left, right in (outside, inside):
            placed = (PlacedPage(left, left_x, y), PlacedPage(right, fold, y))
            note = _print_note(Rect(left_x + MARGIN, height - EDGE, page.width - 2 * MARGIN, 0), typesetter, lang, font)
            sides.append(BookletSide(width, height, placed, marks, note if not sides else ()))
    return sides


def _print_note(top: Rect, typesetter: Typesetter, lang: str, font: str) -> tuple[Element, ...]:
    """How to print the booklet, in small type hanging from `top` (a zero-height rectangle at the sheet's top)."""
    text = word(lang, "booklet.print")
    room = MARGIN - EDGE - mm(1.5)
    for size in PRINT_NOTE_SIZES:
        lines = typesetter.wrap(text, top.width, font, size, lang)
        if lines and block_height(len(lines), size, size * 1.2) <= room:
            baseline = top.y - ASCENT * size
            result = []
            for line in lines:
                result.append(TextLine(top.x, baseline, line, font, size, MUTED))
                baseline -= size * 1.2
            return tuple(result)
    return ()
