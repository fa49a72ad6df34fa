"""Reframe variants: PDQ of the ways re-posted copies of a picture are commonly reframed.

A platform blocks a copy when its PDQ is within 31 bits of a submitted hash.
Crops to another aspect ratio, bars, a blurred background, a caption bar or a
trimmed edge move PDQ much further than that, so we submit the PDQ of those
copies too, computed here from the picture's own pixels.

Every variant is defined exactly, so that any PDQ implementation (for example
the ``pdqhash`` package) reproduces it from the same pixels:

1. the *base*: the Pillow RGB picture resized with ``Image.Resampling.BOX``
   so that its longer side is 1024, then again so that it is ``BASE_SIDE``
   (a side already that small is kept), then turned as its EXIF orientation
   shows it (people reframe what they see);
2. the transform named by the label (``reframe_image``), on the base;
3. the result resized to ``VARIANT_SIDE`` x ``VARIANT_SIDE`` with OpenCV's
   ``cv2.INTER_LINEAR`` (kept as it is when the base is smaller than that);
   the variant is the PDQ of those RGB pixels.

PDQ squeezes every picture to 64 x 64 anyway, so the square step loses
nothing; from 257 to 384 pixels the Jarosz filter window is 3 (odd, centred),
which keeps the variant within a few bits of the same copy hashed at full size.
264 matched as many re-posted copies as 320 did (more on one seed, the same on
another) and hashes in two thirds of the time; at 256 (window 2) far fewer matched.

Labels are ``family:detail`` or a bare family and say only what was done
(``crop:4x5``, ``pad:9x16:black``, ``caption:text:16``: a bar with a grey band where text
sits, ``inner``), never anything about the file.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from .reframe_transforms import (
    RgbArray,
    caption_bar,
    crop_to_ratio,
    fill_to_ratio,
    pad_to_ratio,
    square,
    trim_edges,
)
from .screen_photo import ScreenSources, screen_sources

BASE_SIDE = 512
VARIANT_SIDE = 264
MAX_PDQ_PER_PICTURE = 64
MIN_VARIANT_QUALITY = 50
# A variant this close to a hash already submitted adds (almost) no coverage.
NEAR_DUPLICATE_BITS = 12

# Aspect ratios (width x height) that platforms and re-posting apps use.
RATIOS: dict[str, float] = {
    "1x1": 1.0,
    "4x5": 4 / 5,
    "3x4": 3 / 4,
    "2x3": 2 / 3,
    "9x16": 9 / 16,
    "5x4": 5 / 4,
    "4x3": 4 / 3,
    "3x2": 3 / 2,
    "16x9": 16 / 9,
    "191x100": 1.91,
}
# A ratio within this factor of the picture's own is the picture itself.
_SAME_RATIO = 1.06

# The set below was chosen from tests/benchmarks/bench_reframes.py --study: PDQ moves
# about 25 bits when a crop window shifts by 2% of the picture, a symmetric trim
# changes by 1% or a caption bar by 2% of the height, and not at all with the colour of
# bars. So crops are hashed where apps put them (centred, or at either end when much
# is cut), trims every 1%, caption bars every 2-3%, and bars in black only.
CROP_RATIOS = tuple(RATIOS)
# Crops keeping less than this share are also hashed at either end (apps crop at the ends
# too; an end crop keeping 80-95% is 30-90 bits from the centred one). At 0.8, large
# pictures left 5-6 of their 56 slots unused.
OFFSET_CROP_BELOW = 0.95
OFFSET_POSITIONS: dict[str, float] = {"start": 0.0, "end": 1.0}
PAD_RATIOS = ("1x1", "4x5", "3x4", "2x3", "9x16", "16x9")
PAD_COLOURS: dict[str, tuple[int, int, int]] = {"black": (0, 0, 0), "white": (255, 255, 255)}
FILL_RATIOS = ("9x16", "1x1", "4x5")
# Caption bars 3% apart, with text bands between them, for every size: on large pictures a
# bar 3% taller moves PDQ 26-31 bits (median), so a copy between two bars is within reach
# of one; eight bars 2% apart took the slots of the last trims of pictures with many crops.
# Six matched 1-3 more re-posted copies on 7 of 10 seeds of bench_reframes.py, 1 fewer on
# one (a caption 2% from a bar), and 1-3 fewer of the held-out caption style on 5 (1 more on 2).
CAPTION_SHARES = (10, 13, 16, 19, 22, 25)  # bar height, percent of the picture's
TEXT_SHARES = (12, 15, 18, 21, 24)
# A base hashed at its own size (under VARIANT_SIDE) fills the budget and each variant
# covers fewer copies (one pixel moves its PDQ far; bench_reframes_oracle.py): ends only below
# 85% kept, fills before bars (within 12 bits the fill is kept), text bands before trims,
# and trims at whole percents, then P.5%, P.25% and P.75% (``half``,
# ``q1``, ``q3``), each only if no earlier trim cuts the same pixels: the budget runs out
# among them (the order 2, 2.5, 3, ... lost the trims of 10-12% entirely).
OFFSET_CROP_BELOW_SMALL = 0.85
TRIM_PERCENTS = (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)  # cut from each edge
TRIM_STEPS: dict[str, float] = {"half": 0.5, "q1": 0.25, "q3": 0.75}
# ``caption:text:P``: a grey band where a line of text sits (reframe_transforms.TEXT_BAND_*),
# 4-34 bits from the plain bar (caption text moves PDQ that way, the other way on a black
# bar). Large pictures' come last, in free slots. When the band moves caption:top:16 more
# than 48 bits, the picture is flat across (a sky over the sea: 52-72; other photos 4-34), its
# captioned copies' PDQ is the text's (0 of 60 matched), and caption slots go to others.
FRAGILE_CAPTION_SHARE = 16
FRAGILE_CAPTION_BITS = 48

Rect = tuple[int, int, int, int]  # left, top, right, bottom (exclusive) in base pixels


@dataclass(frozen=True)
class PdqVariant:
    """One submitted reframe: what it is, its PDQ and the PDQ quality."""

    label: str
    pdq: str
    quality: int

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "pdq": self.pdq, "quality": self.quality}


# --- the base and the transforms ---------------------------------------------------------


@dataclass(frozen=True)
class ReframeSources:
    """The reduced copies variants are made from: ``base`` for the transforms, ``finder``
    (larger, so that text lines stay apart) for finding a picture inside the picture, and
    that picture's rectangle in ``finder`` with its full-resolution pixels, if found."""

    base: Image.Image
    finder: Image.Image
    inner_rect: Rect | None = None
    inner_full: Image.Image | None = None
    screen: ScreenSources | None = None  # a photographed screen (core.screen_photo)


