"""Run by test_opencv_blas.py in a child process, with the shim preloaded.

argv[1] is the shim's path. Prints one JSON object: for each check, the
largest error against numpy (or a boolean). The shim's trace lines go to
stderr.
"""

from __future__ import annotations

import ctypes
import json
import sys
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

RNG = np.random.default_rng(2026)
N = 160  # above OpenCV's thresholds for handing a matrix to LAPACK

Results = dict[str, float | bool]


def _cv2_checks(dtype: type[np.floating]) -> Results:
    a = RNG.normal(size=(N, N)).astype(dtype)
    b = RNG.normal(size=(N, 3)).astype(dtype)
    spd = (a @ a.T + N * np.eye(N)).astype(dtype)
    tall = RNG.normal(size=(2 * N, N)).astype(dtype)
    tall_b = RNG.normal(size=(2 * N, 2)).astype(dtype)
    name = np.dtype(dtype).name
    out: Results = {}
    for label, flag, matrix in (
        ("lu", cv2.DECOMP_LU, a),
        ("cholesky", cv2.DECOMP_CHOLESKY, spd),
        ("svd", cv2.DECOMP_SVD, a),
        ("qr", cv2.DECOMP_QR, a),
    ):
        solved, x = cv2.solve(matrix, b, flags=flag)
        out[f"cv2 {name} solve {label}"] = bool(solved) and _relative(matrix @ x, b)
    solved, x = cv2.solve(tall, tall_b, flags=cv2.DECOMP_QR)
    expected = np.linalg.lstsq(tall.astype(np.float64), tall_b.astype(np.float64), rcond=None)[0]
    out[f"cv2 {name} least squares"] = bool(solved) and _relative(x, expected)
    _, inverse = cv2.invert(a, flags=cv2.DECOMP_LU)
    out[f"cv2 {name} invert"] = _relative(inverse @ a, np.eye(N))
    out[f"cv2 {name} determinant"] = _relative(
        np.array([cv2.determinant(a)]), np.array([np.linalg.det(a.astype(np.float64))])
    )
    w, u, vt = cv2.SVDecomp(a)
    out[f"cv2 {name} svd"] = _relative(u @ np.diag(w.ravel()) @ vt, a)
    out[f"cv2 {name} gemm"] = _relative(cv2.gemm(a, a, 1.0, None, 0.0), a @ a)
    pairs = RNG.normal(size=(N, N, 2)).astype(dtype)
    complex_matrix = pairs[..., 0] + 1j * pairs[..., 1]
    product = cv2.gemm(pairs, pairs, 1.0, None, 0.0)
    out[f"cv2 {name} complex gemm"] = _relative(
        product[..., 0] + 1j * product[..., 1], complex_matrix @ complex_matrix
    )
    return out


def _relative(got: np.ndarray, expected: np.ndarray) -> float:
    got64 = np.asarray(got, dtype=np.complex128)
    expected64 = np.asarray(expected, dtype=np.complex128)
    return float(np.abs(got64 - expected64).max() / max(np.abs(expected64).max(), 1e-30))


def _lapack_checks(shim: ctypes.CDLL) -> Results:
    """Routines OpenCV's Python API may not reach, called through the shim directly."""
    out: Results = {}
    for real, prefix in ((ctypes.c_float, "s"), (ctypes.c_double, "d")):
        dtype = np.float32 if prefix == "s" else np.float64
        out |= _getrf_check(shim, prefix, dtype)
        out |= _geqrf_check(shim, prefix, dtype, real)
        out |= _gesdd_check(shim, prefix, dtype)
        out |= _potrf_check(shim, prefix, dtype)
    out |= _geev_check(shim)
    return out


def _int(value: int) -> ctypes.c_int:
    return ctypes.c_int(value)


def _ptr(array: np.ndarray) -> ctypes.c_void_p:
    return ctypes.c_void_p(array.ctypes.data)


def _call(shim: ctypes.CDLL, name: str) -> Callable[..., None]:
    function = getattr(shim, name)
    function.restype = None
    return function  # type: ignore[no-any-return]


def _getrf_check(shim: ctypes.CDLL, prefix: str, dtype: type) -> Results:
    a = RNG.normal(size=(7, 5)).astype(dtype)
    lu = np.asfortranarray(a.copy())
    pivots = np.zeros(5, dtype=np.int32)
    info = _int(-99)
    _call(shim, f"{prefix}getrf_")(
        ctypes.byref(_int(7)),
        ctypes.byref(_int(5)),
        _ptr(lu),
        ctypes.byref(_int(7)),
        _ptr(pivots),
        ctypes.byref(info),
    )
    lower = np.tril(lu, -1)[:, :5] + np.eye(7, 5)
    upper = np.triu(lu)[:5, :]
    rebuilt = lower @ upper
    for row in reversed(range(5)):  # undo the recorded row swaps (1-based pivots)
        swap = int(pivots[row]) - 1
        rebuilt[[row, swap]] = rebuilt[[swap, row]]
    return {f"{prefix}getrf info": info.value == 0, f"{prefix}getrf": _relative(rebuilt, a)}


