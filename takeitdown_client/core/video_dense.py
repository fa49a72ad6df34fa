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

Candidates are hashed from the frame scaled down to ``WORK_HEIGHT`` lines (the
reframes from ``REFRAME_WORK_HEIGHT``): PDQ looks at a 64x64 reduction, so this
moves a few bits, and it keeps the extra work to a fraction of decoding. All
candidates are hashed at that size, plain vPDQ frames too, so that thinning
compares like with like (mixing in full-size hashes lost clips in the
benchmark). Every submitted hash is the bit-exact PDQ of the picture it was computed from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

from .fingerprints import VpdqFrame
from .pdq import CancelCheck, luma_from_rgb_float32, pdq_from_luma

Image = npt.NDArray[np.uint8]
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
WORK_HEIGHT = 288
# Narrow crops lose more bits to scaling: reframes are made from a larger copy,
# for every other candidate (a clip's frame is then at most 0.2 s from one).
REFRAME_WORK_HEIGHT = 360
REFRAME_EVERY = 2
PORTRAIT = 9 / 16
CROP_LABEL = "crop:9x16"
FILL_LABEL = "fill:9x16"


def dense_seconds_per_hash(seconds_per_hash: float) -> float:
    return seconds_per_hash / DENSITY


def _scaled(image: Image, height: int) -> Image:
    rows, columns = image.shape[:2]
    if rows <= height:
        return image
    width = max(1, round(columns * height / rows))
    return np.asarray(cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA), np.uint8)


def crop_9x16(rgb: Image) -> Image:
    """The centre 9:16 column at full height."""
    height, width = rgb.shape[:2]
    crop_width = max(1, round(height * PORTRAIT))
    left = (width - crop_width) // 2
    return np.ascontiguousarray(rgb[:, left : left + crop_width])


def fill_9x16(rgb: Image) -> Image:
    """The whole picture across a 9:16 canvas, over a blurred enlargement of its centre."""
    height, width = rgb.shape[:2]
    background = np.ascontiguousarray(crop_9x16(rgb))
    canvas_w = background.shape[1]
    # About what FFmpeg's boxblur=20:2 does at 720 lines: two passes of a 41-line box.
    kernel = 2 * max(1, round(height / 36)) + 1
    for _ in range(2):
        background = np.asarray(cv2.blur(background, (kernel, kernel)), np.uint8)
    inner_h = max(1, round(height * canvas_w / width))
    inner = cv2.resize(rgb, (canvas_w, inner_h), interpolation=cv2.INTER_AREA)
    top = (height - inner_h) // 2
    background[top : top + inner_h] = inner
    return background


REFRAMES = ((CROP_LABEL, crop_9x16), (FILL_LABEL, fill_9x16))


def _rgb(bgr: Image) -> Image:
    return np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), np.uint8)


def _pdq_frame(rgb: Image, frame: int, timestamp: float, cancel: CancelCheck | None) -> VpdqFrame:
    pdq = pdq_from_luma(luma_from_rgb_float32(rgb), cancel=cancel)
    return VpdqFrame(frame, pdq.quality, pdq.hex, timestamp)


@dataclass
class DenseSelection:
    """Hashes candidate frames as they come, then thins each list to its budget."""

    reframes: bool = True
    candidates: list[VpdqFrame] = field(default_factory=list)
    variant_candidates: dict[str, list[VpdqFrame]] = field(default_factory=dict)

    def offer(self, frame: int, timestamp: float, bgr: Image, cancel: CancelCheck | None) -> None:
        """Hash one candidate (``bgr`` is left unchanged)."""
        rgb = _rgb(_scaled(bgr, WORK_HEIGHT))
        self.candidates.append(_pdq_frame(rgb, frame, timestamp, cancel))
        height, width = bgr.shape[:2]
        if not self.reframes or width <= height:
            return  # a portrait video is already vertical
        if (len(self.candidates) - 1) % REFRAME_EVERY:
            return
        larger = _rgb(_scaled(bgr, REFRAME_WORK_HEIGHT))
        for label, reframe in REFRAMES:
            image = reframe(larger)
            variant = _pdq_frame(image, frame, timestamp, cancel)
            self.variant_candidates.setdefault(label, []).append(variant)

    def result(self, plain_frames: int) -> tuple[FrameList, tuple[tuple[str, FrameList], ...]]:
        """(main list, reframe lists), each thinned to its share of ``plain_frames``."""
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
