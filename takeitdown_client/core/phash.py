"""imagehash's pHash, computed without SciPy.

``imagehash.phash`` takes a 2-D DCT-II with ``scipy.fftpack.dct``. SciPy is
35 MiB of the desktop bundle for that one call, so the same transform is done
here with numpy's FFT, following the arithmetic of the pocketfft library that
both SciPy and numpy use, step by step, so that every coefficient is the same
double as SciPy's. The hash is only as stable as that: a coefficient one ulp
away flips a bit when it sits at the median, which happens in flat images.

``tests/test_phash.py`` checks the result against
``imagehash.phash`` itself (bit for bit, coefficients included) on the
reference images and on random, flat and banded ones.
"""

from __future__ import annotations

import functools
import math

import numpy as np
import numpy.typing as npt
from imagehash import ImageHash
from PIL import Image

HASH_SIZE = 8  # imagehash's default: 64 bits
HIGHFREQ_FACTOR = 4  # imagehash's default: the DCT runs on a 32 x 32 thumbnail
IMAGE_SIZE = HASH_SIZE * HIGHFREQ_FACTOR

FloatArray = npt.NDArray[np.float64]


def phash(image: Image.Image) -> str:
    """The 16-digit hex string ``str(imagehash.phash(image))`` gives."""
    # The same thumbnail as imagehash: greyscale, then Lanczos to 32 x 32.
    thumbnail = image.convert("L").resize((IMAGE_SIZE, IMAGE_SIZE), Image.Resampling.LANCZOS)
    pixels = np.asarray(thumbnail)
    coefficients = dct2(dct2(pixels, axis=0), axis=1)
    low = coefficients[:HASH_SIZE, :HASH_SIZE]
    return str(ImageHash(low > np.median(low)))


def dct2(values: npt.ArrayLike, axis: int) -> FloatArray:
    """Unnormalised DCT-II along ``axis``, equal to ``scipy.fftpack.dct(values, axis=axis)``.

    pocketfft's method for an even length n: fold the input into the
    half-complex spectrum of a real sequence, run an inverse real FFT, then
    rotate each pair of outputs by a cosine twiddle.
    """
    data = np.moveaxis(np.asarray(values, dtype=np.float64), axis, -1)
    n = data.shape[-1]
    if n < 2 or n % 2:
        raise ValueError("dct2 supports even lengths only")
    folded = data.copy()
    folded[..., 0] *= 2
    folded[..., n - 1] *= 2
    odd = folded[..., 1 : n - 1 : 2].copy()
    even = folded[..., 2 : n - 1 : 2].copy()
    spectrum = np.zeros((*data.shape[:-1], n // 2 + 1), dtype=np.complex128)
    spectrum.real[..., 0] = folded[..., 0]
    spectrum.real[..., 1 : n // 2] = even + odd
    spectrum.imag[..., 1 : n // 2] = even - odd
    spectrum.real[..., n // 2] = folded[..., n - 1]
    # numpy's irfft is pocketfft's backward real transform; "forward" norm leaves it unscaled.
    mixed = np.fft.irfft(spectrum, n=n, norm="forward")

    twiddle = _twiddles(n)
    k = np.arange(1, n // 2)
    kc = n - k
    # Separate multiplies and adds, in pocketfft's order: no fused multiply-add.
    sums = twiddle[k - 1] * mixed[..., kc] + twiddle[kc - 1] * mixed[..., k]
    differences = twiddle[k - 1] * mixed[..., k] - twiddle[kc - 1] * mixed[..., kc]
    result = np.empty_like(mixed)
    result[..., 0] = mixed[..., 0]
    result[..., k] = 0.5 * (sums + differences)
    result[..., kc] = 0.5 * (sums - differences)
    result[..., n // 2] = mixed[..., n // 2] * twiddle[n // 2 - 1]
    return np.moveaxis(result, -1, axis)


@functools.cache
def _twiddles(n: int) -> FloatArray:
    """cos(pi (i + 1) / (2 n)) for i < n, rounded exactly as pocketfft rounds them.

    pocketfft does not call cos for each angle: it multiplies two entries of
    small tables of unit roots, and some results differ from a correctly
    rounded cosine in the last bit (cos(pi/4) among them). Those last bits
    decide pHash bits, so the tables are rebuilt the same way.
    """
    return np.array([_unit_root_real(4 * n, i + 1) for i in range(n)], dtype=np.float64)


def _unit_root_real(n: int, index: int) -> float:
    """Real part of exp(2 pi i index / n), via pocketfft's two-table product."""
    angle = 0.25 * math.pi / n  # exact for a power-of-two n, as pocketfft's long double
    count = (n + 2) // 2
    shift = 1
    while (1 << shift) * (1 << shift) < count:
        shift += 1
    mask = (1 << shift) - 1
    if 2 * index > n:
        index = n - index  # the conjugate has the same real part
    fine = _octant_root(index & mask, n, angle)
    coarse = _octant_root((index >> shift) * (mask + 1), n, angle)
    return fine[0] * coarse[0] - fine[1] * coarse[1]


def _octant_root(step: int, n: int, angle: float) -> tuple[float, float]:
    """exp(2 pi i step / n) from a sine or cosine of an angle in the first octant."""
    eighths = step << 3  # the position in units of 1/(8 n) of a turn
    if eighths == 0:
        return (1.0, 0.0)
    half_turn = eighths >= 4 * n
    if half_turn:
        eighths -= 4 * n
    if eighths < 2 * n:  # first (or third) quadrant
        if eighths < n:
            real, imag = math.cos(eighths * angle), math.sin(eighths * angle)
        else:
            real, imag = math.sin((2 * n - eighths) * angle), math.cos((2 * n - eighths) * angle)
    else:  # second (or fourth) quadrant
        eighths -= 2 * n
        if eighths < n:
            real, imag = -math.sin(eighths * angle), math.cos(eighths * angle)
        else:
            real, imag = -math.cos((2 * n - eighths) * angle), math.sin((2 * n - eighths) * angle)
    return (-real, -imag) if half_turn else (real, imag)
