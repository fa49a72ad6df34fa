"""Many PDQ hashes at once, bit-exact with ``pdq.pdq_from_luma`` for each picture.

``pdq_from_luma`` walks each running-sum box filter one row at a time and
vectorises across the other axis, so a small picture costs about as many numpy
calls as a large one: hashing the 50-90 reframe variants of a thumbnail one by
one took eight times as long as the rest of its fingerprint. Here the pictures
share those calls:

* ``pdq_batch_from_luma``: pictures of one size, stacked along a new axis;
* ``pdq_ragged``: pictures of any sizes. Along each pass, every picture's lines
  are laid side by side, one column each, zero-padded at the end, longest first;
  one loop serves them all, each step adding the entering value and subtracting
  the leaving value (its own window's) of every line still running.

Each element still goes through the reference's float32 operations in the
reference's order (grow: add; slide: add, then subtract; shrink: subtract). The
padding only adds exact zeros (``t + 0.0 == t``) in the shrink phase, and each
output is divided by its own window count.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .pdq import (
    _DCT_MATRIX,
    _DOWNSAMPLE,
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
    pdq_from_luma,
)

# One shared loop holds two (steps x lines) float32 arrays of at most this size each
# (a thumbnail's 60-70 candidates fill about one; larger runs are split).
_RAGGED_BYTES = 16 << 20


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


# --- pictures of any sizes ---------------------------------------------------------------


def _window_counts(length: int, window: int) -> FloatArray:
    """How many values the running sum holds at each output position (its divisor)."""
    half = (window + 2) // 2
    read = np.arange(length) + half - 1
    held = np.minimum(read, length - 1) - np.maximum(read - window, -1)
    return held.astype(np.float32)


def _box_ragged(
    sequences: Sequence[FloatArray], keep: Sequence[Sequence[int] | None]
) -> list[FloatArray]:
    """Box-filter each (length, lines) array along axis 0 with its own Jarosz window;
    ``keep[i]`` lists the output positions to keep (None: all of them). Split so that
    no shared loop holds more than ``_RAGGED_BYTES`` per array."""
    outputs: list[FloatArray | None] = [None] * len(sequences)
    for chunk in _chunks(sequences):
        filtered = _box_shared([sequences[i] for i in chunk], [keep[i] for i in chunk])
        for index, result in zip(chunk, filtered, strict=True):
            outputs[index] = result
    return [result for result in outputs if result is not None]


def _steps(sequence: FloatArray) -> int:
    """Running-sum steps until the last output: the line plus the window's lead."""
    length = int(sequence.shape[0])
    return length + (jarosz_window_size(length) + 2) // 2 - 1


def _chunks(sequences: Sequence[FloatArray]) -> list[list[int]]:
    """Indices by decreasing steps, split by memory; within a chunk the lines that need
    the most steps come first, so each step works on one leading slice."""
    order = sorted(range(len(sequences)), key=lambda index: -_steps(sequences[index]))
    chunks: list[list[int]] = []
    budget = 0
    for index in order:
        size = 4 * _steps(sequences[index]) * sequences[index].shape[1]
        if not chunks or budget + size > _RAGGED_BYTES:
            chunks.append([])
            budget = 0
        chunks[-1].append(index)
        budget += size
    return chunks


def _box_shared(
    sequences: Sequence[FloatArray], keep: Sequence[Sequence[int] | None]
) -> list[FloatArray]:
    """One running-sum loop for every line of ``sequences`` (sorted by decreasing steps).

    Row s of ``sums`` becomes the sum after adding row s and subtracting ``leaving``
    row s: the value a window of w drops at step s, which is row s - w of the line
    (zero before the window is full: subtracting 0.0 is exact, as is adding the
    zero padding past the line's end).
    """
    widths = [sequence.shape[1] for sequence in sequences]
    starts = [0, *np.cumsum(widths).tolist()]
    steps = [_steps(sequence) for sequence in sequences]
    sums = np.empty((steps[0], starts[-1]), dtype=np.float32)
    leaving = np.empty_like(sums)
    for sequence, start, width, last in zip(sequences, starts, widths, steps, strict=False):
        length = sequence.shape[0]
        window = jarosz_window_size(length)
        lines = slice(start, start + width)
        # Only the rows a line's steps read need zeros: its padding and the empty window.
        sums[:length, lines] = sequence
        sums[length:last, lines] = 0
        leaving[:window, lines] = 0
        # From the copy just made: its rows are contiguous, a transposed input's are not.
        leaving[window : window + length, lines] = sums[: min(length, steps[0] - window), lines]
    active = np.searchsorted(-np.asarray(steps), -np.arange(steps[0]), side="left")
    for step in range(1, steps[0]):
        lines = slice(0, starts[active[step]])
        np.add(sums[step - 1, lines], sums[step, lines], out=sums[step, lines])
        np.subtract(sums[step, lines], leaving[step, lines], out=sums[step, lines])
    outputs: list[FloatArray] = []
    for sequence, start, width, wanted in zip(sequences, starts, widths, keep, strict=False):
        length = sequence.shape[0]
        window = jarosz_window_size(length)
        lead = (window + 2) // 2 - 1
        counts = _window_counts(length, window)
        # The next pass reads each output transposed, which is slow from a slice of the
        # wide ``sums`` (each value on another memory page), so each gets its own array.
        if wanted is None:
            block = sums[lead : lead + length, start : start + width].copy()
            outputs.append(np.divide(block, counts[:, None], out=block))
        else:
            positions = np.asarray(wanted)
            block = sums[positions + lead, start : start + width]  # fancy indexing: a copy
            outputs.append(np.divide(block, counts[positions, None], out=block))
    return outputs


def pdq_ragged(lumas: Sequence[FloatArray]) -> list[PdqHash]:
    """``pdq_from_luma`` of each luma image (rows x cols, any sizes), sharing the work."""
    hashes: list[PdqHash | None] = [None] * len(lumas)
    filtered: list[int] = []
    for index, luma in enumerate(lumas):
        if _too_small(luma.shape) or luma.shape == (_DOWNSAMPLE, _DOWNSAMPLE):
            hashes[index] = pdq_from_luma(luma)  # no filtering at all
        else:
            filtered.append(index)
    if filtered:
        shared = _ragged_hashes([lumas[index] for index in filtered])
        for index, value in zip(filtered, shared, strict=True):
            hashes[index] = value
    return [value for value in hashes if value is not None]


def _ragged_hashes(lumas: Sequence[FloatArray]) -> list[PdqHash]:
    """The four Jarosz passes of ``pdq_batch_from_columns``, each as one ragged run."""
    every: list[Sequence[int] | None] = [None] * len(lumas)
    # Pass 1 along columns (one line per image row), pass 2 along rows.
    first = _box_ragged([luma.T for luma in lumas], every)
    second = _box_ragged([image.T for image in first], every)
    del first
    col_samples = [_decimation_indices(luma.shape[1]) for luma in lumas]
    third = _box_ragged([image.T for image in second], col_samples)
    del second
    row_samples = [_decimation_indices(luma.shape[0]) for luma in lumas]
    blocks = _box_ragged([image.T for image in third], row_samples)
    return hashes_from_downsampled(np.stack(blocks, axis=-1))
