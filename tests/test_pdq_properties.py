"""PDQ on arbitrary pixels: never crashes, always 64 hex digits."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from takeitdown_client.core import pdq, pdq_ragged

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


# Sides that cross every Jarosz window change (64, 128, 256, 384) and the exact 64 x 64
# and under-5 cases that skip the filter.
ragged_shapes = st.lists(
    st.tuples(
        st.sampled_from([1, 4, 5, 63, 64, 65, 128, 129, 200, 256, 257, 300, 384, 385, 455]),
        st.sampled_from([1, 5, 64, 100, 129, 256, 264, 385, 455]),
    ),
    min_size=1,
    max_size=12,
)


@pytest.mark.filterwarnings("error")  # a step reading memory no line has written
@settings(max_examples=25, deadline=None)
@given(ragged_shapes, st.integers(0, 2**32 - 1), st.booleans(), st.booleans())
def test_ragged_batch_equals_one_at_a_time(shapes, seed, tiny_runs, as_rgb) -> None:
    rng = np.random.default_rng(seed)
    pictures = [rng.integers(0, 256, (*shape, 3), dtype=np.uint8) for shape in shapes]
    lumas = [pdq.luma_from_rgb(rgb) for rgb in pictures]
    old = pdq_ragged._RAGGED_BYTES
    pdq_ragged._RAGGED_BYTES = 30_000 if tiny_runs else old  # many runs, one picture each
    try:
        with pdq_ragged.reused_work_arrays():
            # Runs in this block reuse their work arrays: fill them with NaN, so that a
            # value read before this run wrote it makes an invalid-value warning (an error).
            pdq_ragged.pdq_ragged([np.zeros((300, 300), dtype=np.float32)])
            for array in pdq_ragged._held.arrays or ():
                array.fill(np.nan)
            hashed = pdq_ragged.pdq_ragged(pictures if as_rgb else lumas)
    finally:
        pdq_ragged._RAGGED_BYTES = old
    assert pdq_ragged._held.arrays is None  # freed after the block
    assert hashed == [pdq.pdq_from_luma(luma) for luma in lumas]


def test_hamming_distance() -> None:
    assert pdq.hamming_distance("0" * 64, "f" * 64) == 256
    assert pdq.hamming_distance("00ff", "00fe") == 1
