"""PDQ on arbitrary pixels: never crashes, always 64 hex digits."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from takeitdown_client.core import pdq

HEX_DIGITS = set("0123456789abcdef")

small_images = st.tuples(st.integers(1, 160), st.integers(1, 160)).flatmap(
    lambda shape: arrays(np.uint8, (*shape, 3), elements=st.integers(0, 255))
)


@settings(max_examples=120, deadline=None)
@given(small_images)
def test_random_pixels_always_hash_to_64_hex(rgb: np.ndarray) -> None:
    result = pdq.pdq_from_luma(pdq.luma_from_rgb(rgb))
    assert len(result.hex) == 64
    assert set(result.hex) <= HEX_DIGITS
    assert 0 <= result.quality <= 100


@settings(max_examples=30, deadline=None)
@given(small_images)
def test_dihedral_original_equals_plain_hash(rgb: np.ndarray) -> None:
    luma = pdq.luma_from_rgb(rgb)
    variants = pdq.pdq_dihedral_from_luma(luma)
    assert list(variants) == list(pdq.DIHEDRAL_NAMES)
    assert variants["original"] == pdq.pdq_from_luma(luma)
    for name, value in variants.items():
        # Every variant is the plain hash of the transformed pixels.
        assert value == pdq.pdq_from_luma(np.ascontiguousarray(pdq.dihedral_view(luma, name)))


def test_images_under_five_pixels_hash_to_zero() -> None:
    result = pdq.pdq_from_luma(np.full((4, 100), 128, dtype=np.float32))
    assert result == pdq.PdqHash("0" * 64, 0)


def test_flat_image_has_zero_quality() -> None:
    result = pdq.pdq_from_luma(np.full((300, 200), 77, dtype=np.float32))
    assert result.quality == 0


def test_blocked_and_single_block_paths_agree(monkeypatch) -> None:
    rng = np.random.default_rng(7)
    luma = pdq.luma_from_rgb(rng.integers(0, 256, (333, 517, 3), dtype=np.uint8))
    whole = pdq.pdq_dihedral_from_luma(luma)
    monkeypatch.setattr(pdq, "_BLOCK_BYTES", 20_000)
    assert pdq.pdq_dihedral_from_luma(luma) == whole


def test_hamming_distance() -> None:
    assert pdq.hamming_distance("0" * 64, "f" * 64) == 256
    assert pdq.hamming_distance("00ff", "00fe") == 1
