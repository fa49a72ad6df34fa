"""Compare videos: a found clip against a submitted video, or a picture inside a video.

The vPDQ rules are python-threatexchange's brute-force matcher (see ``matching``).
For a clip against a longer video, ``match_video_lists`` also tries each frame
list that a submission of the longer video holds (its dense frames and 9:16
reframes), as a bank holding each list as its own signal would, and says where
in the longer video the clip's frames were found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from .fingerprints import ImageFingerprint, VideoFingerprint, VpdqFrame
from .matching import (
    PDQ_MATCH_DISTANCE,
    PDQ_MIN_QUALITY,
    VPDQ_COMPARED_MATCH_PERCENT,
    VPDQ_QUERY_MATCH_PERCENT,
    JsonDict,
    dihedral_hashes,
)
from .pdq import HASH_HEX_LENGTH

# Matched frames further apart than this belong to different stretches of the video.
LOCATION_GAP_S = 10.0
MAIN_LIST = "frames"

_BYTES_PER_HASH = HASH_HEX_LENGTH // 2
_POPCOUNT = np.array([bin(value).count("1") for value in range(256)], dtype=np.uint16)
# Rows of the query compared at once: bounds the distance work array to ~8 MB.
_CHUNK_CELLS = 1 << 18


@dataclass(frozen=True)
class VideoMatch:
    matched: bool
    query_match_percent: float
    compared_match_percent: float
    # Frames left after dropping repeated hashes and low-quality frames.
    query_frames: int
    compared_frames: int
    query_threshold: float = VPDQ_QUERY_MATCH_PERCENT
    compared_threshold: float = VPDQ_COMPARED_MATCH_PERCENT
    max_distance: int = PDQ_MATCH_DISTANCE
    min_quality: int = PDQ_MIN_QUALITY
    # Where the query's frames were found in the compared video (seconds; the
    # stretch holding most of them), and the median distance from each query
    # frame to its closest compared frame.
    found_from: float | None = None
    found_to: float | None = None
    median_distance: int | None = None
    # The compared frame list: "frames", or a reframe's label such as "crop:9x16".
    frame_list: str = MAIN_LIST

    @property
    def reason(self) -> str | None:
        """Why there is no match (a stable code), or None for a match."""
        if self.matched:
            return None
        if not self.query_frames:
            return "no_usable_query_frames"
        if not self.compared_frames:
            return "no_usable_compared_frames"
        if self.query_match_percent < self.query_threshold:
            return "too_few_query_frames_found"
        return "too_few_compared_frames_found"

    def to_json(self) -> JsonDict:
        return {
            "kind": "video",
            "matched": self.matched,
            "query_match_percent": self.query_match_percent,
            "compared_match_percent": self.compared_match_percent,
            "query_frames": self.query_frames,
            "compared_frames": self.compared_frames,
            "query_threshold": self.query_threshold,
            "compared_threshold": self.compared_threshold,
            "max_distance": self.max_distance,
            "min_quality": self.min_quality,
            "found_from": self.found_from,
            "found_to": self.found_to,
            "median_distance": self.median_distance,
            "frame_list": self.frame_list,
            "reason": self.reason,
        }


def _usable(frames: Iterable[VpdqFrame], min_quality: int) -> list[VpdqFrame]:
    seen: set[str] = set()
    unique: list[VpdqFrame] = []
    for frame in frames:
        key = frame.pdq.lower()
        if key not in seen:
            seen.add(key)
            unique.append(frame)
    return [frame for frame in unique if frame.quality >= min_quality]


def usable_frames(frames: Iterable[VpdqFrame], min_quality: int = PDQ_MIN_QUALITY) -> list[str]:
    """python-threatexchange's preparation: dedupe by hash, then drop low quality."""
    return [frame.pdq.lower() for frame in _usable(frames, min_quality)]


def match_videos(
    query: VideoFingerprint | Sequence[VpdqFrame],
    compared: VideoFingerprint | Sequence[VpdqFrame],
    *,
    query_threshold: float = VPDQ_QUERY_MATCH_PERCENT,
    compared_threshold: float = VPDQ_COMPARED_MATCH_PERCENT,
    max_distance: int = PDQ_MATCH_DISTANCE,
    min_quality: int = PDQ_MIN_QUALITY,
) -> VideoMatch:
    """vPDQ verdict for two videos (python-threatexchange's brute-force rules)."""
    query_usable = _usable(_frames_of(query), min_quality)
    compared_usable = _usable(_frames_of(compared), min_quality)
    query_hashes = [frame.pdq.lower() for frame in query_usable]
    compared_hashes = [frame.pdq.lower() for frame in compared_usable]
    hits = _mutual_hits(query_hashes, compared_hashes, max_distance)
    query_hits, compared_hits = hits.query_hits, hits.compared_hits
    query_percent = _percent(query_hits, len(query_hashes))
    compared_percent = _percent(compared_hits, len(compared_hashes))
    matched = (
        bool(query_hashes and compared_hashes)
        and query_percent >= query_threshold
        and compared_percent >= compared_threshold
    )
    return VideoMatch(
        matched,
        query_percent,
        compared_percent,
        len(query_hashes),
        len(compared_hashes),
        query_threshold,
        compared_threshold,
        max_distance,
        min_quality,
        *_location([compared_usable[index].timestamp for index in hits.matched_indices]),
        int(np.median(hits.best_distances)) if hits.best_distances else None,
    )


