"""Strict parsing and validation of submission payloads (schema ``takeitdown-submission`` v1).

The rules match ``resources/registry-api.yaml``: every object is closed (no
unknown keys, so nothing about a file, such as its name, can be stored), every
hash is lowercase hex of its exact length, and counts are bounded. Error
messages name the offending field by its JSON path but never echo its value.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..core.payload import (
    CATEGORIES,
    DIHEDRAL_VARIANTS,
    MAX_PDQ_VARIANTS,
    SCHEMA_VERSION,
    SUBMITTERS,
    VARIANT_LABEL,
)
from ..core.payload import IMAGE_KEYS as PICTURE_KEYS
from ..core.payload import LOW_QUALITY_THRESHOLD as LOW_QUALITY_BELOW
from ..core.payload import SCHEMA as SCHEMA_NAME
from ..core.payload_parse import reject_duplicate_keys
from .errors import ApiError, ErrorCode

# The schema's vocabulary is the client's: one definition of what a payload may hold.
SIGNAL_TYPES: tuple[str, ...] = ("md5", "sha256", "pdq", "phash", "vpdq")
MAX_SECONDS_PER_HASH = 3600.0
MAX_TIMESTAMP = 10_000_000.0  # seconds; about 115 days of video
CLIENT_TEXT_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+ -]{0,63}")

HEX_RE = {
    "md5": re.compile(r"[0-9a-f]{32}"),
    "sha256": re.compile(r"[0-9a-f]{64}"),
    "pdq": re.compile(r"[0-9a-f]{64}"),
    "phash": re.compile(r"[0-9a-f]{16}"),
}

ROOT_KEYS = frozenset({"category", "client", "items", "schema", "schema_version", "submitter"})
IMAGE_KEYS = PICTURE_KEYS | {"low_quality"}
VARIANT_KEYS = frozenset({"label", "pdq", "quality"})
VIDEO_KEYS = frozenset({"media", "md5", "sha256", "vpdq", "vpdq_variants"})
MAX_VIDEO_VARIANTS = 16


@dataclass(frozen=True)
class Limits:
    """What one submission may hold. Published by ``GET /v1/info``."""

    max_items: int = 500
    max_body_bytes: int = 8 * 1024 * 1024
    max_vpdq_frames: int = 20_000

    def to_json(self) -> dict[str, int]:
        return {
            "max_items": self.max_items,
            "max_body_bytes": self.max_body_bytes,
            "max_vpdq_frames": self.max_vpdq_frames,
        }


@dataclass(frozen=True)
class ItemSummary:
    media: str
    sha256: str


@dataclass(frozen=True)
class ValidPayload:
    category: str
    submitter: str
    items: tuple[ItemSummary, ...]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json(body: bytes) -> Any:
    """Parse UTF-8 JSON strictly: no NaN/Infinity, no duplicate keys, bounded nesting.

    Raises ``ApiError(invalid_json)``. Deep nesting trips Python's recursion
    limit inside the decoder, which is caught here like any other syntax error.
    """
    try:
        text = body.decode("utf-8")
        return json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=reject_duplicate_keys
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ApiError(ErrorCode.INVALID_JSON, "The request body is not valid UTF-8 JSON.") from exc


def _fail(path: str, what: str) -> ApiError:
    return ApiError(ErrorCode.INVALID_PAYLOAD, f"{path}: {what}")


def _require_object(value: Any, path: str, allowed: frozenset[str]) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, "must be an object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        # Key names are short schema words or junk; cap them so nothing long is echoed.
        shown = ", ".join(repr(k[:32]) for k in unknown[:3])
        raise _fail(path, f"unknown field(s) {shown}")
    return value


def _require_int(value: Any, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(path, f"must be an integer from {low} to {high}")
    return value


def _require_number(value: Any, path: str, low: float, high: float, *, open_low: bool) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(path, "must be a number")
    number = float(value)
    too_low = number <= low if open_low else number < low
    if not math.isfinite(number) or too_low or number > high:
        raise _fail(path, f"must be a number {'above' if open_low else 'from'} {low} to {high}")
    return number


def _require_hex(value: Any, path: str, kind: str) -> str:
    pattern = HEX_RE[kind]
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _fail(path, f"must be a lowercase hex {kind} hash")
    return value


def _require_choice(value: Any, path: str, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise _fail(path, f"must be one of {', '.join(choices)}")
    return value


def _validate_client(value: Any) -> None:
    client = _require_object(value, "client", frozenset({"name", "version"}))
    for key in ("name", "version"):
        text = client.get(key)
        if not isinstance(text, str) or not CLIENT_TEXT_RE.fullmatch(text):
            raise _fail(f"client.{key}", "must be 1-64 letters, digits, spaces or ._+-")


def _validate_image(item: Mapping[str, Any], path: str) -> None:
    _require_object(item, path, IMAGE_KEYS)
    _require_hex(item.get("phash"), f"{path}.phash", "phash")
    if "low_quality" in item:
        if item["low_quality"] is not True:
            raise _fail(f"{path}.low_quality", "must be true when present")
        for key in ("pdq", "pdq_quality", "pdq_dihedral", "pdq_variants"):
            if key in item:
                raise _fail(f"{path}.{key}", "must be absent when low_quality is true")
        return
    _require_hex(item.get("pdq"), f"{path}.pdq", "pdq")
    _require_int(item.get("pdq_quality"), f"{path}.pdq_quality", LOW_QUALITY_BELOW, 100)
    if "pdq_dihedral" in item:
        variants = item["pdq_dihedral"]
        _require_object(variants, f"{path}.pdq_dihedral", frozenset(DIHEDRAL_VARIANTS))
        for name in DIHEDRAL_VARIANTS:
            _require_hex(variants.get(name), f"{path}.pdq_dihedral.{name}", "pdq")
    if "pdq_variants" in item:
        _validate_reframes(item["pdq_variants"], f"{path}.pdq_variants")


def _validate_reframes(variants: Any, path: str) -> None:
    """Reframe variants: labelled, quality >= 50, sorted by label, at most 56."""
    if not isinstance(variants, list) or len(variants) > MAX_PDQ_VARIANTS:
        raise _fail(path, f"must be a list of at most {MAX_PDQ_VARIANTS} variants")
    labels: list[str] = []
    for number, variant in enumerate(variants):
        variant_path = f"{path}[{number}]"
        _require_object(variant, variant_path, VARIANT_KEYS)
        label = variant.get("label")
        if not isinstance(label, str) or not VARIANT_LABEL.fullmatch(label):
            raise _fail(f"{variant_path}.label", "must be a variant label such as crop:4x5")
        _require_hex(variant.get("pdq"), f"{variant_path}.pdq", "pdq")
        _require_int(variant.get("quality"), f"{variant_path}.quality", LOW_QUALITY_BELOW, 100)
        labels.append(label)
    if labels != sorted(set(labels)):
        raise _fail(path, "labels must be unique and sorted")


def _validate_video(item: Mapping[str, Any], path: str, limits: Limits) -> None:
    _require_object(item, path, VIDEO_KEYS)
    vpdq = _require_object(
        item.get("vpdq"), f"{path}.vpdq", frozenset({"seconds_per_hash", "frames"})
    )
    _require_number(
        vpdq.get("seconds_per_hash"),
        f"{path}.vpdq.seconds_per_hash",
        0.0,
        MAX_SECONDS_PER_HASH,
        open_low=True,
    )
    lists = [(f"{path}.vpdq.frames", vpdq.get("frames"))]
    if "vpdq_variants" in item:
        variants = item["vpdq_variants"]
        if not isinstance(variants, list) or not 1 <= len(variants) <= MAX_VIDEO_VARIANTS:
            raise _fail(f"{path}.vpdq_variants", f"must be a list of 1 to {MAX_VIDEO_VARIANTS}")
        for number, variant in enumerate(variants):
            variant_path = f"{path}.vpdq_variants[{number}]"
            _require_object(variant, variant_path, frozenset({"label", "frames"}))
            label = variant.get("label")
            if not isinstance(label, str) or not VARIANT_LABEL.fullmatch(label):
                raise _fail(f"{variant_path}.label", "must be a reframe label such as crop:9x16")
            lists.append((f"{variant_path}.frames", variant.get("frames")))
    # The limit counts every frame hash of the video, reframes included.
    total = sum(len(frames) for _, frames in lists if isinstance(frames, list))
    if total > limits.max_vpdq_frames:
        raise ApiError(
            ErrorCode.TOO_MANY_ITEMS,
            f"{path}.vpdq.frames: more than {limits.max_vpdq_frames} frames",
        )
    for list_path, frames in lists:
        _validate_frames(frames, list_path)


def _validate_frames(frames: Any, path: str) -> None:
    if not isinstance(frames, list):
        raise _fail(path, "must be a list")
    frame_keys = frozenset({"pdq", "quality", "timestamp"})
    for number, frame in enumerate(frames):
        frame_path = f"{path}[{number}]"
        _require_object(frame, frame_path, frame_keys)
        _require_hex(frame.get("pdq"), f"{frame_path}.pdq", "pdq")
        _require_int(frame.get("quality"), f"{frame_path}.quality", 0, 100)
        _require_number(
            frame.get("timestamp"), f"{frame_path}.timestamp", 0.0, MAX_TIMESTAMP, open_low=False
        )


def validate_payload(
    payload: Any, limits: Limits, categories: Sequence[str] = CATEGORIES
) -> ValidPayload:
    """Check a parsed payload against schema v1; return what the store records of it."""
    root = _require_object(payload, "$", ROOT_KEYS)
    missing = sorted(ROOT_KEYS - set(root))
    if missing:
        raise _fail("$", f"missing field(s) {', '.join(missing)}")
    if root["schema"] != SCHEMA_NAME:
        raise _fail("schema", f"must be {SCHEMA_NAME!r}")
    if isinstance(root["schema_version"], bool) or root["schema_version"] != SCHEMA_VERSION:
        raise _fail("schema_version", f"must be {SCHEMA_VERSION}")
    category = root["category"]
    if not isinstance(category, str):
        raise _fail("category", "must be a string")
    if category not in categories:
        raise ApiError(
            ErrorCode.UNSUPPORTED_CATEGORY,
            f"This registry accepts the categories: {', '.join(categories)}.",
        )
    submitter = _require_choice(root["submitter"], "submitter", SUBMITTERS)
    _validate_client(root["client"])
    items = root["items"]
    if not isinstance(items, list) or not items:
        raise _fail("items", "must be a non-empty list")
    if len(items) > limits.max_items:
        raise ApiError(
            ErrorCode.TOO_MANY_ITEMS, f"A submission may hold at most {limits.max_items} items."
        )
    summaries: list[ItemSummary] = []
    seen: set[str] = set()
    for number, item in enumerate(items):
        path = f"items[{number}]"
        if not isinstance(item, dict):
            raise _fail(path, "must be an object")
        media = _require_choice(item.get("media"), f"{path}.media", ("image", "video"))
        _require_hex(item.get("md5"), f"{path}.md5", "md5")
        sha256 = _require_hex(item.get("sha256"), f"{path}.sha256", "sha256")
        if media == "image":
            _validate_image(item, path)
        else:
            _validate_video(item, path, limits)
        if sha256 in seen:
            raise _fail(f"{path}.sha256", "repeats an earlier item; send each file once")
        seen.add(sha256)
        summaries.append(ItemSummary(media=media, sha256=sha256))
    return ValidPayload(category, submitter, tuple(summaries))
