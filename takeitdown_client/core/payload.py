"""The submission payload: the one place that turns fingerprints into bytes to send.

``SubmissionPayload.to_bytes()`` returns the canonical bytes. The review page
shows exactly these bytes and the registry client sends exactly these bytes.
A payload carries hashes and the few choices the person made (category, who is
submitting), never anything about a file: no name, path, size, date or EXIF.
``core.payload_parse.parse_payload`` reads a payload file back and refuses anything else in it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from .. import APP_NAME, __version__
from .errors import TakeItDownError
from .fingerprints import Fingerprint, ImageFingerprint, VideoFingerprint, VpdqFrame
from .pdq import DIHEDRAL_NAMES
from .reframes import MAX_PDQ_PER_PICTURE, MIN_VARIANT_QUALITY

SCHEMA = "takeitdown-submission"
SCHEMA_VERSION = 1
LOW_QUALITY_THRESHOLD = 50
DIHEDRAL_VARIANTS: tuple[str, ...] = tuple(name for name in DIHEDRAL_NAMES if name != "original")
MAX_PAYLOAD_FILE_BYTES = 64 * 1024 * 1024
# Reframe variants of one picture: the 8 PDQ of the picture and its turns come first.
MAX_PDQ_VARIANTS = MAX_PDQ_PER_PICTURE - len(DIHEDRAL_NAMES)
# What a variant is (``crop:4x5``, ``pad:9x16:black``, ``inner``); never about the file.
VARIANT_FAMILIES: tuple[str, ...] = ("crop", "pad", "fill", "caption", "trim", "inner")
VARIANT_LABEL = re.compile(rf"({'|'.join(VARIANT_FAMILIES)})(:[a-z0-9]{{1,8}}){{0,2}}")

Category = Literal["minor", "adult"]
Submitter = Literal["self", "trusted_adult", "counselor"]
CATEGORIES: tuple[str, ...] = ("minor", "adult")
SUBMITTERS: tuple[str, ...] = ("self", "trusted_adult", "counselor")

_HEX = {
    "md5": re.compile(r"[0-9a-f]{32}"),
    "sha256": re.compile(r"[0-9a-f]{64}"),
    "pdq": re.compile(r"[0-9a-f]{64}"),
    # imagehash's pHash with its default 8x8 bits, as the registry API fixes it.
    "phash": re.compile(r"[0-9a-f]{16}"),
}
# What a picture item may hold: hashes only (the registry's schema is the same).
IMAGE_KEYS = frozenset(
    {"media", "md5", "sha256", "phash", "pdq", "pdq_quality", "pdq_dihedral", "pdq_variants"}
)
_CLIENT_TEXT = re.compile(r"[A-Za-z0-9._+-]{1,64}")


class PayloadErrorCode(StrEnum):
    INVALID_CATEGORY = "invalid_category"
    INVALID_SUBMITTER = "invalid_submitter"
    NO_ITEMS = "no_items"
    INVALID_HASH = "invalid_hash"
    INVALID_PAYLOAD = "invalid_payload"
    PAYLOAD_TOO_LARGE = "payload_too_large"


class PayloadError(TakeItDownError):
    default_code = PayloadErrorCode.INVALID_PAYLOAD


def canonical_bytes(obj: Any) -> bytes:
    """The one JSON layout used for payloads: sorted keys, 2-space indent, ASCII, final newline."""
    return (json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SubmissionPayload:
    category: str
    submitter: str
    items: tuple[dict[str, Any], ...]
    client_name: str = APP_NAME
    client_version: str = __version__
    duplicates_dropped: int = field(default=0, compare=False)

    @property
    def low_quality_count(self) -> int:
        return sum(1 for item in self.items if item.get("low_quality"))

    @property
    def image_count(self) -> int:
        return sum(1 for item in self.items if item["media"] == "image")

    @property
    def video_count(self) -> int:
        return sum(1 for item in self.items if item["media"] == "video")

    @property
    def includes_dihedral(self) -> bool:
        return any("pdq_dihedral" in item for item in self.items)

    @property
    def includes_reframes(self) -> bool:
        return any("pdq_variants" in item for item in self.items)

    def to_json(self) -> dict[str, Any]:
        # A deep copy, so that nobody can change the payload through the result.
        items: list[dict[str, Any]] = json.loads(json.dumps(list(self.items)))
        return {
            "schema": SCHEMA,
            "schema_version": SCHEMA_VERSION,
            "category": self.category,
            "submitter": self.submitter,
            "client": {"name": self.client_name, "version": self.client_version},
            "items": items,
        }

    def to_bytes(self) -> bytes:
        """The canonical bytes: shown on the review page, sent on the wire, saved on export."""
        return canonical_bytes(self.to_json())


def _invalid(detail: str) -> PayloadError:
    return PayloadError(f"The submission file is not valid: {detail}")


def _only_keys(obj: object, allowed: set[str], required: set[str], what: str) -> Mapping[str, Any]:
    if not isinstance(obj, dict):
        raise _invalid(f"{what} is not an object.")
    unknown = set(obj) - allowed
    if unknown:
        # Refusing extra fields keeps the promise that a payload holds hashes only.
        raise _invalid(f"{what} has fields that do not belong in a submission.")
    if not required <= set(obj):
        raise _invalid(f"{what} is missing fields.")
    return obj


def _hex(kind: str, value: object) -> str:
    text = value.lower() if isinstance(value, str) else ""
    if not _HEX[kind].fullmatch(text):
        raise PayloadError(f"A {kind} fingerprint is not valid.", PayloadErrorCode.INVALID_HASH)
    return text


def _quality(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise PayloadError("A PDQ quality is not valid.", PayloadErrorCode.INVALID_HASH)
    return value


def _check_choice(category: str, submitter: str) -> None:
    if category not in CATEGORIES:
        raise PayloadError(
            "Choose whether the person was under 18 or an adult.",
            PayloadErrorCode.INVALID_CATEGORY,
        )
    if submitter not in SUBMITTERS:
        raise PayloadError(
            "Choose who is sending: the person, a trusted adult or a counselor.",
            PayloadErrorCode.INVALID_SUBMITTER,
        )


def image_pdq_hashes(item: Mapping[str, Any]) -> list[str]:
    """Every PDQ a payload item sends: the picture's, its turns, then its reframes."""
    if item.get("media") != "image" or item.get("low_quality"):
        return []
    hashes = [item["pdq"], *item.get("pdq_dihedral", {}).values()]
    hashes.extend(variant["pdq"] for variant in item.get("pdq_variants", []))
    return hashes


