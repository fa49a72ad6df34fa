"""Frames against recall: the clip benchmark's videos and clips, at several frame budgets.

    python tests/benchmarks/bench_clips_curve.py [--quick] [--seed 13] [--clips 2]

Same videos, clips and platform-side hashing as ``bench_clips.py``. Each long
video is decoded once, every candidate frame (and its 9:16 reframes) hashed,
and the thinning then run for each budget: the main list at M frames per plain
vPDQ frame, each 9:16 list at R (0: no 9:16 lists). For each point it prints the
frames submitted in all lists against today's (vPDQ at 1 s), the share of
plain and of 9:16 clips matched, and the false matches.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench_clips import (
    PLAIN,
    REFRAMED,
    Clip,
    Submission,
    arguments,
    clip_matches,
    matchable,
    videos_and_clips,
)

from takeitdown_client.core import video_dense
from takeitdown_client.core.video import _sample_and_hash

MAIN_BUDGETS = (1.0, 1.5, 2.0)
REFRAME_BUDGETS = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)


@contextmanager
def budgets(main: float, reframe: float) -> Iterator[None]:
    names = ("MAX_FRAMES_PER_PLAIN_FRAME", "MAX_REFRAME_FRAMES_PER_PLAIN_FRAME")
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


def main() -> None:
    args = arguments(__doc__.split("\n", 1)[0])
    with tempfile.TemporaryDirectory(prefix="takeitdown-bench-") as scratch:
        cache = Path(scratch) if args.fresh else Path(tempfile.gettempdir()) / "takeitdown-bench"
        cache.mkdir(parents=True, exist_ok=True)
        videos, clips = videos_and_clips(cache, args)
        selections, plain = [], 0
        for video in videos:
            selection = video_dense.DenseSelection()
            frames, _ = _sample_and_hash(video.path, 1.0, selection, None, None)
            selections.append((selection, len(frames)))
            plain += len(frames)
        print(f"\n{'main':>5} {'9:16':>5} {'frames':>7}  {'plain':>15}  {'9:16':>15}  false")
        for main_budget in MAIN_BUDGETS:
            for reframe_budget in REFRAME_BUDGETS:
                with budgets(main_budget, reframe_budget):
                    results = [selection.result(count) for selection, count in selections]
                submissions = [
                    Submission((kept, *(f for _, f in variants if reframe_budget > 0)))
                    for kept, variants in results
                ]
                frames = sum(s.frame_count for s in submissions)
                false = sum(
                    clip_matches(clip, submission)
                    for clip in clips
                    for index, submission in enumerate(submissions)
                    if index != clip.video
                )
                print(
                    f"{main_budget:5.1f} {reframe_budget:5.1f} {frames / plain:6.2f}x  "
                    f"{share(clips, submissions, PLAIN)}  {share(clips, submissions, REFRAMED)}  "
                    f"{false}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
