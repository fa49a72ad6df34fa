"""Reading a payload file back (a saved submission, or an outbox entry), strictly.

``parse_payload`` accepts only what ``core.payload`` builds: hashes and the
person's two choices. Anything else in the file is refused, so a payload file
that someone edited cannot smuggle a name, a path or a note to the registry.
"""

from __future__ import annotations

import json
from typing import Any

from .payload import (
    _CLIENT_TEXT,
    DIHEDRAL_VARIANTS,
    IMAGE_KEYS,
    LOW_QUALITY_THRESHOLD,
    MAX_PAYLOAD_FILE_BYTES,
    SCHEMA,
    SCHEMA_VERSION,
    PayloadError,
    PayloadErrorCode,
    SubmissionPayload,
    _check_choice,
    _hex,
    _invalid,
    _only_keys,
    _quality,
    _seconds_per_hash,
    _timestamp,
    _variant_label,
    _variants,
)

_TOP_KEYS = {"schema", "schema_version", "category", "submitter", "client", "items"}
_IMAGE_KEYS = set(IMAGE_KEYS)
_IMAGE_LOW_KEYS = {"media", "md5", "sha256", "phash", "low_quality"}
_VIDEO_KEYS = {"media", "md5", "sha256", "vpdq"}
_VIDEO_OPTIONAL_KEYS = {"vpdq_variants"}


def _parse_image(raw: object) -> dict[str, Any]:
    is_low = isinstance(raw, dict) and raw.get("low_quality") is not None
    if is_low:
        data = _only_keys(
            raw, _IMAGE_LOW_KEYS, {"md5", "sha256", "phash", "low_quality"}, "A picture"
        )
        if data["low_quality"] is not True:
            raise _invalid("a picture has a bad low-quality flag.")
    else:
        data = _only_keys(
            raw, _IMAGE_KEYS, {"md5", "sha256", "phash", "pdq", "pdq_quality"}, "A picture"
        )
    item: dict[str, Any] = {
        "media": "image",
        "md5": _hex("md5", data["md5"]),
        "sha256": _hex("sha256", data["sha256"]),
    }
    item["phash"] = _hex("phash", data["phash"])
    if is_low:
        item["low_quality"] = True
        return item
    item["pdq"] = _hex("pdq", data["pdq"])
    item["pdq_quality"] = _quality(data["pdq_quality"])
    if item["pdq_quality"] < LOW_QUALITY_THRESHOLD:
        raise _invalid("a low-quality picture carries a PDQ hash.")
    if "pdq_dihedral" in data:
        variants = _only_keys(
            data["pdq_dihedral"], set(DIHEDRAL_VARIANTS), set(DIHEDRAL_VARIANTS), "A variant list"
        )
        item["pdq_dihedral"] = {name: _hex("pdq", variants[name]) for name in DIHEDRAL_VARIANTS}
    if "pdq_variants" in data:
        item["pdq_variants"] = _variants(data["pdq_variants"])
    return item


def _parse_video(raw: object) -> dict[str, Any]:
    data = _only_keys(raw, _VIDEO_KEYS | _VIDEO_OPTIONAL_KEYS, _VIDEO_KEYS, "A video")
    vpdq = _only_keys(
        data["vpdq"],
        {"seconds_per_hash", "frames"},
        {"seconds_per_hash", "frames"},
        "A video fingerprint",
    )
    item: dict[str, Any] = {
        "media": "video",
        "md5": _hex("md5", data["md5"]),
        "sha256": _hex("sha256", data["sha256"]),
        "vpdq": {
            "seconds_per_hash": _seconds_per_hash(vpdq["seconds_per_hash"]),
            "frames": _parse_frames(vpdq["frames"]),
        },
    }
    if "vpdq_variants" in data:
        variants_raw = data["vpdq_variants"]
        if not isinstance(variants_raw, list) or not variants_raw:
            raise _invalid("a video's variants are not a list.")
        variants = []
        for raw_variant in variants_raw:
            variant = _only_keys(raw_variant, {"label", "frames"}, {"label", "frames"}, "A variant")
            variants.append(
                {
                    "label": _variant_label(variant["label"]),
                    "frames": _parse_frames(variant["frames"]),
                }
            )
        item["vpdq_variants"] = variants
    return item


def _parse_frames(frames_raw: object) -> list[dict[str, Any]]:
    if not isinstance(frames_raw, list):
        raise _invalid("a video's frames are not a list.")
    frames = []
    for frame_raw in frames_raw:
        frame = _only_keys(
            frame_raw,
            {"pdq", "quality", "timestamp"},
            {"pdq", "quality", "timestamp"},
            "A video frame",
        )
        frames.append(
            {
                "pdq": _hex("pdq", frame["pdq"]),
                "quality": _quality(frame["quality"]),
                "timestamp": _timestamp(frame["timestamp"]),
            }
        )
    return frames


def reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` for strict JSON: a repeated key is an error, not "last wins"
    (the client and the reference registry must read one payload the same way)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def parse_payload(data: bytes) -> SubmissionPayload:
    """Read and strictly validate payload bytes (a payload file, or an outbox entry)."""
    if len(data) > MAX_PAYLOAD_FILE_BYTES:
        raise PayloadError("The submission file is too large.", PayloadErrorCode.PAYLOAD_TOO_LARGE)
    try:
        obj = json.loads(data.decode("utf-8"), object_pairs_hook=reject_duplicate_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _invalid("it is not JSON.") from exc
    top = _only_keys(obj, _TOP_KEYS, _TOP_KEYS, "The submission")
    if top["schema"] != SCHEMA or top["schema_version"] != SCHEMA_VERSION:
        raise _invalid("it is not a Take It Down submission (version 1).")
    if not isinstance(top["category"], str) or not isinstance(top["submitter"], str):
        raise _invalid("the category or the sender is missing.")
    _check_choice(top["category"], top["submitter"])
    client = _only_keys(top["client"], {"name", "version"}, {"name", "version"}, "The client")
    if not all(
        isinstance(client[key], str) and _CLIENT_TEXT.fullmatch(client[key]) for key in client
    ):
        raise _invalid("the client name or version is not valid.")
    if not isinstance(top["items"], list) or not top["items"]:
        raise PayloadError("There is nothing to send.", PayloadErrorCode.NO_ITEMS)
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    dropped = 0
    for raw in top["items"]:
        media = raw.get("media") if isinstance(raw, dict) else None
        if media == "image":
            item = _parse_image(raw)
        elif media == "video":
            item = _parse_video(raw)
        else:
            raise _invalid("an item is neither a picture nor a video.")
        if item["sha256"] in seen:
            dropped += 1
            continue
        seen.add(item["sha256"])
        items.append(item)
    return SubmissionPayload(
        category=top["category"],
        submitter=top["submitter"],
        items=tuple(items),
        client_name=client["name"],
        client_version=client["version"],
        duplicates_dropped=dropped,
    )
