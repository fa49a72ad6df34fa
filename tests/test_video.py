"""Video fingerprints against the vPDQ reference values (vpdq 0.2.5 output)."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from takeitdown_client.core.errors import Cancelled
from takeitdown_client.core.fingerprints import VideoFingerprint
from takeitdown_client.core.pdq import hamming_distance
from takeitdown_client.core.video import (
    ASSUMED_FPS,
    fingerprint_video,
    frame_step,
    frame_timestamp,
    usable_fps,
)

DATA = Path(__file__).resolve().parent / "data" / "vpdq"
VIDEOS = DATA / "videos"
MAX_BITS = 8
MIN_EXACT_SHARE = 0.95
FFMPEG = shutil.which("ffmpeg")
needs_ffmpeg = pytest.mark.skipif(FFMPEG is None, reason="the ffmpeg command is not installed")


def expected(stem: str, root: Path = DATA) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / "expected" / f"{stem}.json").read_text("utf-8"))
    return data


def frame_distances(fingerprint: VideoFingerprint, reference: list[dict[str, Any]]) -> list[int]:
    """Per-frame Hamming distances; frame numbers and timestamps must be equal."""
    ours = [(f.frame, f.timestamp) for f in fingerprint.frames]
    assert ours == [(f["frame"], f["timestamp"]) for f in reference]
    distances = []
    for frame, ref in zip(fingerprint.frames, reference, strict=True):
        distance = hamming_distance(frame.pdq, ref["pdq"])
        if distance == 0:
            assert frame.quality == ref["quality"]
        distances.append(distance)
    return distances


def assert_close(distances: list[int]) -> None:
    assert max(distances, default=0) <= MAX_BITS
    assert sum(d == 0 for d in distances) >= MIN_EXACT_SHARE * len(distances)


def ffmpeg(*args: str) -> None:
    assert FFMPEG is not None
    subprocess.run([FFMPEG, "-v", "error", "-y", *args], check=True, timeout=120)


@pytest.mark.parametrize("stem", sorted(p.stem for p in (DATA / "expected").glob("*.json")))
def test_reference_subset(stem: str) -> None:
    ref = expected(stem)
    fingerprint = fingerprint_video(VIDEOS / ref["file"])
    assert (fingerprint.md5, fingerprint.sha256) == (ref["md5"], ref["sha256"])
    assert fingerprint.seconds_per_hash == ref["seconds_per_hash"]
    assert fingerprint.warnings == ()
    assert_close(frame_distances(fingerprint, ref["frames"]))


@pytest.mark.slow
def test_full_reference_set(shared_reference: Path) -> None:
    root = shared_reference / "vpdq"
    distances: list[int] = []
    for path in sorted((root / "expected").glob("*.json")):
        ref = expected(path.stem, root)
        fingerprint = fingerprint_video(root / "videos" / ref["file"])
        assert fingerprint.sha256 == ref["sha256"]
        distances += frame_distances(fingerprint, ref["frames"])
    assert len(distances) == 170
    assert_close(distances)


def test_json_shape_is_the_hash_item_shape() -> None:
    ref = expected("test-padded-dimensions")
    data = fingerprint_video(VIDEOS / ref["file"], dense=False).to_json()
    assert data["media"] == "video"
    assert set(data) == {"media", "md5", "sha256", "vpdq"}
    assert data["vpdq"]["seconds_per_hash"] == 1.0
    assert set(data["vpdq"]["frames"][0]) == {"frame", "quality", "pdq", "timestamp"}
    dense = fingerprint_video(VIDEOS / ref["file"]).to_json()
    assert dense["vpdq"] == data["vpdq"]  # the plain vPDQ frames are unchanged
    assert dense["vpdq_dense"]["seconds_per_hash"] == 0.2
    assert set(dense["vpdq_dense"]["frames"][0]) == {"frame", "quality", "pdq", "timestamp"}


def test_recognised_by_content_not_name(tmp_path: Path) -> None:
    from takeitdown_client.core.hashing import hash_file

    ref = expected("pattern-sd-grey-bar")
    disguised = tmp_path / "holiday-notes.txt"
    shutil.copyfile(VIDEOS / ref["file"], disguised)
    fingerprint = hash_file(disguised)
    assert isinstance(fingerprint, VideoFingerprint)
    assert_close(frame_distances(fingerprint, ref["frames"]))


# --- containers and metadata ----------------------------------------------------------


@needs_ffmpeg
@pytest.mark.parametrize("suffix", [".mov", ".mkv", ".3gp"])
def test_remuxed_containers_give_the_reference_frames(tmp_path: Path, suffix: str) -> None:
    ref = expected("pattern-sd-grey-bar")
    target = tmp_path / f"copy{suffix}"
    ffmpeg("-i", str(VIDEOS / ref["file"]), "-c", "copy", "-an", str(target))
    fingerprint = fingerprint_video(target)
    assert fingerprint.warnings == ()
    assert_close(frame_distances(fingerprint, ref["frames"]))


@needs_ffmpeg
@pytest.mark.parametrize(
    ("suffix", "codec"),
    [
        (
            ".webm",
            ["-c:v", "libvpx-vp9", "-lossless", "1", "-deadline", "realtime", "-cpu-used", "8"],
        ),
        (".avi", ["-c:v", "ffv1"]),
    ],
)
def test_lossless_reencodes_give_the_reference_frames(
    tmp_path: Path, suffix: str, codec: list[str]
) -> None:
    # Lossless codecs keep the decoded YUV frames, so the hashes must not move.
    ref = expected("pattern-sd-grey-bar")
    target = tmp_path / f"copy{suffix}"
    ffmpeg("-i", str(VIDEOS / ref["file"]), "-frames:v", "31", "-an", *codec, str(target))
    fingerprint = fingerprint_video(target)
    assert fingerprint.warnings == ()
    assert_close(frame_distances(fingerprint, ref["frames"][:2]))


@needs_ffmpeg
def test_rotation_metadata_is_ignored_like_vpdq(tmp_path: Path) -> None:
    ref = expected("pattern-sd-grey-bar")
    target = tmp_path / "rotated.mp4"
    ffmpeg(
        "-i", str(VIDEOS / ref["file"]), "-c", "copy", "-metadata:s:v:0", "rotate=90", str(target)
    )  # fmt: skip
    capture = cv2.VideoCapture(str(target), cv2.CAP_FFMPEG)
    assert capture.get(cv2.CAP_PROP_ORIENTATION_META) in (90.0, 270.0)  # really rotated
    capture.release()
    assert_close(frame_distances(fingerprint_video(target), ref["frames"]))


def vpdq_cases(tmp_path: Path) -> list[Path]:
    ntsc = tmp_path / "ntsc.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=30000/1001:duration=4",
        "-c:v", "libx264", "-pix_fmt", "yuv420p", str(ntsc),
    )  # fmt: skip
    # H.264 copied into AVI: the container reports 60 fps and twice the frames.
    avi = tmp_path / "h264.avi"
    ffmpeg("-i", str(VIDEOS / "pattern-sd-grey-bar.mp4"), "-c", "copy", "-an", str(avi))
    return [ntsc, avi]


@needs_ffmpeg
def test_odd_frame_rates_match_the_vpdq_package(tmp_path: Path) -> None:
    vpdq = pytest.importorskip("vpdq")
    for path in vpdq_cases(tmp_path):
        for seconds in (1.0, 0.5):
            reference = vpdq.computeHash(str(path), seconds_per_hash=seconds)
            ours = fingerprint_video(path, seconds_per_hash=seconds)
            assert [(f.frame, f.timestamp) for f in ours.frames] == [
                (f.frame_number, f.timestamp) for f in reference
            ]
            assert_close(
                [
                    hamming_distance(a.pdq, b.hex)
                    for a, b in zip(ours.frames, reference, strict=True)
                ]
            )
            assert ours.warnings == ()


# --- the sampling rule ------------------------------------------------------------------


def write_video(path: Path, frames: int, fps: float, size: tuple[int, int] = (96, 64)) -> None:
    """A small MJPEG AVI (OpenCV can always write these) with changing content."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    assert writer.isOpened()
    width, height = size
    ramp = np.add.outer(np.arange(height), np.arange(width)).astype(np.uint8)
    for index in range(frames):
        image = np.dstack([ramp, ramp[::-1], np.roll(ramp, index * 3, axis=1)])
        top, left = (index * 5) % (height // 2), (index * 7) % (width // 2)
        image[top : top + height // 4, left : left + width // 4] = 255
        writer.write(np.ascontiguousarray(image))
    writer.release()


@pytest.mark.parametrize(("fps", "seconds", "step"), [(10, 1.0, 10), (10, 0.55, 5), (10, 0.0, 1)])
def test_sampling_rule(tmp_path: Path, fps: int, seconds: float, step: int) -> None:
    path = tmp_path / "clip.avi"
    write_video(path, 23, fps)
    fingerprint = fingerprint_video(path, seconds_per_hash=seconds)
    assert [f.frame for f in fingerprint.frames] == list(range(0, 23, step))
    assert [f.timestamp for f in fingerprint.frames] == [
        float(np.float32(n) / np.float32(fps)) for n in range(0, 23, step)
    ]
    assert fingerprint.warnings == ()


def test_rule_helpers() -> None:
    assert frame_step(1.0, 29.97002997002997) == 29
    assert frame_step(1.0, 0.5) == 1
    assert frame_step(0.0, 30) == 1
    # vPDQ divides in float32 (the C++ casts the frame rate to float).
    assert frame_timestamp(29, 30000 / 1001) == float(np.float32(29) / np.float32(30000 / 1001))
    assert frame_timestamp(29, 30000 / 1001) != 29 / (30000 / 1001)
    assert frame_timestamp(60, 30.0) == 2.0


@pytest.mark.parametrize("reported", [0.0, -1.0, float("nan"), float("inf"), 90000.0, 15360.0])
def test_unusable_frame_rates(reported: float) -> None:
    assert usable_fps(reported) is None


@pytest.mark.parametrize("reported", [0.5, 23.976, 25.0, 60.0, 240.0])
def test_usable_frame_rates(reported: float) -> None:
    assert usable_fps(reported) == reported
    assert ASSUMED_FPS == 30.0


def test_seconds_per_hash_must_be_sane(tmp_path: Path) -> None:
    for bad in (-1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            fingerprint_video(VIDEOS / "doorknob-hd-no-bar.mp4", seconds_per_hash=bad)


# --- progress and cancellation ------------------------------------------------------------


def test_progress_rises_to_one() -> None:
    seen: list[float] = []
    fingerprint_video(VIDEOS / "pattern-sd-grey-bar.mp4", progress=seen.append)
    assert seen[-1] == 1.0
    assert all(0.0 <= value <= 1.0 for value in seen)
    assert seen == sorted(seen)


def test_cancellation_is_prompt_and_leaves_no_threads(tmp_path: Path) -> None:
    path = tmp_path / "long.avi"
    write_video(path, 600, 30, size=(640, 480))
    before = threading.active_count()
    stop = threading.Event()
    stopped_at: list[float] = []

    def cancel() -> None:
        if stop.is_set():
            stopped_at.append(time.monotonic())
            raise Cancelled()

    def progress(fraction: float) -> None:
        if fraction > 0.05:
            stop.set()

    started = time.monotonic()
    with pytest.raises(Cancelled):
        fingerprint_video(path, seconds_per_hash=0.0, progress=progress, cancel=cancel)
    finished = time.monotonic()
    assert stopped_at and finished - stopped_at[0] < 1.0
    assert finished - started < 20
    assert threading.active_count() == before


def test_cancel_before_start() -> None:
    def cancel() -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        fingerprint_video(VIDEOS / "doorknob-hd-no-bar.mp4", cancel=cancel)
