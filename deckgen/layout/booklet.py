"""Booklet page order: padding to whole sheets and the saddle-stitch imposition."""

from __future__ import annotations

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
