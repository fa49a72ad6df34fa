"""Synthetic photos of a screen: a screenshot of a post, shown on a phone or a monitor
and photographed with a camera.

Used by the screen-photo tests and by ``tests/benchmarks/bench_screen_photos.py``.
``make_screen_photo`` takes a ``make_screenshot`` screenshot, puts a dark bezel
around it, warps it with a random, moderate perspective (a tilt of 2-10% and 3%
jitter: corners moved up to 13% of the device's size) into a larger scene that
looks like a desk or a room (gradients, blotches, grain and a few objects, never
flat), then does what a camera does: defocus blur, a brightness, gamma and colour
shift, faint moire, sensor noise and JPEG. It returns the photo and the exact
corners of the screen and of the photo shown on it (top-left, top-right,
bottom-right, bottom-left, in the photo's continuous pixel coordinates).
"""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image

from .synthetic_screens import make_screenshot

Quad = npt.NDArray[np.float64]  # 4 x 2 corners: top-left, top-right, bottom-right, bottom-left


def _scene(width: int, height: int, rng: random.Random) -> npt.NDArray[np.float32]:
    """A desk or a room: a lit gradient, soft blotches, grain, and some objects."""
    gen = np.random.default_rng(rng.randrange(1 << 30))
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    colour = np.array([rng.uniform(60, 200) for _ in range(3)], dtype=np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(angle) * xs / width + np.sin(angle) * ys / height) * rng.uniform(30, 70)
    scene = colour[None, None, :] + ramp[..., None]
    blotches = gen.normal(0, 1, (height // 64 + 2, width // 64 + 2)).astype(np.float32)
    scene += cv2.resize(blotches, (width, height), interpolation=cv2.INTER_CUBIC)[..., None] * 12
    grain = cv2.GaussianBlur(gen.normal(0, 10, (height, width)).astype(np.float32), (0, 0), 1.5)
    scene += grain[..., None]
    for _ in range(rng.randint(3, 7)):  # books, a mug, papers: edges that are not the screen
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randint(width // 12, width // 4), rng.randint(height // 12, height // 4)
        shade = np.array([rng.uniform(20, 235) for _ in range(3)], dtype=np.float32)
        if rng.random() < 0.5:
            cv2.rectangle(scene, (x, y), (x + w, y + h), shade.tolist(), -1)
        else:
            cv2.ellipse(scene, (x, y), (w // 2, h // 2), 0, 0, 360, shade.tolist(), -1)
    return scene


def _with_bezel(shot: Image.Image, rng: random.Random) -> tuple[npt.NDArray[np.float32], int]:
    """The screenshot inside a dark bezel (the device's frame), and the bezel's width."""
    bezel = round(min(shot.size) * rng.uniform(0.03, 0.07))
    shade = rng.uniform(8, 45)
    framed = np.full((shot.height + 2 * bezel, shot.width + 2 * bezel, 3), shade, np.float32)
    framed[bezel:-bezel, bezel:-bezel] = np.asarray(shot, dtype=np.float32)
    return framed, bezel


def _perspective_quad(
    size: tuple[int, int], scene: tuple[int, int], rng: random.Random
) -> tuple[Quad, float]:
    """Where the device's corners land in the scene: scaled to fill 50-72% of it,
    placed with room to spare, tilted (2-10%) and jittered (3%) by corner."""
    width, height = size
    scale = rng.uniform(0.50, 0.72) * min(scene[0] / width, scene[1] / height)
    w, h = width * scale, height * scale
    left = rng.uniform(0.1 * scene[0], scene[0] - w - 0.1 * scene[0])
    top = rng.uniform(0.1 * scene[1], scene[1] - h - 0.1 * scene[1])
    quad = np.array([[left, top], [left + w, top], [left + w, top + h], [left, top + h]])
    # A tilt: one side nearer the camera (larger) than the other, plus jitter.
    tilt = rng.uniform(0.02, 0.10) * rng.choice((-1, 1))
    horizontal = rng.random() < 0.5
    for index, (sx, sy) in enumerate(((-1, -1), (1, -1), (1, 1), (-1, 1))):
        near = (sx if horizontal else sy) * tilt
        quad[index, 0] += (sx * near if not horizontal else 0) * w
        quad[index, 1] += (sy * near if horizontal else 0) * h
        quad[index, 0] += rng.uniform(-0.03, 0.03) * w
        quad[index, 1] += rng.uniform(-0.03, 0.03) * h
    return quad, scale


def _camera(photo: npt.NDArray[np.float32], rng: random.Random, jpeg_quality: int) -> Image.Image:
    """Defocus, exposure, gamma, white balance, moire, sensor noise and JPEG."""
    gen = np.random.default_rng(rng.randrange(1 << 30))
    photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(0.5, 1.5))
    height, width = photo.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    period, angle = rng.uniform(3.0, 7.0), rng.uniform(0, np.pi)
    moire = np.sin((np.cos(angle) * xs + np.sin(angle) * ys) * 2 * np.pi / period)
    photo *= (1 + rng.uniform(0, 0.03) * moire)[..., None]
    cast = np.array([rng.uniform(0.85, 1.15) for _ in range(3)], dtype=np.float32)
    gain, gamma = rng.uniform(0.75, 1.2), rng.uniform(0.8, 1.25)
    photo = 255 * np.clip(photo * gain * cast / 255, 0, 1) ** gamma
    photo += rng.uniform(5, 20)  # the black level of a lit screen and a room
    photo += gen.normal(0, rng.uniform(1.5, 4.0), photo.shape).astype(np.float32)
    pixels = np.clip(photo, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=jpeg_quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def warp_points(matrix: npt.NDArray[np.float64], points: Quad) -> Quad:
    moved = cv2.perspectiveTransform(points.reshape(-1, 1, 2).astype(np.float64), matrix)
    result: Quad = moved.reshape(-1, 2)
    return result


def _corner_object(
    picture: npt.NDArray[np.float32], corner: npt.NDArray[np.float64], size: float, shade: float
) -> None:
    """A box (a book, a phone case) of ``shade`` centred on a corner of the device, a
    fifth of the device's diagonal across."""
    half = round(0.1 * size)
    x, y = round(corner[0]), round(corner[1])
    cv2.rectangle(picture, (x - half, y - half), (x + half, y + half), (shade,) * 3, -1)


def make_screen_photo(
    photo: Image.Image,
    kind: str = "phone",
    dark: bool = False,
    seed: int = 0,
    corner_object: tuple[int, bool, float] | None = None,
) -> tuple[Image.Image, Quad, Quad]:
    """A photo of a screen showing ``photo`` in a post (``make_screenshot``'s frames);
    returns it, the screen's corners and the shown photo's corners. ``corner_object``
    (the device's corner, 0-3 from top-left clockwise; in front of the device or behind
    it; its grey shade) adds an object on a corner of the device."""
    rng = random.Random(seed)
    shot, rect = make_screenshot(photo, kind, dark, seed)
    framed, bezel = _with_bezel(shot, rng)
    portrait = kind == "phone"  # photographed the way the screen stands
    scene_size = (1536, 2048) if portrait else (2304, 1728)
    scene = _scene(*scene_size, rng)
    device = (framed.shape[1], framed.shape[0])
    quad, _scale = _perspective_quad(device, scene_size, rng)
    source = np.array([[0, 0], [device[0], 0], [device[0], device[1]], [0, device[1]]], float)
    matrix = cv2.getPerspectiveTransform(source.astype(np.float32), quad.astype(np.float32))
    # Warp at 2x and reduce (INTER_AREA), as a lens and sensor average the screen's pixels.
    double = np.diag([2.0, 2.0, 1.0]) @ matrix
    big = (scene_size[0] * 2, scene_size[1] * 2)
    warped = cv2.warpPerspective(framed, double, big, flags=cv2.INTER_LINEAR)
    coverage = cv2.warpPerspective(np.ones(framed.shape[:2], np.float32), double, big)
    warped = cv2.resize(warped, scene_size, interpolation=cv2.INTER_AREA)
    coverage = cv2.resize(coverage, scene_size, interpolation=cv2.INTER_AREA)[..., None]
    if corner_object is not None and not corner_object[1]:  # on the desk, behind the device
        _corner_object(
            scene,
            quad[corner_object[0]],
            float(np.linalg.norm(quad[2] - quad[0])),
            corner_object[2],
        )
    composed = warped + scene * (1 - coverage)
    if corner_object is not None and corner_object[1]:  # in front of it
        _corner_object(
            composed,
            quad[corner_object[0]],
            float(np.linalg.norm(quad[2] - quad[0])),
            corner_object[2],
        )
    right, bottom = device[0] - bezel, device[1] - bezel
    screen_corners = np.array(
        [[bezel, bezel], [right, bezel], [right, bottom], [bezel, bottom]], float
    )
    left, top, right, bottom = (value + bezel for value in rect)
    photo_corners = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], float)
    image = _camera(composed, rng, rng.randint(75, 92))
    return image, warp_points(matrix, screen_corners), warp_points(matrix, photo_corners)
