"""Video fingerprints compatible with Meta's vPDQ.

vPDQ (ThreatExchange ``vpdq/cpp``) decodes every frame of the first video
stream, counts the decoded frames from 0, and hashes frame ``n`` when
``n % max(1, int(seconds_per_hash * fps)) == 0``, with ``fps`` the stream's
average frame rate. Each sampled frame is converted to RGB at its stored size
(no rotation, no resize) and hashed with PDQ from float32 luma; the timestamp
is ``float32(n) / float32(fps)``. We follow that rule with OpenCV's FFmpeg
backend: ``grab()`` decodes every frame (the decoder needs them as
references), and only sampled frames are converted with ``retrieve()``.

Sampled frames are hashed on a helper thread while the decoder moves on, with
at most one frame waiting, so memory stays flat for any length of video.

With ``dense`` (the default) the same pass also hashes vPDQ's frames at a fifth
of the interval and keeps a thinned list of them, with 9:16 reframes, for the
submission (``core/video_dense.py``). ``frames`` stays the plain vPDQ result.
"""

from __future__ import annotations

import math
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from .digest import file_digests
from .errors import Cancelled, ErrorCode, MediaError, media_error
from .fingerprints import VideoFingerprint, VpdqFrame
from .pdq import luma_from_rgb_float32, pdq_from_luma
from .video_containers import probe_container
from .video_dense import DenseSelection, dense_seconds_per_hash

ProgressCallback = Callable[[float], None]
CancelCheck = Callable[[], None]
BgrFrame = npt.NDArray[np.uint8]

DEFAULT_SECONDS_PER_HASH = 1.0
# Used when the stream gives no usable frame rate (and reported as a warning).
ASSUMED_FPS = 30.0
# FFmpeg falls back to the stream's clock (often 1000 or 90000 ticks a second)
# when a stream has no frame rate; no real video is this fast.
MAX_PLAUSIBLE_FPS = 1000.0
_PROGRESS_INTERVAL_S = 0.1
_POLL_S = 0.05


def fingerprint_video(
    path: Path,
    seconds_per_hash: float = DEFAULT_SECONDS_PER_HASH,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    *,
    dense: bool = True,
    reframes: bool = True,
) -> VideoFingerprint:
    """MD5, SHA-256 and vPDQ frames of a video file.

    ``frames`` are exactly what the ``vpdq`` package computes at
    ``seconds_per_hash``. With ``dense``, ``dense_frames`` also holds the thinned
    frames at ``seconds_per_hash / 5`` that a submission sends, and with
    ``reframes`` their 9:16 reframes (``variants``).

    Raises MediaError (no video stream, no decodable frame, unreadable file)
    or Cancelled. A truncated file or a guessed frame rate gives a result with
    ``warnings``.
    """
    if not (math.isfinite(seconds_per_hash) and seconds_per_hash >= 0):
        raise ValueError("seconds_per_hash must be a finite number >= 0")
    path = Path(path)
    stop = threading.Event()
    digests = _BackgroundDigests(path, stop)
    try:
        selection = DenseSelection(reframes=reframes) if dense else None
        frames, warnings = _sample_and_hash(path, seconds_per_hash, selection, progress, cancel)
        md5, sha256 = digests.result(cancel)
    finally:
        stop.set()
        digests.join()
    if progress:
        progress(1.0)
    plain = VideoFingerprint(md5, sha256, float(seconds_per_hash), tuple(frames), tuple(warnings))
    if selection is None:
        return plain
    dense_frames, variants = selection.result(len(frames))
    return replace(
        plain,
        dense_seconds_per_hash=dense_seconds_per_hash(float(seconds_per_hash)),
        dense_frames=dense_frames,
        variants=variants,
    )


def frame_step(seconds_per_hash: float, fps: float) -> int:
    """vPDQ's sampling interval in frames: ``max(1, int(seconds_per_hash * fps))``."""
    return max(1, int(seconds_per_hash * fps))


def frame_timestamp(frame: int, fps: float) -> float:
    """vPDQ's timestamp: computed in float32 as the C++ does, reported as a float."""
    return float(np.float32(frame) / np.float32(fps))