def _reduced(rgb: Image.Image, side: int) -> Image.Image:
    width, height = rgb.size
    scale = side / max(width, height)
    if scale >= 1:
        return rgb.copy()
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return rgb.resize(size, Image.Resampling.BOX)


def reframe_sources(rgb: Image.Image, dihedral: str = "original") -> ReframeSources:
    """Step 1: reduce to ``FINDER_SIDE`` then to ``BASE_SIDE`` (BOX), then orient; and
    find the picture inside the picture on the finder copy (kept at full resolution too).

    ``dihedral`` is the transform that shows the picture upright (from its EXIF
    orientation); turning the small copies is cheaper than turning the photo.
    """
    from .inner import FINDER_SIDE, find_inner_rect, full_resolution_crop

    finder = _reduced(rgb, FINDER_SIDE)
    finder_size = finder.size
    base = _reduced(finder, BASE_SIDE)
    transpose = _PIL_TRANSPOSE.get(dihedral)
    if transpose is not None:
        finder = finder.transpose(transpose)
        base = base.transpose(transpose)
    rect = find_inner_rect(np.asarray(finder))
    screen = screen_sources(rgb, finder, transpose)
    if rect is None:
        return ReframeSources(base, finder, screen=screen)
    full = full_resolution_crop(rgb, finder_size, rect, transpose)
    return ReframeSources(base, finder, rect, full, screen)


