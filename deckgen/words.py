"""deckgen's own words on what it prints, in every language the bundled decks use (English for others)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "kind.activity": "Doe-kaart",
        "kind.instruction": "Uitleg",
        "print.long": "Druk af op ware grootte (100 %), dubbelzijdig, omslaan langs de lange kant.",
        "print.short": "Druk af op ware grootte (100 %), dubbelzijdig, omslaan langs de korte kant.",
        "print.off": "Druk af op ware grootte (100 %), enkelzijdig.",
        "print.check": "Controle: deze lijn is {length} mm.",
    },
    "en": {
        "kind.activity": "Try this",
        "kind.instruction": "How to play",
        "print.long": "Print at actual size (100 %), double-sided, flip on long edge.",
        "print.short": "Print at actual size (100 %), double-sided, flip on short edge.",
        "print.off": "Print at actual size (100 %), single-sided.",
        "print.check": "Check: this line is {length} mm.",
    },
}


def word(lang: str, key: str, **values: object) -> str:
    """deckgen's wording for `key` in `lang`, falling back to English."""
    table = WORDS.get(lang.split("-")[0].split("_")[0], WORDS["en"])
    return table.get(key, WORDS["en"][key]).format(**values)