def match_video_lists(
    query: VideoFingerprint | Sequence[VpdqFrame],
    compared: VideoFingerprint,
    **options: Any,
) -> VideoMatch:
    """A clip against every frame list a submission of ``compared`` holds; the best result.

    The lists are the main one (the dense frames when there are some, else the
    plain ones) and each reframe list. The result says which list it is.
    """
    lists = [(MAIN_LIST, compared.submitted_frames), *compared.variants]
    results = [
        replace(match_videos(query, frames, **options), frame_list=label) for label, frames in lists
    ]
    return max(results, key=lambda result: (result.matched, result.query_match_percent))


def _location(timestamps: list[float]) -> tuple[float | None, float | None]:
    """The stretch of the compared video that holds most of the matched frames."""
    if not timestamps:
        return None, None
    ordered = sorted(timestamps)
    best = current = (ordered[0], ordered[0], 1)
    for value in ordered[1:]:
        start, end, count = current
        current = (start, value, count + 1) if value - end <= LOCATION_GAP_S else (value, value, 1)
        if current[2] > best[2]:
            best = current
    return best[0], best[1]


def _frames_of(video: VideoFingerprint | Sequence[VpdqFrame]) -> Sequence[VpdqFrame]:
    return video.frames if isinstance(video, VideoFingerprint) else video


def _percent(hits: int, total: int) -> float:
    return hits * 100 / total if total else 0.0


def hashes_to_bytes(hashes: Sequence[str]) -> npt.NDArray[np.uint8]:
    """Hex hashes as an (n, 32) byte matrix."""
    if not hashes:
        return np.zeros((0, _BYTES_PER_HASH), dtype=np.uint8)
    raw = b"".join(bytes.fromhex(value) for value in hashes)
    return np.frombuffer(raw, dtype=np.uint8).reshape(len(hashes), -1)


def distance_rows(
    query: npt.NDArray[np.uint8], compared: npt.NDArray[np.uint8]
) -> Iterable[tuple[int, npt.NDArray[np.uint16]]]:
    """(first row index, distances) for chunks of query rows against every compared row."""
    rows = max(1, _CHUNK_CELLS // max(1, compared.shape[0] * compared.shape[1]))
    for start in range(0, query.shape[0], rows):
        block = query[start : start + rows, None, :] ^ compared[None, :, :]
        yield start, _POPCOUNT[block].sum(axis=2, dtype=np.uint16)


@dataclass(frozen=True)
class _Hits:
    query_hits: int = 0  # query frames with a match in compared
    compared_hits: int = 0  # compared frames with a match in query
    # For each query frame with a match, the index of its closest compared frame.
    matched_indices: tuple[int, ...] = ()
    # Each query frame's distance to its closest compared frame.
    best_distances: tuple[int, ...] = ()


def _mutual_hits(query: list[str], compared: list[str], max_distance: int) -> _Hits:
    if not query or not compared:
        return _Hits()
    compared_bytes = hashes_to_bytes(compared)
    query_hits = 0
    compared_matched = np.zeros(len(compared), dtype=bool)
    matched: list[int] = []
    best: list[int] = []
    for _, distances in distance_rows(hashes_to_bytes(query), compared_bytes):
        close = distances <= max_distance
        query_hits += int(close.any(axis=1).sum())
        compared_matched |= close.any(axis=0)
        closest = distances.argmin(axis=1)
        for row, index in enumerate(closest):
            distance = int(distances[row, index])
            best.append(distance)
            if distance <= max_distance:
                matched.append(int(index))
    return _Hits(query_hits, int(compared_matched.sum()), tuple(matched), tuple(best))


# --- a picture against a video --------------------------------------------------------


@dataclass(frozen=True)
class FrameMatch:
    """The video frame closest to a picture."""

    matched: bool
    distance: int
    frame: int
    timestamp: float
    transform: str
    max_distance: int = PDQ_MATCH_DISTANCE
    min_quality: int = PDQ_MIN_QUALITY

    def to_json(self) -> JsonDict:
        return {
            "kind": "image_in_video",
            "matched": self.matched,
            "distance": self.distance,
            "frame": self.frame,
            "timestamp": self.timestamp,
            "transform": self.transform,
            "max_distance": self.max_distance,
            "min_quality": self.min_quality,
        }


def match_image_in_video(
    image: ImageFingerprint,
    video: VideoFingerprint,
    *,
    dihedral: bool = True,
    max_distance: int = PDQ_MATCH_DISTANCE,
    min_quality: int = PDQ_MIN_QUALITY,
) -> FrameMatch | None:
    """Is this picture one of the video's sampled frames? None when nothing is comparable."""
    frames = [frame for frame in video.frames if frame.quality >= min_quality]
    if not frames or image.pdq_quality < min_quality:
        return None
    variants = dihedral_hashes(image) if dihedral else {"original": image.pdq}
    names = list(variants)
    frame_bytes = hashes_to_bytes([frame.pdq for frame in frames])
    best: tuple[int, int, str] | None = None
    for start, distances in distance_rows(hashes_to_bytes(list(variants.values())), frame_bytes):
        for offset, row in enumerate(distances):
            index = int(row.argmin())
            candidate = (int(row[index]), index, names[start + offset])
            if best is None or candidate[0] < best[0]:
                best = candidate
    assert best is not None
    distance, index, transform = best
    frame = frames[index]
    return FrameMatch(
        distance <= max_distance,
        distance,
        frame.frame,
        frame.timestamp,
        transform,
        max_distance,
        min_quality,
    )
