"""Our SciPy-free pHash against imagehash's own (which runs scipy.fftpack).

imagehash is the reference: every value compared here comes from
``imagehash.phash`` or ``scipy.fftpack.dct`` in the same run.
"""

from __future__ import annotations

from pathlib import Path

import imagehash
import numpy as np
import pytest
import scipy.fftpack
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from PIL import Image

from takeitdown_client.core.phash import dct2, phash

from .conftest import DATA_DIR, SHARED_REFERENCE

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"}


def _reference_images() -> list[Path]:
    roots = [DATA_DIR / "pdq" / "images", SHARED_REFERENCE / "pdq"]
    found = {
        path.name: path
        for root in roots
        if root.is_dir()
        for path in sorted(root.rglob("*"))
        if path.suffix.lower() in IMAGE_SUFFIXES
    }
    return [found[name] for name in sorted(found)]


def _scipy_dct_2d(pixels: np.ndarray) -> np.ndarray:
    return scipy.fftpack.dct(scipy.fftpack.dct(pixels, axis=0), axis=1)


@pytest.mark.parametrize("path", _reference_images(), ids=lambda path: path.name)
def test_reference_images_hash_as_imagehash(path: Path) -> None:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
    assert phash(rgb) == str(imagehash.phash(rgb))


def test_at_least_the_local_reference_images_are_used() -> None:
    assert len(_reference_images()) >= 17


@settings(max_examples=300, deadline=None)
@given(hnp.arrays(np.uint8, (32, 32)))
def test_2d_dct_is_bit_identical_to_scipy(pixels: np.ndarray) -> None:
    ours = dct2(dct2(pixels, axis=0), axis=1)
    assert np.array_equal(ours, _scipy_dct_2d(pixels))


@settings(max_examples=200, deadline=None)
@given(
    hnp.arrays(np.float64, st.sampled_from([2, 4, 8, 16, 32, 64]), elements=st.floats(-1e6, 1e6))
)
def test_1d_dct_is_bit_identical_to_scipy_for_even_lengths(values: np.ndarray) -> None:
    assert np.array_equal(dct2(values, axis=0), scipy.fftpack.dct(values))


def _synthetic_images() -> dict[str, Image.Image]:
    rng = np.random.default_rng(20261121)
    ramp = np.add.outer(np.arange(64), np.arange(64)).astype(np.uint8)
    images = {
        "black": Image.new("L", (40, 40), 0),
        "white": Image.new("RGB", (33, 17), (255, 255, 255)),
        "grey one pixel": Image.new("RGB", (1, 1), (128, 128, 128)),
        "ramp": Image.fromarray(ramp),
        "stripes": Image.fromarray((np.indices((50, 70))[1] % 2 * 255).astype(np.uint8)),
        "checker": Image.fromarray(((np.indices((64, 64)).sum(axis=0) % 2) * 255).astype(np.uint8)),
        "noise": Image.fromarray(rng.integers(0, 256, (120, 90, 3), dtype=np.uint8)),
        "three levels": Image.fromarray((rng.integers(0, 3, (48, 48)) * 127).astype(np.uint8)),
        "tall": Image.fromarray(rng.integers(0, 256, (900, 3), dtype=np.uint8)),
    }
    return {name: image.convert("RGB") for name, image in images.items()}


@pytest.mark.parametrize("name", list(_synthetic_images()))
def test_flat_and_patterned_images_hash_as_imagehash(name: str) -> None:
    # Flat and symmetric pictures put many coefficients at the median, where
    # one ulp decides a bit: the hardest case for an independent DCT.
    image = _synthetic_images()[name]
    assert phash(image) == str(imagehash.phash(image))


def test_odd_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="even"):
        dct2(np.zeros(31), axis=0)
