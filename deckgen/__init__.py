"""deckgen: plain YAML card decks in, printable PDF card sheets and booklets out."""

__version__ = "0.1.0"
