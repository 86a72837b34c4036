"""Where the bundled decks and fonts are, in a source checkout and in an installed copy."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """The folder of bundled `decks` or `fonts`.

    An installed copy carries them inside the package; a source checkout keeps them at the top of the repository.
    """
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name
