"""Find the screen in a photo of a screen, and the picture shown on it.

Someone who finds an edited copy online may photograph the phone or monitor
showing it instead of taking a screenshot. The screen is then a quadrilateral
(perspective), inside a real scene, blurred, noisy and with shifted colours.

1. ``core.screen_quad`` finds candidate screen quads (edges and bright or dark
   regions, simplified to convex 4-gons, each side refined by a line fitted
   through the brightness steps along it).
2. Largest first, a candidate is warped to an upright rectangle of its natural
   size (the mean lengths of opposite sides), its dark flat border (the bezel,
   or a dark theme's margins) cut off, and ``core.inner``'s finder looks for the
   photo in it, on a median-filtered copy (the camera's noise and small text's
   strokes are not texture), without runs of texture shorter than a few lines of
   text (blurred lines merge into blocks that touch the photo).
3. It counts only when the screen looks like one: the photo's edges are steps
   in brightness, and the rest of the screen is much one flat colour (the app's
   background). On the reference pictures and screenshots of them it found none.
4. The photo's edges are refined to a fraction of a pixel (a pixel is 0.5% of a
   photo 200 pixels wide, several bits of PDQ), and the screen's quad nudged so
   that they fall on whole pixels of the upright screen: ``ScreenFind.screen`` is
   exactly ``rectify(finder, quad, size)`` and ``rect`` the photo in it.

All of it runs on the reduced ``finder`` copy of ``core.reframes`` (longer side
1024; the candidate quads are found on a 512-pixel copy of it, then refined on it) and is
deterministic: the same pixels give the same corners.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image

from .inner import Rect, inner_rect_in_mask, textured_mask
from .screen_quad import Quad, fit_edge, rectify, screen_quads, screen_size, u8, upright_matrix

# The smoothing before the photo is looked for: a median removes the camera's noise and
# the strokes of small text (which blur would merge into blocks), not the photo.
_DENOISE = 5
# The rest of the screen (outside the photo) is at least this share flat background.
_MIN_BACKGROUND_SHARE = 0.35
_BACKGROUND_TOLERANCE = 24
# The photo's edges on the screen: the mean step (0-255 grey) between strips of this
# width inside and outside them.
_STRIP = 3
_MIN_PHOTO_STEP = 12.0
# A bezel or a dark margin: an edge line this dark (median, 0-255 grey) with this share
# of it within _FLAT_LINE of its median is cut off.
_DARK_LINE = 70.0
_FLAT_LINE = 12.0
_FLAT_SHARE = 0.85
_BLEND = 2
# The outermost pixels of the upright screen left out of the photo search, and the half
# window by which the textured mask spreads (core.inner).
_FRAME = 3
_WINDOW_PAD = 1
# Runs of texture shorter than this share of the screen's height are text, not photo.
_LINE_SHARE = 0.04
# Gaps narrower than this share of the screen's width inside a photo are closed when the
# photo is found no other way.
_CLOSE_SHARE = 0.07
# The photo's edges are refined within this many pixels of where they were found.
_EDGE_REACH = 2


@dataclass(frozen=True)
class ScreenFind:
    """A screen found in a photo: its corners in the finder copy, the screen warped
    upright, and the photo's rectangle in that upright screen."""

    quad: Quad
    screen: Image.Image
    rect: Rect
    finder_size: tuple[int, int]


def find_screen(finder: Image.Image) -> ScreenFind | None:
    """The screen and the photo on it, or None when the picture is no photo of a screen."""
    rgb = np.asarray(finder.convert("RGB"), dtype=np.uint8)
    if min(rgb.shape[:2]) < 128:
        return None
    for quad in screen_quads(rgb):
        found = _photo_on_screen(rgb, quad)
        if found is not None:
            return found
    return None


def _dark_border(upright: npt.NDArray[np.uint8]) -> Rect:
    """The upright screen without its dark, flat edge rows and columns (a bezel, and
    the pixel or two of desk a quad found on the bezel's outer edge may take in)."""
    grey = cv2.cvtColor(upright, cv2.COLOR_RGB2GRAY).astype(np.float32)
    height, width = grey.shape
    left = _dark_lines(grey.T)  # a 2-D array's lines are its rows: columns of the transpose
    right = width - _dark_lines(grey.T[::-1])
    top = _dark_lines(grey)
    bottom = height - _dark_lines(grey[::-1])
    if right - left < width // 2 or bottom - top < height // 2:
        return 0, 0, width, height
    return left, top, right, bottom


def _dark_lines(lines: npt.NDArray[np.float32]) -> int:
    """How many lines from the first are the border: dark lines, after up to
    ``_BLEND`` lines of anything when dark ones follow them."""

    def dark(line: npt.NDArray[np.float32]) -> bool:
        # Most of the line, not all: a quad a pixel off takes in some of the desk.
        median = float(np.median(line))
        alike = float((np.abs(line - median) < _FLAT_LINE).mean())
        return median < _DARK_LINE and alike >= _FLAT_SHARE

    limit = len(lines) // 2
    for start in range(_BLEND + 1):
        if all(dark(line) for line in lines[start : start + _BLEND + 1]):
            end = start
            while end < limit and dark(lines[end]):
                end += 1
            return end
    return 0