def _variants(raw: object) -> list[dict[str, Any]]:
    """Checked reframe variants: labelled, quality >= 50, sorted by label, within budget."""
    if not isinstance(raw, list | tuple) or len(raw) > MAX_PDQ_VARIANTS:
        raise PayloadError("The reframe fingerprints are not valid.", PayloadErrorCode.INVALID_HASH)
    variants: list[dict[str, Any]] = []
    labels: list[str] = []
    for entry in raw:
        data = _only_keys(
            entry, {"label", "pdq", "quality"}, {"label", "pdq", "quality"}, "A variant"
        )
        label = data["label"]
        if not isinstance(label, str) or not VARIANT_LABEL.fullmatch(label):
            raise PayloadError("A reframe label is not valid.", PayloadErrorCode.INVALID_HASH)
        quality = _quality(data["quality"])
        if quality < MIN_VARIANT_QUALITY:
            raise PayloadError("A reframe fingerprint is too weak.", PayloadErrorCode.INVALID_HASH)
        variants.append({"label": label, "pdq": _hex("pdq", data["pdq"]), "quality": quality})
        labels.append(label)
    if labels != sorted(set(labels)):
        raise PayloadError(
            "The reframe labels repeat or are out of order.", PayloadErrorCode.INVALID_HASH
        )
    return variants


