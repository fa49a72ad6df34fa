"""Short clips against a longer video: python-threatexchange's rules, the frame lists we send."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from takeitdown_client.cli import main
from takeitdown_client.core.fingerprints import VideoFingerprint, VpdqFrame
from takeitdown_client.core.payload import build_payload
from takeitdown_client.core.pdq import luma_from_rgb, pdq_from_luma
from takeitdown_client.core.video import fingerprint_video
from takeitdown_client.core.video_dense import (
    BATCH,
    CROP_LABEL,
    FILL_LABEL,
    DenseSelection,
    cover,
    crop_9x16,
    fill_9x16,
    main_copy,
    reframe_copy,
    thin,
)
from takeitdown_client.core.video_matching import match_video_lists

DATA = Path(__file__).resolve().parent / "data"
PICTURE = DATA / "pdq" / "images" / "bridge-mods" / "aaa-orig.jpg"
FFMPEG = shutil.which("ffmpeg")
needs_ffmpeg = pytest.mark.skipif(FFMPEG is None, reason="the ffmpeg command is not installed")


# --- python-threatexchange's rules, transcribed ------------------------------------------


def pte_dedupe(features: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """vpdq_util.dedupe: the first feature of each hash."""
    seen: set[str] = set()
    result = []
    for pdq_hex, quality in features:
        if pdq_hex not in seen:
            result.append((pdq_hex, quality))
            seen.add(pdq_hex)
    return result


def pte_quality_filter(features: list[tuple[str, int]], tolerance: int) -> list[tuple[str, int]]:
    return [f for f in features if f[1] >= tolerance]


def pte_in_another(first: list[tuple[str, int]], second: list[tuple[str, int]]) -> int:
    """match_VPDQ_in_another with distance_tolerance 31 (``<=``, as simple_distance)."""
    return sum(
        any(bin(int(a, 16) ^ int(b, 16)).count("1") <= 31 for b, _ in second) for a, _ in first
    )


def pte_compare(query: list[tuple[str, int]], compared: list[tuple[str, int]]) -> bool:
    """VPDQSignal.compare_hash's verdict: query >= 80 % and compared >= 0 %."""
    q = pte_quality_filter(pte_dedupe(query), 50)
    c = pte_quality_filter(pte_dedupe(compared), 50)
    if not q or not c:  # python-threatexchange would divide by zero
        return False
    query_percent = pte_in_another(q, c) * 100 / len(q)
    compared_percent = pte_in_another(c, q) * 100 / len(c)
    return query_percent >= 80.0 and compared_percent >= 0.0


def near(base: int, flips: list[int]) -> str:
    for bit in flips:
        base ^= 1 << bit
    return f"{base:064x}"


BASES = [0, (1 << 256) - 1, 0x5A5A << 100, (1 << 128) - 1]
features = st.lists(
    st.tuples(
        st.sampled_from(BASES),
        st.lists(st.integers(0, 255), max_size=40),
        st.sampled_from([0, 49, 50, 100]),
    ).map(lambda t: (near(t[0], t[1]), t[2])),
    max_size=12,
)


def as_frames(items: list[tuple[str, int]]) -> tuple[VpdqFrame, ...]:
    return tuple(VpdqFrame(n, q, pdq, n * 0.2) for n, (pdq, q) in enumerate(items))


@settings(max_examples=80, deadline=None)
@given(features, features, st.lists(features, max_size=2))
def test_clip_matcher_follows_python_threatexchange(
    clip: list[tuple[str, int]], main_list: list[tuple[str, int]], variants: list[Any]
) -> None:
    long = VideoFingerprint(
        "0" * 32,
        "0" * 64,
        1.0,
        (),
        dense_seconds_per_hash=0.2,
        dense_frames=as_frames(main_list),
        variants=tuple((f"crop:v{i}", as_frames(v)) for i, v in enumerate(variants)),
    )
    result = match_video_lists(as_frames(clip), long)
    expected = pte_compare(clip, main_list) or any(pte_compare(clip, v) for v in variants)
    assert result.matched == expected
    if result.matched:
        assert result.reason is None
        which = main_list if result.frame_list == "frames" else variants[int(result.frame_list[-1])]
        assert pte_compare(clip, which)
    if result.found_from is not None:
        assert result.found_to is not None and result.found_from <= result.found_to


