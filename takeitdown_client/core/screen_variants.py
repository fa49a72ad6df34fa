"""The variants of a photo found on a photographed screen (``core.screen_photo``).

``inner:screen[:D]`` is ``inner[:D]`` of ``core.reframes.inner_pixels`` with the
upright screen (``ScreenFind.screen``: the finder copy warped upright) in place
of the finder copy and the photo's rectangle in it, except ``small`` and
``short``: those come from ``full``, the screen warped upright from the
full-resolution picture and the photo's rectangle in it
(``screen_photo.full_resolution_screen``), and are enlarged with ``BILINEAR``
where they are smaller than the target (``BOX`` would repeat pixels).

A copy hashed at 256 pixels (a thumbnail) moves 20-60 bits of PDQ when its window
moves by one pixel, and a photographed screen's photo is found within about 0.5% of
its size (a pixel or two at 256), its aspect ratio within a few percent (perspective
hides the true one). So ``inner:screen:KN`` hedges ``small``: the photo's window in
``full`` grown (K = ``g``), shrunk (``s``) or moved left, right, up or down (``l``,
``r``, ``u``, ``d``) by N = 1, 2 or 3 256ths of its longer side (whole pixels of
``full``, rounded, at least 1; clipped to ``full``), resized with ``BOX`` to 256
pixels on its longer side and its shorter side by the standard aspect ratio nearest
its own (``core.reframes.RATIOS``) when within 4%, else by its own.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from .reframe_transforms import RgbArray
from .reframes import INNER_SMALL_SIDE, RATIOS, Rect, inner_labels, inner_pixels
from .screen_photo import ScreenFind

SCREEN_PREFIX = "inner:screen"
# How the photo's window is nudged for the hedges: a unit move of (left, top, right, bottom).
NUDGES: dict[str, tuple[int, int, int, int]] = {
    "g": (-1, -1, 1, 1),
    "s": (1, 1, -1, -1),
    "l": (-1, 0, -1, 0),
    "r": (1, 0, 1, 0),
    "u": (0, -1, 0, -1),
    "d": (0, 1, 0, 1),
}
NUDGE_STEPS = (1, 2, 3)
SNAP_WITHIN = 1.04

FullScreen = tuple[Image.Image, Rect]


def screen_labels(rect: Rect) -> list[str]:
    """``inner:screen[:D]`` for each ``inner[:D]`` of ``inner_labels``, in its order,
    then the hedges of ``small``."""
    labels = [SCREEN_PREFIX + label[len("inner") :] for label in inner_labels(rect)]
    labels.extend(f"{SCREEN_PREFIX}:{kind}{step}" for step in NUDGE_STEPS for kind in NUDGES)
    return labels


def screen_pixels(screen: ScreenFind, label: str, full: FullScreen | None = None) -> RgbArray:
    """The exact RGB pixels whose PDQ is the ``inner:screen[:D]`` variant."""
    detail = label[len(SCREEN_PREFIX) + 1 :]
    picture, rect = full if full is not None else (screen.screen, screen.rect)
    if detail[:1] in NUDGES and detail[1:].isdigit():
        return _nudged(picture, rect, detail[0], int(detail[1:]))
    if detail not in ("small", "short"):
        return inner_pixels(screen.screen, screen.rect, "inner" + label[len(SCREEN_PREFIX) :])
    crop = picture.crop(rect)
    scale = INNER_SMALL_SIDE / (max(crop.size) if detail == "small" else min(crop.size))
    size = (max(1, round(crop.width * scale)), max(1, round(crop.height * scale)))
    resample = Image.Resampling.BOX if scale <= 1 else Image.Resampling.BILINEAR
    return np.asarray(crop.resize(size, resample), dtype=np.uint8)


def _nudged(picture: Image.Image, rect: Rect, kind: str, step: int) -> RgbArray:
    left, top, right, bottom = rect
    unit = max(1, round(step * max(right - left, bottom - top) / INNER_SMALL_SIDE))
    moves = NUDGES[kind]
    box = (
        max(0, left + moves[0] * unit),
        max(0, top + moves[1] * unit),
        min(picture.width, right + moves[2] * unit),
        min(picture.height, bottom + moves[3] * unit),
    )
    crop = picture.crop(box)
    resample = (
        Image.Resampling.BOX if max(crop.size) >= INNER_SMALL_SIDE else Image.Resampling.BILINEAR
    )
    return np.asarray(crop.resize(snapped_size(crop.size), resample), dtype=np.uint8)


def snapped_size(size: tuple[int, int]) -> tuple[int, int]:
    """256 on the longer side, the shorter by the nearest standard ratio within 4%."""
    own = size[0] / size[1]
    nearest = min(RATIOS.values(), key=lambda ratio: max(ratio, own) / min(ratio, own))
    ratio = nearest if max(nearest, own) / min(nearest, own) <= SNAP_WITHIN else own
    if ratio >= 1:
        return INNER_SMALL_SIDE, max(1, round(INNER_SMALL_SIDE / ratio))
    return max(1, round(INNER_SMALL_SIDE * ratio)), INNER_SMALL_SIDE