def _photo_on_screen(rgb: npt.NDArray[np.uint8], quad: Quad) -> ScreenFind | None:
    size = screen_size(quad)
    upright = rectify(rgb, quad, size)
    smooth = u8(cv2.medianBlur(upright, _DENOISE))
    border = _dark_border(smooth)
    inside = np.ascontiguousarray(smooth[border[1] : border[3], border[0] : border[2]])
    found = _photo_rect(inside)
    if found is None or not _has_app_background(inside, found):
        return None
    if not _stands_out(inside, found):
        return None
    rect = (
        found[0] + border[0],
        found[1] + border[1],
        found[2] + border[0],
        found[3] + border[1],
    )
    quad = _snapped(quad, size, _sub_pixel_edges(upright, rect), rect)
    finder_size = (rgb.shape[1], rgb.shape[0])
    return ScreenFind(quad, Image.fromarray(rectify(rgb, quad, size)), rect, finder_size)


def _sub_pixel_edges(
    upright: npt.NDArray[np.uint8], rect: Rect
) -> tuple[float, float, float, float]:
    """The photo's edges in the upright screen to a fraction of a pixel (where each is
    a clear step; else as found): one pixel is 0.5% of a photo 200 pixels wide, and PDQ
    moves several bits with it."""
    grey = cv2.cvtColor(upright, cv2.COLOR_RGB2GRAY).astype(np.float32)
    left, top, right, bottom = (float(value) for value in rect)
    middle_x, middle_y = (left + right) / 2, (top + bottom) / 2
    edges = [left, top, right, bottom]
    # Pixel-centre coordinates: the step between pixels k - 1 and k is at k - 0.5.
    sides = (
        ((left - 0.5, top), (left - 0.5, bottom), 0),
        ((left, top - 0.5), (right, top - 0.5), 1),
        ((right - 0.5, top), (right - 0.5, bottom), 0),
        ((left, bottom - 0.5), (right, bottom - 0.5), 1),
    )
    for index, (start, end, axis) in enumerate(sides):
        line = fit_edge(grey, np.array(start), np.array(end), reach=_EDGE_REACH)
        if line is None:
            continue
        point, direction = line
        if axis == 0 and abs(direction[1]) > 1e-6:  # x where the line crosses the middle
            value = point[0] + (middle_y - point[1]) * direction[0] / direction[1]
        elif axis == 1 and abs(direction[0]) > 1e-6:
            value = point[1] + (middle_x - point[0]) * direction[1] / direction[0]
        else:
            continue
        if abs(value + 0.5 - edges[index]) <= _EDGE_REACH:
            edges[index] = float(value + 0.5)
    return edges[0], edges[1], edges[2], edges[3]


def _snapped(
    quad: Quad, size: tuple[int, int], edges: tuple[float, float, float, float], rect: Rect
) -> Quad:
    """The screen's quad nudged (by a fraction of a pixel) so that the photo's refined
    edges fall on the whole-pixel ``rect`` of the upright screen."""
    left, top, right, bottom = edges
    if right - left < 1 or bottom - top < 1:
        return quad
    scale_x = (rect[2] - rect[0]) / (right - left)
    scale_y = (rect[3] - rect[1]) / (bottom - top)
    nudge = np.array(
        [
            [scale_x, 0, rect[0] - left * scale_x],
            [0, scale_y, rect[1] - top * scale_y],
            [0, 0, 1],
        ]
    )
    matrix = nudge @ upright_matrix(quad, size)
    width, height = size
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float64)
    moved = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), np.linalg.inv(matrix))
    return np.asarray(moved, dtype=np.float64).reshape(4, 2)


def _photo_rect(screen: npt.NDArray[np.uint8]) -> Rect | None:
    """``find_inner_rect`` on the upright screen without what is shorter than a few lines
    of text, or failing that as it is (a striped photo whose dark stripes are the dark
    theme's background is all short runs) or with narrow gaps closed (one whose light
    stripes are the light theme's background), its outermost pixels left out (what is
    left of the bezel or the desk there would join the photo to the text)."""
    textured = textured_mask(screen)
    frame = _FRAME
    textured[:frame], textured[-frame:], textured[:, :frame], textured[:, -frame:] = 0, 0, 0, 0
    # Lines of text, blurred by the camera, merge into blocks that touch the photo; each
    # line is short from top to bottom, the photo is not.
    tall = max(5, round(_LINE_SHARE * textured.shape[0]))
    opened = u8(cv2.morphologyEx(textured, cv2.MORPH_OPEN, np.ones((tall, 1), np.uint8)))
    found = inner_rect_in_mask(opened)
    if found is None:
        found = inner_rect_in_mask(textured)
    if found is None:
        # A photo in the page's own colours (a zebra's white stripes on a white page) is
        # pieces apart by no more than a stripe: closed across the gaps.
        close = max(3, round(_CLOSE_SHARE * textured.shape[1]))
        closed = u8(cv2.morphologyEx(opened, cv2.MORPH_CLOSE, np.ones((close, close), np.uint8)))
        found = inner_rect_in_mask(closed)
    if found is None:
        return None
    height, width = textured.shape
    # A photo shown edge to edge reaches the screen's edge, not the cleared frame's.
    reach = frame + _WINDOW_PAD + 1
    return (
        0 if found[0] <= reach else found[0],
        0 if found[1] <= reach else found[1],
        width if found[2] >= width - reach else found[2],
        height if found[3] >= height - reach else found[3],
    )


