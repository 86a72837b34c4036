"""Brand files and where the brand shows: card backs, session booklets, handouts; read back from the PDFs."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
import zxingcpp
from click.testing import Result
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from deckgen.brand import load_brand
from deckgen.errors import ValidationError
from deckgen.layout.card import CardDesigner
from deckgen.layout.sizes import CARDS
from deckgen.layout.text import Typesetter
from tests.conftest import FIXTURES, MM, all_fonts, assert_fonts_embedded, cell_text, cells_from_marks, squash

EXAMPLE = Path(__file__).parent.parent / "examples" / "brand" / "praktijk-de-linde.yaml"
CELLS = FIXTURES / "good" / "cells.yaml"
NAME = "Praktijk De Linde"


def brand_file(folder: Path, text: str, logo: bool = True) -> Path:
    """A brand file in `folder`, with the example's logo beside it."""
    if logo:
        shutil.copy(EXAMPLE.parent / "logo.png", folder / "logo.png")
    path = folder / "brand.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def images(path: Path) -> tuple[list[DictionaryObject], int]:
    """The image XObjects of a PDF that are not soft masks, and how many soft masks there are."""
    reader = PdfReader(path)
    found: dict[int, DictionaryObject] = {}
    masks: set[int] = set()
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(IndirectObject(number, 0, reader))
        if isinstance(obj, DictionaryObject) and obj.get("/Subtype") == "/Image":
            found[number] = obj
            if "/SMask" in obj:
                masks.add(obj.raw_get("/SMask").idnum)
    return [obj for number, obj in found.items() if number not in masks], len(masks)


def qr_codes(pdf: pdfplumber.PDF, page: int) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(pdf.pages[page].to_image(resolution=200).original)]


# -- the brand file ------------------------------------------------------------------------------------------------


def test_the_example_brand_loads_as_documented() -> None:
    brand, warnings = load_brand(EXAMPLE)
    assert warnings == []
    assert brand.name == NAME and brand.tagline == "Relatie- en gezinstherapie"
    assert brand.logo is not None and (brand.logo.width_px, brand.logo.height_px) == Image.open(brand.logo.path).size
    assert (brand.primary, brand.accent) == ("#1D3557", "#2F6B4F")
    assert (brand.font, brand.font_bold) == ("NotoSerif", "NotoSerif-Bold")
    assert brand.qr == "https://www.praktijk-de-linde.example"
    assert brand.contact == ("www.praktijk-de-linde.example", "info@praktijk-de-linde.example", "+32 9 000 00 00")


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims to be `width` x `height`: what a decompression bomb looks like before it is decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


