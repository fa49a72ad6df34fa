"""Find a picture inside a picture: the photo in a screenshot of a post, or inside bars.

Screens and bars are made of flat colour: backgrounds, bars, buttons, with
text as thin strokes on them. A photo is textured almost everywhere. So we
mark the pixels whose 3 x 3 neighbourhood varies or whose colour is unlike the
commonest flat colour (the background), join neighbours, and take
the largest blob that fills most of its bounding box: a block of text is
mostly flat between its strokes and lines, a photo is not. The blob's
bounding box, with sparse edge rows and columns (buttons, a line of text
touching the photo) trimmed off, is the inner picture. It runs on a copy whose
longer side is ``FINDER_SIDE``, where text lines are still apart, in a few
tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image

Rect = tuple[int, int, int, int]  # left, top, right, bottom (exclusive)

# Standard deviation (of 0-255 grey) above which a neighbourhood counts as textured.
_TEXTURE_STD = 2.0
# A flat pixel this far (0-255, any channel) from the background colour is not background.
_BACKGROUND_TOLERANCE = 10
# The neighbourhood: 3 x 3 keeps the lines of a paragraph apart at FINDER_SIDE.
_WINDOW = 3
# A blob counts as a photo when it fills this share of its bounding box.
_MIN_FILL = 0.8
# The inner picture must be this share of the whole, and leave this much out (5%: a wide
# photo with bars that blend into a light desktop page is about 6-7% of the screen).
_MIN_AREA_SHARE = 0.05
_MAX_AREA_SHARE = 0.9
_MIN_SIDE = 32
# Edge rows or columns of a blob with fewer textured pixels than this are not photo.
_EDGE_DENSITY = 0.6
FINDER_SIDE = 1024


def _texture(rgb: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """True where the neighbourhood of a pixel varies (photo or text)."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    mean = cv2.blur(grey, (_WINDOW, _WINDOW))
    mean_square = cv2.blur(grey * grey, (_WINDOW, _WINDOW))
    variance = np.maximum(mean_square - mean * mean, 0)
    textured: npt.NDArray[np.bool_] = variance > _TEXTURE_STD * _TEXTURE_STD
    return textured


def _background_colour(
    rgb: npt.NDArray[np.uint8], flat: npt.NDArray[np.bool_]
) -> npt.NDArray[np.int16]:
    """The commonest colour of the flat pixels: the screen's or the bars' background."""
    colours = rgb[flat]
    if len(colours) == 0:
        return np.array([-1000, -1000, -1000], dtype=np.int16)
    bins = (colours // 16).astype(np.int32)
    keys = (bins[:, 0] << 8) | (bins[:, 1] << 4) | bins[:, 2]
    common = np.bincount(keys).argmax()
    colour: npt.NDArray[np.int16] = np.median(colours[keys == common], axis=0).astype(np.int16)
    return colour


def textured_mask(rgb: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """1 where a pixel is textured or unlike the background (photo, text), 0 elsewhere."""
    textured = _texture(rgb)
    # Every 4th pixel each way is plenty to tell the background colour.
    background = _background_colour(rgb[::4, ::4], ~textured[::4, ::4])
    if background[0] < 0:  # no flat pixels: nothing is background
        mask = np.ones(textured.shape, dtype=np.uint8)
    else:
        # Unlike: some channel differs by more than the tolerance (inRange is inclusive),
        # the same test as |rgb - background| > tolerance, without an int16 copy.
        low = np.clip(background - _BACKGROUND_TOLERANCE, 0, 255).astype(np.uint8)
        high = np.clip(background + _BACKGROUND_TOLERANCE, 0, 255).astype(np.uint8)
        alike = cv2.inRange(np.ascontiguousarray(rgb), low, high)
        mask = (textured | (alike == 0)).astype(np.uint8)
    # Bridge single flat pixels inside a photo (JPEG blocks, clipped highlights).
    closed: npt.NDArray[np.uint8] = cv2.morphologyEx(
        mask, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)
    ).astype(np.uint8)
    return closed


def find_inner_rect(rgb: npt.NDArray[np.uint8]) -> Rect | None:
    """The rectangle of the photo inside this picture, or None when there is none."""
    if min(rgb.shape[:2]) < 2 * _MIN_SIDE:
        return None
    return inner_rect_in_mask(textured_mask(rgb))


def inner_rect_in_mask(mask: npt.NDArray[np.uint8]) -> Rect | None:
    """``find_inner_rect`` on a textured mask already made (``textured_mask``)."""
    height, width = mask.shape[:2]
    if min(height, width) < 2 * _MIN_SIDE:
        return None
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(mask, connectivity=4)
    total = float(height * width)
    best: Rect | None = None
    best_area = 0
    for index in range(1, count):
        left, top, box_width, box_height, _pixels = (int(v) for v in stats[index])
        area = box_width * box_height
        if min(box_width, box_height) < _MIN_SIDE or area <= best_area:
            continue
        if not _MIN_AREA_SHARE <= area / total <= _MAX_AREA_SHARE:
            continue
        rect = _trim_sparse_edges(mask, (left, top, left + box_width, top + box_height))
        if rect is None:
            continue
        area = (rect[2] - rect[0]) * (rect[3] - rect[1])
        if area <= best_area or area / total < _MIN_AREA_SHARE:
            continue
        if mask[rect[1] : rect[3], rect[0] : rect[2]].mean() < _MIN_FILL:
            continue
        best, best_area = rect, area
    return best


def _trim_sparse_edges(mask: npt.NDArray[np.uint8], rect: Rect) -> Rect | None:
    """Shrink ``rect`` by its sparsest edge row or column while that one is mostly flat.

    One edge at a time, sparsest first: while a block of text still hangs on
    the left, the bottom row looks sparse too, and must not be cut yet.
    """
    left, top, right, bottom = rect
    while right - left >= _MIN_SIDE and bottom - top >= _MIN_SIDE:
        densities = (
            mask[top, left:right].mean(),
            mask[bottom - 1, left:right].mean(),
            mask[top:bottom, left].mean(),
            mask[top:bottom, right - 1].mean(),
        )
        edge = int(np.argmin(densities))
        if densities[edge] >= _EDGE_DENSITY:
            return _undo_spread((left, top, right, bottom), mask.shape)
        if edge == 0:
            top += 1
        elif edge == 1:
            bottom -= 1
        elif edge == 2:
            left += 1
        else:
            right -= 1
    return None


def _undo_spread(rect: Rect, shape: tuple[int, ...]) -> Rect:
    """The textured mask spreads half a window beyond a photo's edge, except at the border."""
    left, top, right, bottom = rect
    pad = _WINDOW // 2
    height, width = shape[:2]
    return (
        left + pad if left > 0 else 0,
        top + pad if top > 0 else 0,
        right - pad if right < width else width,
        bottom - pad if bottom < height else height,
    )


def finder_copy(rgb: npt.NDArray[np.uint8]) -> tuple[npt.NDArray[np.uint8], float]:
    """The picture reduced for the finder, and the scale from it back to ``rgb``."""
    height, width = rgb.shape[:2]
    scale = FINDER_SIDE / max(height, width)
    if scale >= 1:
        return rgb, 1.0
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    reduced: npt.NDArray[np.uint8] = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA).astype(
        np.uint8
    )
    return reduced, size[0] / width


