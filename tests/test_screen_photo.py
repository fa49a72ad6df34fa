"""The photo-of-a-screen finder and its ``inner:screen`` variants.

Corners are checked against the ones the generator placed
(``tests.synthetic_screen_photos``); hashes against ``pdqhash`` on the same pixels.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from takeitdown_client.core import pdq, reframes, screen_photo, screen_quad, screen_variants
from takeitdown_client.core.matching import explain_variant
from takeitdown_client.core.reframe_transforms import square

from .conftest import DATA_DIR
from .synthetic_screen_photos import make_screen_photo
from .synthetic_screens import make_screenshot
from .test_reframes import BRIDGE, PEN, image_fingerprint, reference_pdq

IMAGES = DATA_DIR / "pdq" / "images"


def screen_of(image: Image.Image) -> tuple[screen_photo.ScreenFind | None, float]:
    """What ``reframe_sources`` found, and the scale of its finder copy."""
    sources = reframes.reframe_sources(image)
    found = None if sources.screen is None else sources.screen.found
    return found, sources.finder.width / image.width


def found_corners(found: screen_photo.ScreenFind, scale: float) -> np.ndarray:
    """The found photo's corners, mapped from the upright screen back to the photo."""
    width, height = found.screen.size
    upright = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(upright, found.quad.astype(np.float32))
    left, top, right, bottom = found.rect
    corners = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], float)
    moved: np.ndarray = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), matrix)
    return moved.reshape(-1, 2) / scale


