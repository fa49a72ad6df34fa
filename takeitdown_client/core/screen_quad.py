"""Find the screen's quadrilateral in a photo of a screen (``core.screen_photo``).

1. Candidates: edges (Canny on a smoothed grey copy) traced into contours, and regions
   brighter or darker than a few grey levels (a lit screen, a dark bezel or dark theme);
   a photo shown edge to edge cuts the screen's edge and its background in two, so the
   hulls of pairs of the largest pieces are tried too. Each hull that simplifies
   (``approxPolyDP``, 2% of its perimeter) to a convex 4-gon of 8-92% of the picture is
   a candidate; a region's 5-gon (a corner hidden by something in front of it) gives
   the quad on the lines of its four longest sides, when it is plausible.
2. Each side of a candidate is refined: at 64 points along it, the strongest step in
   brightness across it (searched 2% of its length either way, to a fraction of a
   pixel) is found, and a line is fitted through those steps (``cv2.fitLine``, Huber);
   the corners are where the lines meet. The line is the one most steps are on (of the
   lines through pairs of them), not a fit between a screen's and a bezel's edges. A
   side where fewer than 70% of the steps are strong (12 grey levels) is no screen edge,
   and the candidate is dropped, as are quads with a corner off the picture or an angle
   more than 35 degrees from square.
3. ``rectify`` warps a quad upright onto a rectangle of its natural size (the mean
   lengths of opposite sides).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import cv2
import numpy as np
import numpy.typing as npt
from cv2.typing import MatLike

Quad = npt.NDArray[np.float64]  # 4 x 2: top-left, top-right, bottom-right, bottom-left

# A screen fills this share of the photo (its hull), and its corners keep this
# share of the photo's shorter side off the border.
_MIN_AREA_SHARE = 0.08
_MAX_AREA_SHARE = 0.92
_BORDER_MARGIN = 0.01
# A corner's angle stays within this many degrees of a right angle (moderate perspective).
_MAX_CORNER_SKEW = 35.0
# Refinement: steps are searched this share of the side's length either way of it,
# at this many points, and a side needs this share of strong steps, each at least
# this mean grey difference (0-255) across the edge.
_SEARCH_SHARE = 0.02
_SIDE_SAMPLES = 64
_MIN_SUPPORT = 0.7
_MIN_STEP = 12.0
# ... and this share of its samples within this many pixels of the fitted line.
_MIN_ON_LINE = 0.5
_ON_LINE = 1.5
# Grey levels the regions are cut at, and the opening that parts regions touching by a
# thread (a bezel against a dark object on the desk).
_LEVELS = (40, 70, 100, 130, 160, 190, 220)
_OPEN_KERNEL = np.ones((5, 5), np.uint8)
# Pieces of at least this share of the picture, the largest few, are paired.
_MIN_PIECE_SHARE = 0.005
_PIECES = 6
_CANDIDATE_SIDE = 512
# Polygons of up to this many corners are repaired into quads, when their four longest
# sides make at least this share of the perimeter.
_MAX_REPAIRED = 5
_MIN_KEPT_PERIMETER = 0.75


def screen_quads(rgb: npt.NDArray[np.uint8]) -> Iterator[Quad]:
    """The refined, plausible screen quads of a picture, largest first.

    Candidates come from a copy whose longer side is ``_CANDIDATE_SIDE`` (the edge and
    region passes cost a quarter as much: they ran on every picture hashed); each side
    is then refined on the full copy."""
    grey = u8(cv2.GaussianBlur(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), (0, 0), 1.5))
    small, scale = _candidate_copy(grey)
    image = grey.astype(np.float32)  # once for every candidate's refinement
    for quad in _candidates(small):
        # Pixel centres of the small copy onto those of the full one.
        refined = _refine(image, (quad + 0.5) * scale - 0.5)
        if refined is not None and _plausible(refined, grey.shape):
            yield refined


def _candidate_copy(grey: npt.NDArray[np.uint8]) -> tuple[npt.NDArray[np.uint8], Quad]:
    """``grey`` reduced (area-averaged) for the candidate search, and the x and y scale
    back to it."""
    height, width = grey.shape
    factor = max(height, width) / _CANDIDATE_SIDE
    if factor <= 1:
        return grey, np.ones(2)
    size = (max(1, round(width / factor)), max(1, round(height / factor)))
    small = u8(cv2.resize(grey, size, interpolation=cv2.INTER_AREA))
    return small, np.array([width / size[0], height / size[1]])


def screen_size(quad: Quad) -> tuple[int, int]:
    """The upright screen's width and height: the mean lengths of opposite sides."""
    sides = [float(np.linalg.norm(quad[(i + 1) % 4] - quad[i])) for i in range(4)]
    return max(1, round((sides[0] + sides[2]) / 2)), max(1, round((sides[1] + sides[3]) / 2))


