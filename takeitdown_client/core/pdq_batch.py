"""Many PDQ hashes at once, bit-exact with ``pdq.pdq_from_luma`` for each picture.

``pdq_from_luma`` walks each running-sum box filter one row at a time and
vectorises across the other axis, so a small picture costs about as many numpy
calls as a large one. Here pictures of one size, stacked along a new axis, share
those calls (``pdq_batch_from_luma``); ``core.pdq_ragged`` does the same for
pictures of any sizes. Each element still goes through the reference's float32
operations in the reference's order.
"""

from __future__ import annotations

import numpy as np

from .pdq import (
    _DCT_MATRIX,
    ZERO_HASH,
    FloatArray,
    PdqHash,
    _bits_to_hex,
    _box_full,
    _box_sampled,
    _decimation_indices,
    _quality,
    _too_small,
    jarosz_window_size,
)


def pdq_batch_from_luma(stack: FloatArray) -> list[PdqHash]:
    """PDQ of K same-sized luma images stacked as (K, rows, cols), in one vectorised run.

    Every element goes through exactly the float32 operations ``pdq_from_luma``
    applies to it: the filters run along one axis and vectorise across the
    others, so stacking only widens the vectors and the hashes stay bit-exact.
    """
    # (cols, rows, K): the row pass runs along image columns.
    return pdq_batch_from_columns(np.ascontiguousarray(stack.transpose(2, 1, 0)))


def pdq_batch_from_columns(by_cols: FloatArray) -> list[PdqHash]:
    """``pdq_batch_from_luma`` of the stack laid out as (cols, rows, K), which
    ``np.stack([luma.T ...], axis=-1)`` makes faster than transposing a stack."""
    cols, rows, count = by_cols.shape
    if count == 0:
        return []
    if _too_small((rows, cols)):
        return [PdqHash(ZERO_HASH, 0)] * count
    first = np.ascontiguousarray(_box_full(by_cols, jarosz_window_size(cols)).transpose(1, 0, 2))
    second = _box_full(first, jarosz_window_size(rows))
    del first
    by_cols = np.ascontiguousarray(second.transpose(1, 0, 2))
    del second
    third = _box_sampled(by_cols, jarosz_window_size(cols), _decimation_indices(cols))
    by_rows = np.ascontiguousarray(third.transpose(1, 0, 2))
    blocks = _box_sampled(by_rows, jarosz_window_size(rows), _decimation_indices(rows))
    return hashes_from_downsampled(blocks)


def hashes_from_downsampled(blocks: FloatArray) -> list[PdqHash]:
    """``hash_from_downsampled`` of each (64, 64, K) block at once, element for element
    the same float32 products and sums (the DCT's loop only gains a trailing axis)."""
    matrix = _DCT_MATRIX
    count = blocks.shape[2]
    partial = np.zeros((16, 64, count), dtype=np.float32)
    for k in range(64):
        partial += matrix[:, k, None, None] * blocks[None, k, :, :]
    dct = np.zeros((16, 16, count), dtype=np.float32)
    for k in range(64):
        dct += partial[:, k, None, :] * matrix[None, :, k, None]
    return [
        PdqHash(
            _bits_to_hex(np.ascontiguousarray(dct[:, :, index])),
            _quality(np.ascontiguousarray(blocks[:, :, index])),
        )
        for index in range(count)
    ]
