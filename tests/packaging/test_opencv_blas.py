"""The Linux bundle's OpenBLAS shim: OpenCV's linear algebra through numpy's OpenBLAS.

The shim is compiled here (with call tracing) and preloaded into a child
Python, so cv2 links to it exactly as it does in the bundle. Every result is
compared with numpy's own linear algebra.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import load_script

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not (shutil.which("cc") or shutil.which("gcc"))
    or not shutil.which("nm")
    or not shutil.which("readelf"),
    reason="the shim is built on Linux, with a C compiler and binutils",
)

PROBE = Path(__file__).with_name("opencv_blas_probe.py")
FLOAT32_TOLERANCE = 1e-3
FLOAT64_TOLERANCE = 1e-9


@pytest.fixture(scope="module")
def opencv_blas() -> ModuleType:
    return load_script("opencv_blas")


def _site_library(folder: str, pattern: str) -> Path:
    import numpy

    site = Path(numpy.__file__).resolve().parents[1]
    matches = sorted((site / folder).glob(pattern))
    if not matches:
        pytest.skip(f"no {folder}/{pattern} in this environment")
    return matches[0]


@pytest.fixture(scope="module")
def opencv_openblas() -> Path:
    return _site_library("opencv_python_headless.libs", "libopenblas*.so*")


@pytest.fixture(scope="module")
def numpy_openblas() -> Path:
    return _site_library("numpy.libs", "lib*openblas*.so*")


@pytest.fixture(scope="module")
def traced_shim(
    tmp_path_factory: pytest.TempPathFactory,
    opencv_blas: ModuleType,
    opencv_openblas: Path,
    numpy_openblas: Path,
) -> Path:
    affixes = opencv_blas.symbol_affixes(numpy_openblas)
    if affixes is None:
        pytest.skip("this numpy's OpenBLAS is not an ILP64 build the shim knows")
    shim = tmp_path_factory.mktemp("shim") / opencv_openblas.name
    opencv_blas.compile_shim(
        shim, numpy_openblas, affixes, rpath=str(numpy_openblas.parent), trace=True
    )
    return shim


@pytest.fixture(scope="module")
def probe_run(traced_shim: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LD_PRELOAD": str(traced_shim), "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.run(
        [sys.executable, str(PROBE), str(traced_shim)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_shim_offers_every_routine_cv2_calls(
    opencv_blas: ModuleType, traced_shim: Path, opencv_openblas: Path
) -> None:
    import cv2

    extension = Path(cv2.__file__).resolve().parent
    cv2_binary = next(extension.glob("cv2*.so"))
    wanted = opencv_blas.undefined_symbols(cv2_binary) & opencv_blas.exported_symbols(
        opencv_openblas
    )
    assert wanted, "cv2 no longer calls OpenBLAS: the shim can go"
    assert wanted <= opencv_blas.exported_symbols(traced_shim)


def test_cv2_results_equal_numpys(probe_run: subprocess.CompletedProcess[str]) -> None:
    assert probe_run.returncode == 0, probe_run.stderr[-2000:]
    results = json.loads(probe_run.stdout)
    assert results.pop("original OpenBLAS not loaded") is True
    failures = {}
    for name, value in results.items():
        if isinstance(value, bool):
            if not value:
                failures[name] = value
            continue
        tolerance = FLOAT32_TOLERANCE if "float32" in name or name[0] == "s" else FLOAT64_TOLERANCE
        if not value <= tolerance:
            failures[name] = value
    assert not failures


def test_every_forwarded_routine_was_called(
    probe_run: subprocess.CompletedProcess[str], opencv_blas: ModuleType, traced_shim: Path
) -> None:
    called = set(re.findall(r"opencv-blas-shim: (\w+)", probe_run.stderr))
    assert called == opencv_blas.exported_symbols(traced_shim) - {"_init", "_fini"}


def test_only_the_libraries_of_opencvs_openblas_become_orphans(
    opencv_blas: ModuleType, opencv_openblas: Path
) -> None:
    libs = opencv_openblas.parent
    binaries = [
        (f"{libs.name}/{path.name}", str(path), "BINARY") for path in sorted(libs.iterdir())
    ]
    replaced = next(entry for entry in binaries if entry[1] == str(opencv_openblas))
    orphans = opencv_blas.orphans_after_replacing(binaries, replaced)
    needed = opencv_blas.direct_needs(opencv_openblas)
    assert orphans, "OpenCV's OpenBLAS has no private libraries any more"
    assert {Path(dest).name for dest in orphans} <= needed | {
        need
        for name in needed
        if (libs / name).exists()
        for need in opencv_blas.direct_needs(libs / name)
    }
    for other in sorted(libs.iterdir()):
        if other != opencv_openblas and f"{libs.name}/{other.name}" not in orphans:
            assert not opencv_blas.direct_needs(other) & {Path(dest).name for dest in orphans}