def _stands_out(screen: npt.NDArray[np.uint8], rect: Rect) -> bool:
    """The photo's edges inside the screen are steps in brightness (not a smooth patch
    of sky or wall found inside a larger photo)."""
    grey = cv2.cvtColor(screen, cv2.COLOR_RGB2GRAY).astype(np.float32)
    height, width = grey.shape
    left, top, right, bottom = rect
    d = _STRIP
    steps: list[npt.NDArray[np.float32]] = []
    if top >= d:
        steps.append(
            grey[top - d : top, left:right].mean(0) - grey[top : top + d, left:right].mean(0)
        )
    if bottom + d <= height:
        steps.append(
            grey[bottom : bottom + d, left:right].mean(0)
            - grey[bottom - d : bottom, left:right].mean(0)
        )
    if left >= d:
        steps.append(
            grey[top:bottom, left - d : left].mean(1) - grey[top:bottom, left : left + d].mean(1)
        )
    if right + d <= width:
        steps.append(
            grey[top:bottom, right : right + d].mean(1)
            - grey[top:bottom, right - d : right].mean(1)
        )
    if not steps:
        return False
    return float(np.abs(np.concatenate(steps)).mean()) >= _MIN_PHOTO_STEP


def _has_app_background(screen: npt.NDArray[np.uint8], rect: Rect) -> bool:
    """Much of the screen outside the photo is one flat colour (the app's background)."""
    outside = np.ones(screen.shape[:2], dtype=bool)
    outside[rect[1] : rect[3], rect[0] : rect[2]] = False
    colours = screen[outside].astype(np.int16)
    if len(colours) == 0:
        return False
    background = np.median(colours, axis=0)
    alike = (np.abs(colours - background) <= _BACKGROUND_TOLERANCE).all(axis=1)
    return float(alike.mean()) >= _MIN_BACKGROUND_SHARE


# The full-resolution upright screen is made at a whole multiple of the finder's, at
# most this long (a 12-megapixel photo's screen at 3 times), so that the photo's
# rectangle stays whole pixels.
FULL_SCREEN_SIDE = 3072


def full_resolution_screen(
    rgb: Image.Image, found: ScreenFind, transpose: Image.Transpose | None = None
) -> tuple[Image.Image, Rect]:
    """The screen warped upright from the full-resolution picture ``rgb`` (before
    ``transpose``, which turned the finder copy), and the photo's rectangle in it:
    ``rectify`` of the picture (turned) with ``found.quad`` scaled from the finder copy,
    onto K times ``found.screen``'s size, K the largest whole number within the
    picture's scale to the finder and ``FULL_SCREEN_SIDE``, and K times ``found.rect``;
    ``found``'s own when K < 2."""
    turned = rgb.transpose(transpose) if transpose is not None else rgb
    finder_width, finder_height = found.finder_size
    scale_x, scale_y = turned.width / finder_width, turned.height / finder_height
    times = int(min(scale_x, scale_y, FULL_SCREEN_SIDE / max(found.screen.size)))
    if times < 2:
        return found.screen, found.rect
    quad = found.quad * np.array([scale_x, scale_y])
    size = (found.screen.width * times, found.screen.height * times)
    upright = rectify(np.asarray(turned.convert("RGB"), dtype=np.uint8), quad, size)
    left, top, right, bottom = (value * times for value in found.rect)
    return Image.fromarray(upright), (left, top, right, bottom)


@dataclass(frozen=True)
class ScreenSources:
    """What the ``inner:screen`` variants are made from (``core.screen_variants``): the
    find in the finder copy, and the screen warped upright from the full picture with
    the photo's rectangle in it (``full_resolution_screen``)."""

    found: ScreenFind
    full: Image.Image
    full_rect: Rect


def screen_sources(
    rgb: Image.Image, finder: Image.Image, transpose: Image.Transpose | None = None
) -> ScreenSources | None:
    """``find_screen`` on the (turned) finder copy of ``rgb``, and the screen at full
    resolution, or None when the picture is no photo of a screen."""
    found = find_screen(finder)
    if found is None:
        return None
    return ScreenSources(found, *full_resolution_screen(rgb, found, transpose))
