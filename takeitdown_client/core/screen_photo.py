"""Find the screen in a photo of a screen, and the picture shown on it.

Someone who finds an edited copy online may photograph the phone or monitor
showing it instead of taking a screenshot. The screen is then a quadrilateral
(perspective), inside a real scene, blurred, noisy and with shifted colours.

1. Edges (Canny on a smoothed grey copy) are traced into contours; each whose
   convex hull simplifies to a convex 4-gon of plausible size and shape, with
   its corners away from the picture's border, is a candidate screen.
2. Each side of a candidate is refined: along it, the strongest step in
   brightness across it (searched a few pixels either way) is found, and a line is
   fitted through those steps; the corners are where the lines meet. A side
   where too few steps are strong is no screen edge, and the candidate is dropped.
3. The largest candidate left is warped to an upright rectangle of its natural
   size (the mean lengths of opposite sides), its dark flat border (the bezel,
   or a dark theme's margins) cut off, and ``core.inner.find_inner_rect`` looks
   for the photo in it, on a smoothed copy (the camera's noise is not texture).
4. It counts only when the screen looks like one: the photo leaves a flat
   background colour (the app's) over much of the rest of the screen. Ordinary
   photos (a window, a painting, a book) rarely pass all of this.

All of it runs on the reduced ``finder`` copy of ``core.reframes`` (longer side
1024) and is deterministic: the same pixels give the same corners.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image

from .inner import Rect, inner_rect_in_mask, textured_mask

Quad = npt.NDArray[np.float64]  # 4 x 2: top-left, top-right, bottom-right, bottom-left

# A screen fills this share of the photo (its hull), and its corners keep this
# share of the photo's shorter side off the border.
_MIN_AREA_SHARE = 0.08
_MAX_AREA_SHARE = 0.92
_BORDER_MARGIN = 0.01
# A corner's angle stays within this many degrees of a right angle (moderate perspective).
_MAX_CORNER_SKEW = 35.0
# Refinement: steps are searched this share of the side's length either way of it,
# at this many points, and a side needs this share of strong steps.
_SEARCH_SHARE = 0.02
_SIDE_SAMPLES = 64
_MIN_SUPPORT = 0.7
_MIN_STEP = 12.0
# Grey levels the regions are cut at, and the opening that parts regions touching by a
# thread (a bezel against a dark object on the desk).
_LEVELS = (40, 70, 100, 130, 160, 190, 220)
_OPEN_KERNEL = np.ones((5, 5), np.uint8)
# Pieces of at least this share of the picture, the largest few, are paired.
_MIN_PIECE_SHARE = 0.005
_PIECES = 6  # mean grey difference (0-255) across an edge that counts as a step
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
# A bezel or a dark margin: an edge line this dark and flat is cut off.
_DARK_LINE = 70.0
# The outermost pixels of the upright screen left out of the photo search, and the half
# window by which the textured mask spreads (core.inner).
_FRAME = 3
# Runs of texture shorter than this share of the screen's height are text, not photo.
_LINE_SHARE = 0.04
_WINDOW_PAD = 1
_FLAT_LINE = 12.0


@dataclass(frozen=True)
class ScreenFind:
    """A screen found in a photo: its corners in the finder copy, the screen warped
    upright, and the photo's rectangle in that upright screen."""

    quad: Quad
    screen: Image.Image
    rect: Rect


def find_screen(finder: Image.Image) -> ScreenFind | None:
    """The screen and the photo on it, or None when the picture is no photo of a screen."""
    rgb = np.asarray(finder.convert("RGB"), dtype=np.uint8)
    if min(rgb.shape[:2]) < 128:
        return None
    grey = _u8(cv2.GaussianBlur(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), (0, 0), 1.5))
    for quad in _candidates(grey):
        refined = _refine(grey, quad)
        if refined is None or not _plausible(refined, grey.shape):
            continue
        found = _photo_on_screen(rgb, refined)
        if found is not None:
            return found
    return None


def screen_size(quad: Quad) -> tuple[int, int]:
    """The upright screen's width and height: the mean lengths of opposite sides."""
    sides = [float(np.linalg.norm(quad[(i + 1) % 4] - quad[i])) for i in range(4)]
    return max(1, round((sides[0] + sides[2]) / 2)), max(1, round((sides[1] + sides[3]) / 2))


def rectify(rgb: npt.NDArray[np.uint8], quad: Quad) -> npt.NDArray[np.uint8]:
    """The quadrilateral warped upright to its natural size (``cv2.warpPerspective``,
    bilinear, border replicated), corner (continuous) coordinates onto corners."""
    width, height = screen_size(quad)
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    # OpenCV maps pixel centres: shift by half a pixel on both sides.
    half = np.array([[1, 0, 0.5], [0, 1, 0.5], [0, 0, 1]])
    matrix = np.linalg.inv(half) @ matrix @ half
    upright: npt.NDArray[np.uint8] = cv2.warpPerspective(
        rgb, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    ).astype(np.uint8)
    return upright


