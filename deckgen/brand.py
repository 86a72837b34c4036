"""The brand file: a practice's name, logo, colours, font and contact, validated like a deck.

Every problem is collected with its line before deckgen stops. A colour that is too light for text is a warning:
deckgen then prints text in near-black where it would have used that colour.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from deckgen.color import MIN_TEXT_CONTRAST, WHITE, contrast
from deckgen.decks import COLOR, Checker, describe, suggest
from deckgen.errors import Problem, ValidationError
from deckgen.load import KeyPath, read_yaml
from deckgen.model import NEUTRAL, Brand, Logo

BRAND_KEYS = ("name", "tagline", "logo", "colors", "font", "contact", "registration", "footer", "qr")
COLOR_KEYS = ("primary", "accent")
CONTACT_KEYS = ("website", "email", "phone")
FONT_KEYS = ("regular", "bold")
QR_VALUES = ("website",)
TEXT_LIMITS = {"name": 80, "tagline": 120, "registration": 200, "footer": 300}
"""The most characters each text may have: they share a card back or a page footer with other things."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s]+$", re.IGNORECASE)


def load_brand(path: Path, display: str | None = None) -> tuple[Brand, list[Problem]]:
    """Read and validate a brand file: the brand and its warnings. Raises ValidationError listing every problem."""
    doc = read_yaml(path, display)
    check = Checker(doc)
    data = doc.data
    if not isinstance(data, dict):
        raise ValidationError(
            [doc.problem((), f"the top level must be a mapping with at least `name:`; got {describe(data)}")]
        )
    check.unknown_keys(data, (), BRAND_KEYS, "the brand file")
    warnings: list[Problem] = []

    texts: dict[str, str | None] = {}
    for key in ("name", "tagline", "registration", "footer"):
        texts[key] = _text(check, data, (key,), required=key == "name")

    colors = _colors(check, data.get("colors"), warnings)
    contact = _contact(check, data.get("contact"))
    logo = _logo(check, data, path)
    font, font_bold, font_files = _font(check, data.get("font"), path)

    qr = None
    if data.get("qr") not in (None, False):
        if data["qr"] not in QR_VALUES:
            check.add(("qr",), f"qr can only be `website` (a QR code of the website); got {describe(data['qr'])}")
        elif not contact.get("website"):
            check.add(("qr",), 'a QR code of the website needs one; add `contact: {website: "www.praktijk.be"}`')
        else:
            website = contact["website"] or ""
            qr = website if re.match(r"^https?://", website, re.IGNORECASE) else f"https://{website}"

    if check.problems:
        raise ValidationError(check.problems)
    name = texts["name"]
    assert name is not None
    brand = Brand(
        name=name,
        tagline=texts["tagline"],
        logo=logo,
        primary=colors.get("primary") or NEUTRAL,
        accent=colors.get("accent") or colors.get("primary") or NEUTRAL,
        font=font,
        font_bold=font_bold,
        font_files=font_files,
        website=contact.get("website"),
        email=contact.get("email"),
        phone=contact.get("phone"),
        registration=texts["registration"],
        footer=texts["footer"],
        qr=qr,
        path=path,
    )
    glyphs = _glyph_problems(brand, doc)
    if glyphs:
        raise ValidationError(glyphs)
    return brand, warnings


def _text(check: Checker, data: dict[str, Any], path: KeyPath, required: bool = False) -> str | None:
    key = str(path[-1])
    value = data.get(key)
    if value is None:
        if required:
            check.add(path, f'missing {key}; add for example `{key}: "Praktijk De Linde"`')
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        check.add(path, f"expected text, got {describe(value)}")
        return None
    text = " ".join(str(value).split())
    if not text:
        check.add(path, f"the {key} is empty; write it in quotes or leave the line out")
        return None
    limit = TEXT_LIMITS.get(key)
    if limit and len(text) > limit:
        check.add(path, f"the {key} has {len(text)} characters; keep it under {limit} so that it fits")
        return None
    return text


def _colors(check: Checker, value: Any, warnings: list[Problem]) -> dict[str, str]:
    path: KeyPath = ("colors",)
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.add(path, f'expected `{{primary: "#1D3557", accent: "#E63946"}}`, got {describe(value)}')
        return {}
    check.unknown_keys(value, path, COLOR_KEYS, "colors")
    result: dict[str, str] = {}
    for key in COLOR_KEYS:
        if key not in value:
            continue
        color = value[key]
        here = (*path, key)
        if color is None:
            check.add(
                here, f'the colour is missing; in YAML a # starts a comment, so put it in quotes: {key}: "#1D3557"'
            )
        elif not isinstance(color, str) or not COLOR.match(color):
            check.add(
                here, f'expected a colour like "#1D3557" (# and six hex digits, in quotes), got {describe(color)}'
            )
        else:
            result[key] = color.upper()
            ratio = contrast(color, WHITE)
            if ratio < MIN_TEXT_CONTRAST:
                warnings.append(
                    check.doc.problem(
                        here,
                        f'"{color}" has a contrast of {ratio:.1f}:1 with white paper, below the '
                        f"{MIN_TEXT_CONTRAST}:1 that text needs (WCAG); text that would be in this colour is printed "
                        "in near-black; choose a darker shade to see it in text",
                    )
                )
    return result


