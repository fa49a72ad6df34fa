"""PDQ of many pictures of any sizes at once, bit-exact with ``pdq.pdq_from_luma`` for each.

A thumbnail's 50-70 reframe variants are hashed at their own sizes, nearly all different.
Along each of the four Jarosz passes every picture's lines are laid side by side, one
column each, longest first, and one running-sum loop serves them all: each step adds the
entering value and subtracts the leaving value (its own window's) of every line still
running. Each element still goes through the reference's float32 operations in the
reference's order (grow: add; slide: add, then subtract; shrink: subtract). The padding
past a line's end only adds exact zeros (``t + 0.0 == t``), and each output is divided by
its own window count.

Most of the time went to memory, not to the loop: every pass used to copy its output out,
transpose it into the next pass's new array, and touch fresh pages each time. Here each
pass divides its sums straight into the next pass's input, transposed, and within
``reused_work_arrays`` (one picture's rounds of variants) the three work arrays are reused.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .pdq import (
    _DOWNSAMPLE,
    FloatArray,
    PdqHash,
    _decimation_indices,
    _too_small,
    jarosz_window_size,
    luma_from_rgb,
    pdq_from_luma,
)
from .pdq_batch import hashes_from_downsampled

RgbArray = npt.NDArray[np.uint8]
Picture = FloatArray | RgbArray  # luma (rows x cols) or RGB (rows x cols x 3)

# One run's work arrays hold at most this many bytes each; larger sets are split into runs
# (a thumbnail's first round, 56 candidates of up to 256 x 455 pixels, takes two).
_RAGGED_BYTES = 16 << 20


def pdq_ragged(pictures: Sequence[Picture]) -> list[PdqHash]:
    """``pdq_from_luma`` of each picture (float32 luma, or uint8 RGB whose luma is
    ``luma_from_rgb``'s), of any sizes, sharing the work."""
    hashes: list[PdqHash | None] = [None] * len(pictures)
    filtered: list[int] = []
    for index, picture in enumerate(pictures):
        shape = picture.shape[:2]
        if _too_small(shape) or shape == (_DOWNSAMPLE, _DOWNSAMPLE):
            hashes[index] = pdq_from_luma(_luma(picture))  # no filtering at all
        else:
            filtered.append(index)
    for run in _runs([pictures[index].shape[:2] for index in filtered]):
        chosen = [filtered[position] for position in run]
        for index, value in zip(chosen, _run([pictures[i] for i in chosen]), strict=True):
            hashes[index] = value
    return [value for value in hashes if value is not None]


def _luma(picture: Picture) -> FloatArray:
    if picture.ndim == 3:
        return luma_from_rgb(picture)  # type: ignore[arg-type]
    return picture  # type: ignore[return-value]


def _lead(length: int) -> int:
    """Steps the running sum takes before its first output: half the window, rounded down."""
    return (jarosz_window_size(length) + 2) // 2 - 1


def _runs(shapes: Sequence[tuple[int, ...]]) -> list[list[int]]:
    """Positions in ``shapes`` split into runs whose work arrays fit ``_RAGGED_BYTES``.

    A pass's array is (its longest line's steps) x (all its lines); with the pictures in
    decreasing order of their longer side, the first one's bounds every pass's steps."""
    order = sorted(range(len(shapes)), key=lambda index: -max(shapes[index]))
    runs: list[list[int]] = []
    steps = lines = 0
    for index in order:
        side = max(shapes[index])
        if not runs or 4 * steps * (lines + side) > _RAGGED_BYTES:
            runs.append([])
            steps, lines = side + _lead(side), 0
        runs[-1].append(index)
        lines += side
    return runs


@dataclass(frozen=True)
class _Layout:
    """Where each picture's lines sit in one pass: columns from ``starts[i]``, ``widths[i]``
    wide, ``lengths[i]`` long; the pictures with the most steps come first."""

    lengths: tuple[int, ...]
    widths: tuple[int, ...]
    starts: tuple[int, ...]
    steps: tuple[int, ...]
    active: npt.NDArray[np.intp]  # lines still running at each step: a leading slice

    @property
    def rows(self) -> int:
        return max(self.steps)

    @property
    def width(self) -> int:
        return sum(self.widths)

    def columns(self, index: int) -> slice:
        return slice(self.starts[index], self.starts[index] + self.widths[index])


def _layout(lengths: Sequence[int], widths: Sequence[int]) -> _Layout:
    steps = [length + _lead(length) for length in lengths]
    order = sorted(range(len(lengths)), key=lambda index: -steps[index])
    starts = [0] * len(lengths)
    ends, position = [], 0
    for index in order:
        starts[index] = position
        position += widths[index]
        ends.append(position)
    by_steps = np.asarray([steps[index] for index in order])
    # At step s the lines of every picture with more than s steps run.
    running = np.searchsorted(-by_steps, -np.arange(max(steps)), side="left")
    active = np.asarray([0, *ends])[running]
    return _Layout(tuple(lengths), tuple(widths), tuple(starts), tuple(steps), active)


_held = threading.local()


@contextlib.contextmanager
def reused_work_arrays() -> Iterator[None]:
    """Within this block, this thread's runs reuse their work arrays (fresh pages cost as
    much as the loop itself: a thumbnail's fingerprint took 18% more CPU time when every
    pass had new arrays); after it, they are freed (up to 3 x ``_RAGGED_BYTES``)."""
    _held.depth = getattr(_held, "depth", 0) + 1
    try:
        yield
    finally:
        _held.depth -= 1
        if not _held.depth:
            _held.arrays = None


def keep_work_arrays() -> None:
    """From now on, this thread's runs reuse their work arrays (for a worker process that
    ends with its batch)."""
    _held.depth = getattr(_held, "depth", 0) + 1


def _work_arrays(size: int) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Three flat float32 arrays of at least ``size``: the held ones when they are large
    enough, else new ones (held for the next run inside ``reused_work_arrays``, unless
    larger than ``_RAGGED_BYTES``: one huge picture)."""
    arrays: tuple[FloatArray, FloatArray, FloatArray] | None = getattr(_held, "arrays", None)
    if arrays is not None and arrays[0].size >= size:
        return arrays
    keep = getattr(_held, "depth", 0) > 0 and 4 * size <= _RAGGED_BYTES
    # A little room, so that the next round's slightly larger run fits too.
    capacity = min(_RAGGED_BYTES // 4, size + size // 4) if keep else size
    arrays = (
        np.empty(capacity, np.float32),
        np.empty(capacity, np.float32),
        np.empty(capacity, np.float32),
    )
    if keep:
        _held.arrays = arrays
    return arrays


def _grid(flat: FloatArray, layout: _Layout) -> FloatArray:
    return flat[: layout.rows * layout.width].reshape(layout.rows, layout.width)


def _run(pictures: Sequence[Picture]) -> list[PdqHash]:
    """The four passes of ``pdq_from_luma`` for every picture, in one shared loop each.

    Pass 1 runs along each image row (a picture's lines are its rows, its sequence its
    columns), pass 2 along each column, pass 3 along rows keeping the 64 sampled columns,
    pass 4 along those columns keeping the 64 sampled rows."""
    rows = [int(picture.shape[0]) for picture in pictures]
    cols = [int(picture.shape[1]) for picture in pictures]
    col_samples = [np.asarray(_decimation_indices(count)) for count in cols]
    row_samples = [np.asarray(_decimation_indices(count)) for count in rows]
    sampled = [_DOWNSAMPLE] * len(pictures)
    layouts = (
        _layout(cols, rows),
        _layout(rows, cols),
        _layout(cols, rows),
        _layout(rows, sampled),
    )
    keeps: tuple[Sequence[npt.NDArray[np.intp] | None], ...] = (
        [None] * len(pictures),
        [None] * len(pictures),
        col_samples,
        row_samples,
    )
    size = max(layout.rows * layout.width for layout in layouts)
    current, leaving, following = _work_arrays(size)
    sums = _grid(current, layouts[0])
    for index, picture in enumerate(pictures):
        target = sums[: cols[index], layouts[0].columns(index)].T
        if picture.ndim == 3:
            luma_from_rgb(picture, out=target)  # type: ignore[arg-type]
        else:
            target[...] = picture
    blocks = np.empty((_DOWNSAMPLE, _DOWNSAMPLE, len(pictures)), dtype=np.float32)
    for number, layout in enumerate(layouts):
        _running_sums(sums, _grid(leaving, layout), layout)
        if number + 1 < len(layouts):
            following_sums = _grid(following, layouts[number + 1])
            targets = [
                following_sums[: layout.widths[index], layouts[number + 1].columns(index)].T
                for index in range(len(pictures))
            ]
        else:
            targets = [blocks[:, :, index] for index in range(len(pictures))]
        _divide_into(sums, layout, keeps[number], targets)
        if number + 1 < len(layouts):
            current, following = following, current
            sums = _grid(current, layouts[number + 1])
    return hashes_from_downsampled(blocks)


def _running_sums(sums: FloatArray, leaving: FloatArray, layout: _Layout) -> None:
    """Row s of ``sums`` (a line's input) becomes the running sum after adding row s and
    subtracting ``leaving`` row s: the value a window of w drops at step s, which is row
    s - w of the line (zero before the window is full: subtracting 0.0 is exact, as is
    adding the zero padding past the line's end)."""
    for index, length in enumerate(layout.lengths):
        window = jarosz_window_size(length)
        lines, last = layout.columns(index), layout.steps[index]
        # Only the rows a line's steps read need zeros: its padding and the empty window.
        sums[length:last, lines] = 0
        leaving[:window, lines] = 0
        leaving[window:last, lines] = sums[: last - window, lines]
    active = layout.active
    for step in range(1, layout.rows):
        lines = slice(0, active[step])
        np.add(sums[step - 1, lines], sums[step, lines], out=sums[step, lines])
        np.subtract(sums[step, lines], leaving[step, lines], out=sums[step, lines])


def _divide_into(
    sums: FloatArray,
    layout: _Layout,
    keep: Sequence[npt.NDArray[np.intp] | None],
    targets: Sequence[FloatArray],
) -> None:
    """Each picture's outputs (every position, or those ``keep`` lists), each divided by
    its window count, written into ``targets`` (the next pass's input, transposed)."""
    for index, length in enumerate(layout.lengths):
        window = jarosz_window_size(length)
        lead = (window + 2) // 2 - 1
        counts = _window_counts(length, window)
        lines = layout.columns(index)
        wanted = keep[index]
        if wanted is None:
            np.divide(sums[lead : lead + length, lines], counts[:, None], out=targets[index])
        else:
            picked = sums[wanted + lead, lines]  # fancy indexing: a copy of 64 rows
            np.divide(picked, counts[wanted, None], out=targets[index])


def _window_counts(length: int, window: int) -> FloatArray:
    """How many values the running sum holds at each output position (its divisor)."""
    half = (window + 2) // 2
    read = np.arange(length) + half - 1
    held = np.minimum(read, length - 1) - np.maximum(read - window, -1)
    return held.astype(np.float32)
