"""Thinning rules and frame budgets: the clip benchmark's candidates, thinned several ways.

    python tests/benchmarks/bench_clips_rules.py [--quick] [--seed 13] [--videos 4 --minutes 1.5]

Same videos, clips and platform-side hashing as ``bench_clips.py``. Each long
video is decoded once and every candidate (and its 9:16 reframes) hashed; then:

1. the main list thinned by other rules than ``video_dense.cover`` (none of them
   is in the client): a greedy set cover over the whole video, where a kept frame
   anywhere within the threshold covers a candidate (or only within 30 s); the
   same with short, spread-out gaps left uncovered (a clip needs only 80 % of its
   frames); and a threshold that depends on how far a candidate is from its
   neighbours in time;
2. all lists together: the main list at a threshold plus none, one or both 9:16
   lists, at every candidate or at whole seconds only.

For each it prints the frames against today's (vPDQ at 1 s), the share of plain and
of 9:16 clips matched, and the false matches. No caps apply here. The greedy covers
hold a candidates-by-candidates matrix: fine for these videos, not for a long one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt
from bench_clips import Clip, Submission, benchmark_set
from bench_clips_curve import recall_columns

from takeitdown_client.core import video_dense
from takeitdown_client.core.fingerprints import VpdqFrame
from takeitdown_client.core.video import _sample_and_hash
from takeitdown_client.core.video_matching import hashes_to_bytes

Frames = Sequence[VpdqFrame]
Rule = Callable[[Frames], tuple[VpdqFrame, ...]]
Bools = npt.NDArray[np.bool_]


def distances(frames: Frames) -> npt.NDArray[np.int32]:
    words = hashes_to_bytes([f.pdq for f in frames]).view(">u8").astype(np.uint64)
    return np.bitwise_count(words[:, None, :] ^ words[None, :, :]).sum(axis=2, dtype=np.int32)


def usable(frames: Frames) -> list[VpdqFrame]:
    return [f for f in frames if f.quality >= video_dense.MIN_QUALITY]


def greedy_indices(covers: Bools) -> list[int]:
    """Greedy set cover: keep the candidate that covers most uncovered ones, until none is left."""
    left = np.ones(len(covers), dtype=bool)
    kept: list[int] = []
    counts = covers.astype(np.int32)
    while left.any():
        best = int(counts[:, left].sum(axis=1).argmax())
        kept.append(best)
        left &= ~covers[best]
    return sorted(kept)


def with_gaps(covers: Bools, times: npt.NDArray[np.float64], kept: list[int]) -> list[int]:
    """Drop kept frames while what they alone cover stays one stretch of at most 0.4 s, 10 s
    from any other uncovered candidate (so a clip of 5 s or more loses at most 20 %)."""
    kept = list(kept)
    count = covers[kept].sum(axis=0)
    uncovered = count == 0
    for index in sorted(kept, key=lambda k: int((covers[k] & (count == 1)).sum())):
        alone = covers[index] & (count == 1)
        if alone.any():
            stretch = times[alone]
            if stretch.max() - stretch.min() > 0.4:
                continue
            if uncovered.any() and (abs(times[uncovered][:, None] - stretch) < 10).any():
                continue
        kept.remove(index)
        count -= covers[index]
        uncovered |= alone
    return sorted(kept)


def greedy(bits: int, window: float | None = None, gaps: bool = False) -> Rule:
    def rule(frames: Frames) -> tuple[VpdqFrame, ...]:
        ok = usable(frames)
        if not ok:
            return ()
        times = np.array([f.timestamp for f in ok])
        covers = distances(ok) <= bits
        if window is not None:
            covers &= abs(times[:, None] - times[None, :]) <= window
        kept = greedy_indices(covers)
        if gaps:
            kept = with_gaps(covers, times, kept)
        return tuple(ok[k] for k in kept)

    return rule


def by_motion(still_bits: int, moving_bits: int, moving_step: int = 40) -> Rule:
    """Greedy cover; a candidate under ``moving_step`` bits from both time neighbours is
    covered at ``still_bits``, the others at ``moving_bits``."""

    def rule(frames: Frames) -> tuple[VpdqFrame, ...]:
        ok = usable(frames)
        if not ok:
            return ()
        table = distances(ok)
        step = np.zeros(len(ok), dtype=np.int32)
        if len(ok) > 1:
            apart = table[np.arange(len(ok) - 1), np.arange(1, len(ok))]
            step[:-1] = apart
            step[1:] = np.maximum(step[1:], apart)
        bits = np.where(step < moving_step, still_bits, moving_bits)
        return tuple(ok[k] for k in greedy_indices(table <= bits[None, :]))

    return rule


def cover(bits: int) -> Rule:
    return lambda frames: video_dense.cover(frames, bits)


def whole_seconds(rule: Rule) -> Rule:
    return lambda frames: rule(frames[:: video_dense.DENSITY])


Candidates = list[dict[str, list[VpdqFrame]]]


def print_point(
    name: str, clips: Sequence[Clip], candidates: Candidates, plain: int, rules: dict[str, Rule]
) -> None:
    submissions = [
        Submission(tuple(rule(video.get(label, [])) for label, rule in rules.items()))
        for video in candidates
    ]
    main = sum(len(s.lists[0]) for s in submissions)
    total = sum(s.frame_count for s in submissions)
    print(
        f"{name:44} {main / plain:5.2f}x {total / plain:5.2f}x  "
        f"{recall_columns(clips, submissions)}",
        flush=True,
    )


def main() -> None:
    with benchmark_set(__doc__.split("\n", 1)[0]) as (videos, clips):
        candidates: Candidates = []
        plain = 0
        for video in videos:
            selection = video_dense.DenseSelection()
            frames, _ = _sample_and_hash(video.path, 1.0, selection, None, None)
            selection.flush()
            candidates.append({"": selection.candidates, **selection.variant_candidates})
            plain += len(frames)
        crop, fill = video_dense.CROP_LABEL, video_dense.FILL_LABEL
        print(f"\n{'rule':44} {'main':>6} {'all':>6}  {'plain':>15}  {'9:16':>15}  false")
        print("1. the main list")
        main_rules: dict[str, Rule] = {
            "cover 26 bits (as sent)": cover(26),
            "cover 28 bits": cover(28),
            "greedy 26 bits": greedy(26),
            "greedy 26 bits, within 30 s": greedy(26, window=30),
            "greedy 26 bits, gaps": greedy(26, gaps=True),
            "greedy 28/24 bits by motion": by_motion(28, 24),
            "greedy 28 bits": greedy(28),
        }
        for name, rule in main_rules.items():
            print_point(name, clips, candidates, plain, {"": rule})
        print("2. all lists (main list, greedy)")
        points: dict[str, dict[str, Rule]] = {
            "main 26": {"": greedy(26)},
            "main 28": {"": greedy(28)},
            "main 34 + crop at whole seconds 40": {"": greedy(34), crop: whole_seconds(greedy(40))},
            "main 26 + crop at whole seconds 24": {"": greedy(26), crop: whole_seconds(greedy(24))},
            "main 26 + fill 26": {"": greedy(26), fill: greedy(26)},
            "main 26 + crop and fill 30": {"": greedy(26), crop: greedy(30), fill: greedy(30)},
            "main 26 + crop and fill 26": {"": greedy(26), crop: greedy(26), fill: greedy(26)},
            "main 26 + crop and fill 24": {"": greedy(26), crop: greedy(24), fill: greedy(24)},
            "as sent, no caps: cover 26 + 24": {"": cover(26), crop: cover(24), fill: cover(24)},
        }
        for name, rules in points.items():
            print_point(name, clips, candidates, plain, rules)


if __name__ == "__main__":
    main()
