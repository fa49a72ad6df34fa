"""Fingerprint records: what hashing produces and what a submission is built from.

The JSON shapes here are the stable output of ``takeitdown-client hash --json``.
A fingerprint holds hashes only. The path lives on ``HashedItem`` so that
nothing about the file can leak into a payload by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .errors import MediaError, TakeItDownError
from .reframes import PdqVariant

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class ImageFingerprint:
    md5: str
    sha256: str
    pdq: str
    pdq_quality: int
    pdq_dihedral: dict[str, str]
    phash: str
    pdq_exif_oriented: str | None = None
    # Reframed copies (crops, bars, the picture found inside), sorted by label.
    pdq_variants: tuple[PdqVariant, ...] = ()

    media: ClassVar[str] = "image"

    def to_json(self) -> JsonDict:
        data: JsonDict = {
            "media": self.media,
            "md5": self.md5,
            "sha256": self.sha256,
            "pdq": self.pdq,
            "pdq_quality": self.pdq_quality,
            "pdq_dihedral": dict(self.pdq_dihedral),
            "phash": self.phash,
        }
        if self.pdq_exif_oriented is not None:
            data["pdq_exif_oriented"] = self.pdq_exif_oriented
        if self.pdq_variants:
            data["pdq_variants"] = [variant.to_json() for variant in self.pdq_variants]
        return data

    @classmethod
    def from_json(cls, data: JsonDict) -> ImageFingerprint:
        return cls(
            md5=str(data["md5"]),
            sha256=str(data["sha256"]),
            pdq=str(data["pdq"]),
            pdq_quality=int(data["pdq_quality"]),
            pdq_dihedral={str(k): str(v) for k, v in dict(data.get("pdq_dihedral", {})).items()},
            phash=str(data.get("phash", "")),
            pdq_exif_oriented=data.get("pdq_exif_oriented"),
            pdq_variants=tuple(
                PdqVariant(str(v["label"]), str(v["pdq"]), int(v["quality"]))
                for v in data.get("pdq_variants", [])
            ),
        )


@dataclass(frozen=True)
class VpdqFrame:
    frame: int
    quality: int
    pdq: str
    timestamp: float

    def to_json(self) -> JsonDict:
        return {
            "frame": self.frame,
            "quality": self.quality,
            "pdq": self.pdq,
            "timestamp": self.timestamp,
        }

    @classmethod
    def from_json(cls, data: JsonDict) -> VpdqFrame:
        return cls(
            # Payload frames carry no frame number (a submission needs none).
            frame=int(data.get("frame", 0)),
            quality=int(data["quality"]),
            pdq=str(data["pdq"]),
            timestamp=float(data["timestamp"]),
        )


@dataclass(frozen=True)
class VideoFingerprint:
    md5: str
    sha256: str
    seconds_per_hash: float
    frames: tuple[VpdqFrame, ...]
    # Problems that did not stop hashing (truncated file, guessed frame rate).
    warnings: tuple[MediaError, ...] = field(default=())
    # What a submission sends (core/video_dense.py): vPDQ's frames at this finer
    # interval without near-duplicates, and 9:16 reframes as (label, frames).
    # Empty for fingerprints made without them (or saved before they existed).
    dense_seconds_per_hash: float = 0.0
    dense_frames: tuple[VpdqFrame, ...] = ()
    variants: tuple[tuple[str, tuple[VpdqFrame, ...]], ...] = ()

    media: ClassVar[str] = "video"

    @property
    def submitted_frames(self) -> tuple[VpdqFrame, ...]:
        """The main frame list a submission sends: the dense one when there is one."""
        return self.dense_frames if self.dense_frames else self.frames

    @property
    def submitted_seconds_per_hash(self) -> float:
        return self.dense_seconds_per_hash if self.dense_frames else self.seconds_per_hash

    def to_json(self) -> JsonDict:
        data: JsonDict = {
            "media": self.media,
            "md5": self.md5,
            "sha256": self.sha256,
            "vpdq": {
                "seconds_per_hash": self.seconds_per_hash,
                "frames": [frame.to_json() for frame in self.frames],
            },
        }
        if self.dense_frames:
            data["vpdq_dense"] = {
                "seconds_per_hash": self.dense_seconds_per_hash,
                "frames": [frame.to_json() for frame in self.dense_frames],
            }
        if self.variants:
            data["vpdq_variants"] = [
                {"label": label, "frames": [frame.to_json() for frame in frames]}
                for label, frames in self.variants
            ]
        if self.warnings:
            data["warnings"] = [warning.to_json() for warning in self.warnings]
        return data

    @classmethod
    def from_json(cls, data: JsonDict) -> VideoFingerprint:
        vpdq = dict(data["vpdq"])
        dense = dict(data.get("vpdq_dense") or {"seconds_per_hash": 0.0, "frames": []})
        return cls(
            md5=str(data["md5"]),
            sha256=str(data["sha256"]),
            seconds_per_hash=float(vpdq["seconds_per_hash"]),
            frames=tuple(VpdqFrame.from_json(frame) for frame in vpdq["frames"]),
            warnings=tuple(
                MediaError(str(w["message"]), str(w["code"])) for w in data.get("warnings", [])
            ),
            dense_seconds_per_hash=float(dense["seconds_per_hash"]),
            dense_frames=tuple(VpdqFrame.from_json(frame) for frame in dense["frames"]),
            variants=tuple(
                (str(v["label"]), tuple(VpdqFrame.from_json(frame) for frame in v["frames"]))
                for v in data.get("vpdq_variants", [])
            ),
        )


Fingerprint = ImageFingerprint | VideoFingerprint


def fingerprint_from_json(data: JsonDict) -> Fingerprint:
    """Rebuild a fingerprint from ``hash --json`` output (one item)."""
    media = data.get("media")
    if media == "image":
        return ImageFingerprint.from_json(data)
    if media == "video":
        return VideoFingerprint.from_json(data)
    raise ValueError(f"unknown media kind: {media!r}")


@dataclass(frozen=True)
class HashedItem:
    """One input file (or folder problem) and its outcome: a fingerprint or an error."""

    path: str
    fingerprint: Fingerprint | None = None
    error: TakeItDownError | None = None
    size: int = 0

    @property
    def ok(self) -> bool:
        return self.fingerprint is not None

    def to_json(self) -> JsonDict:
        data: JsonDict = {"path": self.path}
        if self.fingerprint is not None:
            data.update(self.fingerprint.to_json())
        elif self.error is not None:
            data["error"] = self.error.to_json()
        return data
