"""Matching on reference hashes: PDQ pairs (with the dihedral set) and vPDQ videos."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from takeitdown_client.core.fingerprints import ImageFingerprint, VideoFingerprint, VpdqFrame
from takeitdown_client.core.matching import (
    INVERSE_TRANSFORM,
    PDQ_MATCH_DISTANCE,
    hamming_distance,
    match_images,
)
from takeitdown_client.core.pdq import DIHEDRAL_NAMES
from takeitdown_client.core.video_matching import match_image_in_video, match_videos, usable_frames

DATA = Path(__file__).resolve().parent / "data"
ORIGINAL = "bridge-mods/aaa-orig.jpg"  # byte-identical to reg-test-input/dih/bridge-1-original.jpg
# The re-encoded transforms of the original, and the variant each one is.
DIHEDRAL_COPIES = {
    "reg-test-input/dih/bridge-2-rotate-90.jpg": "rotate90",
    "reg-test-input/dih/bridge-7-flip-plus-1.jpg": "flipplus1",
}


@pytest.fixture(scope="module")
def pdq_reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "pdq" / "expected.json").read_text("utf-8"))
    return data


def image(entry: dict[str, Any], with_variants: bool = True) -> ImageFingerprint:
    variants = {k: v for k, v in entry["dihedral"].items() if k != "original"}
    return ImageFingerprint(
        md5="0" * 32,
        sha256=entry["sha256"],
        pdq=entry["pdq"],
        pdq_quality=entry["quality"],
        pdq_dihedral=variants if with_variants else {},
        phash="0" * 16,
    )


def video(stem: str, root: Path = DATA / "vpdq") -> VideoFingerprint:
    data = json.loads((root / "expected" / f"{stem}.json").read_text("utf-8"))
    return VideoFingerprint.from_json({"media": "video", **data, "vpdq": data})


# --- Hamming distance -------------------------------------------------------------------


def test_hamming_distance() -> None:
    a = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
    assert hamming_distance(a, a) == 0
    assert hamming_distance(a, a.upper()) == 0
    complement = f"{int(a, 16) ^ ((1 << 256) - 1):064x}"
    assert hamming_distance(a, complement) == 256
    assert hamming_distance("0" * 64, "0" * 63 + "7") == 3
    with pytest.raises(ValueError):
        hamming_distance(a, a[:-2])


def test_java_test_distances(pdq_reference: dict[str, Any]) -> None:
    # ThreatExchange's Java PDQ test asserts these two distances.
    original = pdq_reference[ORIGINAL]["pdq"]
    rotated = pdq_reference["reg-test-input/dih/bridge-2-rotate-90.jpg"]["pdq"]
    coaster = pdq_reference["reg-test-input/pen-and-coaster.png"]["pdq"]
    assert hamming_distance(original, rotated) == 120
    assert hamming_distance(original, coaster) == 138


# --- pictures ---------------------------------------------------------------------------


@pytest.mark.parametrize(("copy", "variant"), sorted(DIHEDRAL_COPIES.items()))
def test_rotated_and_mirrored_copies_match_through_the_dihedral_set(
    pdq_reference: dict[str, Any], copy: str, variant: str
) -> None:
    original, transformed = image(pdq_reference[ORIGINAL]), image(pdq_reference[copy])
    result = match_images(original, transformed)
    assert result.matched
    assert result.distance <= 2  # re-encoding moved a couple of bits
    assert result.transform == variant
    assert result.plain_distance > PDQ_MATCH_DISTANCE
    # Without the dihedral set they are different pictures.
    assert not match_images(original, transformed, dihedral=False).matched
    # Only one side needs its variants (a payload may carry none).
    one_sided = match_images(image(pdq_reference[ORIGINAL], False), transformed)
    assert one_sided.matched
    assert one_sided.transform == variant
    swapped = match_images(transformed, original)
    assert swapped.matched
    assert swapped.transform == INVERSE_TRANSFORM[variant]


def test_same_picture_in_other_encodings_matches(pdq_reference: dict[str, Any]) -> None:
    original = image(pdq_reference[ORIGINAL])
    for name in ("misc-images/modes/L.png", "bridge-mods/shrink-a-lot.jpg"):
        result = match_images(original, image(pdq_reference[name]), dihedral=False)
        assert result.matched, name


def test_different_pictures_do_not_match(pdq_reference: dict[str, Any]) -> None:
    original = image(pdq_reference[ORIGINAL])
    other = image(pdq_reference["reg-test-input/pen-and-coaster.png"])
    result = match_images(original, other)
    assert not result.matched
    assert result.distance > PDQ_MATCH_DISTANCE


def test_low_quality_never_matches(pdq_reference: dict[str, Any]) -> None:
    small = image(pdq_reference["misc-images/small.jpg"])
    assert small.pdq_quality < 50
    result = match_images(small, small)
    assert result.distance == 0
    assert not result.quality_ok
    assert not result.matched
    assert match_images(small, small, min_quality=0).matched


def test_threshold_is_inclusive() -> None:
    base = "0" * 64
    at_31 = f"{(1 << 31) - 1:064x}"
    at_32 = f"{(1 << 32) - 1:064x}"
    fingerprint = ImageFingerprint("", "a", base, 100, {}, "")
    assert match_images(fingerprint, ImageFingerprint("", "b", at_31, 100, {}, "")).matched
    assert not match_images(fingerprint, ImageFingerprint("", "b", at_32, 100, {}, "")).matched


def test_all_dihedral_names_have_inverses() -> None:
    assert set(INVERSE_TRANSFORM) == set(DIHEDRAL_NAMES)
    assert all(INVERSE_TRANSFORM[INVERSE_TRANSFORM[name]] == name for name in DIHEDRAL_NAMES)


# --- videos -------------------------------------------------------------------------------


def test_video_matches_itself() -> None:
    fingerprint = video("pattern-sd-grey-bar")
    result = match_videos(fingerprint, fingerprint)
    assert result.matched
    assert result.query_match_percent == result.compared_match_percent == 100.0
    assert result.query_frames == 7


def test_different_videos_do_not_match() -> None:
    result = match_videos(video("pattern-sd-grey-bar"), video("test-padded-dimensions"))
    assert not result.matched
    assert result.query_match_percent < 80


def test_low_quality_frames_are_dropped() -> None:
    doorknob = video("doorknob-hd-no-bar")
    low = [f for f in doorknob.frames if f.quality < 50]
    assert low  # this clip is mostly dark
    result = match_videos(doorknob, doorknob)
    assert result.query_frames == len(doorknob.frames) - len(low)


@pytest.mark.slow
def test_edited_copies_of_a_video_match(shared_reference: Path) -> None:
    root = shared_reference / "vpdq"
    original = video("chair-orig-22-sd-bar", root)
    for copy in ("chair-22-sd-grey-bar", "chair-22-sd-sepia-bar", "chair-22-with-small-logo-bar"):
        result = match_videos(original, video(copy, root))
        assert result.matched, copy
        assert result.query_match_percent >= 80
    # A different scene does not.
    assert not match_videos(original, video("pattern-hd-no-bar", root)).matched


def frames(*items: tuple[str, int]) -> list[VpdqFrame]:
    return [VpdqFrame(n, quality, pdq, float(n)) for n, (pdq, quality) in enumerate(items)]


A, B, C, D = (f"{value:064x}" for value in (0, (1 << 256) - 1, (1 << 128) - 1, (1 << 40) - 1))


def test_percentages_and_thresholds() -> None:
    query = frames((A, 100), (B, 100), (C, 100), (D, 100))
    compared = frames((A, 100))
    result = match_videos(query, compared)
    # A matches A; D is 40 bits from A (no match); B and C are far from A.
    assert result.query_match_percent == 25.0
    assert result.compared_match_percent == 100.0
    assert not result.matched
    assert match_videos(query, compared, query_threshold=25).matched
    assert not match_videos(query, compared, query_threshold=25, compared_threshold=100.1).matched
    assert match_videos(query, compared, max_distance=40, query_threshold=50).matched


def test_dedupe_comes_before_the_quality_filter() -> None:
    # python-threatexchange keeps the first frame of each hash, then drops low quality:
    # a repeated hash whose first copy is low quality is gone entirely.
    prepared = usable_frames(frames((A, 10), (A, 100), (B, 100), (B, 100)))
    assert prepared == [B]


def test_no_usable_frames_is_zero_percent_not_a_crash() -> None:
    result = match_videos(frames((A, 10)), frames((A, 100)))
    assert (result.query_match_percent, result.query_frames, result.matched) == (0.0, 0, False)
    empty = match_videos([], [])
    assert not empty.matched


def brute_force(query: list[VpdqFrame], compared: list[VpdqFrame]) -> tuple[float, float]:
    """A direct transcription of python-threatexchange's brute-force matcher."""
    q, c = usable_frames(query), usable_frames(compared)

    def hits(x: list[str], y: list[str]) -> int:
        return sum(any(bin(int(a, 16) ^ int(b, 16)).count("1") <= 31 for b in y) for a in x)

    return (hits(q, c) * 100 / len(q) if q else 0.0, hits(c, q) * 100 / len(c) if c else 0.0)