def _image_item(
    fingerprint: ImageFingerprint, include_dihedral: bool, include_reframes: bool = True
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "media": "image",
        "md5": _hex("md5", fingerprint.md5),
        "sha256": _hex("sha256", fingerprint.sha256),
    }
    item["phash"] = _hex("phash", fingerprint.phash)
    quality = _quality(fingerprint.pdq_quality)
    if quality < LOW_QUALITY_THRESHOLD:
        # Too flat or small for PDQ to mean anything: a visual match would be unreliable.
        item["low_quality"] = True
        return item
    item["pdq"] = _hex("pdq", fingerprint.pdq)
    item["pdq_quality"] = quality
    variants = fingerprint.pdq_dihedral
    if include_dihedral and all(name in variants for name in DIHEDRAL_VARIANTS):
        item["pdq_dihedral"] = {name: _hex("pdq", variants[name]) for name in DIHEDRAL_VARIANTS}
    if include_reframes and fingerprint.pdq_variants:
        item["pdq_variants"] = _variants([v.to_json() for v in fingerprint.pdq_variants])
    return item


def _timestamp(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e9:
        raise PayloadError("A video frame time is not valid.", PayloadErrorCode.INVALID_HASH)
    return round(float(value), 3)


def _seconds_per_hash(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 3600:
        raise PayloadError("A video sampling interval is not valid.", PayloadErrorCode.INVALID_HASH)
    return float(value)


def _frame_list(frames: Iterable[VpdqFrame]) -> list[dict[str, Any]]:
    return [
        {
            "pdq": _hex("pdq", frame.pdq),
            "quality": _quality(frame.quality),
            "timestamp": _timestamp(frame.timestamp),
        }
        for frame in frames
    ]


def _variant_label(value: object) -> str:
    if not isinstance(value, str) or not VARIANT_LABEL.fullmatch(value):
        raise PayloadError("A video variant's name is not valid.", PayloadErrorCode.INVALID_HASH)
    return value


def _video_item(fingerprint: VideoFingerprint, include_reframes: bool = True) -> dict[str, Any]:
    # The dense, thinned frames when hashing made them (what lets clips match).
    item: dict[str, Any] = {
        "media": "video",
        "md5": _hex("md5", fingerprint.md5),
        "sha256": _hex("sha256", fingerprint.sha256),
        "vpdq": {
            "seconds_per_hash": _seconds_per_hash(fingerprint.submitted_seconds_per_hash),
            "frames": _frame_list(fingerprint.submitted_frames),
        },
    }
    variants = [
        {"label": _variant_label(label), "frames": _frame_list(frames)}
        for label, frames in fingerprint.variants
        if frames and include_reframes
    ]
    if variants:
        item["vpdq_variants"] = variants
    return item


def build_payload(
    fingerprints: Iterable[Fingerprint],
    category: str,
    submitter: str,
    include_dihedral: bool = True,
    client_name: str = APP_NAME,
    client_version: str = __version__,
    include_reframes: bool = True,
) -> SubmissionPayload:
    """The payload for these fingerprints. Raises PayloadError for a bad choice or hash."""
    _check_choice(category, submitter)
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    dropped = 0
    for fingerprint in fingerprints:
        if isinstance(fingerprint, ImageFingerprint):
            item = _image_item(fingerprint, include_dihedral, include_reframes)
        elif isinstance(fingerprint, VideoFingerprint):
            item = _video_item(fingerprint, include_reframes)
        else:
            raise PayloadError("An item is neither a picture nor a video.")
        if item["sha256"] in seen:
            dropped += 1
            continue
        seen.add(item["sha256"])
        items.append(item)
    if not items:
        raise PayloadError("There is nothing to send.", PayloadErrorCode.NO_ITEMS)
    return SubmissionPayload(
        category=category,
        submitter=submitter,
        items=tuple(items),
        client_name=client_name,
        client_version=client_version,
        duplicates_dropped=dropped,
    )