# Where a point of a picture goes when Pillow transposes it (continuous pixel-edge
# coordinates, ``size`` the picture's before the transpose).
_POINT_MOVES: dict[Image.Transpose, Callable[[int, int, int, int], tuple[int, int]]] = {
    Image.Transpose.FLIP_LEFT_RIGHT: lambda x, y, w, h: (w - x, y),
    Image.Transpose.FLIP_TOP_BOTTOM: lambda x, y, w, h: (x, h - y),
    Image.Transpose.ROTATE_180: lambda x, y, w, h: (w - x, h - y),
    Image.Transpose.ROTATE_90: lambda x, y, w, h: (y, w - x),
    Image.Transpose.ROTATE_270: lambda x, y, w, h: (h - y, x),
    Image.Transpose.TRANSPOSE: lambda x, y, w, h: (y, x),
    Image.Transpose.TRANSVERSE: lambda x, y, w, h: (h - y, w - x),
}
_UNDO: dict[Image.Transpose, Image.Transpose] = {
    Image.Transpose.ROTATE_90: Image.Transpose.ROTATE_270,
    Image.Transpose.ROTATE_270: Image.Transpose.ROTATE_90,
}


def moved_rect(rect: Rect, transpose: Image.Transpose, size: tuple[int, int]) -> Rect:
    """``rect`` of a picture of ``size`` as it lies once the picture is transposed."""
    move = _POINT_MOVES[transpose]
    (x0, y0), (x1, y1) = move(rect[0], rect[1], *size), move(rect[2], rect[3], *size)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def full_resolution_crop(
    rgb: Image.Image,
    finder_size: tuple[int, int],
    rect: Rect,
    transpose: Image.Transpose | None = None,
) -> Image.Image:
    """The pixels of ``rgb`` under ``rect``, found in its reduced finder copy of
    ``finder_size`` (before ``transpose``, which turned the finder and turns the result).

    Resampled once from the full picture, not twice through the finder copy: a small
    copy shown enlarged on a screen comes out closer to the copy itself.
    """
    if transpose is not None:
        turned = moved_rect((0, 0, *finder_size), transpose, finder_size)[2:]
        rect = moved_rect(rect, _UNDO.get(transpose, transpose), turned)
    scale_x, scale_y = rgb.width / finder_size[0], rgb.height / finder_size[1]
    box = (
        round(rect[0] * scale_x),
        round(rect[1] * scale_y),
        round(rect[2] * scale_x),
        round(rect[3] * scale_y),
    )
    crop = rgb.crop(box)
    return crop.transpose(transpose) if transpose is not None else crop