def _contact(check: Checker, value: Any) -> dict[str, str | None]:
    path: KeyPath = ("contact",)
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.add(path, f'expected `{{website: "...", email: "...", phone: "..."}}`, got {describe(value)}')
        return {}
    check.unknown_keys(value, path, CONTACT_KEYS, "contact")
    result: dict[str, str | None] = {}
    for key in CONTACT_KEYS:
        if key in value:
            result[key] = _text(check, value, (*path, key))
    if result.get("email") and not _EMAIL.match(result["email"] or ""):
        check.add((*path, "email"), f"'{result['email']}' is not an e-mail address; write it like info@praktijk.be")
        result["email"] = None
    if result.get("website") and not _WEBSITE.match(result["website"] or ""):
        check.add((*path, "website"), f"'{result['website']}' is not a web address; write it like www.praktijk.be")
        result["website"] = None
    return result


def _logo(check: Checker, data: dict[str, Any], brand_path: Path) -> Logo | None:
    from deckgen.render.images import ImageProblem, inspect_image

    value = data.get("logo")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        check.add(("logo",), f"expected the name of a PNG or JPEG file, got {describe(value)}")
        return None
    path = (brand_path.parent / value.strip()).resolve()
    try:
        width, height = inspect_image(path)
    except ImageProblem as problem:
        check.add(("logo",), f"{value}: {problem}")
        return None
    return Logo(path, width, height)


def _font(check: Checker, value: Any, brand_path: Path) -> tuple[str, str, tuple[tuple[str, Path], ...]]:
    from deckgen.render.fonts import FAMILIES, check_font_file

    default = FAMILIES["noto-sans"]
    path: KeyPath = ("font",)
    if value is None:
        return (*default, ())
    if isinstance(value, str):
        if value not in FAMILIES:
            check.add(
                path,
                f"'{value}' is not a bundled font; {suggest(value, tuple(FAMILIES))}; "
                "or give your own: `font: {regular: Font-Regular.ttf, bold: Font-Bold.ttf}`",
            )
            return (*default, ())
        return (*FAMILIES[value], ())
    if not isinstance(value, dict):
        check.add(path, f"expected a bundled font ({', '.join(FAMILIES)}) or {{regular: ..., bold: ...}}")
        return (*default, ())
    check.unknown_keys(value, path, FONT_KEYS, "font")
    files: list[tuple[str, Path]] = []
    for key in FONT_KEYS:
        name = value.get(key)
        if name is None:
            if key == "regular":
                check.add(path, "missing regular; add `regular: MyFont-Regular.ttf` (bold is optional)")
            continue
        if not isinstance(name, str):
            check.add((*path, key), f"expected a .ttf file name, got {describe(name)}")
            continue
        file = (brand_path.parent / name).resolve()
        reason = check_font_file(file)
        if reason:
            check.add((*path, key), f"{name}: {reason}")
            continue
        digest = hashlib.sha256(file.read_bytes()).hexdigest()[:10]
        files.append((f"Brand-{key}-{digest}", file))
    if not files:
        return (*default, ())
    regular = files[0][0]
    bold = files[1][0] if len(files) > 1 else regular
    return regular, bold, tuple(files)


def _glyph_problems(brand: Brand, doc: Any) -> list[Problem]:
    """Characters of the brand's texts that its fonts cannot print."""
    from deckgen.render.fonts import add_font, no_glyph

    for name, file in brand.font_files:
        add_font(name, file)
    problems = []
    fields = {
        ("name",): (brand.name, brand.font_bold),
        ("tagline",): (brand.tagline, brand.font),
        ("registration",): (brand.registration, "NotoSans"),
        ("footer",): (brand.footer, "NotoSans"),
        ("contact", "website"): (brand.website, "NotoSans"),
        ("contact", "email"): (brand.email, "NotoSans"),
        ("contact", "phone"): (brand.phone, "NotoSans"),
    }
    for path, (text, font) in fields.items():
        if not text:
            continue
        lacking = no_glyph(text, font)
        if lacking:
            problems.append(doc.problem(path, f"{lacking}; replace or remove these characters"))
    return problems