def reframe_base(rgb: Image.Image, dihedral: str = "original") -> Image.Image:
    """The base of step 1 alone."""
    return reframe_sources(rgb, dihedral).base


_PIL_TRANSPOSE: dict[str, Image.Transpose] = {
    "rotate90": Image.Transpose.ROTATE_90,
    "rotate180": Image.Transpose.ROTATE_180,
    "rotate270": Image.Transpose.ROTATE_270,
    "flipx": Image.Transpose.FLIP_TOP_BOTTOM,
    "flipy": Image.Transpose.FLIP_LEFT_RIGHT,
    "flipplus1": Image.Transpose.TRANSPOSE,
    "flipminus1": Image.Transpose.TRANSVERSE,
}


def reframe_image(base: Image.Image, label: str) -> Image.Image:
    """Step 2: the transform a label names, applied to the base (not for ``inner``)."""
    family, _, detail = label.partition(":")
    parts = detail.split(":") if detail else []
    if family == "crop":
        position = OFFSET_POSITIONS.get(parts[1], 0.5) if len(parts) > 1 else 0.5
        return crop_to_ratio(base, RATIOS[parts[0]], position)
    if family == "pad":
        return pad_to_ratio(base, RATIOS[parts[0]], PAD_COLOURS[parts[1]])
    if family == "fill":
        return fill_to_ratio(base, RATIOS[parts[0]])
    if family == "caption":
        return caption_bar(base, int(parts[1]), text_band=parts[0] == "text")
    if family == "trim":
        step = TRIM_STEPS[parts[1]] if len(parts) > 1 else 0.0
        return trim_edges(base, int(parts[0]) + step)
    raise ValueError(f"unknown reframe label: {label}")


def variant_pixels(base: Image.Image, label: str) -> RgbArray:
    """Steps 2 and 3: the exact RGB pixels whose PDQ is the variant."""
    framed = reframe_image(base, label)
    if max(base.size) < VARIANT_SIDE:
        # A small picture's copies are small too: hash them at their own size, as a
        # platform would (upscaling moved PDQ 20-40 bits on 256-pixel pictures).
        return np.asarray(framed, dtype=np.uint8)
    return square(framed, VARIANT_SIDE)


INNER_SMALL_SIDE = 256
INNER_SIDE = 320  # at 264 fewer screenshots matched their copy (62 against 64 of 72)


# A screenshot shows a copy whose bars or caption bar may blend into the app's
# background; these variants put them back (measured: they doubled the share of such
# screenshots matched to their copy).
INNER_PAD_RATIOS = ("1x1", "4x5", "3x4", "2x3", "9x16", "16x9")
INNER_CAPTION_SHARES = (10, 13, 16, 19, 22, 25)


def inner_labels(rect: Rect) -> list[str]:
    """The inner variants for a found rectangle, most useful first."""
    own = (rect[2] - rect[0]) / (rect[3] - rect[1])
    labels = ["inner", "inner:small", "inner:short"]
    labels.extend(f"inner:{name}" for name in INNER_PAD_RATIOS if _differs(RATIOS[name], own))
    labels.extend(f"inner:top{share}" for share in INNER_CAPTION_SHARES)
    return labels