def near(base: int, flips: list[int]) -> str:
    for bit in flips:
        base ^= 1 << bit
    return f"{base:064x}"


frame_lists = st.lists(
    st.tuples(
        st.sampled_from([0, (1 << 256) - 1, 0x5A5A << 100]),
        st.lists(st.integers(0, 255), max_size=40),
        st.sampled_from([0, 49, 50, 100]),
    ).map(lambda t: (near(t[0], t[1]), t[2])),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(frame_lists, frame_lists)
def test_vectorised_matcher_equals_the_brute_force_rules(
    query: list[tuple[str, int]], compared: list[tuple[str, int]]
) -> None:
    q, c = frames(*query), frames(*compared)
    result = match_videos(q, c)
    assert (result.query_match_percent, result.compared_match_percent) == brute_force(q, c)


# --- a picture inside a video ------------------------------------------------------------


def test_picture_found_in_video() -> None:
    clip = video("pattern-sd-grey-bar")
    frame = clip.frames[3]
    still = ImageFingerprint("", "x", frame.pdq, frame.quality, {}, "")
    result = match_image_in_video(still, clip)
    assert result is not None and result.matched
    assert (result.frame, result.distance, result.transform) == (frame.frame, 0, "original")
    unrelated = video("test-padded-dimensions")
    other = match_image_in_video(still, unrelated)
    assert other is not None and not other.matched


@pytest.mark.slow
def test_every_dihedral_copy_in_the_full_reference_set(shared_reference: Path) -> None:
    data = json.loads((shared_reference / "pdq" / "expected.json").read_text("utf-8"))
    copies = {
        "bridge-2-rotate-90.jpg": "rotate90",
        "bridge-3-rotate-180.jpg": "rotate180",
        "bridge-4-rotate-270.jpg": "rotate270",
        "bridge-5-flipx.jpg": "flipx",
        "bridge-6-flipy.jpg": "flipy",
        "bridge-7-flip-plus-1.jpg": "flipplus1",
        "bridge-8-flip-minus-1.jpg": "flipminus1",
    }
    original = image(data["reg-test-input/dih/bridge-1-original.jpg"])
    for name, variant in copies.items():
        copy = image(data[f"reg-test-input/dih/{name}"])
        result = match_images(original, copy)
        assert (result.matched, result.transform) == (True, variant), name
        assert result.distance <= 2
        assert not match_images(original, copy, dihedral=False).matched