def _u8(array: npt.NDArray[np.generic]) -> npt.NDArray[np.uint8]:
    """OpenCV's result as the 8-bit array it is (its stubs say any number type)."""
    return array.astype(np.uint8, copy=False)


def _area(quad: Quad) -> float:
    return float(cv2.contourArea(quad.astype(np.float32)))


def _ordered(points: npt.NDArray[np.float64]) -> Quad:
    """Four corners as top-left, top-right, bottom-right, bottom-left."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    around = points[np.argsort(angles)]  # clockwise on screen from the left-top quadrant
    start = int(np.argmin(around.sum(axis=1)))
    quad: Quad = np.roll(around, -start, axis=0)
    return quad


def _candidates(grey: npt.NDArray[np.uint8]) -> list[Quad]:
    """Convex 4-gons around traced edges, and around regions brighter or darker than a
    few levels (a lit screen, a dark bezel or a dark theme). A photo shown edge to edge
    cuts the screen's edge and its background in two, so the hulls of pairs of the
    largest pieces are tried too."""
    median = float(np.median(grey))
    edges = cv2.Canny(grey, max(10.0, 0.5 * median), max(30.0, 1.2 * median))
    edges = _u8(cv2.dilate(edges, np.ones((3, 3), np.uint8)))
    contours, _hierarchy = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    total = float(grey.shape[0] * grey.shape[1])
    hulls = [cv2.convexHull(contour) for contour in contours]
    hulls += _piece_hulls(edges, total)
    for level in _LEVELS:
        for mask in (grey > level, grey <= level):
            opened = _u8(cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, _OPEN_KERNEL))
            hulls += _piece_hulls(opened, total)
    quads: list[Quad] = []
    for hull in hulls:
        area = cv2.contourArea(hull)
        if not _MIN_AREA_SHARE * total <= area <= _MAX_AREA_SHARE * total:
            continue
        poly = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        if len(poly) == 4 and cv2.isContourConvex(poly):
            quads.append(_ordered(poly.reshape(4, 2).astype(np.float64)))
    return _distinct(quads)


def _piece_hulls(mask: npt.NDArray[np.uint8], total: float) -> list[npt.NDArray[np.int32]]:
    """The hulls of a mask's largest pieces, and of each pair of them."""
    found, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    hulls = [cv2.convexHull(piece).astype(np.int32) for piece in found]
    hulls = [hull for hull in hulls if cv2.contourArea(hull) >= _MIN_PIECE_SHARE * total]
    hulls = sorted(hulls, key=cv2.contourArea, reverse=True)[:_PIECES]
    pairs = [
        cv2.convexHull(np.concatenate((first, second))).astype(np.int32)
        for index, first in enumerate(hulls)
        for second in hulls[index + 1 :]
    ]
    return hulls + pairs


def _distinct(quads: list[Quad]) -> list[Quad]:
    """Largest first, without quads whose corners are all within 2% of one kept."""
    kept: list[Quad] = []
    for quad in sorted(quads, key=_area, reverse=True):
        reach = 0.02 * np.sqrt(_area(quad))
        if not any(np.abs(quad - other).max() <= reach for other in kept):
            kept.append(quad)
    return kept


def _plausible(quad: Quad, shape: tuple[int, ...]) -> bool:
    height, width = shape[:2]
    margin = _BORDER_MARGIN * min(height, width)
    inside = (quad[:, 0] > margin).all() and (quad[:, 0] < width - margin).all()
    inside = inside and (quad[:, 1] > margin).all() and (quad[:, 1] < height - margin).all()
    if not inside:
        return False
    if not _MIN_AREA_SHARE <= _area(quad) / (height * width) <= _MAX_AREA_SHARE:
        return False
    for index in range(4):
        before = quad[index - 1] - quad[index]
        after = quad[(index + 1) % 4] - quad[index]
        cosine = before @ after / (np.linalg.norm(before) * np.linalg.norm(after) + 1e-9)
        if abs(np.degrees(np.arccos(np.clip(cosine, -1, 1))) - 90) > _MAX_CORNER_SKEW:
            return False
    return True


def _refine(grey: npt.NDArray[np.uint8], quad: Quad) -> Quad | None:
    """Each side moved onto the strongest brightness steps near it, corners re-met."""
    lines = []
    image = grey.astype(np.float32)
    for index in range(4):
        line = _fit_side(image, quad[index], quad[(index + 1) % 4])
        if line is None:
            return None
        lines.append(line)
    corners = [_meet(lines[index - 1], lines[index]) for index in range(4)]
    if any(corner is None for corner in corners):
        return None
    return np.array(corners, dtype=np.float64)


