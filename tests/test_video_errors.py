"""Bad video input: each gets a typed error or a warning, never a crash."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from takeitdown_client.core.errors import ErrorCode, MediaError
from takeitdown_client.core.pdq import hamming_distance
from takeitdown_client.core.video import fingerprint_video
from takeitdown_client.core.video_containers import probe_container

DATA = Path(__file__).resolve().parent / "data" / "vpdq"
VIDEO = DATA / "videos" / "pattern-sd-grey-bar.mp4"  # its moov box comes first
FFMPEG = shutil.which("ffmpeg")
needs_ffmpeg = pytest.mark.skipif(FFMPEG is None, reason="the ffmpeg command is not installed")


def reference_frames() -> list[dict[str, Any]]:
    data = json.loads((DATA / "expected" / "pattern-sd-grey-bar.json").read_text("utf-8"))
    frames: list[dict[str, Any]] = data["frames"]
    return frames


def ffmpeg(*args: str) -> None:
    assert FFMPEG is not None
    subprocess.run([FFMPEG, "-v", "error", "-y", *args], check=True, timeout=120)


def error_code(path: Path) -> str:
    with pytest.raises(MediaError) as caught:
        fingerprint_video(path)
    message = caught.value.message
    assert str(path) not in message and path.name not in message
    return caught.value.code


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def audio_only_mp4() -> bytes:
    """A minimal MP4 whose only track is sound: ftyp + moov/trak/mdia/hdlr('soun')."""
    hdlr = box(b"hdlr", b"\0" * 4 + b"\0" * 4 + b"soun" + b"\0" * 12 + b"Sound\0")
    moov = box(b"moov", box(b"trak", box(b"mdia", hdlr)))
    return box(b"ftyp", b"M4A \0\0\0\0M4A isom") + moov


# --- truncated files ---------------------------------------------------------------------


def test_truncated_mp4_gives_the_frames_that_decode_and_a_warning(tmp_path: Path) -> None:
    data = VIDEO.read_bytes()
    cut = tmp_path / "half.mp4"
    cut.write_bytes(data[: len(data) // 2])
    fingerprint = fingerprint_video(cut)
    assert [w.code for w in fingerprint.warnings] == [ErrorCode.TRUNCATED]
    reference = reference_frames()
    assert 0 < len(fingerprint.frames) < len(reference)
    for ours, ref in zip(fingerprint.frames, reference, strict=False):
        assert (ours.frame, ours.timestamp) == (ref["frame"], ref["timestamp"])
        assert hamming_distance(ours.pdq, ref["pdq"]) <= 8
    item = fingerprint.to_json()
    assert item["warnings"][0]["code"] == "truncated"


def test_mp4_cut_before_any_frame_is_truncated(tmp_path: Path) -> None:
    cut = tmp_path / "stub.mp4"
    cut.write_bytes(VIDEO.read_bytes()[:30_000])
    assert error_code(cut) == ErrorCode.TRUNCATED


@needs_ffmpeg
def test_mp4_with_index_at_the_end_cut_short_is_truncated(tmp_path: Path) -> None:
    whole = tmp_path / "index-last.mp4"
    ffmpeg("-i", str(VIDEO), "-c", "copy", str(whole))  # ffmpeg writes moov last
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    assert error_code(cut) == ErrorCode.TRUNCATED


@needs_ffmpeg
def test_truncated_mkv_warns(tmp_path: Path) -> None:
    whole = tmp_path / "whole.mkv"
    ffmpeg("-i", str(VIDEO), "-c", "copy", str(whole))
    cut = tmp_path / "cut.mkv"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    fingerprint = fingerprint_video(cut)
    assert [w.code for w in fingerprint.warnings] == [ErrorCode.TRUNCATED]
    assert 0 < len(fingerprint.frames) < len(reference_frames())


# --- no video in the file ---------------------------------------------------------------


def test_hand_made_audio_only_mp4(tmp_path: Path) -> None:
    path = tmp_path / "voice.m4a"
    path.write_bytes(audio_only_mp4())
    assert probe_container(path).has_video is False
    assert error_code(path) == ErrorCode.NO_VIDEO_STREAM


@needs_ffmpeg
@pytest.mark.parametrize(
    ("suffix", "codec"), [(".m4a", "aac"), (".mov", "aac"), (".webm", "libopus"), (".mka", "flac")]
)
def test_audio_only_files(tmp_path: Path, suffix: str, codec: str) -> None:
    path = tmp_path / f"sound{suffix}"
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", codec, str(path))
    assert error_code(path) == ErrorCode.NO_VIDEO_STREAM


def test_avi_with_undecodable_frames_has_no_frames(tmp_path: Path) -> None:
    path = tmp_path / "broken.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 10, (64, 48))
    for value in range(5):
        writer.write(np.full((48, 64, 3), value * 40, dtype=np.uint8))
    writer.release()
    data = bytearray(path.read_bytes())
    position = data.find(b"00dc")
    while position != -1:
        size = struct.unpack("<I", data[position + 4 : position + 8])[0]
        data[position + 8 : position + 8 + size] = b"\0" * size
        position = data.find(b"00dc", position + 8 + size)
    path.write_bytes(bytes(data))
    assert probe_container(path).has_video is True
    assert error_code(path) == ErrorCode.NO_FRAMES


# --- not a video at all --------------------------------------------------------------------


def test_random_bytes_are_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "noise.mp4"
    path.write_bytes(np.random.default_rng(1).integers(0, 256, 50_000, dtype=np.uint8).tobytes())
    assert error_code(path) == ErrorCode.CORRUPT


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    assert error_code(empty) == ErrorCode.EMPTY_FILE
    assert error_code(tmp_path / "gone.mp4") == ErrorCode.NOT_FOUND


def test_no_output_on_stderr_for_bad_files(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # FFmpeg and OpenCV would otherwise print decoder complaints (our logs stay quiet).
    cut = tmp_path / "half.mp4"
    data = VIDEO.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    fingerprint_video(cut)
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""
