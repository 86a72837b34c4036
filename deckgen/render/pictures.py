"""Pictures and QR codes, each put in the PDF once as a form and placed wherever a page shows it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from deckgen.layout.elements import Element, Picture, QrCode


class Pictures:
    """The pictures and QR codes of one PDF.

    Give it every element the PDF will draw first: a picture is prepared once, at 300 dpi for the largest size
    it is shown at, and embedded once however many pages, cards or backs show it.
    """

    def __init__(self, elements: Iterable[Element]) -> None:
        self._largest: dict[tuple[str, str, str], tuple[float, float]] = {}
        for element in elements:
            if isinstance(element, Picture | QrCode):
                key = _key(element)
                width, height = self._largest.get(key, (0.0, 0.0))
                self._largest[key] = (max(width, element.rect.width), max(height, element.rect.height))
        self._names: dict[tuple[str, str, str], str] = {}

    def define(self, canvas: Any) -> None:
        """Put every picture and QR code in the PDF as a form of size 1 x 1, before any page uses it."""
        from reportlab.lib.utils import ImageReader

        from deckgen.render.images import print_ready

        for index, (key, (width, height)) in enumerate(sorted(self._largest.items())):
            kind, source, color = key
            name = f"deckgen-{kind}-{index}"
            canvas.beginForm(name, 0, 0, 1, 1)
            if kind == "picture":
                image = print_ready(Path(source), width, height)
                canvas.drawImage(ImageReader(image), 0, 0, 1, 1, mask="auto")
            else:
                _draw_qr(canvas, source, color)
            canvas.endForm()
            self._names[key] = name

    def draw(self, canvas: Any, element: Picture | QrCode, x: float, y: float) -> None:
        rect = element.rect
        canvas.saveState()
        canvas.translate(x + rect.x, y + rect.y)
        canvas.scale(rect.width, rect.height)
        canvas.doForm(self._names[_key(element)])
        canvas.restoreState()


def _key(element: Picture | QrCode) -> tuple[str, str, str]:
    """What makes a picture or QR code the same one: its kind, its source or data, and a QR code's colour."""
    return ("picture", element.source, "") if isinstance(element, Picture) else ("qr", element.data, element.color)


def _draw_qr(canvas: Any, data: str, color: str) -> None:
    """The QR code's modules as filled squares in a 1 x 1 box (medium error correction, no quiet zone)."""
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
    from reportlab.lib.colors import HexColor

    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    count = code.getModuleCount()
    size = 1.0 / count
    canvas.setFillColor(HexColor(color))
    path = canvas.beginPath()
    for row in range(count):
        for column in range(count):
            if code.isDark(row, column):
                path.rect(column * size, 1.0 - (row + 1) * size, size, size)
    canvas.drawPath(path, stroke=0, fill=1)
