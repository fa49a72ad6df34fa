"""Frames against recall: the clip benchmark's videos and clips, at several thinning thresholds.

    python tests/benchmarks/bench_clips_curve.py [--quick] [--seed 13] [--clips 2]

Same videos, clips and platform-side hashing as ``bench_clips.py``. Each long
video is decoded once, every candidate frame (and its 9:16 reframes) hashed,
and the thinning then run for each pair of thresholds: the main list covered at
M bits, each 9:16 list at R (0: no 9:16 lists). For each point it prints the
frames submitted in all lists against today's (vPDQ at 1 s), the share of
plain and of 9:16 clips matched, and the false matches.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from bench_clips import (
    PLAIN,
    REFRAMED,
    Clip,
    Submission,
    benchmark_set,
    clip_matches,
    matchable,
)

from takeitdown_client.core import video_dense
from takeitdown_client.core.video import _sample_and_hash

MAIN_BITS = (20, 24, 26, 28, 30, 34)
REFRAME_BITS = (0, 20, 24, 28, 32)


@contextmanager
def thresholds(main: int, reframe: int) -> Iterator[None]:
    names = ("COVER_BITS", "REFRAME_COVER_BITS")
    saved = [getattr(video_dense, name) for name in names]
    for name, value in zip(names, (main, reframe), strict=True):
        setattr(video_dense, name, value)
    try:
        yield
    finally:
        for name, value in zip(names, saved, strict=True):
            setattr(video_dense, name, value)


def share(clips: Sequence[Clip], submissions: Sequence[Submission], kinds: Sequence[str]) -> str:
    members = [c for c in clips if c.transform in kinds and matchable(c)]
    found = sum(clip_matches(c, submissions[c.video]) for c in members)
    return f"{100 * found / max(1, len(members)):5.1f}% ({found}/{len(members)})"


def false_matches(clips: Sequence[Clip], submissions: Sequence[Submission]) -> int:
    """Clips matched by the submission of another video."""
    return sum(
        clip_matches(clip, submission)
        for clip in clips
        for index, submission in enumerate(submissions)
        if index != clip.video
    )


def recall_columns(clips: Sequence[Clip], submissions: Sequence[Submission]) -> str:
    """Plain and 9:16 clips matched, then false matches: the end of every report line."""
    plain, reframed = share(clips, submissions, PLAIN), share(clips, submissions, REFRAMED)
    return f"{plain}  {reframed}  {false_matches(clips, submissions)}"


Selections = list[tuple[video_dense.DenseSelection, int]]


def print_point(clips: Sequence[Clip], selections: Selections, bits: tuple[int, int]) -> None:
    main_bits, reframe_bits = bits
    with thresholds(main_bits, reframe_bits):
        results = [selection.result(count) for selection, count in selections]
    submissions = [
        Submission((kept, *(f for _, f in variants if reframe_bits > 0)))
        for kept, variants in results
    ]
    frames = sum(s.frame_count for s in submissions)
    plain = sum(count for _, count in selections)
    print(
        f"{main_bits:5d} {reframe_bits:5d} {frames / plain:6.2f}x  "
        f"{recall_columns(clips, submissions)}",
        flush=True,
    )


def main() -> None:
    with benchmark_set(__doc__.split("\n", 1)[0]) as (videos, clips):
        selections: Selections = []
        for video in videos:
            selection = video_dense.DenseSelection()
            frames, _ = _sample_and_hash(video.path, 1.0, selection, None, None)
            selections.append((selection, len(frames)))
        print(f"\n{'main':>5} {'9:16':>5} {'frames':>7}  {'plain':>15}  {'9:16':>15}  false")
        for main_bits in MAIN_BITS:
            for reframe_bits in REFRAME_BITS:
                print_point(clips, selections, (main_bits, reframe_bits))


if __name__ == "__main__":
    main()
