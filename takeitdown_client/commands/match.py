"""``takeitdown-client match A B``: do two pictures or videos match?

A and B are media files (hashed here, nothing is sent) or saved
``takeitdown-client hash --json`` output holding one fingerprint. For two
videos, A is the query (a clip, as a platform hashes it: vPDQ at one frame a
second) and B is compared through every frame list its submission holds; the
report says where in B the clip was found, or why it was not. Exit codes
follow ``cmp`` and ``diff``: 0 match, 1 no match, 2 an input could not be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..core.errors import Cancelled, TakeItDownError
from ..core.fingerprints import (
    Fingerprint,
    ImageFingerprint,
    VideoFingerprint,
    fingerprint_from_json,
)
from ..core.hashing import DEFAULT_SECONDS_PER_HASH, HashOptions, hash_file
from ..core.matching import (
    PDQ_MATCH_DISTANCE,
    PDQ_MIN_QUALITY,
    VPDQ_COMPARED_MATCH_PERCENT,
    VPDQ_QUERY_MATCH_PERCENT,
    ImageMatch,
    match_images,
)
from ..core.video_matching import FrameMatch, VideoMatch, match_image_in_video, match_video_lists

NAME = "match"
HELP = "say whether two pictures or videos match (files or saved hash JSON); nothing is sent"
ORDER = 20

EXIT_MATCH, EXIT_NO_MATCH, EXIT_TROUBLE = 0, 1, 2
# Saved JSON larger than this is not a hash file.
MAX_JSON_BYTES = 64 << 20

Result = ImageMatch | VideoMatch | FrameMatch | None

# The rotations and mirrorings, in words (the JSON keeps the stable names).
# "Turned to the left" is anticlockwise, as PIL's ROTATE_90 and numpy's rot90.
TRANSFORM_WORDS = {
    "rotate90": "turned a quarter turn to the left",
    "rotate180": "turned upside down (half a turn)",
    "rotate270": "turned a quarter turn to the right",
    "flipx": "mirrored top to bottom",
    "flipy": "mirrored left to right",
    "flipplus1": "mirrored left to right and turned a quarter turn to the left",
    "flipminus1": "mirrored left to right and turned a quarter turn to the right",
}


def transform_words(name: str) -> str:
    return TRANSFORM_WORDS.get(name, f"transformed by {name}")


class InputProblem(Exception):
    """An input that cannot be compared; the message is for the person."""


def _bounded(low: float, high: float, kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        value = kind(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low:g} and {high:g}")
        return value

    return parse


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = "Exit status: 0 match, 1 no match, 2 an input could not be read."
    parser.add_argument("a", metavar="A", help="picture, video, or saved `hash --json` output")
    parser.add_argument("b", metavar="B", help="the copy to compare with A")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--no-dihedral",
        action="store_true",
        help="pictures: do not allow for rotated or mirrored copies",
    )
    parser.add_argument(
        "--no-reframes",
        action="store_true",
        help="pictures: do not allow for cropped, barred or screenshotted copies",
    )
    parser.add_argument(
        "--max-distance",
        type=_bounded(0, 256, int),
        default=PDQ_MATCH_DISTANCE,
        help="most bits two frame hashes may differ by (default: %(default)s)",
    )
    parser.add_argument(
        "--min-quality",
        type=_bounded(0, 100, int),
        default=PDQ_MIN_QUALITY,
        help="ignore hashes of lower quality (default: %(default)s)",
    )
    parser.add_argument(
        "--threshold",
        type=_bounded(0, 100, float),
        default=VPDQ_QUERY_MATCH_PERCENT,
        help="videos: percent of A's frames that must match (default: %(default)s)",
    )
    parser.add_argument(
        "--compared-threshold",
        type=_bounded(0, 100, float),
        default=VPDQ_COMPARED_MATCH_PERCENT,
        help="videos: percent of B's frames that must match (default: %(default)s)",
    )
    parser.add_argument(
        "--seconds-per-hash",
        type=_bounded(1e-3, 3600, float),
        default=DEFAULT_SECONDS_PER_HASH,
        help="videos hashed here: one frame per this many seconds (default: 1.0)",
    )


def run(args: argparse.Namespace) -> int:
    # A is the query, hashed as a platform hashes a clip; B as we would submit it.
    options = HashOptions(seconds_per_hash=args.seconds_per_hash, reframes=not args.no_reframes)
    try:
        first = load_fingerprint(Path(args.a), replace(options, dense=False), "A")
        second = load_fingerprint(Path(args.b), options, "B")
    except InputProblem as problem:
        print(f"takeitdown-client match: {problem}", file=sys.stderr)
        return EXIT_TROUBLE
    except (KeyboardInterrupt, Cancelled):
        print("Stopped.", file=sys.stderr)
        return EXIT_TROUBLE
    result = compare(first, second, args)
    matched = result is not None and result.matched
    if args.json:
        json.dump(result_json(first, second, result), sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(describe(first, second, result))
    return EXIT_MATCH if matched else EXIT_NO_MATCH


def load_fingerprint(path: Path, options: HashOptions, label: str) -> Fingerprint:
    """A fingerprint from saved JSON, or by hashing the media file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64).lstrip()
    except FileNotFoundError as error:
        raise InputProblem(f"{label}: file not found.") from error
    except OSError as error:
        raise InputProblem(f"{label} cannot be opened ({error.strerror or 'error'}).") from error
    if head[:1] in (b"{", b"["):
        return _from_json_file(path, label)
    try:
        return hash_file(path, options)
    except Cancelled:
        raise
    except TakeItDownError as error:
        raise InputProblem(f"{label}: {error.message}") from error