def _geqrf_check(shim: ctypes.CDLL, prefix: str, dtype: type, real: type) -> Results:
    a = RNG.normal(size=(6, 4)).astype(dtype)
    qr = np.asfortranarray(a.copy())
    tau = np.zeros(4, dtype=dtype)
    work = np.zeros(256, dtype=dtype)
    info = _int(-99)
    _call(shim, f"{prefix}geqrf_")(
        ctypes.byref(_int(6)),
        ctypes.byref(_int(4)),
        _ptr(qr),
        ctypes.byref(_int(6)),
        _ptr(tau),
        _ptr(work),
        ctypes.byref(_int(256)),
        ctypes.byref(info),
    )
    expected = np.linalg.qr(a.astype(np.float64), mode="r")
    return {
        f"{prefix}geqrf info": info.value == 0,
        f"{prefix}geqrf": _relative(np.abs(np.triu(qr[:4])), np.abs(expected)),
    }


def _gesdd_check(shim: ctypes.CDLL, prefix: str, dtype: type) -> Results:
    a = RNG.normal(size=(9, 6)).astype(dtype)
    work_a = np.asfortranarray(a.copy())
    singular = np.zeros(6, dtype=dtype)
    u = np.zeros((9, 9), dtype=dtype, order="F")
    vt = np.zeros((6, 6), dtype=dtype, order="F")
    work = np.zeros(1024, dtype=dtype)
    iwork = np.zeros(8 * 6, dtype=np.int32)
    info = _int(-99)
    _call(shim, f"{prefix}gesdd_")(
        ctypes.c_char_p(b"A"),
        ctypes.byref(_int(9)),
        ctypes.byref(_int(6)),
        _ptr(work_a),
        ctypes.byref(_int(9)),
        _ptr(singular),
        _ptr(u),
        ctypes.byref(_int(9)),
        _ptr(vt),
        ctypes.byref(_int(6)),
        _ptr(work),
        ctypes.byref(_int(1024)),
        _ptr(iwork),
        ctypes.byref(info),
    )
    expected = np.linalg.svd(a.astype(np.float64), compute_uv=False)
    return {f"{prefix}gesdd info": info.value == 0, f"{prefix}gesdd": _relative(singular, expected)}


def _potrf_check(shim: ctypes.CDLL, prefix: str, dtype: type) -> Results:
    a = RNG.normal(size=(5, 5))
    spd = (a @ a.T + 5 * np.eye(5)).astype(dtype)
    factor = np.asfortranarray(spd.copy())
    info = _int(-99)
    _call(shim, f"{prefix}potrf_")(
        ctypes.c_char_p(b"L"),
        ctypes.byref(_int(5)),
        _ptr(factor),
        ctypes.byref(_int(5)),
        ctypes.byref(info),
    )
    lower = np.tril(factor)
    return {
        f"{prefix}potrf info": info.value == 0,
        f"{prefix}potrf": _relative(lower @ lower.T, spd),
    }


def _geev_check(shim: ctypes.CDLL) -> Results:
    a = RNG.normal(size=(6, 6))
    work_a = np.asfortranarray(a.copy())
    wr, wi = np.zeros(6), np.zeros(6)
    unused = np.zeros((1, 1))
    work = np.zeros(512)
    info = _int(-99)
    _call(shim, "dgeev_")(
        ctypes.c_char_p(b"N"),
        ctypes.c_char_p(b"N"),
        ctypes.byref(_int(6)),
        _ptr(work_a),
        ctypes.byref(_int(6)),
        _ptr(wr),
        _ptr(wi),
        _ptr(unused),
        ctypes.byref(_int(1)),
        _ptr(unused),
        ctypes.byref(_int(1)),
        _ptr(work),
        ctypes.byref(_int(512)),
        ctypes.byref(info),
    )
    got = np.sort_complex(wr + 1j * wi)
    expected = np.sort_complex(np.linalg.eigvals(a))
    return {"dgeev info": info.value == 0, "dgeev": _relative(got, expected)}


def main() -> None:
    shim = ctypes.CDLL(sys.argv[1])
    results: Results = {}
    for dtype in (np.float32, np.float64):
        results |= _cv2_checks(dtype)
    results |= _lapack_checks(shim)
    maps = Path("/proc/self/maps").read_text().splitlines()
    loaded = [line.split()[-1] for line in maps if "openblas" in line]
    results["original OpenBLAS not loaded"] = not any("opencv" in path for path in loaded)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