def inner_pixels(
    finder: Image.Image, rect: Rect, label: str = "inner", full: Image.Image | None = None
) -> RgbArray:
    """The pixels of an ``inner`` variant, from the finder copy and the found ``rect``
    (``full``: the same rectangle of the full-resolution picture, for small and short):

    ``inner``: the rectangle, resized to INNER_SIDE squared as step 3 does;
    ``inner:small``: ``full`` (or the rectangle when it is not given) resized (BOX) so its
    longer side is INNER_SMALL_SIDE: a small copy shown enlarged on a screen is hashed small
    by the platform (from ``full``, resampled once: 1-3 more of 72 screenshots matched);
    ``inner:short``: the same with its shorter side INNER_SMALL_SIDE (a small picture
    with bars or a caption bar added keeps its width);
    ``inner:R`` (a ratio): the rectangle centred on a canvas of that ratio with bars;
    ``inner:topP``: the rectangle grown upwards by P% of its height (the screen's own
    pixels there, where a caption bar would be), clipped to the picture.
    """
    crop = finder.crop(rect)
    detail = label.partition(":")[2]
    if detail in ("small", "short"):
        crop = crop if full is None else full
        scale = INNER_SMALL_SIDE / (max(crop.size) if detail == "small" else min(crop.size))
        size = (max(1, round(crop.width * scale)), max(1, round(crop.height * scale)))
        return np.asarray(crop.resize(size, Image.Resampling.BOX), dtype=np.uint8)
    if detail in RATIOS:
        return square(pad_to_ratio(crop, RATIOS[detail], PAD_COLOURS["black"]), INNER_SIDE)
    if detail.startswith("top"):
        left, top, right, bottom = rect
        grown = max(0, top - round((bottom - top) * int(detail[3:]) / 100))
        return square(finder.crop((left, grown, right, bottom)), INNER_SIDE)
    return square(crop, INNER_SIDE)


# --- which variants ----------------------------------------------------------------------


def _differs(ratio: float, own: float) -> bool:
    return max(ratio, own) / min(ratio, own) > _SAME_RATIO


def candidate_labels(width: int, height: int) -> list[str]:
    """Every reframe label worth hashing for a base of this size, most useful first."""
    own = width / height
    small = max(width, height) < VARIANT_SIDE  # hashed at its own size
    labels: list[str] = []
    for name in CROP_RATIOS:
        ratio = RATIOS[name]
        if not _differs(ratio, own):
            continue
        labels.append(f"crop:{name}")
        kept = min(ratio, own) / max(ratio, own)
        if kept < (OFFSET_CROP_BELOW_SMALL if small else OFFSET_CROP_BELOW):
            labels.extend(f"crop:{name}:{where}" for where in OFFSET_POSITIONS)
    # PDQ ignores the bars' colour (measured: 0 bits), so black stands for all.
    pads = [f"pad:{name}:black" for name in PAD_RATIOS if _differs(RATIOS[name], own)]
    fills = [f"fill:{name}" for name in FILL_RATIOS if _differs(RATIOS[name], own)]
    labels.extend(fills + pads if small else pads + fills)
    labels.extend(f"caption:top:{share}" for share in CAPTION_SHARES)
    texts = [f"caption:text:{share}" for share in TEXT_SHARES]
    if small:
        labels.extend(texts + _trim_labels(width, height))
    else:
        labels.extend([f"trim:{p}" for p in TRIM_PERCENTS] + texts)
    # Last, so only in free slots: the fragility test's text band.
    labels.append(f"caption:text:{FRAGILE_CAPTION_SHARE}")
    return labels


def _trim_labels(width: int, height: int) -> list[str]:
    """Whole percents, then each step between them, skipping trims of the same pixels."""
    labels: list[str] = []
    seen: set[tuple[int, int]] = set()
    steps = [("", 0.0)] + [(f":{name}", step) for name, step in TRIM_STEPS.items()]
    for suffix, step in steps:
        for percent in TRIM_PERCENTS if not suffix else TRIM_PERCENTS[:-1]:
            cut = (round(width * (percent + step) / 100), round(height * (percent + step) / 100))
            if cut not in seen:
                seen.add(cut)
                labels.append(f"trim:{percent}{suffix}")
    return labels
