"""PDQ perceptual hashing in numpy, bit-exact with Meta's reference.

The reference is ThreatExchange's C++ core as the ``pdqhash`` binding runs it,
which is what python-threatexchange and HMA use. Bit-exactness depends on
doing every float32 operation in the same order as the C++ code:

* the Jarosz filter is two passes of running-sum box filters along rows, then
  along columns; each running sum is a sequential float32 fold, so we keep the
  loop sequential along the filtered axis and vectorise across the other axis
  (prefix sums or BLAS would reorder the additions and move bits);
* the 16x16 DCT accumulates ``sum += d * a`` one k at a time, in float32;
* the median is Torben's, which returns the 128th smallest of 256 values.

Arrays are always filtered along axis 0 of a C-contiguous buffer, so every
step of the loop touches one contiguous row. Switching axes costs one
transposed copy, which is far cheaper than walking strided columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]

HASH_HEX_LENGTH = 64
MIN_HASHABLE_DIM = 5
_DOWNSAMPLE = 64
_QUALITY_DIVISOR = 90

# Key order matches the reference data and python-threatexchange's rotations.
DIHEDRAL_NAMES: tuple[str, ...] = (
    "original",
    "rotate90",
    "rotate180",
    "rotate270",
    "flipx",
    "flipy",
    "flipplus1",
    "flipminus1",
)

# EXIF orientation -> the dihedral variant that PIL.ImageOps.exif_transpose yields.
EXIF_ORIENTATION_TO_DIHEDRAL: dict[int, str] = {
    2: "flipy",
    3: "rotate180",
    4: "flipx",
    5: "flipplus1",
    6: "rotate270",
    7: "flipminus1",
    8: "rotate90",
}

ZERO_HASH = "0" * HASH_HEX_LENGTH

CancelCheck = Callable[[], None]


@dataclass(frozen=True)
class PdqHash:
    """A 256-bit PDQ hash as 64 lowercase hex digits, with its quality (0-100)."""

    hex: str
    quality: int


def _build_dct_matrix() -> FloatArray:
    # The C++ keeps the scale factor as float and multiplies it with a double
    # cosine in double precision before storing float.
    scale = np.float64(np.float32(np.sqrt(2.0 / 64.0)))
    i = np.arange(1, 17, dtype=np.float64)[:, None]
    j = np.arange(64, dtype=np.float64)[None, :]
    angles = (np.pi / 2.0 / 64.0) * i * (2.0 * j + 1.0)
    return (scale * np.cos(angles)).astype(np.float32)


_DCT_MATRIX = _build_dct_matrix()


def luma_from_rgb(rgb: npt.NDArray[np.uint8], out: FloatArray | None = None) -> FloatArray:
    """Luma as the ``pdqhash`` binding computes it: float64 sums cast to float32.

    Works in strips of rows so that a 50-megapixel photo never needs a full
    float64 copy (400 MB) at once.
    """
    height, width = rgb.shape[0], rgb.shape[1]
    if out is None:
        out = np.empty((height, width), dtype=np.float32)
    strip = max(1, (1 << 18) // max(1, width))
    for top in range(0, height, strip):
        block = rgb[top : top + strip]
        value = block[:, :, 0] * 0.299
        value += block[:, :, 1] * 0.587
        value += block[:, :, 2] * 0.114
        out[top : top + strip] = value
    return out


def luma_from_rgb_float32(rgb: npt.NDArray[np.uint8]) -> FloatArray:
    """Luma as the C++ ``fillFloatLumaFromRGB`` computes it (vPDQ): all float32."""
    height, width = rgb.shape[0], rgb.shape[1]
    out = np.empty((height, width), dtype=np.float32)
    strip = max(1, (1 << 18) // max(1, width))
    coeffs = (np.float32(0.299), np.float32(0.587), np.float32(0.114))
    for top in range(0, height, strip):
        block = rgb[top : top + strip].astype(np.float32)
        value = block[:, :, 0] * coeffs[0]
        value += block[:, :, 1] * coeffs[1]
        value += block[:, :, 2] * coeffs[2]
        out[top : top + strip] = value
    return out


def jarosz_window_size(old_dimension: int, new_dimension: int = _DOWNSAMPLE) -> int:
    return (old_dimension + 2 * new_dimension - 1) // (2 * new_dimension)


def _decimation_indices(length: int) -> list[int]:
    return [int(((k + 0.5) * length) / _DOWNSAMPLE) for k in range(_DOWNSAMPLE)]


def _box_full(source: FloatArray, window: int) -> FloatArray:
    """One running-sum box filter along axis 0, every output row kept.

    Mirrors ``box1DFloat``: grow the window, slide it, shrink it. In the
    sliding phase all divisors are equal, so the sums are stored first and
    divided in one vectorised call; each element still sees exactly the C++
    sequence of float32 roundings.
    """
    length = source.shape[0]
    out = np.empty(source.shape, dtype=np.float32)
    half = (window + 2) // 2
    grow_silent, grow_written = half - 1, window - half + 1
    total = np.zeros(source.shape[1:], dtype=np.float32)
    read = 0
    for _ in range(grow_silent):
        np.add(total, source[read], out=total)
        read += 1
    count = grow_silent
    write = 0
    for _ in range(grow_written):
        np.add(total, source[read], out=total)
        count += 1
        np.divide(total, np.float32(count), out=out[write])
        read += 1
        write += 1
    leave = 0
    slide_start = write
    previous = total
    for _ in range(length - window):
        row = out[write]
        np.add(previous, source[read], out=row)
        np.subtract(row, source[leave], out=row)
        previous = row
        read += 1
        leave += 1
        write += 1
    total = previous.copy()
    if write > slide_start:
        sliding = out[slide_start:write]
        np.divide(sliding, np.float32(count), out=sliding)
    for _ in range(half - 1):
        np.subtract(total, source[leave], out=total)
        count -= 1
        np.divide(total, np.float32(count), out=out[write])
        leave += 1
        write += 1
    return out


def _box_steps(source: FloatArray, window: int) -> Iterator[tuple[int, FloatArray, int]]:
    """The same running sum as ``_box_full``, yielding (index, sum, count) per output."""
    length = source.shape[0]
    half = (window + 2) // 2
    total = np.zeros(source.shape[1:], dtype=np.float32)
    for read in range(half - 1):
        np.add(total, source[read], out=total)
    count = half - 1
    for write in range(length):
        read = write + half - 1
        leave = read - window
        if read < length:
            np.add(total, source[read], out=total)
            if leave < 0:
                count += 1
        if leave >= 0:
            np.subtract(total, source[leave], out=total)
            if read >= length:
                count -= 1
        yield write, total, count


def _box_sampled(source: FloatArray, window: int, indices: list[int]) -> FloatArray:
    """Box filter along axis 0, keeping only the output rows at ``indices``."""
    wanted: dict[int, list[int]] = {}
    for position, index in enumerate(indices):
        wanted.setdefault(index, []).append(position)
    out = np.empty((len(indices), *source.shape[1:]), dtype=np.float32)
    last = max(indices)
    for write, total, count in _box_steps(source, window):
        for position in wanted.get(write, ()):
            np.divide(total, np.float32(count), out=out[position])
        if write == last:
            break
    return out


# Work on column blocks of at most this size, so a 50-megapixel photo never
# needs a second full-size transposed copy. Ordinary photos fit in one block.
_BLOCK_BYTES = 48 << 20


def _column_blocks(sequence_major: FloatArray) -> Iterator[tuple[slice, FloatArray]]:
    """Contiguous copies of column blocks of a (sequence x vector) view."""
    length, width = sequence_major.shape
    step = max(_DOWNSAMPLE, _BLOCK_BYTES // (4 * length))
    for start in range(0, width, step):
        columns = slice(start, min(width, start + step))
        yield columns, np.ascontiguousarray(sequence_major[:, columns])


def _first_pass_image(sequence_major: FloatArray) -> FloatArray:
    """Row pass of the Jarosz filter, returned in image layout (rows x cols).

    ``sequence_major`` is the image transposed (or a flipped view of it): the
    filter runs along its axis 0, one image row per column.
    """
    length, width = sequence_major.shape
    window = jarosz_window_size(length)
    image = np.empty((width, length), dtype=np.float32)
    for columns, block in _column_blocks(sequence_major):
        image[columns] = _box_full(block, window).T
    return image


def _downsample_from_first_pass(first_pass: FloatArray, cancel: CancelCheck | None) -> FloatArray:
    """Passes 2-4 of the Jarosz filter and the 64x64 decimation.

    ``first_pass`` is the row-filtered image in image layout (rows x cols),
    possibly a row-reversed view. Passes 3 and 4 keep only the 64 rows and
    columns that the decimation samples.
    """
    rows, cols = first_pass.shape
    along_cols = jarosz_window_size(rows)
    along_rows = jarosz_window_size(cols)
    second = _box_full(first_pass, along_cols)
    if cancel:
        cancel()
    column_samples = _decimation_indices(cols)
    third = np.empty((_DOWNSAMPLE, rows), dtype=np.float32)
    for row_block, block in _column_blocks(second.T):
        third[:, row_block] = _box_sampled(block, along_rows, column_samples)
    del second
    if cancel:
        cancel()
    return _box_sampled(np.ascontiguousarray(third.T), along_cols, _decimation_indices(rows))


def _quality(block: FloatArray) -> int:
    hundred, full_scale = np.float32(100), np.float32(255)
    vertical = ((block[:-1, :] - block[1:, :]) * hundred) / full_scale
    horizontal = ((block[:, :-1] - block[:, 1:]) * hundred) / full_scale
    gradient = int(np.abs(vertical.astype(np.int32)).sum())
    gradient += int(np.abs(horizontal.astype(np.int32)).sum())
    return min(100, gradient // _QUALITY_DIVISOR)


def _dct16(block: FloatArray) -> FloatArray:
    matrix = _DCT_MATRIX
    partial = np.zeros((16, 64), dtype=np.float32)
    for k in range(64):
        partial += matrix[:, k, None] * block[None, k, :]
    result = np.zeros((16, 16), dtype=np.float32)
    for k in range(64):
        result += partial[:, k, None] * matrix[None, :, k]
    return result


def _bits_to_hex(dct: FloatArray) -> str:
    values = dct.reshape(-1)
    median = np.sort(values)[127]
    bits = values > median
    # Bit k (row * 16 + col) is bit k of the 256-bit number, printed MSB first.
    return bytes(np.packbits(bits[::-1])).hex()


def hash_from_downsampled(block: FloatArray) -> PdqHash:
    """PDQ hash and quality from the 64x64 downsampled luma."""
    return PdqHash(_bits_to_hex(_dct16(block)), _quality(block))


def _too_small(shape: tuple[int, ...]) -> bool:
    return shape[0] < MIN_HASHABLE_DIM or shape[1] < MIN_HASHABLE_DIM


def pdq_from_luma(luma: FloatArray, cancel: CancelCheck | None = None) -> PdqHash:
    """PDQ of one float32 luma image (rows x cols)."""
    if _too_small(luma.shape):
        return PdqHash(ZERO_HASH, 0)
    if luma.shape == (_DOWNSAMPLE, _DOWNSAMPLE):
        return hash_from_downsampled(np.ascontiguousarray(luma, dtype=np.float32))
    first_image = _first_pass_image(luma.T)
    return hash_from_downsampled(_downsample_from_first_pass(first_image, cancel))


def _variants_sharing_first_pass(
    luma: FloatArray,
) -> tuple[tuple[FloatArray, tuple[tuple[str, bool], ...]], ...]:
    """Group the 8 dihedral variants by their first (row) pass.

    Each variant A has A.T equal to a flipped view of ``luma`` or of ``luma.T``.
    The row pass runs along axis 0 of A.T, so two variants whose A.T differ
    only by reversing axis 1 share that pass; the second one then reads the
    result with its rows reversed. Returns the first-pass input (sequence
    along axis 0) and the (name, reverse_rows) pairs that use it.
    """
    transposed = luma.T
    return (
        (transposed, (("original", False), ("flipx", True))),
        (transposed[::-1], (("flipy", False), ("rotate180", True))),
        (luma, (("flipplus1", False), ("rotate90", True))),
        (luma[::-1], (("rotate270", False), ("flipminus1", True))),
    )


def pdq_dihedral_from_luma(
    luma: FloatArray, cancel: CancelCheck | None = None
) -> dict[str, PdqHash]:
    """PDQ of the 8 rotations and mirrorings of ``luma``, keyed by DIHEDRAL_NAMES.

    Each variant is hashed from its transformed pixels, as the reference does;
    the DCT-domain shortcut of the C++ library is not bit-exact with that.
    """
    if _too_small(luma.shape) or luma.shape == (_DOWNSAMPLE, _DOWNSAMPLE):
        return {name: pdq_from_luma(dihedral_view(luma, name)) for name in DIHEDRAL_NAMES}
    results: dict[str, PdqHash] = {}
    for sequence_major, users in _variants_sharing_first_pass(luma):
        if cancel:
            cancel()
        first_image = _first_pass_image(sequence_major)
        for name, reverse_rows in users:
            view = first_image[::-1] if reverse_rows else first_image
            results[name] = hash_from_downsampled(_downsample_from_first_pass(view, cancel))
        del first_image
    return {name: results[name] for name in DIHEDRAL_NAMES}


def dihedral_view(luma: FloatArray, name: str) -> FloatArray:
    """The pixel transform PIL.Image.transpose applies, as a numpy view."""
    views: dict[str, FloatArray] = {
        "original": luma,
        "rotate90": luma.T[::-1, :],
        "rotate180": luma[::-1, ::-1],
        "rotate270": luma.T[:, ::-1],
        "flipx": luma[::-1, :],
        "flipy": luma[:, ::-1],
        "flipplus1": luma.T,
        "flipminus1": luma.T[::-1, ::-1],
    }
    if name not in views:
        raise ValueError(f"unknown dihedral variant: {name}")
    return views[name]


def hamming_distance(first: str, second: str) -> int:
    """Bits that differ between two equal-length hex hashes."""
    if len(first) != len(second):
        raise ValueError("hashes differ in length")
    return (int(first, 16) ^ int(second, 16)).bit_count()