def usable_fps(reported: float) -> float | None:
    """The stream's frame rate, or None when it is missing or not believable."""
    if not math.isfinite(reported) or reported <= 0 or reported > MAX_PLAUSIBLE_FPS:
        return None
    return reported


def _sample_and_hash(
    path: Path,
    seconds_per_hash: float,
    selection: DenseSelection | None,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> tuple[list[VpdqFrame], list[MediaError]]:
    capture = _open_capture(path)
    warnings: list[MediaError] = []
    try:
        fps = usable_fps(capture.get(cv2.CAP_PROP_FPS))
        if fps is None:
            fps = ASSUMED_FPS
            warnings.append(media_error(ErrorCode.FRAME_RATE_UNKNOWN))
        declared = capture.get(cv2.CAP_PROP_FRAME_COUNT)
        declared_frames = int(declared) if 0 < declared < 1e9 else 0
        step = frame_step(seconds_per_hash, fps)
        dense_step = frame_step(dense_seconds_per_hash(seconds_per_hash), fps) if selection else 0
        hasher = _FrameHasher(selection)
        try:
            _decode_loop(
                capture, (step, dense_step), fps, declared_frames, hasher, progress, cancel
            )
            frames = hasher.finish(cancel)
        finally:
            hasher.abort()
    finally:
        capture.release()
    # Only the container's own sizes say "truncated": frame counts in headers
    # are unreliable (AVI counts B-frame placeholders, Matroska estimates).
    truncated = probe_container(path).truncated
    if not frames:
        raise media_error(ErrorCode.TRUNCATED if truncated else ErrorCode.NO_FRAMES)
    if truncated:
        warnings.append(media_error(ErrorCode.TRUNCATED))
    return frames, warnings


def _decode_loop(
    capture: cv2.VideoCapture,
    steps: tuple[int, int],
    fps: float,
    declared_frames: int,
    hasher: _FrameHasher,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> int:
    """Decode every frame and hand the sampled ones to ``hasher``; returns the count.

    ``steps`` are the plain vPDQ interval and the dense one (0: none), in frames.
    """
    step, dense_step = steps
    frame = 0
    next_report = 0.0
    while capture.grab():
        if cancel:
            cancel()
        plain = frame % step == 0
        candidate = dense_step > 0 and frame % dense_step == 0
        if plain or candidate:
            retrieved, image = capture.retrieve()
            if retrieved and image is not None and image.ndim == 3 and image.dtype == np.uint8:
                bgr = np.asarray(image, dtype=np.uint8)
                sample = _Sample(frame, frame_timestamp(frame, fps), bgr, plain, candidate)
                hasher.submit(sample, cancel)
        frame += 1
        if progress and declared_frames and time.monotonic() >= next_report:
            next_report = time.monotonic() + _PROGRESS_INTERVAL_S
            progress(min(0.99, frame / declared_frames))
    return frame


@cache
def _quiet_opencv() -> None:
    # OpenCV and FFmpeg log to stderr, sometimes with details of the file. Our
    # logs must not describe what was hashed, and errors are reported as codes.
    # FFmpeg reads its level once, when OpenCV first opens a video.
    os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")  # AV_LOG_QUIET
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)


def _open_capture(path: Path) -> cv2.VideoCapture:
    _quiet_opencv()
    try:
        if path.stat().st_size == 0:
            raise media_error(ErrorCode.EMPTY_FILE)
        with path.open("rb"):
            pass
    except FileNotFoundError as error:
        raise media_error(ErrorCode.NOT_FOUND) from error
    except OSError as error:
        raise media_error(ErrorCode.UNREADABLE) from error
    # The FFmpeg backend only: other backends guess at image sequences by name.
    capture = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG)
    if not capture.isOpened():
        capture.release()
        raise _why_not_opened(path)
    # vPDQ hashes frames as stored; OpenCV would apply the rotation metadata.
    capture.set(cv2.CAP_PROP_ORIENTATION_AUTO, 0)
    return capture


