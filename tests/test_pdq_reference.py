"""PDQ, its quality and the 8 dihedral hashes against Meta's reference values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from takeitdown_client.core.fingerprints import ImageFingerprint
from takeitdown_client.core.hashing import hash_file

from .conftest import DATA_DIR, SHARED_REFERENCE

LOCAL_EXPECTED: dict[str, Any] = json.loads((DATA_DIR / "pdq" / "expected.json").read_text())
SHARED_EXPECTED_FILE = SHARED_REFERENCE / "pdq" / "expected.json"
SHARED_EXPECTED: dict[str, Any] = (
    json.loads(SHARED_EXPECTED_FILE.read_text()) if SHARED_EXPECTED_FILE.is_file() else {}
)


def _image_fingerprint(path: Path) -> ImageFingerprint:
    fingerprint = hash_file(path)
    assert isinstance(fingerprint, ImageFingerprint)
    return fingerprint


def _assert_matches_reference(fingerprint: ImageFingerprint, expected: dict[str, Any]) -> None:
    assert fingerprint.pdq == expected["pdq"]
    assert fingerprint.pdq_quality == expected["quality"]
    assert fingerprint.pdq_dihedral == expected["dihedral"]
    assert list(fingerprint.pdq_dihedral) == list(expected["dihedral"])
    assert fingerprint.sha256 == expected["sha256"]
    exif_oriented = fingerprint.pdq_exif_oriented or fingerprint.pdq
    assert exif_oriented == expected["pdq_exif_oriented"]
    orientation = expected["exif_orientation"]
    assert (fingerprint.pdq_exif_oriented is not None) == (orientation in range(2, 9))


@pytest.mark.parametrize("relative", sorted(LOCAL_EXPECTED))
def test_local_subset_matches_reference(relative: str) -> None:
    fingerprint = _image_fingerprint(DATA_DIR / "pdq" / "images" / relative)
    _assert_matches_reference(fingerprint, LOCAL_EXPECTED[relative])


@pytest.mark.parametrize("relative", sorted(set(SHARED_EXPECTED) - set(LOCAL_EXPECTED)))
def test_full_shared_set_matches_reference(relative: str) -> None:
    path = SHARED_REFERENCE / "pdq" / "images" / relative
    if not path.is_file():
        pytest.skip("../shared/reference is not present")
    _assert_matches_reference(_image_fingerprint(path), SHARED_EXPECTED[relative])


GOLDENS: dict[str, Any] = json.loads((DATA_DIR / "pdq" / "goldens.json").read_text())


@pytest.mark.parametrize("relative", sorted(GOLDENS))
def test_threatexchange_goldens(relative: str) -> None:
    """The exact hashes asserted by ThreatExchange's own Java and Python tests."""
    golden = GOLDENS[relative]
    fingerprint = _image_fingerprint(DATA_DIR / "pdq" / relative)
    assert fingerprint.pdq == golden["pdq"]
    if golden.get("quality") is not None:
        assert fingerprint.pdq_quality == golden["quality"]
    if golden.get("dihedral"):
        assert fingerprint.pdq_dihedral == golden["dihedral"]


def test_digests_stream_known_vectors(tmp_path: Path) -> None:
    """Published MD5/SHA-256 test vectors; the million-'a' file spans many chunks."""
    from takeitdown_client.core.digest import CHUNK_BYTES, file_digests

    small = tmp_path / "abc"
    small.write_bytes(b"abc")
    assert file_digests(small) == (
        "900150983cd24fb0d6963f7d28e17f72",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    )
    million = tmp_path / "million"
    million.write_bytes(b"a" * 1_000_000)
    seen: list[int] = []
    digests = file_digests(million, progress=seen.append)
    assert digests == (
        "7707d6ae4e027c70eea2a935c2296f21",
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    )
    assert seen[-1] == 1_000_000
    assert len(seen) == -(-1_000_000 // CHUNK_BYTES)


def test_dihedral_copies_are_close_to_the_matching_variant() -> None:
    """A re-encoded rotated copy lands within a few bits of our dihedral hash."""
    from takeitdown_client.core.pdq import hamming_distance

    original = _image_fingerprint(DATA_DIR / "pdq" / "images" / "bridge-mods" / "aaa-orig.jpg")
    rotated = _image_fingerprint(
        DATA_DIR / "pdq" / "images" / "reg-test-input" / "dih" / "bridge-2-rotate-90.jpg"
    )
    assert hamming_distance(original.pdq, rotated.pdq) > 100
    assert hamming_distance(original.pdq_dihedral["rotate90"], rotated.pdq) <= 2