BAD_LOGOS = [
    ("missing.png", None, "logo: missing.png: there is no such file"),
    ("noise.png", b"this is not an image at all", "logo: noise.png: this is not a PNG or JPEG image"),
    ("bomb.png", png_header(40_000, 40_000), "logo: bomb.png: the image is 40000 x 40000 pixels (1600 megapixels)"),
    ("cut.png", "truncated", "logo: cut.png: the image is damaged"),
    ("anim.gif", "gif", "logo: anim.gif: it is a GIF image; save it as PNG or JPEG"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_LOGOS)
def test_a_bad_logo_is_a_clear_error_naming_the_file(
    run: Callable[..., Result], tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    logo = tmp_path / name
    if content == "truncated":
        data = (EXAMPLE.parent / "logo.png").read_bytes()
        logo.write_bytes(data[: len(data) // 2])
    elif content == "gif":
        Image.new("RGB", (20, 20), "red").save(logo, "GIF")
    elif isinstance(content, bytes):
        logo.write_bytes(content)
    path = brand_file(tmp_path, f'name: "{NAME}"\nlogo: {name}\n', logo=False)
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF- keep")
    result = run("build", CELLS, "--brand", path, "-o", out)
    assert result.exit_code == 1, result.output
    assert f"brand.yaml:2: {message}" in result.stderr
    assert "Traceback" not in result.output and out.read_bytes() == b"%PDF- keep"


MISTAKES = [
    ('tagline: "Zonder naam"\n', "brand.yaml:1: name: missing name"),
    ('colours: {primary: "#1D3557"}\n', "brand.yaml:2: colours: unknown key 'colours' in the brand file; did you mean"),
    ("colors:\n  primary: #1D3557\n", "brand.yaml:3: colors.primary: the colour is missing; in YAML a # starts"),
    ("colors: {accent: blue}\n", 'brand.yaml:2: colors.accent: expected a colour like "#1D3557"'),
    ("font: noto-serf\n", "brand.yaml:2: font: 'noto-serf' is not a bundled font; did you mean 'noto-serif'?"),
    ("font: {regular: Mine.otf}\n", "brand.yaml:2: font.regular: Mine.otf: this is an OpenType (.otf) font"),
    ("font: {regular: brand.yaml}\n", "brand.yaml:2: font.regular: brand.yaml: this is not a TrueType font file"),
    ('contact: {email: "info at linde"}\n', "brand.yaml:2: contact.email: 'info at linde' is not an e-mail address"),
    ("qr: website\n", "brand.yaml:2: qr: a QR code of the website needs one; add `contact: {website:"),
    ("qr: yes\n", "brand.yaml:2: qr: qr can only be `website`"),
    (f'footer: "{"x" * 301}"\n', "brand.yaml:2: footer: the footer has 301 characters; keep it under 300"),
]


@pytest.mark.parametrize(
    ("text", "message"),
    [(f'name: "{NAME}"\n' + text if "name" not in message else text, message) for text, message in MISTAKES]
    + [("- name\n", "brand.yaml:1: the top level must be a mapping with at least `name:`")],
)
def test_each_brand_mistake_names_its_line_and_the_fix(
    run: Callable[..., Result], tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "Mine.otf").write_bytes(b"OTTO")
    path = brand_file(tmp_path, text, logo=False)
    result = run("session", "aron-36", "--brand", path, "--seed", "1", "-o", tmp_path / "s.pdf")
    assert result.exit_code == 1, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output and not (tmp_path / "s.pdf").exists()


def test_every_brand_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = brand_file(tmp_path, "tagline: 7\ncolors: {primary: red}\nlogo: nope.png\nqr: website\n", logo=False)
    with pytest.raises(ValidationError) as caught:
        load_brand(path)
    assert {problem.where for problem in caught.value.problems} == {"name", "colors.primary", "logo", "qr"}


def test_a_colour_too_light_for_text_is_a_warning_not_an_error(run: Callable[..., Result], tmp_path: Path) -> None:
    path = brand_file(tmp_path, f'name: "{NAME}"\ncolors:\n  primary: "#1D3557"\n  accent: "#E63946"\n')
    result = run("build", CELLS, "--brand", path, "-o", tmp_path / "cards.pdf")
    assert result.exit_code == 0, result.stderr
    assert 'Warning: brand.yaml:4: colors.accent: "#E63946" has a contrast of 4.2:1 with white paper' in result.stderr
    assert "primary" not in result.stderr
    assert (tmp_path / "cards.pdf").exists()


def test_a_brand_font_of_ones_own_is_embedded(run: Callable[..., Result], tmp_path: Path) -> None:
    fonts = Path(__file__).parent.parent / "fonts"
    shutil.copy(fonts / "AtkinsonHyperlegible-Bold.ttf", tmp_path / "Eigen-Bold.ttf")
    path = brand_file(tmp_path, f'name: "{NAME}"\nfont: {{regular: Eigen-Bold.ttf}}\n')
    result = run("build", CELLS, "--brand", path, "-o", tmp_path / "cards.pdf")
    assert result.exit_code == 0, result.stderr
    assert_fonts_embedded(tmp_path / "cards.pdf")
    names = {str(font["/BaseFont"]) for font in all_fonts(PdfReader(tmp_path / "cards.pdf"))}
    assert any(name.endswith("+AtkinsonHyperlegible-Bold") for name in names), names


# -- card backs ----------------------------------------------------------------------------------------------------


def test_every_back_carries_the_practice_and_the_logo_is_embedded_once(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    target = tmp_path / "cards.pdf"
    result = run("build", CELLS, "--brand", EXAMPLE, "-o", target)
    assert result.exit_code == 0, result.stderr
    pdf = open_pdf(target)
    assert len(pdf.pages) == 4
    for number in (1, 3):
        fronts, backs = pdf.pages[number - 1], pdf.pages[number]
        cells = cells_from_marks(fronts)
        columns = len({round(cell.x0, 1) for cell in cells})
        filled = [index for index, cell in enumerate(cells) if cell_text(fronts, cell)]
        assert filled
        for index in filled:
            row, column = divmod(index, columns)
            behind = cells[row * columns + columns - 1 - column]
            assert NAME in cell_text(backs, behind) and "Relatie- en gezinstherapie" in cell_text(backs, behind)
            assert NAME not in cell_text(fronts, cells[index])
        assert backs.extract_text().count(NAME) == len(filled)
    pictures, masks = images(target)
    assert len(pictures) == 1 and masks == 1, "the logo is embedded once, with its transparency"
    (logo,) = pictures
    designer = CardDesigner(CARDS["poker"], Typesetter(lambda text, font: 0.5 * len(text)))
    badge = min(designer.width * 0.46, designer.height * 0.3) * 0.76
    most = badge / 72 * 300
    assert int(logo["/Width"]) <= most + 1 and int(logo["/Height"]) <= most + 1
    assert int(logo["/Width"]) < Image.open(EXAMPLE.parent / "logo.png").width
    assert_fonts_embedded(target)


def test_without_a_brand_backs_show_the_deck(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    target = tmp_path / "cards.pdf"
    assert run("build", CELLS, "-o", target).exit_code == 0
    assert NAME not in open_pdf(target).pages[1].extract_text()
    assert images(target) == ([], 0)


# -- session booklets ----------------------------------------------------------------------------------------------


def test_a_branded_session_has_the_practice_on_the_cover_every_page_and_the_closing(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    target = tmp_path / "s.pdf"
    result = run("session", "aron-36", "--brand", EXAMPLE, "--seed", "2", "--imposition", "none", "-o", target)
    assert result.exit_code == 0, result.stderr
    pdf = open_pdf(target)
    texts = [" ".join(page.extract_text().split()) for page in pdf.pages]
    assert NAME in texts[0] and "Relatie- en gezinstherapie" in texts[0]
    for page in pdf.pages[1:]:
        foot = page.crop((0, page.height - 20 * MM, page.width, page.height))
        assert NAME in foot.extract_text() and "1813" in foot.extract_text()
    closing = next(n for n, text in enumerate(texts) if text.startswith("Tot slot"))
    assert "info@praktijk-de-linde.example" in texts[closing] and "erkenningsnummer" in texts[closing]
    assert any("+32 9 000 00 00" in line for line in pdf.pages[closing].extract_text().splitlines()), "phone unbroken"
    assert qr_codes(pdf, closing) == ["https://www.praktijk-de-linde.example"]
    pictures, masks = images(target)
    assert len(pictures) == 1 and masks == 1


# -- handouts ------------------------------------------------------------------------------------------------------


def test_a_handout_carries_the_practice_on_every_page_with_page_x_of_y(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    target = tmp_path / "h.pdf"
    result = run("handout", "luisteren", "--brand", EXAMPLE, "-o", target)
    assert result.exit_code == 0, result.stderr
    pdf = open_pdf(target)
    total = len(pdf.pages)
    assert total >= 5
    for number, page in enumerate(pdf.pages, start=1):
        assert (round(page.width), round(page.height)) == (595, 842)
        text = " ".join(page.extract_text().split())
        assert text.startswith(f"{NAME} Relatie- en gezinstherapie")
        assert f"Pagina {number} van {total}" in text and "Dit materiaal vervangt geen therapie" in text
        assert "info@praktijk-de-linde.example" in text and "erkenningsnummer" in text
    assert qr_codes(pdf, 0) == ["https://www.praktijk-de-linde.example"]
    whole = " ".join(page.extract_text() for page in pdf.pages)
    prompts = [card for card in _deck("luisteren").cards if card.kind != "instruction"]
    assert all(squash(card.text["nl"]) in squash(whole) for card in prompts)
    assert "VOOR DE VOLGENDE KEER" in whole
    pictures, _masks = images(target)
    assert len(pictures) == 1
    assert_fonts_embedded(target)
    again = tmp_path / "again.pdf"
    command = ["handout", "luisteren", "--brand", str(EXAMPLE), "-o", str(again)]
    subprocess.run([sys.executable, "-m", "deckgen", *command], check=True, capture_output=True)
    assert again.read_bytes() == target.read_bytes()


def _deck(deck_id: str):  # type: ignore[no-untyped-def]
    from deckgen.decks import find_deck, load_deck

    path = find_deck(deck_id)
    assert path is not None
    return load_deck(path)


def test_the_client_name_and_date_when_given_and_blank_lines_when_not(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    named, blank = tmp_path / "named.pdf", tmp_path / "blank.pdf"
    assert run("handout", "aron-36", "--ids", "aron-01,aron-02", "--client", "Els en Tom", "--date", "2026-11-21",
               "-o", named).exit_code == 0  # fmt: skip
    assert run("handout", "aron-36", "--ids", "aron-01,aron-02", "-o", blank).exit_code == 0
    first = open_pdf(named).pages[0]
    text = " ".join(first.extract_text().split())
    assert "Els en Tom" in text and "21 november 2026" in text
    assert b"Els en Tom" not in named.read_bytes(), "the client's name stays out of the PDF's metadata"
    empty = open_pdf(blank).pages[0]
    label = next(word for word in empty.extract_words() if word["text"] == "NAAM")
    under = [
        line for line in empty.lines if 0 < line["top"] - label["bottom"] < 12 * MM and line["x0"] <= label["x0"] + 1
    ]
    assert under, "a blank line to write the name on"
    assert "Els" not in empty.extract_text()
    assert "Dit werkblad vervangt geen therapie." in empty.extract_text()


def test_handout_cards_by_id_keep_their_order_and_a_draw_is_seeded(
    run: Callable[..., Result], tmp_path: Path, open_pdf: Callable[[Path], pdfplumber.PDF]
) -> None:
    aron = _deck("aron-36")
    by_id = {card.id: card for card in aron.cards}
    target = tmp_path / "ids.pdf"
    assert run("handout", "aron-36", "--ids", "aron-30", "--ids", "aron-02", "-o", target).exit_code == 0
    text = " ".join(open_pdf(target).pages[0].extract_text().split())
    assert text.index(by_id["aron-30"].text["nl"][:25]) < text.index(by_id["aron-02"].text["nl"][:25])
    first, again = tmp_path / "a.pdf", tmp_path / "b.pdf"
    result = run("handout", "aron-36", "--cards", "5", "--seed", "9", "-o", first)
    assert result.exit_code == 0 and result.stdout.startswith("seed 9\n")
    assert run("handout", "aron-36", "--cards", "5", "--seed", "9", "-o", again).exit_code == 0
    assert first.read_bytes() == again.read_bytes()
    drawn = squash(" ".join(page.extract_text() for page in open_pdf(first).pages))
    assert sum(1 for card in aron.cards if squash(card.text["nl"]) in drawn) == 5


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--ids", "aron-01", "--cards", "3"), 2, "use either --cards (a random draw) or --ids"),
        (("--seed", "3"), 2, "--seed goes with --cards"),
        (("--ids", "aron-99"), 2, "no card 'aron-99' in these decks"),
        (("--ids", "aron-pas"), 2, "'aron-pas' is an instruction card"),
        (("--ids", "aron-01,aron-01"), 2, "'aron-01' is asked for twice"),
        (("--date", "2026-02-30"), 2, "'2026-02-30' is not a date in the calendar"),
        (("--client", " "), 2, "the name is empty"),
        (("--cards", "40"), 2, "the decks have 36 cards to draw from"),
        (("--brand", "nergens.yaml"), 2, "'nergens.yaml' does not exist"),
    ],
)
def test_bad_handout_options_give_one_clear_message(
    run: Callable[..., Result], tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    result = run("handout", "aron-36", *args, "-o", tmp_path / "h.pdf")
    assert result.exit_code == code, result.output
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.output and not (tmp_path / "h.pdf").exists()