def rectify(
    rgb: npt.NDArray[np.uint8], quad: Quad, size: tuple[int, int] | None = None
) -> npt.NDArray[np.uint8]:
    """The quadrilateral warped upright onto a ``size`` rectangle (its natural size,
    ``screen_size``, by default): ``cv2.warpPerspective``, bilinear, border replicated,
    the quad's corners (continuous coordinates) onto the rectangle's corners."""
    width, height = size or screen_size(quad)
    matrix = upright_matrix(quad, (width, height))
    # OpenCV maps pixel centres: shift by half a pixel on both sides.
    half = np.array([[1, 0, 0.5], [0, 1, 0.5], [0, 0, 1]])
    matrix = np.linalg.inv(half) @ matrix @ half
    upright: npt.NDArray[np.uint8] = cv2.warpPerspective(
        rgb, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    ).astype(np.uint8)
    return upright


def upright_matrix(quad: Quad, size: tuple[int, int]) -> npt.NDArray[np.float64]:
    width, height = size
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    return np.asarray(matrix, dtype=np.float64)


def u8(array: npt.NDArray[np.generic]) -> npt.NDArray[np.uint8]:
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
    edges = u8(cv2.dilate(edges, np.ones((3, 3), np.uint8)))
    contours, _hierarchy = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    total = float(grey.shape[0] * grey.shape[1])
    # A hull's area is at most its bounding box's: the small boxes (thousands, on a
    # textured photo) can't give a screen, and skipping them saves most of the time.
    hulls = [cv2.convexHull(contour) for contour in _at_least(contours, _MIN_AREA_SHARE * total)]
    hulls += _piece_hulls(edges, total)
    regions: list[npt.NDArray[np.int32]] = []
    for level in _LEVELS:
        for mask in (grey > level, grey <= level):
            opened = u8(cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, _OPEN_KERNEL))
            regions += _piece_hulls(opened, total)
    quads: list[Quad] = []
    # Only a region's polygon is repaired: traced edges of a screenshot's photo and the
    # ragged text under it make 5- and 6-gons whose longest sides frame no screen.
    for hull, repairable in [(hull, False) for hull in hulls] + [(hull, True) for hull in regions]:
        area = cv2.contourArea(hull)
        if not _MIN_AREA_SHARE * total <= area <= _MAX_AREA_SHARE * total:
            continue
        poly = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        if len(poly) == 4 and cv2.isContourConvex(poly):
            quads.append(_ordered(poly.reshape(4, 2).astype(np.float64)))
        elif repairable and 4 < len(poly) <= _MAX_REPAIRED:
            repaired = _longest_sides_quad(poly.reshape(-1, 2).astype(np.float64))
            # Checked before it is refined: most repairs of a textured picture's regions
            # are no screen, and refining them all would double the finder's time.
            if repaired is not None and _plausible(repaired, grey.shape):
                quads.append(repaired)
    return _distinct(quads)


def _longest_sides_quad(poly: npt.NDArray[np.float64]) -> Quad | None:
    """The quad on the lines of a convex polygon's four longest sides.

    Something in front of a corner (a hand, a mug) cuts the corner off a lit screen's
    region, or adds its own outline to the device's hull: either way the screen's four
    sides are still the polygon's longest (shortened a little), and their lines meet at
    the hidden corners."""
    count = len(poly)
    lengths = np.linalg.norm(np.roll(poly, -1, axis=0) - poly, axis=1)
    kept = np.sort(np.argsort(lengths)[-4:])  # in order around the polygon
    if lengths[kept].sum() < _MIN_KEPT_PERIMETER * lengths.sum():
        return None
    lines = [(poly[i], poly[(i + 1) % count] - poly[i]) for i in kept]
    corners = [_meet(lines[index - 1], lines[index]) for index in range(4)]
    if any(corner is None for corner in corners):
        return None
    quad = np.array(corners, dtype=np.float64)
    # The corners met near the polygon, not far off where two sides nearly parallel meet.
    low, high = poly.min(axis=0), poly.max(axis=0)
    slack = 0.25 * (high - low)
    if (quad < low - slack).any() or (quad > high + slack).any():
        return None
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return None
    return _ordered(quad)


