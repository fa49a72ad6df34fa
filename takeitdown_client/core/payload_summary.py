"""What a payload item sends, grouped for people: counts per family and the exact lines.

Qt-free: the Review page turns families into words. The lines are the very
lines of ``SubmissionPayload.to_bytes()`` that belong to the item (without
their indentation), so "show every line" shows what is sent, nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .payload import VARIANT_FAMILIES, canonical_bytes

# Families, in the order they are shown. Variant labels are "family:detail" or "family".
PICTURE = "picture"  # md5, sha256, phash and pdq of the picture as it is
DIHEDRAL = "dihedral"  # turned and mirrored
FILE = "file"  # a video's md5 and sha256
FRAMES = "frames"  # a video's vPDQ frames
# The picture found on a photographed screen: its labels are "inner:screen[:D]", of the
# inner family in the payload and the registry's schema, but it is not a screenshot, so
# the Review page shows it as a group of its own, right after inner.
SCREEN = "screen"
OTHER = "other"  # a variant family this version has no word for
_AFTER_INNER = VARIANT_FAMILIES.index("inner") + 1
ORDER = (
    PICTURE,
    FILE,
    FRAMES,
    DIHEDRAL,
    *VARIANT_FAMILIES[:_AFTER_INNER],
    SCREEN,
    *VARIANT_FAMILIES[_AFTER_INNER:],
    OTHER,
)

_EXACT_KEYS = ("md5", "sha256")
_PICTURE_KEYS = ("phash", "pdq")
_VARIANT_LISTS = ("pdq_variants", "vpdq_variants")
_INDENT = "  "  # canonical_bytes uses indent=2


@dataclass(frozen=True)
class Group:
    family: str
    count: int  # fingerprints (hashes) in this group
    lines: tuple[str, ...]  # exact payload lines, indentation stripped


@dataclass(frozen=True)
class ItemSummary:
    media: str
    groups: tuple[Group, ...]

    @property
    def count(self) -> int:
        return sum(group.count for group in self.groups)

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(group.family for group in self.groups if group.count)

    def frame_count(self) -> int:
        return sum(g.count for g in self.groups if self.media == "video" and g.family != FILE)


def variant_family(label: object) -> str:
    """The Review page's group of a variant label: its family, or SCREEN for
    ``inner:screen`` and ``inner:screen:D`` (not ``inner:screenshot``)."""
    parts = str(label).split(":")
    if parts[:2] == ["inner", SCREEN]:
        return SCREEN
    return parts[0] if parts[0] in VARIANT_FAMILIES else OTHER


def _entries(item: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Each top-level key of the item with its exact lines, as canonical_bytes writes them."""
    lines = canonical_bytes(item).decode("ascii").splitlines()[1:-1]
    entries: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.startswith(_INDENT + '"'):
            entries.append((line.strip().split('"')[1], [line]))
        elif entries:
            entries[-1][1].append(line)
    return entries


def _split_list(lines: list[str]) -> list[list[str]]:
    """The lines of each object in a list value; the key line and "]" go with the first and last."""
    start = _INDENT * 2 + "{"
    blocks: list[list[str]] = []
    for line in lines[1:-1]:
        if line.startswith(start):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
    if blocks:
        blocks[0].insert(0, lines[0])
        blocks[-1].append(lines[-1])
    return blocks


def summarize_item(item: dict[str, Any]) -> ItemSummary:
    """Groups of one payload item (as in ``SubmissionPayload.items``) by family, with counts."""
    media = str(item.get("media", ""))
    counts: dict[str, int] = {}
    lines: dict[str, list[str]] = {}

    def add(family: str, count: int, more: list[str]) -> None:
        counts[family] = counts.get(family, 0) + count
        lines.setdefault(family, []).extend(line.strip() for line in more)

    base = FILE if media == "video" else PICTURE
    for key, entry_lines in _entries(item):
        value = item[key]
        if key in _EXACT_KEYS or key in _PICTURE_KEYS:
            add(base, 1, entry_lines)
        elif key == "pdq_dihedral":
            add(DIHEDRAL, len(value), entry_lines)
        elif key == "vpdq":
            add(FRAMES, len(value.get("frames", [])), entry_lines)
        elif key in _VARIANT_LISTS:
            for variant, block in zip(value, _split_list(entry_lines), strict=False):
                size = len(variant.get("frames", [])) if "frames" in variant else 1
                add(variant_family(variant.get("label")), size, block)
        else:  # media, quality and flags: sent too, shown with the item's own hashes
            add(base, 0, entry_lines)
    groups = tuple(Group(f, counts[f], tuple(lines[f])) for f in ORDER if f in counts)
    return ItemSummary(media, groups)


@dataclass(frozen=True)
class PayloadSummary:
    pictures: int
    videos: int
    fingerprints: int


def summarize(items: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> PayloadSummary:
    summaries = [summarize_item(item) for item in items]
    return PayloadSummary(
        pictures=sum(1 for s in summaries if s.media == "image"),
        videos=sum(1 for s in summaries if s.media == "video"),
        fingerprints=sum(s.count for s in summaries),
    )
