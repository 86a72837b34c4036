"""Benchmark: deckgen's card sheets against the bare-reportlab floor (target: within 1.3x of bare reportlab).

Run from the repository, with the Python that has deckgen installed (it runs the children with the same one):

    python bench/bench_sheets.py [--cards N] [--repeat R] [--seed S]

Defaults: 3600 cards, best of 3. Everything is written to a temporary folder that is removed afterwards.

1. A deck YAML of N question cards is generated (languages [nl, en], 4 categories with colours, Dutch and English
   texts of 60-160 characters built from seeded templates and word lists), with a JSON copy of the same cards for
   the floor script.
2. `python -m deckgen build deck.yaml -o deckgen.pdf` runs as a subprocess: import and font registration count.
3. bench/bare_reportlab.py draws the same cards (in the deck's first language, nl, which deckgen prints by default)
   with reportlab alone, also as a subprocess.
4. Each is timed best-of-R (wall clock); peak memory is the child's own max RSS, from os.wait4.
5. deckgen also builds N/4 cards, to show whether its memory grows with the number of cards.

POSIX only (os.wait4).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BARE_SCRIPT = HERE / "bare_reportlab.py"
FONTS = HERE.parent / "fonts"
TARGET = 1.3
"""deckgen should take at most this many times the bare-reportlab time."""
MIN_CHARS, MAX_CHARS = 60, 160
PER_SHEET = 9

CATEGORIES = (
    ("herinneringen", "Herinneringen", "Memories", "#3D7A8A"),
    ("dromen", "Dromen", "Dreams", "#7A4B9A"),
    ("samen", "Samen", "Together", "#B5472E"),
    ("dagelijks", "Dagelijks leven", "Everyday life", "#2A7F62"),
)
TITLE = ("Vragen voor twee", "Questions for two")

# Slot fillers as (Dutch, English) pairs; the Dutch ones include long compounds that need hyphenating.
PAST = (
    ("je kindertijd", "your childhood"),
    ("je eerste baan", "your first job"),
    ("onze eerste vakantie samen", "our first holiday together"),
    ("de middelbare school", "secondary school"),
    ("de tijd bij je grootouders", "the time at your grandparents'"),
    ("het afgelopen jaar", "the past year"),
    ("de zondagochtenden bij jou thuis", "Sunday mornings at your home"),
    ("de verjaardagsfeesten in je familie", "birthday parties in your family"),
    ("een moeilijke periode", "a difficult time"),
    ("je studententijd", "your student years"),
)
TOPICS = (
    *PAST,
    ("je vriendschappen", "your friendships"),
    ("je verantwoordelijkheidsgevoel", "your sense of responsibility"),
    ("onze toekomstverwachtingen", "our hopes for the future"),
    ("de huishoudelijke taakverdeling", "how we share the housework"),
    ("de manier waarop we ruziemaken", "the way we argue"),
)
FEELINGS = (
    ("dankbaar", "grateful"),
    ("trots", "proud"),
    ("onzeker", "unsure of yourself"),
    ("gelukkig", "happy"),
    ("eenzaam", "lonely"),
    ("opgelucht", "relieved"),
    ("geëmotioneerd", "moved"),
    ("nieuwsgierig", "curious"),
)
PEOPLE = (
    ("je beste vriend of vriendin", "your best friend"),
    ("je moeder", "your mother"),
    ("je vader", "your father"),
    ("een leraar", "a teacher"),
    ("je broer of zus", "your brother or sister"),
    ("een collega", "a colleague"),
    ("een buurvrouw", "a neighbour"),
    ("je allereerste klasgenootje", "your very first classmate"),
)
TIMES = (
    ("vorige week", "last week"),
    ("als kind", "as a child"),
    ("de laatste tijd", "lately"),
    ("tijdens je stage", "during your internship"),
    ("op vakantie", "on holiday"),
    ("deze winter", "this winter"),
)
ACTIVITIES = (
    ("samen koken", "cooking together"),
    ("een lange wandeling maken", "going for a long walk"),
    ("lezen op het terras", "reading outside at a café"),
    ("een weekendje weg", "a weekend away"),
    ("elkaar brieven schrijven", "writing each other letters"),
    ("fietsen langs de rivier", "cycling along the river"),
    ("een museumbezoek", "a visit to a museum"),
)
TEMPLATES = (
    (
        "Wanneer voelde je je {time} echt {feeling}, en wat maakte dat moment zo bijzonder?",
        "When did you feel truly {feeling} {time}, and what made that moment so special?",
    ),
    (
        "Welke herinnering aan {past} zou je graag nog eens opnieuw beleven?",
        "Which memory of {past} would you love to live through again?",
    ),
    (
        "Wat heeft {person} je geleerd over {topic} dat je nu nog steeds meeneemt?",
        "What did {person} teach you about {topic} that you still carry with you?",
    ),
    (
        "Wat zou je willen veranderen aan {topic} als je helemaal opnieuw mocht beginnen?",
        "What would you change about {topic} if you could start all over again?",
    ),
    (
        "Waar denk je aan als je terugkijkt op {past}? Waarom voel je je daarover {feeling}?",
        "What comes to mind when you look back on {past}? Why does it leave you {feeling}?",
    ),
    (
        "Vertel over een moment met {person} waarop je je {feeling} voelde.",
        "Tell me about a moment with {person} when you felt {feeling}.",
    ),
    (
        "Wat vind je het fijnste aan {activity}, en wanneer hebben we dat voor het laatst gedaan?",
        "What do you enjoy most about {activity}, and when did we last do it?",
    ),
    (
        "Welke gewoonte uit {past} wil je doorgeven, en welke liever niet?",
        "Which habit from {past} would you like to pass on, and which would you rather not?",
    ),
    (
        "Stel dat we morgen vrij zijn: kies je voor {activity} of voor een rustige dag thuis?",
        "Say we had tomorrow off: would you pick {activity} or a quiet day at home?",
    ),
    (
        "Wat zou {person} over jou vertellen als iemand vroeg hoe je {time} was?",
        "What would {person} tell someone who asked what you were like {time}?",
    ),
)
OPENERS = (
    ("Neem even de tijd. ", "Take a moment. "),
    ("Een vraag voor vanavond. ", "A question for tonight. "),
    ("Zeg het eerlijk. ", "Be honest. "),
    ("Om beurten. ", "Take turns. "),
)
TAILS = (
    (" Neem de tijd om erover na te denken.", " Take your time to think about it."),
    (" Wat voelde je daarbij in je lichaam?", " What did you feel in your body?"),
    (" En wat zou je mij daarover willen vertellen?", " And what would you like to tell me about it?"),
    (" Probeer het zo concreet mogelijk te beschrijven.", " Try to describe it as concretely as you can."),
    (" Waarom juist dat?", " Why that in particular?"),
    (" Wie wist dat al van je?", " Who knew that about you already?"),
    (" Wat zou je nu anders doen?", " What would you do differently now?"),
    (" Geef een voorbeeld.", " Give an example."),
)


@dataclass(frozen=True)
class Run:
    """One child process: wall time and its own peak resident memory."""

    seconds: float
    peak_mib: float


def question(rng: random.Random) -> tuple[str, str]:
    """One (Dutch, English) question of MIN_CHARS to MAX_CHARS characters in both languages."""
    while True:
        nl, en = rng.choice(TEMPLATES)
        slots = {
            "topic": rng.choice(TOPICS),
            "past": rng.choice(PAST),
            "feeling": rng.choice(FEELINGS),
            "person": rng.choice(PEOPLE),
            "time": rng.choice(TIMES),
            "activity": rng.choice(ACTIVITIES),
        }
        opener_nl, opener_en = rng.choice(OPENERS) if rng.random() < 0.3 else ("", "")
        nl = opener_nl + nl.format(**{key: pair[0] for key, pair in slots.items()})
        en = opener_en + en.format(**{key: pair[1] for key, pair in slots.items()})
        for tail_nl, tail_en in rng.sample(TAILS, rng.choice((0, 0, 1, 1, 2))):
            nl, en = nl + tail_nl, en + tail_en
        if MIN_CHARS <= len(nl) <= MAX_CHARS and MIN_CHARS <= len(en) <= MAX_CHARS:
            return nl, en


def generate_deck(count: int, seed: int) -> dict[str, Any]:
    """A deck of `count` question cards, each with its own text: YAML for deckgen, JSON for the floor."""
    rng = random.Random(seed)
    cards = []
    seen: set[str] = set()
    for index in range(count):
        for _attempt in range(10_000):  # every card its own text, as in a real deck: no free cache hits
            nl, en = question(rng)
            if nl not in seen:
                break
        else:
            raise SystemExit(f"cannot make {count} different texts from the word lists; add words")
        seen.add(nl)
        cards.append(
            {
                "id": f"q-{index + 1:05d}",
                "category": rng.choice(CATEGORIES)[0],
                "level": rng.randint(1, 3),
                "text": {"nl": nl, "en": en},
            }
        )
    return {
        "id": "bench",
        "title": {"nl": TITLE[0], "en": TITLE[1]},
        "languages": ["nl", "en"],
        "categories": [{"id": key, "name": {"nl": nl, "en": en}, "color": color} for key, nl, en, color in CATEGORIES],
        "cards": cards,
    }


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is a subset of it)."""
    return json.dumps(text, ensure_ascii=False)


