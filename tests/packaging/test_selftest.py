"""The installation self-test, run from the source tree."""

from __future__ import annotations

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


def test_expected_values_are_the_reference_implementations() -> None:
    """The constants in selftest.py come from pdqhash/vpdq/imagehash, not from our code."""
    pdqhash = pytest.importorskip("pdqhash")
    vpdq = pytest.importorskip("vpdq")
    import hashlib

    import imagehash

    image_path = resource_path(selftest.SELFTEST_IMAGE)
    rgb = Image.open(image_path).convert("RGB")
    bits, quality = pdqhash.compute(np.asarray(rgb, dtype=np.uint8))
    expected = selftest.EXPECTED_IMAGE
    assert f"{int(''.join(str(int(b)) for b in bits), 2):064x}" == expected["pdq"]
    assert quality == expected["pdq_quality"]
    rotated = rgb.transpose(Image.Transpose.ROTATE_90)
    bits90, _ = pdqhash.compute(np.asarray(rotated, dtype=np.uint8))
    assert (
        f"{int(''.join(str(int(b)) for b in bits90), 2):064x}"
        == expected["pdq_dihedral"]["rotate90"]
    )
    assert str(imagehash.phash(rgb)) == expected["phash"]
    assert hashlib.sha256(image_path.read_bytes()).hexdigest() == expected["sha256"]

    heic_path = resource_path(selftest.SELFTEST_HEIC)
    import pi_heif

    pi_heif.register_heif_opener()
    heic_rgb = Image.open(heic_path).convert("RGB")
    heic_bits, heic_quality = pdqhash.compute(np.asarray(heic_rgb, dtype=np.uint8))
    heic = selftest.EXPECTED_HEIC
    assert f"{int(''.join(str(int(b)) for b in heic_bits), 2):064x}" == heic["pdq"]
    assert heic_quality == heic["pdq_quality"]
    assert str(imagehash.phash(heic_rgb)) == heic["phash"]
    assert hashlib.md5(heic_path.read_bytes(), usedforsecurity=False).hexdigest() == heic["md5"]

    video_path = resource_path(selftest.SELFTEST_VIDEO)
    frames = vpdq.computeHash(str(video_path), seconds_per_hash=1.0)
    got = [(f.frame_number, f.hex, f.quality, float(f.timestamp)) for f in frames]
    assert got == [tuple(frame) for frame in selftest.EXPECTED_VIDEO["frames"]]
    assert hashlib.sha256(video_path.read_bytes()).hexdigest() == selftest.EXPECTED_VIDEO["sha256"]
