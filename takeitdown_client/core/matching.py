"""Compare fingerprints: is this found copy the same picture or video?

Thresholds are the published ones that Meta's tools use:

* PDQ: two hashes match when they are at most 31 bits apart and both have
  quality >= 50 (``pdq/README.md``; python-threatexchange's PDQ signal).
* vPDQ, as python-threatexchange's brute-force matcher does it: each side is
  deduplicated by hash (first occurrence kept) and then loses its frames of
  quality < 50; a frame matches when some frame of the other side is at most
  31 bits away. The query match percentage is the share of query frames that
  match, the compared percentage the share of compared frames. The default
  verdict is a match when the query percentage is >= 80 (the compared
  percentage threshold is 0).

Where python-threatexchange divides by zero (a side with no usable frame), we
report 0% and no match.

Videos, clips and pictures inside videos are compared in ``video_matching``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .fingerprints import ImageFingerprint
from .pdq import DIHEDRAL_NAMES
from .pdq import hamming_distance as _pdq_hamming

PDQ_MATCH_DISTANCE = 31
PDQ_MIN_QUALITY = 50
VPDQ_QUERY_MATCH_PERCENT = 80.0
VPDQ_COMPARED_MATCH_PERCENT = 0.0

# The transform whose effect undoes each dihedral variant.
INVERSE_TRANSFORM: dict[str, str] = {
    "original": "original",
    "rotate90": "rotate270",
    "rotate180": "rotate180",
    "rotate270": "rotate90",
    "flipx": "flipx",
    "flipy": "flipy",
    "flipplus1": "flipplus1",
    "flipminus1": "flipminus1",
}

JsonDict = dict[str, Any]


def hamming_distance(first: str, second: str) -> int:
    """Bits that differ between two hex hashes of equal length (case-insensitive)."""
    return _pdq_hamming(first.strip().lower(), second.strip().lower())


# --- pictures --------------------------------------------------------------------


@dataclass(frozen=True)
class ImageMatch:
    matched: bool
    # The smallest distance considered (over the dihedral variants when enabled).
    distance: int
    # The rotation or mirroring of the first picture that gives ``distance``.
    transform: str
    # Distance between the two pictures as they are.
    plain_distance: int
    qualities: tuple[int, int]
    max_distance: int = PDQ_MATCH_DISTANCE
    min_quality: int = PDQ_MIN_QUALITY
    # The reframe variant that gives ``distance`` ("" when none did), and whose it is.
    variant: str = ""
    variant_of: str = ""

    @property
    def quality_ok(self) -> bool:
        return min(self.qualities) >= self.min_quality

    @property
    def explanation(self) -> str:
        """In words, how B relates to A when a reframe variant matched; else ""."""
        if not self.variant:
            return ""
        return explain_variant(self.variant, self.variant_of)

    def to_json(self) -> JsonDict:
        return {
            "kind": "image",
            "matched": self.matched,
            "distance": self.distance,
            "transform": self.transform,
            "plain_distance": self.plain_distance,
            "qualities": list(self.qualities),
            "quality_ok": self.quality_ok,
            "max_distance": self.max_distance,
            "min_quality": self.min_quality,
            "variant": self.variant,
            "variant_of": self.variant_of,
            "explanation": self.explanation,
        }


def _ratio_words(detail: str) -> str:
    width, _, height = detail.partition("x")
    if width == "191" and height == "100":
        return "1.91:1"
    return f"{width}:{height}"


def variant_words(label: str) -> str:
    """What a reframe variant did to the picture, in words ("cropped to 4:5")."""
    family, _, detail = label.partition(":")
    parts = detail.split(":") if detail else []
    if family == "crop" and parts:
        where = {"start": " (the top or left part)", "end": " (the bottom or right part)"}
        part = where.get(parts[1], "") if len(parts) > 1 else ""
        return f"cropped to {_ratio_words(parts[0])}{part}"
    if family == "pad" and parts:
        return f"fitted into {_ratio_words(parts[0])} with bars"
    if family == "fill" and parts:
        return f"fitted into {_ratio_words(parts[0])} on a blurred background"
    if family == "caption":
        share = f" ({parts[1]}% of its height)" if len(parts) > 1 else ""
        return f"with a caption bar on top{share}"
    if family == "trim" and parts:
        step = {"half": ".5", "q1": ".25", "q3": ".75"}.get(parts[1], "") if parts[1:] else ""
        return f"with {parts[0]}{step}% cut off each edge"
    return f"changed ({label})"


def explain_variant(label: str, variant_of: str) -> str:
    """The sentence ``match`` prints: "B is A cropped to 4:5"."""
    source, copy = ("A", "B") if variant_of == "a" else ("B", "A")
    family, _, detail = label.partition(":")
    if family == "inner":
        found = f"{copy} is the picture found inside {source} (a screenshot of it, or it with bars)"
        if detail.partition(":")[0] == "screen":
            found = f"{copy} is the picture found on the screen photographed in {source}"
            detail = detail.partition(":")[2]
            if detail[1:].isdigit():  # a hedge: the window nudged by a pixel or so
                detail = ""
        if detail in ("", "small", "short"):
            return found
        if detail.startswith("top"):
            return f"{found}, with a caption bar on top"
        return f"{found}, fitted into {_ratio_words(detail)} with bars"
    return f"{copy} is {source} {variant_words(label)}"


def dihedral_hashes(image: ImageFingerprint) -> dict[str, str]:
    """The 8 variants of an image's PDQ, ``original`` first; missing variants are left out."""
    variants = {"original": image.pdq}
    for name in DIHEDRAL_NAMES[1:]:
        value = image.pdq_dihedral.get(name)
        if value:
            variants[name] = value
    return variants


def match_images(
    first: ImageFingerprint,
    second: ImageFingerprint,
    *,
    dihedral: bool = True,
    max_distance: int = PDQ_MATCH_DISTANCE,
    min_quality: int = PDQ_MIN_QUALITY,
    reframes: bool = True,
) -> ImageMatch:
    """PDQ verdict for two pictures, optionally allowing rotated and mirrored copies.

    With ``dihedral`` the distance is the minimum over the 8 variants: the
    first picture's variants against the second as it is, and the second's
    variants against the first (either side may lack its variants, for
    example when it was read from a submission payload). With ``reframes``
    each side's reframe variants (crops, bars, the picture inside) count too,
    as a platform holding the submitted hashes would count them.
    """
    plain = hamming_distance(first.pdq, second.pdq)
    best, transform = plain, "original"
    if dihedral:
        for name, value in dihedral_hashes(first).items():
            distance = hamming_distance(value, second.pdq)
            if distance < best:
                best, transform = distance, name
        for name, value in dihedral_hashes(second).items():
            distance = hamming_distance(first.pdq, value)
            if distance < best:
                best, transform = distance, INVERSE_TRANSFORM[name]
    variant, variant_of = "", ""
    if reframes:
        for side, source, copy in (("a", first, second), ("b", second, first)):
            for reframed in source.pdq_variants:
                distance = hamming_distance(reframed.pdq, copy.pdq)
                if distance < best:
                    best, transform, variant, variant_of = (
                        distance,
                        "original",
                        reframed.label,
                        side,
                    )
    qualities = (first.pdq_quality, second.pdq_quality)
    matched = best <= max_distance and min(qualities) >= min_quality
    return ImageMatch(
        matched,
        best,
        transform,
        plain,
        qualities,
        max_distance,
        min_quality,
        variant,
        variant_of,
    )
