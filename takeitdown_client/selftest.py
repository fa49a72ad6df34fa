"""The installation self-test: ``takeitdown-client --self-test`` (or ``self-test``).

It answers one question for a release check or a help-centre admin: does this
copy of the app work on this machine? Offscreen, it hashes a tiny built-in
picture and video (synthetic, in ``resources/selftest/``) in this process and
in spawned worker processes, compares every value with the values below,
loads every translation, and builds the main window. It prints one line and
returns 0 (all passed) or 1.

The expected values were computed with the reference implementations
(``pdqhash`` 0.2.8, ``vpdq`` 0.2.5, ``imagehash``, ``hashlib``) by
``scripts/make_selftest_media.py``, never with this package, and
``tests/packaging/test_selftest.py`` derives them again: the digests and pHash
always, PDQ and vPDQ when the bench extra (pdqhash, vpdq) is installed. Nothing is
written to disk except a temporary settings folder, removed at the end, so the
person's own settings are neither read nor changed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import APP_NAME, __version__
from .resources import resource_path, translations_dir
from .sandbox import temporary_settings

SELFTEST_IMAGE = "selftest/selftest.png"
SELFTEST_VIDEO = "selftest/selftest.mp4"
SELFTEST_HEIC = "selftest/selftest.heic"  # the same picture as an iPhone would save it
REQUIRED_RESOURCES = ("registry-api.yaml", "icons/takeitdown-client-256.png")

EXPECTED_IMAGE: dict[str, Any] = {
    "md5": "0024fdf4709bfcfad8dc6ec4786fbe21",
    "sha256": "1dc802c5344cb01100b347c0230acad4a4dd5fb4194b096f1be4018b5bcace5f",
    "pdq": "a49ca494db64c764d49bdc9b7b5b3b5b676425649484d4947b1b037b856be421",
    "pdq_quality": 100,
    "pdq_dihedral": {
        "rotate90": "fc33fdf6d3c9d2c7270c330c33cccc31cc30cc3930c730e3cf0e0f0f0f0ef0f0",
        "rotate180": "f1c10e3e8e312dce81ce76312e0e91f132318fcec1d13e3e2e4ea9d1d03e6e8b",
        "rotate270": "a9664b4c969c6a6d725d89a666d9669b9965669365929a491a5ba5a45a5b5a5a",
        "flipx": "a4945b639b64289bd49b23647b5bc4a42764da9b94842b6b7b1bfc84856b1bda",
        "flipy": "f1c9f1c9ce31f631c1cec9ce3e0e6e0e72317231c1d1c1c12e4e5e2ed03eb174",
        "flipplus1": "fc333e99c3c92f382708dcf3338c33cecc3033c630c7cf1c8f0ef0f00f0e0f0f",
        "flipminus1": "a9668423969d8592725d765966d999649965996c659265b65a5b5a5a5a5ba5a5",
    },
    "phash": "8f42ebed6c949093",
}
# PDQ and pHash of the pixels pi-heif decodes (libheif, libde265), from pdqhash and imagehash.
EXPECTED_HEIC: dict[str, Any] = {
    "md5": "028d59b074aa9d62312f4dc02ddb41d1",
    "sha256": "9df256d75a2d5d10bc6581b180ce8848167e90058f906b30168cbfa66e3864c5",
    "pdq": "a494a49cdb64d764d49b5c9b7b5b1b5b676427649484d4947b1b037b856bc425",
    "pdq_quality": 100,
    "phash": "8f42ebed6c949093",
}
EXPECTED_VIDEO: dict[str, Any] = {
    "md5": "3d9b1bf93e14cefa495cb86ec95762f8",
    "sha256": "e3b9ca471c491df926aff1b6d9ba6afe0af2e8654b2cb06cf3693775e626a118",
    # (frame, pdq, quality, timestamp) at seconds_per_hash=1.0
    "frames": (
        (0, "a49ca494db64d76cd49bdc9a3b5b3b5b25642764d484d4947b1b037b856be421", 100, 0.0),
        (10, "7b311b366ccc14cc6333633c9cf3c43390cc94c3633c73ccacb3e5b11a4e1e1f", 100, 1.0),
        (20, "2e79ce6139c88d9966663cd9c33672679d98c3363ce90c98c367f2690c9e1987", 100, 2.0),
    ),
}


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


class CheckFailed(Exception):
    """A self-test check found a wrong value; the message says which."""


def _compare(label: str, got: object, want: object) -> None:
    if got != want:
        raise CheckFailed(f"{label} differs from the reference")


def _check_image_fingerprint(fingerprint: Any, expected: dict[str, Any] = EXPECTED_IMAGE) -> None:
    if getattr(fingerprint, "media", None) != "image":
        raise CheckFailed("the picture was not recognised as a picture")
    for key in ("md5", "sha256", "pdq", "pdq_quality", "phash"):
        _compare(key, getattr(fingerprint, key), expected[key])
    if "pdq_dihedral" not in expected:
        return
    dihedral = {k: v for k, v in fingerprint.pdq_dihedral.items() if k != "original"}
    _compare("pdq_dihedral", dihedral, expected["pdq_dihedral"])


def _check_video_fingerprint(fingerprint: Any) -> None:
    if getattr(fingerprint, "media", None) != "video":
        raise CheckFailed("the video was not recognised as a video")
    _compare("video md5", fingerprint.md5, EXPECTED_VIDEO["md5"])
    _compare("video sha256", fingerprint.sha256, EXPECTED_VIDEO["sha256"])
    got = [(f.frame, f.pdq, f.quality) for f in fingerprint.frames]
    want = [(frame, pdq, quality) for frame, pdq, quality, _ in EXPECTED_VIDEO["frames"]]
    _compare("vPDQ frames", got, want)
    for frame, (*_, timestamp) in zip(fingerprint.frames, EXPECTED_VIDEO["frames"], strict=True):
        if abs(frame.timestamp - timestamp) > 1e-6:
            raise CheckFailed(f"timestamp of frame {frame.frame} differs from the reference")


def check_resources() -> str:
    missing = [name for name in REQUIRED_RESOURCES if not resource_path(name).is_file()]
    if missing:
        raise CheckFailed("missing resources: " + ", ".join(missing))
    return "ok"


def check_image() -> str:
    from .core.hashing import HashOptions, hash_file

    _check_image_fingerprint(hash_file(resource_path(SELFTEST_IMAGE), HashOptions()))
    return "ok"


def check_heic() -> str:
    """iPhone photos need the HEIF plugin and its libraries in the bundle."""
    from .core.hashing import HashOptions, hash_file

    _check_image_fingerprint(hash_file(resource_path(SELFTEST_HEIC), HashOptions()), EXPECTED_HEIC)
    return "ok"


def check_video() -> str:
    from .core.hashing import HashOptions, hash_file

    fingerprint = hash_file(resource_path(SELFTEST_VIDEO), HashOptions())
    _check_video_fingerprint(fingerprint)
    return f"ok ({len(EXPECTED_VIDEO['frames'])} frames)"


def check_workers() -> str:
    """The same files through the batch engine's spawned processes (freeze_support)."""
    from .core.batch import hash_paths

    paths = [resource_path(name) for name in (SELFTEST_IMAGE, SELFTEST_HEIC, SELFTEST_VIDEO)]
    items = hash_paths(paths, jobs=2)
    if len(items) != len(paths) or any(item.error is not None for item in items):
        raise CheckFailed("a worker process could not hash the built-in files")
    _check_image_fingerprint(items[0].fingerprint)
    _check_image_fingerprint(items[1].fingerprint, EXPECTED_HEIC)
    _check_video_fingerprint(items[2].fingerprint)
    return "ok"