@pytest.mark.parametrize("photo", [BRIDGE, PEN], ids=lambda p: p.name)
@pytest.mark.parametrize("kind", ["phone", "desktop"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_finder_finds_the_screen_and_the_photo_on_it(photo: Path, kind: str, dark: bool) -> None:
    with Image.open(photo) as image:
        shot, screen, shown = make_screen_photo(image, kind, dark, seed=3 + dark)
    found, scale = screen_of(shot)
    assert found is not None
    # The quad is the screen's edge or the bezel's outer edge (a dark bezel on a dark
    # theme has no visible screen edge): within 8% of the screen's size either way.
    size = float(np.linalg.norm(screen[2] - screen[0]))
    assert np.abs(found.quad / scale - screen).max() <= 0.08 * size
    # The photo on it: every corner within 2% of the photo's diagonal.
    diagonal = float(np.linalg.norm(shown[2] - shown[0]))
    error = np.abs(found_corners(found, scale) - shown).max()
    assert error <= 0.02 * diagonal, (error, diagonal)


@pytest.mark.parametrize("corner", [0, 1, 2, 3])
@pytest.mark.parametrize("kind", ["phone", "desktop"])
def test_finder_finds_a_screen_with_a_corner_hidden(corner: int, kind: str) -> None:
    # A dark box in front of one corner of the device (a mug, a hand): the screen's
    # region and the device's outline lose that corner, their hulls are 5-gons, and the
    # corner is where the lines of the other sides meet.
    with Image.open(BRIDGE) as image:
        shot, screen, shown = make_screen_photo(
            image, kind, False, seed=0, corner_object=(corner, True, 30.0)
        )
    found, scale = screen_of(shot)
    assert found is not None
    size = float(np.linalg.norm(screen[2] - screen[0]))
    assert np.abs(found.quad / scale - screen).max() <= 0.08 * size
    diagonal = float(np.linalg.norm(shown[2] - shown[0]))
    assert np.abs(found_corners(found, scale) - shown).max() <= 0.02 * diagonal


def test_an_edge_line_follows_the_edge_most_steps_are_on() -> None:
    # Two vertical edges 6 pixels apart (a screen's edge and its bezel's outer edge):
    # the outer one is the stronger step along the top 40% of the side, the inner one
    # along the rest. The line is the inner edge, not a slant between the two.
    image = np.full((200, 100), 20.0, np.float32)
    image[:, 50:] = 60.0  # bezel from x = 50, screen from x = 56
    image[:, 56:] = 120.0
    image[:80, :50] = -60.0  # the desk darker beside the top of the side
    image = cv2.GaussianBlur(image, (0, 0), 1.5)  # as screen_quads smooths its grey copy
    line = screen_quad.fit_edge(image, np.array([53.0, 0.0]), np.array([53.0, 199.0]), reach=8)
    assert line is not None
    point, direction = line
    assert abs(direction[0]) < 0.01
    assert abs(point[0] - 55.5) < 0.5  # the step between pixels 55 and 56


def distinct_pictures() -> list[Path]:
    seen: set[str] = set()
    paths = []
    for path in sorted(IMAGES.rglob("*")):
        if path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            paths.append(path)
    return paths


def test_finder_finds_nothing_in_ordinary_pictures() -> None:
    pictures = distinct_pictures()
    assert len(pictures) >= 10
    for path in pictures:
        with Image.open(path) as image:
            assert screen_of(image.convert("RGB"))[0] is None, path.name


@pytest.mark.parametrize("kind", ["phone", "desktop"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_finder_finds_no_screen_in_a_screenshot(kind: str, dark: bool) -> None:
    # A screenshot is the screen itself: the existing inner finder's case, not this one.
    for photo in (BRIDGE, PEN):
        with Image.open(photo) as image:
            shot, _rect = make_screenshot(image, kind, dark, seed=7)
        assert screen_of(shot)[0] is None


def test_rectify_maps_the_quad_onto_an_upright_rectangle() -> None:
    # A checkerboard warped by a known perspective comes back upright.
    board = (np.indices((200, 300)).sum(axis=0) // 25 % 2 * 255).astype(np.uint8)
    rgb = np.repeat(board[..., None], 3, axis=2)
    quad = np.array([[40.0, 30.0], [330.0, 50.0], [320.0, 260.0], [50.0, 240.0]])
    source = np.array([[0, 0], [300, 0], [300, 200], [0, 200]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, quad.astype(np.float32))
    half = np.array([[1, 0, 0.5], [0, 1, 0.5], [0, 0, 1]])
    warped = cv2.warpPerspective(rgb, np.linalg.inv(half) @ matrix @ half, (400, 300))
    upright = screen_photo.rectify(warped, quad)
    assert upright.shape[:2] == (210, 281)  # mean lengths of opposite sides, rounded
    back = cv2.resize(rgb, (281, 210), interpolation=cv2.INTER_LINEAR)
    inner = (slice(10, -10), slice(10, -10))  # the edges are resampled twice
    assert np.mean(np.abs(upright[inner].astype(int) - back[inner].astype(int)) > 128) < 0.05


def test_screen_variants_are_pdqhash_of_their_pixels(tmp_path: Path) -> None:
    with Image.open(BRIDGE) as image:
        photo, _screen, _shown = make_screen_photo(image, "phone", False, seed=3)
    path = tmp_path / "screen.jpg"
    photo.save(path, quality=90)
    fingerprint = image_fingerprint(path)
    with Image.open(path) as saved:
        sources = reframes.reframe_sources(saved.convert("RGB"))
    assert sources.screen is not None
    found, full = sources.screen.found, (sources.screen.full, sources.screen.full_rect)
    by_label = {variant.label: variant for variant in fingerprint.pdq_variants}
    assert "inner:screen" in by_label
    screen_labels = [label for label in by_label if label.startswith("inner:screen")]
    assert set(screen_labels) <= set(screen_variants.screen_labels(found.rect))
    for label in screen_labels:
        pixels = screen_variants.screen_pixels(found, label, full)
        assert (by_label[label].pdq, by_label[label].quality) == reference_pdq(pixels), label
    assert 8 + len(fingerprint.pdq_variants) <= reframes.MAX_PDQ_PER_PICTURE
    # inner:screen is the photo's rectangle of the upright screen, squared as inner is.
    rect = found.rect
    expected = square(found.screen.crop(rect), reframes.INNER_SIDE)
    assert np.array_equal(screen_variants.screen_pixels(found, "inner:screen"), expected)
    # inner:screen:small: the photo warped from the full picture (twice the finder's
    # scale here), its longer side 256.
    screen, full_rect = full
    assert screen.size == (2 * found.screen.width, 2 * found.screen.height)
    assert full_rect == tuple(2 * value for value in rect)
    small = screen_variants.screen_pixels(found, "inner:screen:small", full)
    assert max(small.shape[:2]) == reframes.INNER_SMALL_SIDE
    # A hedge: the window grown by 2 256ths of its longer side, 256 on its longer side.
    grown = screen_variants.screen_pixels(found, "inner:screen:g2", full)
    unit = round(2 * max(full_rect[2] - full_rect[0], full_rect[3] - full_rect[1]) / 256)
    box = (  # clipped to the screen: this photo is shown edge to edge
        max(0, full_rect[0] - unit),
        max(0, full_rect[1] - unit),
        min(screen.width, full_rect[2] + unit),
        min(screen.height, full_rect[3] + unit),
    )
    window = screen.crop(box)
    expected_grown = window.resize(screen_variants.snapped_size(window.size), Image.Resampling.BOX)
    assert np.array_equal(grown, np.asarray(expected_grown))


def test_hedges_snap_to_a_standard_ratio_when_near() -> None:
    assert screen_variants.snapped_size((530, 540)) == (256, 256)  # 2% from square
    assert screen_variants.snapped_size((300, 400)) == (192, 256)  # 3:4
    assert screen_variants.snapped_size((1000, 700)) == (256, 179)  # 1.43: none within 4%


def test_a_photo_of_a_screen_matches_the_copy_it_shows(tmp_path: Path) -> None:
    with Image.open(BRIDGE) as image:
        photo, _screen, _shown = make_screen_photo(image, "desktop", True, seed=4)
        copy = image.convert("RGB")
    path = tmp_path / "screen.jpg"
    photo.save(path, quality=90)
    fingerprint = image_fingerprint(path)
    platform = reference_pdq(np.asarray(copy))[0]
    distances = {
        variant.label: pdq.hamming_distance(variant.pdq, platform)
        for variant in fingerprint.pdq_variants
    }
    assert min(distances.values()) <= 31
    assert pdq.hamming_distance(fingerprint.pdq, platform) > 31  # only the variant matches


def test_ordinary_pictures_get_no_screen_variants() -> None:
    for path in (BRIDGE, PEN):
        labels = [variant.label for variant in image_fingerprint(path).pdq_variants]
        assert not [label for label in labels if label.startswith("inner:screen")]


def test_screen_variants_are_explained() -> None:
    found = "B is the picture found on the screen photographed in A"
    assert explain_variant("inner:screen", "a") == found
    assert explain_variant("inner:screen:small", "a") == found
    assert explain_variant("inner:screen:g2", "a") == found
    assert explain_variant("inner:screen:9x16", "a") == f"{found}, fitted into 9:16 with bars"
    assert explain_variant("inner:screen:top13", "b").endswith("with a caption bar on top")
