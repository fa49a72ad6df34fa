"""The Review page's grouping: counts per family, and lines that are exactly the payload's."""

from __future__ import annotations

from typing import Any

from takeitdown_client.core.payload import canonical_bytes
from takeitdown_client.core.payload_summary import summarize, summarize_item

PDQ = "f" * 64
PICTURE: dict[str, Any] = {
    "media": "image",
    "md5": "a" * 32,
    "sha256": "b" * 64,
    "phash": "c" * 16,
    "pdq": PDQ,
    "pdq_quality": 100,
    "pdq_dihedral": {name: PDQ for name in ("r90", "r180", "r270", "f", "fr90", "fr180", "fr270")},
    "pdq_variants": [
        {"label": "crop:left", "pdq": PDQ, "quality": 80},
        {"label": "crop:top", "pdq": PDQ, "quality": 80},
        {"label": "pad", "pdq": PDQ, "quality": 70},
        {"label": "inner:screenshot", "pdq": PDQ, "quality": 60},
        {"label": "sparkle:new", "pdq": PDQ, "quality": 60},
    ],
}
VIDEO: dict[str, Any] = {
    "media": "video",
    "md5": "a" * 32,
    "sha256": "d" * 64,
    "vpdq": {
        "seconds_per_hash": 1.0,
        "frames": [{"pdq": PDQ, "quality": 90, "timestamp": float(i)} for i in range(3)],
    },
    "vpdq_variants": [
        {"label": "crop:centre", "frames": [{"pdq": PDQ, "quality": 90, "timestamp": 0.0}] * 2}
    ],
}


def test_picture_groups_count_what_is_present() -> None:
    summary = summarize_item(PICTURE)
    counts = {group.family: group.count for group in summary.groups}
    assert counts == {"picture": 4, "dihedral": 7, "crop": 2, "pad": 1, "inner": 1, "other": 1}
    assert summary.families[:2] == ("picture", "dihedral")
    assert summary.count == 16


def test_video_groups_count_frames() -> None:
    summary = summarize_item(VIDEO)
    counts = {group.family: group.count for group in summary.groups}
    assert counts == {"file": 2, "frames": 3, "crop": 2}
    assert summary.frame_count() == 5


def test_every_line_shown_is_a_line_of_the_payload_and_none_is_missing() -> None:
    payload = {"items": [PICTURE, VIDEO]}
    sent = [line.strip() for line in canonical_bytes(payload).decode("ascii").splitlines()]
    for item in (PICTURE, VIDEO):
        shown = [line for group in summarize_item(item).groups for line in group.lines]
        assert all(line in sent for line in shown)
        item_lines = canonical_bytes(item).decode("ascii").splitlines()[1:-1]
        assert sorted(shown) == sorted(line.strip() for line in item_lines)


def test_whole_payload_summary() -> None:
    low = {"media": "image", "md5": "a" * 32, "sha256": "e" * 64, "phash": "c" * 16}
    summary = summarize([PICTURE, VIDEO, {**low, "low_quality": True}])
    assert (summary.pictures, summary.videos, summary.fingerprints) == (2, 1, 16 + 7 + 3)


def _variant_lines(label: str, last: str = "},") -> list[str]:
    return ["{", f'"label": "{label}",', f'"pdq": "{PDQ}",', '"quality": 90', last]


def test_a_photographed_screen_is_a_group_of_its_own_after_inner() -> None:
    # inner:screen[:D] is the picture found on a photographed screen (core.screen_variants);
    # inner:screenshot above stays with inner: only a "screen" part of its own counts.
    labels = ("inner", "inner:screen", "inner:screen:small", "inner:screen:g1", "crop:4x5")
    item = {
        **PICTURE,
        "pdq_variants": [{"label": label, "pdq": PDQ, "quality": 90} for label in labels],
    }
    summary = summarize_item(item)
    groups = {group.family: group for group in summary.groups}
    assert summary.families == ("picture", "dihedral", "crop", "inner", "screen")
    assert (groups["crop"].count, groups["inner"].count, groups["screen"].count) == (1, 1, 3)
    # The list's key line goes with its first variant, its "]" with its last.
    assert list(groups["inner"].lines) == ['"pdq_variants": [', *_variant_lines("inner")]
    assert list(groups["screen"].lines) == [
        *_variant_lines("inner:screen"),
        *_variant_lines("inner:screen:small"),
        *_variant_lines("inner:screen:g1"),
    ]
    assert list(groups["crop"].lines) == [*_variant_lines("crop:4x5", last="}"), "],"]
    # Grouping only: the lines shown are still the item's lines, each once.
    item_lines = canonical_bytes(item).decode("ascii").splitlines()[1:-1]
    shown = [line for group in summary.groups for line in group.lines]
    assert sorted(shown) == sorted(line.strip() for line in item_lines)
