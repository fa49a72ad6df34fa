"""The frames we submit for a video, so that short clips of it match too.

A platform hashes a clip with vPDQ at one frame a second from the clip's own
start, which falls anywhere between our whole-second frames; in a pan or a zoom
half a second moves PDQ by 50 bits or more, far past the 31 bits a match
allows. So, in the same decoding pass, we also hash candidate frames at a fifth
of the interval (vPDQ's rule at ``seconds_per_hash / DENSITY``) and then keep
as few of them as cover the rest: a frame is dropped when it is within a few
bits of a kept neighbour (``cover``). A still shot costs one frame, a moving one a frame
whenever the picture has really changed. The thinning threshold starts at
``NEAR_DUPLICATE_BITS`` and rises only as far as needed to keep the list within
``MAX_FRAMES_PER_PLAIN_FRAME`` times the plain vPDQ list. Frames of quality < 50
are dropped too: matchers ignore them.

For every other candidate of a landscape video we also hash two 9:16
reframes, as short-video apps make them: the centre crop (``crop:9x16``) and the whole
picture over a blurred, enlarged copy of its centre (``fill:9x16``). Each is
its own frame list (a bank holds it as its own signal), thinned the same way.

Candidates are hashed from the frame scaled down to ``WORK_HEIGHT`` lines; the
reframes are cut from the luma of one copy scaled down by a whole factor to
about ``REFRAME_WORK_HEIGHT`` lines (OpenCV's fast path for 720p and 1080p;
every step of the fill is linear, so it is the luma of the RGB fill). PDQ
looks at a 64x64 reduction, so this moves a few bits. Candidates of one size
are hashed ``BATCH`` at a time (``pdq_batch_from_luma``: the same float32
operations, vectorised across them). All candidates are hashed at that size,
plain vPDQ frames too, so that thinning compares like with like (mixing in
full-size hashes lost clips in the benchmark). Every submitted hash is the
bit-exact PDQ of the picture it was computed from (for reframes, a luma picture).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

from .fingerprints import VpdqFrame
from .pdq import CancelCheck, luma_from_rgb_float32, pdq_batch_from_luma

Image = npt.NDArray[np.uint8]
Luma = npt.NDArray[np.float32]
FrameList = tuple[VpdqFrame, ...]

# Candidate frames per plain vPDQ interval: one every 0.2 s at the default 1 s.
DENSITY = 5
# A candidate this close to the last kept frame adds little a matcher needs.
NEAR_DUPLICATE_BITS = 10
# ... and the threshold never goes above this while thinning to fit the budget.
MAX_THINNING_BITS = 24
# The main list holds at most this many frames per plain vPDQ frame, each reframe list half.
MAX_FRAMES_PER_PLAIN_FRAME = 2
# All lists of one video together stay within the 20000 frames a registry takes
# (the reference registry's max_vpdq_frames): 10000 + 5000 + 5000.
MAX_MAIN_FRAMES = 10_000
MIN_QUALITY = 50
# Candidates are hashed from the frame scaled to this many lines. (Scaling a
# 360-line copy further, or hashing that copy, matched 3 of 24 plain clips fewer.)
WORK_HEIGHT = 288
# Reframes are cut from a copy of about this many lines scaled down by a whole
# factor (OpenCV's fast path; 720p and 1080p both give 360): narrow crops lose
# more bits to scaling than whole frames.
REFRAME_WORK_HEIGHT = 360
# Candidates of one size are hashed together (PDQ vectorises across them):
# 2 s of candidates at 360 lines hold about 9 MB of luma.
BATCH = 10
# Reframes for every other candidate: a clip's frame is then at most 0.2 s from one.
# (Reframing every candidate matched fewer 9:16 clips within the same budget, and cost more.)
REFRAME_EVERY = 2
PORTRAIT = 9 / 16
CROP_LABEL = "crop:9x16"
FILL_LABEL = "fill:9x16"


def dense_seconds_per_hash(seconds_per_hash: float) -> float:
    return seconds_per_hash / DENSITY


def scaled(image: Image, height: int) -> Image:
    rows, columns = image.shape[:2]
    if rows <= height:
        return image
    width = max(1, round(columns * height / rows))
    return np.asarray(cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA), np.uint8)


def reframe_copy(bgr: Image) -> Image:
    """``bgr`` scaled down by the whole factor that brings it nearest ``REFRAME_WORK_HEIGHT``."""
    rows, columns = bgr.shape[:2]
    factor = rows // REFRAME_WORK_HEIGHT
    if factor <= 1:
        return bgr
    size = (max(1, columns // factor), max(1, rows // factor))
    return np.asarray(cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), np.uint8)


def crop_9x16(picture: Luma) -> Luma:
    """The centre 9:16 column at full height."""
    height, width = picture.shape[:2]
    crop_width = max(1, round(height * PORTRAIT))
    left = (width - crop_width) // 2
    return np.ascontiguousarray(picture[:, left : left + crop_width])


def fill_9x16(picture: Luma) -> Luma:
    """The whole picture across a 9:16 canvas, over a blurred enlargement of its centre.

    As FFmpeg's ``split,crop,boxblur=20:2`` then ``overlay`` of the picture scaled
    to the canvas width makes it (at 720 lines: two passes of a 41-line box).
    Works on luma: every step is linear, so this is the luma of the RGB result.
    """
    height, width = picture.shape[:2]
    background = crop_9x16(picture)
    canvas_w = background.shape[1]
    kernel = 2 * max(1, round(height / 36)) + 1
    for _ in range(2):
        background = np.asarray(cv2.blur(background, (kernel, kernel)), np.float32)
    inner_h = max(1, round(height * canvas_w / width))
    inner = cv2.resize(picture, (canvas_w, inner_h), interpolation=cv2.INTER_AREA)
    top = (height - inner_h) // 2
    background[top : top + inner_h] = inner
    return background


def _luma(bgr: Image) -> Luma:
    # A contiguous channel swap first: converting a reversed view is several times slower.
    return luma_from_rgb_float32(np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), np.uint8))


REFRAMES = ((CROP_LABEL, crop_9x16), (FILL_LABEL, fill_9x16))


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
    _offered: int = 0

    def offer(self, frame: int, timestamp: float, bgr: Image, cancel: CancelCheck | None) -> None:
        """Take one candidate (``bgr`` is left unchanged); hashes a batch when one is full."""
        if self._pending.source not in (None, bgr.shape):
            self.flush(cancel)  # the stream changed size: a new batch
        self._pending.source = bgr.shape
        self._pending.add("", frame, timestamp, _luma(scaled(bgr, WORK_HEIGHT)))
        height, width = bgr.shape[:2]
        reframe_this = self._offered % REFRAME_EVERY == 0
        self._offered += 1
        if self.reframes and width > height and reframe_this:  # portrait: already vertical
            larger = _luma(reframe_copy(bgr))
            for label, reframe in REFRAMES:
                self._pending.add(label, frame, timestamp, reframe(larger))
        if len(self._pending.stamps[""]) >= BATCH:
            self.flush(cancel)

    def flush(self, cancel: CancelCheck | None = None) -> None:
        """Hash the waiting candidates."""
        pending, self._pending = self._pending, _Pending()
        for label, pictures in pending.pictures.items():
            if cancel:
                cancel()
            hashes = pdq_batch_from_luma(np.stack(pictures))
            target = self.candidates if not label else self.variant_candidates.setdefault(label, [])
            target.extend(
                VpdqFrame(frame, pdq.quality, pdq.hex, timestamp)
                for (frame, timestamp), pdq in zip(pending.stamps[label], hashes, strict=True)
            )

    def result(self, plain_frames: int) -> tuple[FrameList, tuple[tuple[str, FrameList], ...]]:
        """(main list, reframe lists), each thinned to its share of ``plain_frames``."""
        self.flush()
        budget = max(1, min(MAX_MAIN_FRAMES, MAX_FRAMES_PER_PLAIN_FRAME * plain_frames))
        main = thin(self.candidates, budget)
        variants = []
        for label, _ in REFRAMES:
            kept = thin(self.variant_candidates.get(label, []), max(1, budget // 2))
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


def thin(frames: Sequence[VpdqFrame], budget: int) -> FrameList:
    """The cover with the lowest threshold that fits ``budget`` frames.

    When even ``MAX_THINNING_BITS`` keeps too many (a video that never stops
    moving), evenly spaced frames of that cover are kept.
    """
    bits = NEAR_DUPLICATE_BITS
    kept = cover(frames, bits)
    while len(kept) > budget and bits < MAX_THINNING_BITS:
        bits += 2
        kept = cover(frames, bits)
    if len(kept) <= budget:
        return kept
    step = len(kept) / budget
    return tuple(kept[int(index * step)] for index in range(budget))
