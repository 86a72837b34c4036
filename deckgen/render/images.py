"""Logo images with Pillow: checking a file before anything is drawn, and preparing it for print at 300 dpi."""

from __future__ import annotations

import math
import warnings
from pathlib import Path
from typing import Any

MAX_PIXELS = 25_000_000
"""A logo larger than this (e.g. 5000 x 5000) is a mistake or a decompression bomb: refused before decoding."""
MAX_BYTES = 20_000_000
FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "MPO": "JPEG"}
"""Formats taken, and what they are called in messages (phone cameras write JPEGs Pillow calls MPO)."""
PRINT_DPI = 300


class ImageProblem(Exception):
    """An image file deckgen cannot use; the message says why and what to do, without the file name."""


def inspect_image(path: Path) -> tuple[int, int]:
    """The width and height in pixels of a PNG or JPEG file, upright; raises ImageProblem for anything else.

    The header is checked before the pixels are decoded, so a decompression bomb is stopped cheaply; then the whole
    image is decoded once, so that a damaged file is found now and not halfway through drawing.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImageProblem("there is no such file; check the name and that it sits where the path says") from None
    except OSError as error:
        raise ImageProblem(f"it cannot be read ({error.strerror})") from None
    if path.is_dir():
        raise ImageProblem("this is a folder; give the image file inside it")
    if size > MAX_BYTES:
        raise ImageProblem(f"the file is {size // 1_000_000} MB; a logo needs far less: save a smaller copy")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                kind = FORMATS.get(image.format or "")
                if kind is None:
                    raise ImageProblem(f"it is a {image.format} image; save it as PNG or JPEG")
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ImageProblem(_too_large(width, height))
                image.load()
                upright = ImageOps.exif_transpose(image)
                return upright.size
    except ImageProblem:
        raise
    except UnidentifiedImageError:
        raise ImageProblem("this is not a PNG or JPEG image (or it is damaged); save it again as PNG or JPEG") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageProblem(_too_large(*_header_size(path))) from None
    except PermissionError:
        raise ImageProblem("it cannot be read (permission denied)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise ImageProblem(f"the image is damaged ({error}); save it again as PNG or JPEG") from None


def _too_large(width: int, height: int) -> str:
    return (
        f"the image is {width} x {height} pixels ({width * height / 1e6:.0f} megapixels); deckgen takes logos up to "
        f"{MAX_PIXELS // 1_000_000} megapixels: save a smaller copy (1000 pixels wide is plenty)"
    )


def _header_size(path: Path) -> tuple[int, int]:
    from PIL import Image

    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        with Image.open(path) as image:
            return image.size
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def print_ready(path: Path, width: float, height: float) -> Any:
    """The image, upright, no larger than 300 dpi at `width` x `height` points, transparency kept (a PIL image)."""
    from PIL import Image, ImageOps

    with Image.open(path) as opened:
        opened.load()
        image = ImageOps.exif_transpose(opened)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    scale = min(width / 72 * PRINT_DPI / image.width, height / 72 * PRINT_DPI / image.height)
    if scale < 1:
        size = (max(1, math.ceil(image.width * scale)), max(1, math.ceil(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    return image