def test_thinning_keeps_a_cover_within_budget() -> None:
    frames = [VpdqFrame(n, 100, near(0, list(range(n))), n * 0.2) for n in range(60)]
    kept = thin(frames, 100, 10)
    assert len(kept) < len(frames)
    # Every dropped frame is close to a kept one, before or after it.
    for frame in frames:
        assert min(bin(int(frame.pdq, 16) ^ int(k.pdq, 16)).count("1") for k in kept) <= 10
    # Over budget, the threshold rises only as far as needed.
    assert cover(frames, 10) != thin(frames, 2, 10) == cover(frames, 16)
    # A frame in the middle of a stretch stands for both sides.
    assert len(cover(frames, 10)) < len(frames) / 10 + 2
    # A video that never stops moving: evenly spaced frames, within the cap.
    moving = [VpdqFrame(n, 100, hashlib.sha256(bytes([n])).hexdigest(), n * 0.2) for n in range(60)]
    assert [frame.frame for frame in thin(moving, 3)] == [0, 20, 40]
    # However long the video, its lists fit a registry's 20000 frames.
    selection = DenseSelection(
        candidates=frames * 500, variant_candidates={CROP_LABEL: frames * 500}
    )
    main, variants = selection.result(plain_frames=15_000)
    assert len(main) + sum(len(kept) for _, kept in variants) <= 20_000
    assert thin([VpdqFrame(0, 49, "0" * 64, 0.0)], 5) == ()


def test_batched_candidates_keep_their_own_frame_and_hash() -> None:
    """Batches (also a partial one, and a stream that changes size) hash each candidate alone."""
    rng = np.random.default_rng(13)
    sizes = [(720, 1280)] * (BATCH + 3) + [(360, 640)] * 4
    frames = [rng.integers(0, 256, (*size, 3), dtype=np.uint8) for size in sizes]
    batched = DenseSelection()
    for number, bgr in enumerate(frames):
        batched.offer(number, number * 0.2, bgr, None)
    batched.flush()
    for number, bgr in enumerate(frames):
        alone = DenseSelection()
        alone.offer(number, number * 0.2, bgr, None)
        alone.flush()
        assert batched.candidates[number] == alone.candidates[0]
        for label in (CROP_LABEL, FILL_LABEL):  # reframes for every candidate
            assert batched.variant_candidates[label][number] == alone.variant_candidates[label][0]
    assert [f.frame for f in batched.variant_candidates[CROP_LABEL]] == list(range(len(frames)))
    # Crop and fill share one batch: each is still the single-picture PDQ of its own luma.
    for number, bgr in enumerate(frames):
        copy = reframe_copy(bgr)
        main = luma_from_rgb(np.ascontiguousarray(main_copy(copy)[:, :, ::-1]))
        crop = luma_from_rgb(np.ascontiguousarray(crop_9x16(copy)[:, :, ::-1]))
        for label, luma in ((CROP_LABEL, crop), (FILL_LABEL, fill_9x16(crop, main))):
            alone_pdq = pdq_from_luma(luma)
            got = batched.variant_candidates[label][number]
            assert (got.pdq, got.quality) == (alone_pdq.hex, alone_pdq.quality)