def _from_json_file(path: Path, label: str) -> Fingerprint:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise InputProblem(f"{label} is too large to be saved hash output.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputProblem(f"{label} is not valid hash JSON.") from error
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        candidates = data["items"]
    elif isinstance(data, list):
        candidates = data
    else:
        candidates = [data]
    items = [item for item in candidates if isinstance(item, dict) and "media" in item]
    if len(items) != 1:
        raise InputProblem(
            f"{label} holds {len(items)} fingerprints; save the one to compare in its own file."
        )
    try:
        return fingerprint_from_json(items[0])
    except (KeyError, TypeError, ValueError) as error:
        raise InputProblem(f"{label} is not valid hash JSON.") from error


def compare(first: Fingerprint, second: Fingerprint, args: argparse.Namespace) -> Result:
    common = {"max_distance": args.max_distance, "min_quality": args.min_quality}
    dihedral = not args.no_dihedral
    if isinstance(first, ImageFingerprint) and isinstance(second, ImageFingerprint):
        return match_images(
            first, second, dihedral=dihedral, reframes=not args.no_reframes, **common
        )
    if isinstance(first, VideoFingerprint) and isinstance(second, VideoFingerprint):
        return match_video_lists(
            first,
            second,
            query_threshold=args.threshold,
            compared_threshold=args.compared_threshold,
            **common,
        )
    if isinstance(first, ImageFingerprint) and isinstance(second, VideoFingerprint):
        return match_image_in_video(first, second, dihedral=dihedral, **common)
    assert isinstance(first, VideoFingerprint) and isinstance(second, ImageFingerprint)
    return match_image_in_video(second, first, dihedral=dihedral, **common)


def result_json(first: Fingerprint, second: Fingerprint, result: Result) -> dict[str, Any]:
    data: dict[str, Any] = {
        "a": _summary_json(first),
        "b": _summary_json(second),
        "identical_files": first.sha256 == second.sha256,
    }
    if result is None:
        data.update({"kind": "image_in_video", "matched": False, "comparable": False})
    else:
        data.update(result.to_json())
        data["comparable"] = True
    data["verdict"] = "match" if data["matched"] else "no_match"
    return data


def _summary_json(fingerprint: Fingerprint) -> dict[str, Any]:
    if isinstance(fingerprint, ImageFingerprint):
        return {"media": "image", "pdq_quality": fingerprint.pdq_quality}
    data: dict[str, Any] = {
        "media": "video",
        "frames": len(fingerprint.frames),
        "seconds_per_hash": fingerprint.seconds_per_hash,
    }
    if fingerprint.dense_frames:
        data["dense_frames"] = len(fingerprint.dense_frames)
        data["dense_seconds_per_hash"] = fingerprint.dense_seconds_per_hash
    if fingerprint.variants:
        data["variants"] = {label: len(frames) for label, frames in fingerprint.variants}
    return data


def _summary_text(label: str, fingerprint: Fingerprint) -> str:
    if isinstance(fingerprint, ImageFingerprint):
        return f"{label}: picture, PDQ quality {fingerprint.pdq_quality}"
    every = f"{fingerprint.seconds_per_hash:g}"
    text = f"{label}: video, {len(fingerprint.frames)} frames hashed (one every {every} s)"
    if fingerprint.dense_frames:
        text += (
            f"; a submission sends {len(fingerprint.dense_frames)} frames "
            f"(every {fingerprint.dense_seconds_per_hash:g} s, near-duplicates left out)"
        )
        if fingerprint.variants:
            text += f" and {len(fingerprint.variants)} lists of 9:16 copies"
    return text


def describe(first: Fingerprint, second: Fingerprint, result: Result) -> str:
    """The plain-text report."""
    lines = [_summary_text("A", first), _summary_text("B", second)]
    if first.sha256 == second.sha256:
        lines.append("The two files are identical (same SHA-256).")
    lines.extend(_result_lines(result))
    verdict = "MATCH" if result is not None and result.matched else "NO MATCH"
    lines.append(f"Verdict: {verdict}")
    return "\n".join(lines) + "\n"


def _result_lines(result: Result) -> list[str]:
    if result is None:
        return ["No frame or picture had a usable quality, so nothing could be compared."]
    if isinstance(result, ImageMatch):
        lines = [f"Distance: {result.distance} bits (a match is at most {result.max_distance})"]
        if result.variant:
            lines.append(
                f"Closest when {result.explanation} (as they are: {result.plain_distance} bits)"
            )
        elif result.transform != "original":
            lines.append(
                f"Closest when A is {transform_words(result.transform)} "
                f"(as they are: {result.plain_distance} bits)"
            )
        if not result.quality_ok:
            lines.append(f"Quality too low to decide (needs {result.min_quality} on both)")
        return lines
    if isinstance(result, VideoMatch):
        return _video_lines(result)
    where = f"frame {result.frame} at {result.timestamp:.3f} s"
    transform = (
        "" if result.transform == "original" else f", picture {transform_words(result.transform)}"
    )
    return [
        f"Closest video frame: {where}, {result.distance} bits{transform} "
        f"(a match is at most {result.max_distance})"
    ]


_LIST_NAMES = {"crop:9x16": "9:16 crop", "fill:9x16": "9:16 blurred fill"}


def _video_lines(result: VideoMatch) -> list[str]:
    lines = [
        f"A's frames found in B: {result.query_match_percent:.1f}% "
        f"of {result.query_frames} usable (a match needs {result.query_threshold:g}%)",
        f"B's frames found in A: {result.compared_match_percent:.1f}% "
        f"of {result.compared_frames} usable (a match needs {result.compared_threshold:g}%)",
    ]
    if result.found_from is not None and result.found_to is not None:
        where = f"Found in B at frames {result.found_from:.0f} s to {result.found_to:.0f} s"
        if result.frame_list != "frames":
            where += f" (B's {_LIST_NAMES.get(result.frame_list, result.frame_list)} frames)"
        lines.append(where)
    why = _why_not(result)
    if why:
        lines.append(f"Why not: {why}")
    return lines


def _why_not(result: VideoMatch) -> str:
    reason = result.reason
    if reason == "no_usable_query_frames":
        return f"A has no frame of quality {result.min_quality} or more (too dark or flat)."
    if reason == "no_usable_compared_frames":
        return f"B has no frame of quality {result.min_quality} or more (too dark or flat)."
    if reason == "too_few_query_frames_found":
        closest = (
            ""
            if result.median_distance is None
            else f"; A's frames are {result.median_distance} bits from their closest frame"
            " in B on median"
        )
        return (
            f"only {result.query_match_percent:.1f}% of A's frames are within "
            f"{result.max_distance} bits of a frame of B{closest}."
        )
    if reason == "too_few_compared_frames_found":
        return f"only {result.compared_match_percent:.1f}% of B's frames are found in A."
    return ""
