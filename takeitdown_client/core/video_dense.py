"""The frames we submit for a video, so that short clips of it match too.

A platform hashes a clip with vPDQ at one frame a second from the clip's own
start, which falls anywhere between our whole-second frames; in a pan or a zoom
half a second moves PDQ by 50 bits or more, far past the 31 bits a match
allows. So, in the same decoding pass, we also hash candidate frames at a fifth
of the interval (vPDQ's rule at ``seconds_per_hash / DENSITY``) and then keep
as few of them as cover the rest: a frame is dropped when it is within
``COVER_BITS`` of a kept neighbour (``cover``). A still shot costs one frame, a
moving one a frame whenever the picture has really changed. Only a video that
never stops moving reaches the cap of ``MAX_FRAMES_PER_PLAIN_FRAME`` times the
plain vPDQ list; then the threshold rises. Frames of quality < 50 are dropped
too: matchers ignore them.

For every candidate of a landscape video we also hash two 9:16 reframes, as
short-video apps make them: the centre crop (``crop:9x16``) and the whole
picture over a blurred, enlarged copy of its centre (``fill:9x16``). Each is
its own frame list (a bank holds it as its own signal), thinned the same way
at ``REFRAME_COVER_BITS``.

Each candidate is first scaled down by the whole factor that brings it nearest
``REFRAME_WORK_HEIGHT`` lines (OpenCV's fast path; 720p and 1080p give 360).
The main list's frame is that copy halved again (180 lines; PDQ looks at a
64x64 reduction, so this moves a few bits), the crop is cut from the copy, and
the fill lays the halved copy over the blurred crop (on luma: every step is
linear, so it is the luma of the RGB fill). Luma is computed as ``pdqhash``
does from the RGB pixels. Candidates of one size are hashed ``BATCH`` at a time
(``pdq_batch_from_luma``: the same float32 operations, vectorised across
them; the crops and the fills, of one size, in one batch). Every submitted hash
is the bit-exact PDQ of the picture it was computed from: the scaled frame, the
crop, or (for the fill) a luma picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

from .fingerprints import VpdqFrame
from .pdq import CancelCheck, luma_from_rgb
from .pdq_batch import pdq_batch_from_luma

Image = npt.NDArray[np.uint8]
Luma = npt.NDArray[np.float32]
FrameList = tuple[VpdqFrame, ...]

# Candidate frames per plain vPDQ interval: one every 0.2 s at the default 1 s.
DENSITY = 5
# A frame is left out when it is within this many bits of a kept one: a clip's
# frame near it (a re-encode lands 10-15 bits from our candidate at the same
# moment) is then mostly still within 31 bits of what we send. One threshold, not a
# budget, so that each video gets the frames its movement needs: per-video
# budgets of 2 frames per plain frame lost a quarter of the plain clips of
# moving videos. Reframe lists get a lower one, as a platform's crop or fill
# lands further from ours. (Chosen on the benchmark's tuning clips; see
# docs/video-and-matching.md.)
COVER_BITS = 26
REFRAME_COVER_BITS = 24
# A list is capped at this many frames per plain vPDQ frame (a video that never
# stops moving); to fit, the threshold rises by 2 bits up to MAX_THINNING_BITS.
# The main list's cap is above what the benchmark's most moving video needs (3.5):
# capped at 3, its plain clips were the misses (93 % of plain clips on two of four
# clip sets; 96-100 % at 4, for 7 % more frames). A cap of 2 lost a quarter.
MAX_FRAMES_PER_PLAIN_FRAME = 4.0
MAX_REFRAME_FRAMES_PER_PLAIN_FRAME = 3.0
MAX_THINNING_BITS = 30
# All lists of one video together stay within the 20000 frames a registry takes
# (the reference registry's max_vpdq_frames): 10000 + 5000 + 5000.
MAX_MAIN_FRAMES = 10_000
MAX_REFRAME_FRAMES = 5_000
MIN_QUALITY = 50
# Candidates are hashed from the reframe copy halved, when that keeps at least
# this many lines (720p and 1080p: 180 lines). A direct scale of the frame to
# 288 lines cost 5 ms a candidate and matched no more clips in the benchmark.
WORK_HEIGHT = 160
# Reframes are cut from a copy of about this many lines scaled down by a whole
# factor (OpenCV's fast path; 720p and 1080p both give 360): narrow crops lose
# more bits to scaling than whole frames.
REFRAME_WORK_HEIGHT = 360
# Candidates of one size are hashed together (PDQ vectorises across them):
# 2 s of candidates (180-line frames and 360-line reframes) hold about 3 MB of luma.
BATCH = 10
PORTRAIT = 9 / 16
CROP_LABEL = "crop:9x16"
FILL_LABEL = "fill:9x16"


def dense_seconds_per_hash(seconds_per_hash: float) -> float:
    return seconds_per_hash / DENSITY


def reframe_copy(bgr: Image) -> Image:
    """``bgr`` scaled down by the whole factor that brings it nearest ``REFRAME_WORK_HEIGHT``."""
    rows, columns = bgr.shape[:2]
    factor = rows // REFRAME_WORK_HEIGHT
    if factor <= 1:
        return bgr
    size = (max(1, columns // factor), max(1, rows // factor))
    return np.asarray(cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), np.uint8)


def main_copy(copy: Image) -> Image:
    """The reframe copy halved (OpenCV's fast 2x2 path) while it keeps ``WORK_HEIGHT`` lines."""
    rows, columns = copy.shape[:2]
    if rows < 2 * WORK_HEIGHT:
        return copy
    size = (max(1, columns // 2), rows // 2)
    return np.asarray(cv2.resize(copy, size, interpolation=cv2.INTER_AREA), np.uint8)


def crop_9x16(picture: Image) -> Image:
    """The centre 9:16 column at full height."""
    height, width = picture.shape[:2]
    crop_width = max(1, round(height * PORTRAIT))
    left = (width - crop_width) // 2
    return np.ascontiguousarray(picture[:, left : left + crop_width])


def fill_9x16(crop: Luma, picture: Luma) -> Luma:
    """The whole ``picture`` across the canvas of ``crop``, over a blurred copy of ``crop``.

    As FFmpeg's ``split,crop,boxblur=20:2`` then ``overlay`` of the picture scaled
    to the canvas width makes it (at 720 lines: two passes of a 41-line box).
    ``crop`` is the centre 9:16 column of the reframe copy, ``picture`` the whole
    frame at any size (the smaller main copy). Works on luma: every step is
    linear, so this is the luma of the RGB result.
    """
    height, canvas_w = crop.shape[:2]
    kernel = 2 * max(1, round(height / 36)) + 1
    background = crop
    for _ in range(2):
        background = np.asarray(cv2.blur(background, (kernel, kernel)), np.float32)
    inner_h = max(1, min(height, round(picture.shape[0] * canvas_w / picture.shape[1])))
    inner = cv2.resize(picture, (canvas_w, inner_h), interpolation=cv2.INTER_AREA)
    top = (height - inner_h) // 2
    background[top : top + inner_h] = inner
    return background


def _luma(bgr: Image) -> Luma:
    """Luma as ``pdqhash`` computes it from the RGB picture (so anyone can check the hash)."""
    return luma_from_rgb(np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), np.uint8))


REFRAME_LABELS = (CROP_LABEL, FILL_LABEL)


@dataclass
class _Pending:
    """Candidates of one size waiting to be hashed together, per list ("" = main)."""

    source: tuple[int, ...] | None = None  # the decoded frames' shape
    stamps: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    pictures: dict[str, list[Luma]] = field(default_factory=dict)

    def add(self, label: str, frame: int, timestamp: float, picture: Luma) -> None:
        self.stamps.setdefault(label, []).append((frame, timestamp))
        self.pictures.setdefault(label, []).append(picture)


@dataclass
class DenseSelection:
    """Hashes candidate frames as they come (in batches), then thins each list to its budget."""

    reframes: bool = True
    candidates: list[VpdqFrame] = field(default_factory=list)
    variant_candidates: dict[str, list[VpdqFrame]] = field(default_factory=dict)
    _pending: _Pending = field(default_factory=_Pending)

    def offer(self, frame: int, timestamp: float, bgr: Image, cancel: CancelCheck | None) -> None:
        """Take one candidate (``bgr`` is left unchanged); hashes a batch when one is full."""
        if self._pending.source not in (None, bgr.shape):
            self.flush(cancel)  # the stream changed size: a new batch
        self._pending.source = bgr.shape
        copy = reframe_copy(bgr)
        main = _luma(main_copy(copy))
        self._pending.add("", frame, timestamp, main)
        height, width = bgr.shape[:2]
        if self.reframes and width > height:  # portrait: already vertical
            crop = _luma(crop_9x16(copy))
            self._pending.add(CROP_LABEL, frame, timestamp, crop)
            self._pending.add(FILL_LABEL, frame, timestamp, fill_9x16(crop, main))
        if len(self._pending.stamps[""]) >= BATCH:
            self.flush(cancel)

    def flush(self, cancel: CancelCheck | None = None) -> None:
        """Hash the waiting candidates; lists of the same size (crop and fill) in one batch."""
        pending, self._pending = self._pending, _Pending()
        by_size: dict[tuple[int, ...], list[str]] = {}
        for label, pictures in pending.pictures.items():
            by_size.setdefault(pictures[0].shape, []).append(label)
        for labels in by_size.values():
            if cancel:
                cancel()
            # One wider batch: each picture still gets exactly its own float32 operations.
            stack = [picture for label in labels for picture in pending.pictures[label]]
            hashes = pdq_batch_from_luma(np.stack(stack))
            start = 0
            for label in labels:
                stamps = pending.stamps[label]
                part, start = hashes[start : start + len(stamps)], start + len(stamps)
                target = (
                    self.candidates if not label else self.variant_candidates.setdefault(label, [])
                )
                target.extend(
                    VpdqFrame(frame, pdq.quality, pdq.hex, timestamp)
                    for (frame, timestamp), pdq in zip(stamps, part, strict=True)
                )

    def result(self, plain_frames: int) -> tuple[FrameList, tuple[tuple[str, FrameList], ...]]:
        """(main list, reframe lists), each thinned within its cap for ``plain_frames``."""
        self.flush()
        main_cap = round(MAX_FRAMES_PER_PLAIN_FRAME * plain_frames)
        main = thin(self.candidates, max(1, min(MAX_MAIN_FRAMES, main_cap)), COVER_BITS)
        reframe_cap = round(MAX_REFRAME_FRAMES_PER_PLAIN_FRAME * plain_frames)
        reframe_budget = max(1, min(MAX_REFRAME_FRAMES, reframe_cap))
        variants = []
        for label in REFRAME_LABELS:
            candidates = self.variant_candidates.get(label, [])
            kept = thin(candidates, reframe_budget, REFRAME_COVER_BITS)
            if kept:
                variants.append((label, kept))
        return main, tuple(variants)


# A kept frame stands for at most this many candidates on each side (bounds the work).
_MAX_SPAN = 32


def cover(frames: Sequence[VpdqFrame], bits: int) -> FrameList:
    """Frames of quality >= 50 such that every other one is within ``bits`` of a kept one.

    Walking in time order, each kept frame is the furthest one that is still within
    ``bits`` of every frame since the last covered one, and it also covers the frames
    after it that are within ``bits``: a frame in the middle of a stretch stands for
    both sides, about half as many as keeping the first of each stretch.
    """
    usable = [frame for frame in frames if frame.quality >= MIN_QUALITY]
    values = [int(frame.pdq, 16) for frame in usable]
    kept: list[VpdqFrame] = []
    start = 0
    while start < len(usable):
        centre = start
        for candidate in range(start + 1, min(len(usable), start + _MAX_SPAN)):
            reach = values[candidate]
            if any((reach ^ values[k]).bit_count() > bits for k in range(start, candidate)):
                break
            centre = candidate
        kept.append(usable[centre])
        start = centre + 1
        while (
            start < len(usable)
            and start - centre < _MAX_SPAN
            and (values[start] ^ values[centre]).bit_count() <= bits
        ):
            start += 1
    return tuple(kept)


def thin(frames: Sequence[VpdqFrame], budget: int, bits: int = COVER_BITS) -> FrameList:
    """The cover at ``bits``, or at the lowest threshold above it that fits ``budget`` frames.

    When even ``MAX_THINNING_BITS`` keeps too many (a video that never stops
    moving), evenly spaced frames of that cover are kept.
    """
    kept = cover(frames, bits)
    while len(kept) > budget and bits < MAX_THINNING_BITS:
        bits += 2
        kept = cover(frames, bits)
    if len(kept) <= budget:
        return kept
    step = len(kept) / budget
    return tuple(kept[int(index * step)] for index in range(budget))