def test_submitted_frames_are_pdqhash_of_the_scaled_frame_and_its_crop() -> None:
    """The main list's frames and the crops are pdqhash's PDQ of pixels anyone can remake:
    the frame scaled down by a whole factor to about 360 lines (OpenCV, INTER_AREA), then
    halved for the main list, or its centre 9:16 column for the crop."""
    pdqhash = pytest.importorskip("pdqhash")
    rgb = np.asarray(Image.open(PICTURE).convert("RGB"))
    for width, height, factor in ((1280, 720, 2), (1920, 1080, 3), (854, 480, 1)):
        frame = cv2.resize(rgb, (width, height), interpolation=cv2.INTER_LINEAR)
        selection = DenseSelection()
        selection.offer(0, 0.0, np.ascontiguousarray(frame[:, :, ::-1]), None)
        selection.flush()
        copy = frame
        if factor > 1:
            size = (width // factor, height // factor)
            copy = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
        rows, columns = copy.shape[:2]
        main = cv2.resize(copy, (columns // 2, rows // 2), interpolation=cv2.INTER_AREA)
        crop_width = round(rows * 9 / 16)
        left = (columns - crop_width) // 2
        expected = {
            "": main,
            CROP_LABEL: np.ascontiguousarray(copy[:, left : left + crop_width]),
        }
        got = {"": selection.candidates[0], CROP_LABEL: selection.variant_candidates[CROP_LABEL][0]}
        for label, pixels in expected.items():
            bits, quality = pdqhash.compute(pixels)
            assert got[label].pdq == f"{int(''.join(str(int(b)) for b in bits), 2):064x}"
            assert got[label].quality == int(quality)


# --- a clip cut from a video made of the test data --------------------------------------------


def ffmpeg(*args: str) -> None:
    assert FFMPEG is not None
    subprocess.run([FFMPEG, "-v", "error", "-y", *args], check=True, timeout=120)


def picture_video(target: Path, filters: str) -> Path:
    """12 s of the bridge picture through ``filters``, H.264 at 30 fps."""
    ffmpeg(
        "-loop", "1", "-framerate", "30", "-t", "12", "-i", str(PICTURE),
        "-vf", f"{filters},format=yuv420p",
        "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18", str(target),
    )  # fmt: skip
    return target


@pytest.fixture(scope="module")
def long_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A slow pan (a quarter of the way across), 640x360."""
    pan = "scale=1280:-2,crop=640:360:x='(iw-ow)*t/48':y='(ih-oh)/2'"
    return picture_video(tmp_path_factory.mktemp("clips") / "long.mp4", pan)


@pytest.fixture(scope="module")
def still_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A still shot with film grain, 640x360."""
    grain = "scale=640:360,noise=alls=3:allf=t"
    return picture_video(tmp_path_factory.mktemp("clips") / "still.mp4", grain)


def cut(long_video: Path, target: Path, filters: str) -> Path:
    ffmpeg(
        "-ss", "3.37", "-t", "6.5", "-i", str(long_video), "-vf", filters,
        "-c:v", "libx264", "-preset", "ultrafast", "-crf", "23", str(target),
    )  # fmt: skip
    return target


@needs_ffmpeg
def test_a_reencoded_clip_is_found_where_it_was_cut(long_video: Path, tmp_path: Path) -> None:
    clip = fingerprint_video(cut(long_video, tmp_path / "clip.mp4", "scale=320:-2"), dense=False)
    long = fingerprint_video(long_video)
    assert long.frames == fingerprint_video(long_video, dense=False).frames
    result = match_video_lists(clip, long)
    assert result.matched, result
    assert result.frame_list == "frames"
    assert result.found_from is not None and result.found_to is not None
    assert 3.0 <= result.found_from <= 4.0 and 8.5 <= result.found_to <= 10.0
    # The payload carries what matched, and says how densely it was sampled.
    item = build_payload([long], "adult", "self").items[0]
    assert item["vpdq"]["seconds_per_hash"] == 0.2
    assert len(item["vpdq"]["frames"]) == len(long.dense_frames) <= 2 * len(long.frames)
    assert [v["label"] for v in item["vpdq_variants"]] == ["crop:9x16", "fill:9x16"]


@needs_ffmpeg
def test_a_vertical_crop_matches_through_the_crop_list(still_video: Path, tmp_path: Path) -> None:
    long = fingerprint_video(still_video)
    # A still shot: near-duplicates are dropped from every list.
    assert len(long.dense_frames) < len(long.frames)
    clip = fingerprint_video(cut(still_video, tmp_path / "crop.mp4", "crop=202:360"), dense=False)
    assert not match_video_lists(clip, replace(long, variants=())).matched
    result = match_video_lists(clip, long)
    assert result.matched, result
    assert result.frame_list == "crop:9x16"


@needs_ffmpeg
def test_match_command_says_where_and_why_not(
    long_video: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clip = cut(long_video, tmp_path / "clip.mp4", "scale=320:-2")
    assert main(["match", str(clip), str(long_video)]) == 0
    out = capsys.readouterr().out
    found = re.search(r"Found in B at frames (\d+) s to (\d+) s", out)
    assert found and 3 <= int(found[1]) <= 4 and 9 <= int(found[2]) <= 10, out
    assert "Verdict: MATCH" in out
    other = DATA / "vpdq" / "videos" / "pattern-sd-grey-bar.mp4"
    assert main(["match", "--json", str(other), str(long_video)]) == 1
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert data["reason"] == "too_few_query_frames_found"
    assert data["median_distance"] > 31
    assert main(["match", str(other), str(long_video)]) == 1
    assert "Why not: only 0.0% of A's frames are within 31 bits" in capsys.readouterr().out