def check_linear_algebra() -> str:
    """cv2 and numpy agree on a solved system.

    The Linux bundle links OpenCV's linear algebra to numpy's OpenBLAS
    (scripts/opencv_blas.py); this proves that link loads and computes.
    """
    import cv2
    import numpy as np

    size = 128  # large enough that OpenCV hands the matrix to LAPACK
    rng = np.random.default_rng(7)
    matrix = rng.normal(size=(size, size)) + size * np.eye(size)
    rhs = rng.normal(size=(size, 1))
    expected = np.linalg.solve(matrix, rhs)
    for method in (cv2.DECOMP_LU, cv2.DECOMP_SVD):
        solved, result = cv2.solve(matrix, rhs, flags=method)
        if not solved or not np.allclose(result, expected, rtol=1e-9, atol=1e-12):
            raise CheckFailed("OpenCV's linear algebra gives wrong results")
    return "ok"


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def check_translations() -> str:
    from PySide6.QtCore import QTranslator

    ours = sorted(translations_dir().glob("*.qm"))
    qt_base = sorted(qt_translations_dir().glob("qtbase_*.qm"))
    broken = []
    for path in (*ours, *qt_base):
        translator = QTranslator()
        # Qt's own English file is empty by design; ours never should be.
        if not translator.load(str(path)) or (path in ours and translator.isEmpty()):
            broken.append(path.name)
    if broken:
        raise CheckFailed("translations that do not load: " + ", ".join(broken))
    return f"{len(ours)} translations (+{len(qt_base)} Qt base)"


def check_main_window() -> str:
    try:
        from .gui.app import build_main_window, create_application
    except ModuleNotFoundError as error:
        if error.name and error.name.startswith(f"{__package__}.gui"):
            return "skipped (no GUI in this build)"
        raise
    app = create_application([APP_NAME])
    window = build_main_window()
    window.show()
    app.processEvents()
    visible = window.isVisible()
    window.close()
    window.deleteLater()
    app.processEvents()
    if not visible:
        raise CheckFailed("the main window did not show")
    return "ok"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("resources", check_resources),
    ("picture", check_image),
    ("HEIC photo", check_heic),
    ("video", check_video),
    ("workers", check_workers),
    ("linear algebra", check_linear_algebra),
    ("translations", check_translations),
    ("main window", check_main_window),
)


def run_checks(skip: frozenset[str] = frozenset()) -> list[CheckResult]:
    results = []
    # Empty, temporary config and data folders: the person's own are left alone.
    with temporary_settings("takeitdown-selftest-", extra={"QT_QPA_PLATFORM": "offscreen"}):
        for name, check in CHECKS:
            if name in skip:
                continue
            try:
                results.append(CheckResult(name, True, check()))
            except CheckFailed as error:
                results.append(CheckResult(name, False, str(error)))
            except Exception as error:  # noqa: BLE001 - every failure is reported, none crashes
                results.append(CheckResult(name, False, f"{type(error).__name__}: {error}"))
    return results


def summary(results: list[CheckResult], seconds: float) -> str:
    failed = [r for r in results if not r.ok]
    parts = "; ".join(f"{r.name}: {r.detail}" for r in (failed or results))
    verdict = "FAILED" if failed else "passed"
    return f"{APP_NAME} {__version__} self-test {verdict} in {seconds:.1f} s: {parts}"


def main(skip: frozenset[str] = frozenset(), verbose: bool = False) -> int:
    """Run every check, print one line (and each check with ``verbose``), return 0 or 1."""
    started = time.monotonic()
    results = run_checks(skip)
    if verbose:
        for result in results:
            print(f"  {'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail}")
    print(summary(results, time.monotonic() - started))
    sys.stdout.flush()
    return 0 if results and all(r.ok for r in results) else 1
