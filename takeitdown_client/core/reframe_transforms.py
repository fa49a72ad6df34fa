"""The pixel transforms of reframe variants (see ``core.reframes``): crops, bars, the
blurred fill, a caption bar (plain, or with a grey band where its text would be), trimmed
edges, and the final square resize.

Each is defined exactly, so that any PDQ implementation reproduces a variant from
the same pixels.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageFilter

RgbArray = npt.NDArray[np.uint8]


def crop_to_ratio(base: Image.Image, ratio: float, position: float = 0.5) -> Image.Image:
    """The largest window of ``ratio`` (width / height); ``position`` 0 = top or left."""
    width, height = base.size
    if width / height > ratio:
        new_width = max(1, round(height * ratio))
        left = round((width - new_width) * position)
        return base.crop((left, 0, left + new_width, height))
    new_height = max(1, round(width / ratio))
    top = round((height - new_height) * position)
    return base.crop((0, top, width, top + new_height))


def _canvas_size(size: tuple[int, int], ratio: float) -> tuple[int, int]:
    width, height = size
    if width / height > ratio:
        return width, max(height, round(width / ratio))
    return max(width, round(height * ratio)), height


def pad_to_ratio(base: Image.Image, ratio: float, colour: tuple[int, int, int]) -> Image.Image:
    """The picture centred on a canvas of ``ratio`` with bars of one colour."""
    canvas_size = _canvas_size(base.size, ratio)
    canvas = Image.new("RGB", canvas_size, colour)
    canvas.paste(base, _centred(base.size, canvas_size))
    return canvas


# The fill's blur: a Gaussian of this share of the canvas's longer side (applied at 1/8
# scale, which is as good and 5x faster), so that a small picture's fill is blurred as
# much as a large one's (a radius of 3 at 1/8 scale blurred 256-pixel pictures twice as
# much; chosen on seed 11 of tests/benchmarks/bench_reframes_oracle.py among 2, 2.5 and 3%).
FILL_BLUR = 0.025


def fill_to_ratio(base: Image.Image, ratio: float) -> Image.Image:
    """The picture centred on a blurred, enlarged copy of itself (story-style fill)."""
    canvas_size = _canvas_size(base.size, ratio)
    cover = crop_to_ratio(base, canvas_size[0] / canvas_size[1])
    small = (max(1, canvas_size[0] // 8), max(1, canvas_size[1] // 8))
    blur = ImageFilter.GaussianBlur(max(small) * FILL_BLUR)
    blurred = cover.resize(small, Image.Resampling.BOX).filter(blur)
    canvas = blurred.resize(canvas_size, Image.Resampling.BILINEAR)
    canvas.paste(base, _centred(base.size, canvas_size))
    return canvas


# Where a caption's line of text sits, as a flat grey band: from 5% to 95% of the width
# and 10% to 80% of the bar's height, grey 210 (dark text on white at a line's mean ink).
# Chosen among grey levels 170, 210 and 235, widths 5-60%, 5-80%, 5-95% and 15-85%, and one
# or two bands, by the captioned copies it matched that no plain bar did (six seeds of
# bench_reframes.py): the full width matched about as many of the benchmark's left-aligned
# captions as the best (15 against 16) and the most held-out centred ones (46; others 3-44).
TEXT_BAND_GREY = 210
TEXT_BAND_COLUMNS = (0.05, 0.95)
TEXT_BAND_ROWS = (0.1, 0.8)


def caption_bar(base: Image.Image, share_percent: int, text_band: bool = False) -> Image.Image:
    """A white bar above the picture, ``share_percent`` of its height (meme style);
    with ``text_band``, a grey band in the bar where a line of caption text would be."""
    width, height = base.size
    bar = max(1, round(height * share_percent / 100))
    canvas = Image.new("RGB", (width, height + bar), (255, 255, 255))
    canvas.paste(base, (0, bar))
    if text_band:
        left, right = (round(width * share) for share in TEXT_BAND_COLUMNS)
        top, bottom = (round(bar * share) for share in TEXT_BAND_ROWS)
        if right > left and bottom > top:
            grey = Image.new("RGB", (right - left, bottom - top), (TEXT_BAND_GREY,) * 3)
            canvas.paste(grey, (left, top))
    return canvas


def trim_edges(base: Image.Image, percent: float) -> Image.Image:
    """The picture with ``percent`` of its width and height cut from each edge."""
    width, height = base.size
    dx, dy = round(width * percent / 100), round(height * percent / 100)
    if width - 2 * dx < 1 or height - 2 * dy < 1:
        return base
    return base.crop((dx, dy, width - dx, height - dy))


def _centred(inner: tuple[int, int], outer: tuple[int, int]) -> tuple[int, int]:
    return (outer[0] - inner[0]) // 2, (outer[1] - inner[1]) // 2


def square(picture: Image.Image, side: int) -> RgbArray:
    """Step 3: ``side`` squared (VARIANT_SIDE, or INNER_SIDE for inner variants) with
    OpenCV's bilinear resize (4x Pillow's speed, the same distances to full-size copies;
    fixed-point, so the same on every machine)."""
    import cv2

    square = (side, side)
    pixels = np.asarray(picture, dtype=np.uint8)
    resized: RgbArray = cv2.resize(pixels, square, interpolation=cv2.INTER_LINEAR).astype(np.uint8)
    return resized