def write_yaml(deck: dict[str, Any], path: Path) -> None:
    """The deck in the style of the bundled decks: flow mappings for texts and categories."""

    def text(value: dict[str, str]) -> str:
        return "{" + ", ".join(f"{lang}: {quoted(item)}" for lang, item in value.items()) + "}"

    lines = [
        f"id: {deck['id']}",
        f"title: {text(deck['title'])}",
        f"languages: [{', '.join(deck['languages'])}]",
        "categories:",
    ]
    lines += [f"  {c['id']}: {{name: {text(c['name'])}, color: {quoted(c['color'])}}}" for c in deck["categories"]]
    lines.append("cards:")
    for card in deck["cards"]:
        lines += [
            f"  - id: {card['id']}",
            f"    category: {card['category']}",
            f"    level: {card['level']}",
            "    text:",
            *(f"      {lang}: {quoted(item)}" for lang, item in card["text"].items()),
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_floor_json(deck: dict[str, Any], path: Path, lang: str) -> None:
    """The same cards for bare_reportlab.py, in the one language deckgen prints."""
    data = {
        "title": deck["title"][lang],
        "categories": [{"id": c["id"], "name": c["name"][lang], "color": c["color"]} for c in deck["categories"]],
        "cards": [{"text": card["text"][lang], "category": card["category"]} for card in deck["cards"]],
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def run_child(command: list[str], cwd: Path, log: Path) -> Run:
    """Run `command` to completion; its wall time and peak RSS (from the kernel's rusage for that child)."""
    with log.open("wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{log.read_text(errors='replace')}")
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return Run(seconds, usage.ru_maxrss * unit / 2**20)


def pages_in(pdf: Path) -> int:
    """Page objects in a reportlab PDF (it writes no object streams, so they are plain text)."""
    return len(re.findall(rb"/Type /Page\b", pdf.read_bytes()))


def best(runs: list[Run]) -> Run:
    """Fastest wall time; the highest peak memory seen."""
    return Run(min(r.seconds for r in runs), max(r.peak_mib for r in runs))


def benchmark(cards: int, repeat: int, seed: int, python: str, work: Path) -> None:
    """Build the decks in `work`, time both children and print the table and the verdict."""
    deck = generate_deck(cards, seed)
    quarter_deck = {**deck, "cards": deck["cards"][: max(1, cards // 4)]}
    yaml_path, quarter_yaml, floor_json = work / "deck.yaml", work / "deck-quarter.yaml", work / "cards.json"
    write_yaml(deck, yaml_path)
    write_yaml(quarter_deck, quarter_yaml)
    write_floor_json(deck, floor_json, deck["languages"][0])
    lengths = [len(card["text"]["nl"]) for card in deck["cards"]]
    print(
        f"deck: {cards} cards, {yaml_path.stat().st_size / 1024:.0f} KiB YAML; nl text {min(lengths)}-{max(lengths)} "
        f"chars (mean {sum(lengths) / len(lengths):.0f}); {len({c['text']['nl'] for c in deck['cards']})} distinct"
    )

    deckgen_pdf, bare_pdf = work / "deckgen.pdf", work / "bare.pdf"
    deckgen_cmd = [python, "-m", "deckgen", "build", str(yaml_path), "-o", str(deckgen_pdf)]
    bare_cmd = [python, str(BARE_SCRIPT), str(floor_json), str(bare_pdf), "--fonts", str(FONTS)]
    quarter_cmd = [python, "-m", "deckgen", "build", str(quarter_yaml), "-o", str(work / "quarter.pdf")]
    deckgen_runs: list[Run] = []
    bare_runs: list[Run] = []
    for attempt in range(repeat):  # interleaved, so that drift in the machine's speed hits both alike
        deckgen_runs.append(run_child(deckgen_cmd, work, work / "deckgen.log"))
        bare_runs.append(run_child(bare_cmd, work, work / "bare.log"))
        print(
            f"  run {attempt + 1}/{repeat}: deckgen {deckgen_runs[-1].seconds:.3f} s, "
            f"bare {bare_runs[-1].seconds:.3f} s",
            flush=True,
        )
    quarter = run_child(quarter_cmd, work, work / "quarter.log")
    dg, bare = best(deckgen_runs), best(bare_runs)

    expected = 2 * -(-cards // PER_SHEET)
    print(f"pages: deckgen {pages_in(deckgen_pdf)}, bare {pages_in(bare_pdf)} (expected {expected})")
    sizes = deckgen_pdf.stat().st_size / 2**20, bare_pdf.stat().st_size / 2**20
    print(f"PDF size: deckgen {sizes[0]:.2f} MiB, bare {sizes[1]:.2f} MiB")
    print()

    ratio = dg.seconds / bare.seconds
    quarter_label = f"deckgen MiB @{len(quarter_deck['cards'])}"
    headers = ("cards", "deckgen s", "bare s", "ratio", quarter_label, f"deckgen MiB @{cards}", "bare MiB")
    values = (
        str(cards),
        f"{dg.seconds:.3f}",
        f"{bare.seconds:.3f}",
        f"{ratio:.2f}x",
        f"{quarter.peak_mib:.1f}",
        f"{dg.peak_mib:.1f}",
        f"{bare.peak_mib:.1f}",
    )
    widths = [max(len(h), len(v)) for h, v in zip(headers, values, strict=True)]
    print("  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join(v.rjust(w) for v, w in zip(values, widths, strict=True)))
    print()
    per_card = 1000 * dg.seconds / cards, 1000 * bare.seconds / cards
    verdict = "MEETS" if ratio <= TARGET else "MISSES"
    print(
        f"verdict: {verdict} the target (within {TARGET}x of bare reportlab): deckgen takes {ratio:.2f}x "
        f"({per_card[0]:.2f} vs {per_card[1]:.2f} ms per card, best of {repeat})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=3600, help="cards in the deck (default: 3600)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, best time wins (default: 3)")
    parser.add_argument("--seed", type=int, default=20240, help="seed for the generated texts")
    parser.add_argument("--python", default=sys.executable, help="Python with deckgen installed (default: this one)")
    args = parser.parse_args(argv)
    if args.cards < 1 or args.repeat < 1:
        parser.error("--cards and --repeat must be at least 1")
    with tempfile.TemporaryDirectory(prefix="deckgen-bench-") as folder:
        benchmark(args.cards, args.repeat, args.seed, args.python, Path(folder))


if __name__ == "__main__":
    main()
