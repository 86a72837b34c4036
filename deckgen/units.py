"""Millimetres in data and options, points inside: the one place that converts."""

POINTS_PER_MM = 72.0 / 25.4


def mm(value: float) -> float:
    """Millimetres to PDF points."""
    return value * POINTS_PER_MM


def to_mm(points: float) -> float:
    """PDF points to millimetres."""
    return points / POINTS_PER_MM
