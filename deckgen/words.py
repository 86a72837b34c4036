"""deckgen's own words on what it prints, in every language the bundled decks use (English for others)."""

from __future__ import annotations

from datetime import date

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "kind.activity": "Doe-kaart",
        "kind.instruction": "Uitleg",
        "print.long": "Druk af op ware grootte (100 %), dubbelzijdig, omslaan langs de lange kant.",
        "print.short": "Druk af op ware grootte (100 %), dubbelzijdig, omslaan langs de korte kant.",
        "print.off": "Druk af op ware grootte (100 %), enkelzijdig.",
        "print.check": "Controle: deze lijn is {length} mm.",
        "booklet.title": "Een avond samen",
        "booklet.session": "Sessie {number} van {total}",
        "booklet.count": "{count} kaarten",
        "booklet.from": "Met kaarten uit {decks}",
        "booklet.names": "Namen",
        "booklet.date": "Datum",
        "booklet.seed": "Seed {seed}",
        "booklet.again": "Opnieuw maken: {command}",
        "booklet.rules": "Zo gebruik je dit boekje",
        "booklet.rule.quiet": "Kies een rustig moment. Telefoons weg, tv en muziek uit. Ga dicht bij elkaar zitten.",
        "booklet.rule.turns": (
            "Lees om beurten een kaart voor, in de volgorde van dit boekje: de vragen worden gaandeweg "
            "persoonlijker. Wie voorleest, antwoordt eerst."
        ),
        "booklet.rule.listen": "Luister zonder te onderbreken of te oordelen. Je hoeft niets op te lossen.",
        "booklet.rule.pass": "Passen mag altijd, zonder uitleg. Zeg gewoon ‘pas’ en ga door naar de volgende.",
        "booklet.rule.private": "Wat hier gezegd wordt, blijft tussen jullie.",
        "booklet.rule.write": "Onder elke kaart is ruimte om te schrijven: een woord, een zin, iets om te onthouden.",
        "booklet.decks": "Uit de kaarten",
        "booklet.closing": "Tot slot",
        "booklet.closing.thanks": "Bedank elkaar voor één ding dat je vanavond hoorde of zag. Meer hoeft niet.",
        "booklet.closing.tomorrow": (
            "Laat het gesprek even bezinken. Neem morgen elk apart tien minuten en schrijf op wat je is "
            "bijgebleven: een zin, een gevoel, iets wat je nog niet wist. Lees het een week later terug. "
            "Klopt het nog, of is er iets veranderd?"
        ),
        "booklet.closing.lines": "Wat me bijbleef",
        "booklet.notes": "Notities",
        "handout.name": "Naam",
        "handout.date": "Datum",
        "handout.page": "Pagina {number} van {total}",
        "handout.next": "Voor de volgende keer",
        "handout.next.hint": "Kies één ding uit dit werkblad dat je probeert voor jullie volgende gesprek.",
        "handout.disclaimer": "Dit werkblad vervangt geen therapie.",
        "booklet.print": (
            "Boekje: druk dubbelzijdig af op ware grootte (100 %), omslaan langs de korte kant. "
            "Vouw de stapel dubbel en zet twee nietjes in de vouw."
        ),
    },
    "en": {
        "kind.activity": "Try this",
        "kind.instruction": "How to play",
        "print.long": "Print at actual size (100 %), double-sided, flip on long edge.",
        "print.short": "Print at actual size (100 %), double-sided, flip on short edge.",
        "print.off": "Print at actual size (100 %), single-sided.",
        "print.check": "Check: this line is {length} mm.",
        "booklet.title": "An evening together",
        "booklet.session": "Session {number} of {total}",
        "booklet.count": "{count} cards",
        "booklet.from": "With cards from {decks}",
        "booklet.names": "Names",
        "booklet.date": "Date",
        "booklet.seed": "Seed {seed}",
        "booklet.again": "To make it again: {command}",
        "booklet.rules": "How to use this booklet",
        "booklet.rule.quiet": "Pick a quiet moment. Phones away, TV and music off. Sit close to each other.",
        "booklet.rule.turns": (
            "Take turns reading a card aloud, in the order of this booklet: the questions grow more personal "
            "as you go. Whoever reads answers first."
        ),
        "booklet.rule.listen": "Listen without interrupting or judging. Nothing needs fixing.",
        "booklet.rule.pass": "You may always pass, without explaining. Just say ‘pass’ and go on to the next one.",
        "booklet.rule.private": "What is said here stays between you.",
        "booklet.rule.write": "Below each card there is room to write: a word, a line, something to remember.",
        "booklet.decks": "From the cards",
        "booklet.closing": "To close",
        "booklet.closing.thanks": "Thank each other for one thing you heard or saw tonight. That is enough.",
        "booklet.closing.tomorrow": (
            "Let the conversation settle. Tomorrow, each take ten minutes on your own and write down what stayed "
            "with you: a sentence, a feeling, something you did not know yet. Read it again a week later. "
            "Does it still ring true, or has something changed?"
        ),
        "booklet.closing.lines": "What stayed with me",
        "booklet.notes": "Notes",
        "handout.name": "Name",
        "handout.date": "Date",
        "handout.page": "Page {number} of {total}",
        "handout.next": "Before next time",
        "handout.next.hint": "Pick one thing from this worksheet to try before your next session.",
        "handout.disclaimer": "This worksheet does not replace therapy.",
        "booklet.print": (
            "Booklet: print double-sided at actual size (100 %), flip on short edge. "
            "Fold the stack in half and put two staples in the fold."
        ),
    },
}


def base_language(lang: str) -> str:
    """'nl-BE' or 'nl_BE' -> 'nl'."""
    return lang.split("-")[0].split("_")[0].lower()


def word(lang: str, key: str, **values: object) -> str:
    """deckgen's wording for `key` in `lang`, falling back to English."""
    table = WORDS.get(base_language(lang), WORDS["en"])
    return table.get(key, WORDS["en"][key]).format(**values)


MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip


def long_date(day: date, lang: str) -> str:
    """21 november 2026 (Dutch), 21 November 2026 (English and others)."""
    months = MONTHS.get(base_language(lang), MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"
