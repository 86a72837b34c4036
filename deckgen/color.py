"""Colours as #RRGGBB strings, and the contrast between them (WCAG 2 relative luminance)."""

from __future__ import annotations

WHITE = "#FFFFFF"
INK = "#1F2328"
"""Near-black for text on light colours."""
MIN_TEXT_CONTRAST = 4.5
"""WCAG 2 AA contrast for normal text: a brand colour below it against white paper is not used for text."""


def rgb(color: str) -> tuple[float, float, float]:
    """'#2A9D8F' -> (r, g, b), each 0..1."""
    value = color.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def luminance(color: str) -> float:
    """WCAG relative luminance of a colour, 0 (black) .. 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio, 1 .. 21; text wants at least 4.5."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background: str) -> str:
    """White or near-black, whichever reads better on `background`."""
    return WHITE if contrast(WHITE, background) >= contrast(INK, background) else INK
