"""The installation self-test, run from the source tree."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from takeitdown_client import selftest
from takeitdown_client.commands import self_test as command
from takeitdown_client.resources import resource_path


def test_self_test_passes_from_source(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "takeitdown_client", "self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(lines) == 1
    assert "self-test passed" in lines[0]
    assert "translations" in lines[0]


def test_a_wrong_expected_value_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(selftest.EXPECTED_IMAGE, "pdq", "0" * 64)
    results = selftest.run_checks(
        skip=frozenset({"video", "workers", "translations", "main window"})
    )
    by_name = {result.name: result for result in results}
    assert by_name["resources"].ok
    assert not by_name["picture"].ok
    assert "pdq" in by_name["picture"].detail
    line = selftest.summary(results, 0.1)
    assert "FAILED" in line and "\n" not in line


def test_exit_status_and_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    everything_else = frozenset(name for name, _ in selftest.CHECKS) - {"resources"}
    assert selftest.main(skip=everything_else) == 0
    assert capsys.readouterr().out.count("\n") == 1
    assert selftest.main(skip=frozenset(name for name, _ in selftest.CHECKS)) == 1


def test_settings_of_the_person_are_left_alone(isolated_home: Path) -> None:
    before = sorted(p.relative_to(isolated_home) for p in isolated_home.rglob("*"))
    selftest.run_checks(skip=frozenset({"video", "workers"}))
    after = sorted(p.relative_to(isolated_home) for p in isolated_home.rglob("*"))
    assert after == before


def test_command_module_lists_every_check() -> None:
    assert command.NAME == "self-test"
    assert tuple(name for name, _ in selftest.CHECKS) == command.CHECK_NAMES


def test_built_in_media_are_synthetic_and_tiny() -> None:
    with Image.open(resource_path(selftest.SELFTEST_IMAGE)) as image:
        assert image.size == (64, 48)
    assert resource_path(selftest.SELFTEST_VIDEO).stat().st_size < 64 * 1024
    with Image.open(resource_path(selftest.SELFTEST_HEIC)) as photo:
        assert photo.format == "HEIF" and photo.size == (64, 48)


def _rgb(name: str) -> Image.Image:
    import pi_heif

    pi_heif.register_heif_opener()
    with Image.open(resource_path(name)) as image:
        return image.convert("RGB")


def _hex(bits: np.ndarray) -> str:
    return f"{int(''.join(str(int(b)) for b in bits), 2):064x}"


BUILT_IN = (
    (selftest.SELFTEST_IMAGE, selftest.EXPECTED_IMAGE),
    (selftest.SELFTEST_HEIC, selftest.EXPECTED_HEIC),
    (selftest.SELFTEST_VIDEO, selftest.EXPECTED_VIDEO),
)


@pytest.mark.parametrize(("name", "expected"), BUILT_IN)
def test_expected_file_digests_are_rederived(name: str, expected: dict[str, object]) -> None:
    """Always checked: the digests come from hashlib, not from our code."""
    data = resource_path(name).read_bytes()
    assert hashlib.md5(data, usedforsecurity=False).hexdigest() == expected["md5"]
    assert hashlib.sha256(data).hexdigest() == expected["sha256"]


@pytest.mark.parametrize(
    ("name", "expected"), [BUILT_IN[0], BUILT_IN[1]], ids=["picture", "HEIC photo"]
)
def test_expected_phash_is_rederived(name: str, expected: dict[str, object]) -> None:
    """Always checked: imagehash (a runtime dependency, with SciPy in a test set-up)."""
    import imagehash

    assert str(imagehash.phash(_rgb(name))) == expected["phash"]


def test_expected_pdq_values_are_the_reference_implementations() -> None:
    """With the bench extra: PDQ and its variants from pdqhash, the frames from vpdq."""
    pdqhash = pytest.importorskip("pdqhash")
    vpdq = pytest.importorskip("vpdq")
    from takeitdown_client.core.pdq import DIHEDRAL_NAMES

    image = np.asarray(_rgb(selftest.SELFTEST_IMAGE), dtype=np.uint8)
    variants, quality = pdqhash.compute_dihedral(image)  # in DIHEDRAL_NAMES order
    hashes = dict(zip(DIHEDRAL_NAMES, (_hex(bits) for bits in variants), strict=True))
    expected = selftest.EXPECTED_IMAGE
    assert hashes.pop("original") == expected["pdq"]
    assert quality == expected["pdq_quality"]
    assert hashes == expected["pdq_dihedral"]

    heic_bits, heic_quality = pdqhash.compute(
        np.asarray(_rgb(selftest.SELFTEST_HEIC), dtype=np.uint8)
    )
    assert _hex(heic_bits) == selftest.EXPECTED_HEIC["pdq"]
    assert heic_quality == selftest.EXPECTED_HEIC["pdq_quality"]

    video_path = resource_path(selftest.SELFTEST_VIDEO)
    frames = vpdq.computeHash(str(video_path), seconds_per_hash=1.0)
    got = [(f.frame_number, f.hex, f.quality, float(f.timestamp)) for f in frames]
    assert got == [tuple(frame) for frame in selftest.EXPECTED_VIDEO["frames"]]