def _fit_side(
    image: npt.NDArray[np.float32], start: npt.NDArray[np.float64], end: npt.NDArray[np.float64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]] | None:
    """A point on the side's edge line and its direction, or None when it is no edge."""
    direction = end - start
    length = float(np.linalg.norm(direction))
    if length < 16:
        return None
    direction /= length
    normal = np.array([-direction[1], direction[0]])
    reach = max(3, round(_SEARCH_SHARE * length))
    offsets = np.arange(-reach, reach + 1, dtype=np.float64)
    # Away from the corners, where the neighbouring side's edge would pull the step.
    along = np.linspace(0.1, 0.9, _SIDE_SAMPLES) * length
    centres = start[None, :] + along[:, None] * direction[None, :]
    points = centres[:, None, :] + offsets[None, :, None] * normal[None, None, :]
    map_x = points[..., 0].astype(np.float32)
    map_y = points[..., 1].astype(np.float32)
    profile = cv2.remap(image, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # The step across the line, 2 pixels each side of each offset.
    padded = np.pad(profile, ((0, 0), (2, 2)), mode="edge")
    step = np.abs(padded[:, 4:] - padded[:, :-4])
    best = step.argmax(axis=1)
    strong = step[np.arange(len(best)), best] >= _MIN_STEP
    if strong.mean() < _MIN_SUPPORT:
        return None
    # Sub-pixel: the vertex of a parabola through the peak and its neighbours.
    rows = np.arange(len(best))
    inner = np.clip(best, 1, len(offsets) - 2)
    left, middle, right = (step[rows, inner + k] for k in (-1, 0, 1))
    curve = left - 2 * middle + right
    shift = np.where(np.abs(curve) > 1e-6, 0.5 * (left - right) / np.where(curve == 0, 1, curve), 0)
    where = offsets[inner] + np.clip(shift, -1, 1)
    found = centres[strong] + where[strong, None] * normal[None, :]
    vx, vy, x0, y0 = cv2.fitLine(found.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    return np.array([x0, y0], dtype=np.float64), np.array([vx, vy], dtype=np.float64)


def _meet(
    first: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]],
    second: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]],
) -> npt.NDArray[np.float64] | None:
    (p, u), (q, v) = first, second
    matrix = np.array([u, -v]).T
    if abs(np.linalg.det(matrix)) < 1e-6:
        return None
    t = np.linalg.solve(matrix, q - p)
    point: npt.NDArray[np.float64] = p + t[0] * u
    return point


def _dark_border(upright: npt.NDArray[np.uint8]) -> Rect:
    """The upright screen without its dark, flat edge rows and columns (a bezel)."""
    grey = cv2.cvtColor(upright, cv2.COLOR_RGB2GRAY).astype(np.float32)
    height, width = grey.shape

    def dark(line: npt.NDArray[np.float32]) -> bool:
        return float(np.median(line)) < _DARK_LINE and float(line.std()) < _FLAT_LINE

    left, top, right, bottom = 0, 0, width, height
    while right - left > width // 2 and dark(grey[top:bottom, left]):
        left += 1
    while right - left > width // 2 and dark(grey[top:bottom, right - 1]):
        right -= 1
    while bottom - top > height // 2 and dark(grey[top, left:right]):
        top += 1
    while bottom - top > height // 2 and dark(grey[bottom - 1, left:right]):
        bottom -= 1
    return left, top, right, bottom


def _photo_on_screen(rgb: npt.NDArray[np.uint8], quad: Quad) -> ScreenFind | None:
    upright = rectify(rgb, quad)
    smooth = _u8(cv2.medianBlur(upright, _DENOISE))
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
    return ScreenFind(quad, Image.fromarray(upright), rect)


def _photo_rect(screen: npt.NDArray[np.uint8]) -> Rect | None:
    """``find_inner_rect`` on the upright screen without what is shorter than a few lines
    of text, its outermost pixels left out (what is left of the bezel or the desk there
    would join the photo to the text)."""
    mask = textured_mask(screen)
    # Lines of text, blurred by the camera, merge into blocks that touch the photo; each
    # line is short from top to bottom, the photo is not.
    tall = max(5, round(_LINE_SHARE * mask.shape[0]))
    mask = _u8(cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((tall, 1), np.uint8)))
    frame = _FRAME
    mask[:frame], mask[-frame:], mask[:, :frame], mask[:, -frame:] = 0, 0, 0, 0
    found = inner_rect_in_mask(mask)
    if found is None:
        return None
    height, width = mask.shape
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