def _why_not_opened(path: Path) -> MediaError:
    facts = probe_container(path)
    if facts.has_video is False:
        return media_error(ErrorCode.NO_VIDEO_STREAM)
    if facts.truncated:
        return media_error(ErrorCode.TRUNCATED)
    return media_error(ErrorCode.CORRUPT)


@dataclass(frozen=True)
class _Sample:
    frame: int
    timestamp: float
    bgr: BgrFrame
    plain: bool  # one of vPDQ's frames at seconds_per_hash
    candidate: bool  # one of the dense frames offered to the selection


class _FrameHasher:
    """Hashes sampled frames on a helper thread, in order, one frame queued at most."""

    def __init__(self, selection: DenseSelection | None = None) -> None:
        self._selection = selection
        self._stop = threading.Event()
        self._queue: queue.Queue[_Sample | None] = queue.Queue(maxsize=1)
        self._frames: list[VpdqFrame] = []
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="vpdq-frame-hasher", daemon=True)
        self._thread.start()

    def submit(self, sample: _Sample, cancel: CancelCheck | None) -> None:
        self._put(sample, cancel)

    def finish(self, cancel: CancelCheck | None) -> list[VpdqFrame]:
        self._put(None, cancel)
        while self._thread.is_alive():
            if cancel:
                cancel()
            self._thread.join(_POLL_S)
        self._raise_failure()
        return self._frames

    def abort(self) -> None:
        """Stop the helper (after a failure or cancellation); a no-op once finished."""
        self._stop.set()
        self._thread.join()

    def _put(self, item: _Sample | None, cancel: CancelCheck | None) -> None:
        while True:
            self._raise_failure()
            if cancel:
                cancel()
            try:
                self._queue.put(item, timeout=_POLL_S)
                return
            except queue.Full:
                continue

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _check_stop(self) -> None:
        if self._stop.is_set():
            raise Cancelled()

    def _hash(self, sample: _Sample) -> None:
        if sample.candidate and self._selection is not None:
            self._selection.offer(sample.frame, sample.timestamp, sample.bgr, self._check_stop)
        if not sample.plain:
            return
        # An exact channel swap in place: twice as fast as a reversed view.
        rgb = np.asarray(cv2.cvtColor(sample.bgr, cv2.COLOR_BGR2RGB, dst=sample.bgr), np.uint8)
        pdq = pdq_from_luma(luma_from_rgb_float32(rgb), cancel=self._check_stop)
        self._frames.append(VpdqFrame(sample.frame, pdq.quality, pdq.hex, sample.timestamp))

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                try:
                    item = self._queue.get(timeout=_POLL_S)
                except queue.Empty:
                    continue
                if item is None:
                    return
                self._hash(item)
        except Cancelled:
            return
        except BaseException as error:  # noqa: BLE001 - re-raised on the decoding thread
            self._failure = error


class _BackgroundDigests:
    """MD5 and SHA-256 of the file, read on a helper thread while frames decode."""

    def __init__(self, path: Path, stop: threading.Event) -> None:
        self._path = path
        self._stop = stop
        self._value: tuple[str, str] | None = None
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="video-digests", daemon=True)
        self._thread.start()

    def result(self, cancel: CancelCheck | None) -> tuple[str, str]:
        while self._thread.is_alive():
            if cancel:
                cancel()
            self._thread.join(_POLL_S)
        if self._failure is not None:
            if isinstance(self._failure, FileNotFoundError):
                raise media_error(ErrorCode.NOT_FOUND) from self._failure
            if isinstance(self._failure, OSError):
                raise media_error(ErrorCode.UNREADABLE) from self._failure
            raise self._failure
        if self._value is None:
            raise Cancelled()
        return self._value

    def join(self) -> None:
        self._thread.join()

    def _check_stop(self) -> None:
        if self._stop.is_set():
            raise Cancelled()

    def _run(self) -> None:
        try:
            self._value = file_digests(self._path, cancel=self._check_stop)
        except Cancelled:
            return
        except BaseException as error:  # noqa: BLE001 - re-raised on the calling thread
            self._failure = error