def _piece_hulls(mask: npt.NDArray[np.uint8], total: float) -> list[npt.NDArray[np.int32]]:
    """The hulls of a mask's largest pieces, and of each pair of them."""
    found, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found = _at_least(found, _MIN_PIECE_SHARE * total)
    hulls = [cv2.convexHull(piece).astype(np.int32) for piece in found]
    hulls = [hull for hull in hulls if cv2.contourArea(hull) >= _MIN_PIECE_SHARE * total]
    hulls = sorted(hulls, key=cv2.contourArea, reverse=True)[:_PIECES]
    pairs = [
        cv2.convexHull(np.concatenate((first, second))).astype(np.int32)
        for index, first in enumerate(hulls)
        for second in hulls[index + 1 :]
    ]
    return hulls + pairs


def _at_least(contours: Sequence[MatLike], area: float) -> list[MatLike]:
    """The contours whose bounding box is at least ``area`` (their hull may be)."""
    kept = []
    for contour in contours:
        _x, _y, width, height = cv2.boundingRect(contour)
        if width * height >= area:
            kept.append(contour)
    return kept


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


def _refine(image: npt.NDArray[np.float32], quad: Quad) -> Quad | None:
    """Each side moved onto the strongest brightness steps near it, corners re-met."""
    lines = []
    for index in range(4):
        line = fit_edge(image, quad[index], quad[(index + 1) % 4])
        if line is None:
            return None
        lines.append(line)
    corners = [_meet(lines[index - 1], lines[index]) for index in range(4)]
    if any(corner is None for corner in corners):
        return None
    return np.array(corners, dtype=np.float64)


def fit_edge(
    image: npt.NDArray[np.float32],
    start: npt.NDArray[np.float64],
    end: npt.NDArray[np.float64],
    reach: int | None = None,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]] | None:
    """A point on the side's edge line and its direction, or None when it is no edge
    (steps searched ``reach`` pixels either way: 2% of the side's length by default)."""
    direction = end - start
    length = float(np.linalg.norm(direction))
    if length < 16:
        return None
    direction /= length
    normal = np.array([-direction[1], direction[0]])
    reach = reach or max(3, round(_SEARCH_SHARE * length))
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
    # A straight edge, not steps scattered across text or texture: at least half of all
    # samples must be on one line (a second edge a bezel's width away, the screen's or
    # the device's, takes the rest), which is refitted twice to the steps on it.
    points = found[_on_dominant_line(found)]
    for _ in range(2):
        if len(points) < _MIN_ON_LINE * _SIDE_SAMPLES:
            return None
        point, along_line = _line_through(points)
        off = np.abs((found - point) @ np.array([-along_line[1], along_line[0]]))
        points = found[off <= _ON_LINE]
    if len(points) < _MIN_ON_LINE * _SIDE_SAMPLES:
        return None
    return _line_through(points)


def _on_dominant_line(points: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
    """Which points are within ``_ON_LINE`` of the line through most of them.

    Two edges a bezel's width apart split the steps between them, and a least-squares
    line through both lies on neither; so each line through a point and the one half the
    samples on (deterministic, unlike RANSAC's random pairs) is tried, and the one with
    most points near it wins."""
    half = len(points) // 2
    if half == 0:
        return np.zeros(len(points), dtype=np.bool_)
    starts, ends = points[:half], points[half : 2 * half]
    direction = ends - starts
    length = np.linalg.norm(direction, axis=1, keepdims=True)
    normals = np.stack([-direction[:, 1], direction[:, 0]], axis=1) / np.maximum(length, 1e-9)
    # Distance of every point (columns) from every trial line (rows).
    off = np.abs(((points[None, :, :] - starts[:, None, :]) * normals[:, None, :]).sum(axis=2))
    near = off <= _ON_LINE
    best = int(near.sum(axis=1).argmax())
    on_line: npt.NDArray[np.bool_] = near[best]
    return on_line


def _line_through(
    points: npt.NDArray[np.float64],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    vx, vy, x0, y0 = cv2.fitLine(points.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    return np.array([x0, y0], np.float64), np.array([vx, vy], np.float64)


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
