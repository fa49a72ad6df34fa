"""Clip benchmark: do short re-encoded clips of a long video match what we submit for it?

    python tests/benchmarks/bench_clips.py [--quick] [--videos 3] [--minutes 2] [--clips 2]

A platform receives a clip of 5 to 30 s cut at any moment of a longer video,
re-encoded (720p, 480p, another frame rate, a lower bitrate), reframed to 9:16
(centre crop, or the whole picture on a blurred fill) or given a caption bar. It
hashes the clip with vPDQ at one frame a second (the ``vpdq`` package when
installed, else our bit-exact vPDQ) and matches it as python-threatexchange
does: a frame matches within 31 bits, frames of quality < 50 are ignored, and
at least 80 % of the clip's frames must match. A clip counts as found when it
matches one of the frame lists submitted for its video (``vpdq.frames`` or one
of ``vpdq_variants``: a bank holds each list as its own signal).

Measured, for today's submission (vPDQ at 1 s) and ours, in the same run:
1. the share of clips matched per transform;
2. frames submitted per minute of video;
3. false matches: clips matched against the other videos' submissions;
4. time to fingerprint each long video (wall and CPU), interleaved.

The long videos are synthetic (ffmpeg): pans and zooms over the reference test
pictures, cuts between them, a moving object and film-grain noise; one of them
runs at 60 fps. Each video uses its own pictures. Videos and clips are made in
a cache under the system's temp dir (``--fresh`` uses a throw-away dir), never
in the repository. Needs the ffmpeg command.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from takeitdown_client.core.fingerprints import VideoFingerprint, VpdqFrame
from takeitdown_client.core.matching import PDQ_MIN_QUALITY as MIN_QUALITY
from takeitdown_client.core.payload import build_payload
from takeitdown_client.core.video import fingerprint_video
from takeitdown_client.core.video_matching import match_videos

ROOT = Path(__file__).resolve().parents[2]
PICTURE_DIRS = (
    ROOT.parent / "shared" / "reference" / "pdq" / "images",
    ROOT / "tests" / "data" / "pdq" / "images",
)
# Distinct scenes only (the reference set holds many edits of the same bridge).
PICTURES = (
    "bridge-mods/aaa-orig.jpg",
    "reg-test-input/pen-and-coaster.png",
    "reg-test-input/exif-rotn/exif-rotn-1.jpg",
    "reg-test-input/exif-rotn/exif-rotn-6.jpg",
    "reg-test-input/labelme-subset/q0003.jpg",
    "reg-test-input/labelme-subset/q0122.jpg",
    "reg-test-input/labelme-subset/q0004.jpg",
    "reg-test-input/labelme-subset/q0291.jpg",
    "reg-test-input/labelme-subset/q0746.jpg",
    "reg-test-input/labelme-subset/q1050.jpg",
    "reg-test-input/labelme-subset/q2821.jpg",
    "misc-images/small.jpg",
)
WIDTH, HEIGHT = 1280, 720
PLAIN = ("720p", "480p", "fps", "bitrate")
REFRAMED = ("crop9x16", "fill9x16")
TRANSFORMS = (*PLAIN, *REFRAMED, "caption")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def ffmpeg(*args: str) -> None:
    executable = shutil.which("ffmpeg")
    if executable is None:
        sys.exit("the ffmpeg command is needed to make the benchmark videos")
    command = [executable, "-v", "error", "-y", "-threads", "2", *args]
    subprocess.run(command, check=True, timeout=900)


def pictures() -> list[Path]:
    for folder in PICTURE_DIRS:
        found = [folder / name for name in PICTURES if (folder / name).is_file()]
        if len(found) >= 3:
            return found
    sys.exit("no test pictures found (tests/data/pdq/images)")


# --- long videos -------------------------------------------------------------------


@dataclass(frozen=True)
class LongVideo:
    path: Path
    fps: int
    seconds: float


def _segment_filter(kind: str, seconds: float, fps: int, colour: str) -> str:
    """Filter graph for one shot: [0] is the picture, [1] a small coloured square."""
    s = f"{seconds:.3f}"
    still = f"loop=loop=-1:size=1:start=0,fps={fps},trim=duration={s},setpts=N/{fps}/TB"
    if kind.startswith("pan"):
        width = 2560 if kind == "pan" else 1920
        direction = "t" if kind == "pan" else f"({s}-t)"
        picture = (
            f"[0:v]scale={width}:{width * 9 // 16}:force_original_aspect_ratio=increase,{still},"
            f"crop={WIDTH}:{HEIGHT}:x='(iw-ow)*{direction}/{s}':y='(ih-oh)*(0.3+0.4*t/{s})'"
        )
    elif kind.startswith("zoom"):
        growth = f"(1.6-0.5*t/{s})" if kind == "zoom" else f"(1.1+0.5*t/{s})"
        picture = (
            f"[0:v]scale=2048:1152:force_original_aspect_ratio=increase,crop=2048:1152,{still},"
            f"scale=w='trunc({WIDTH}*{growth}/2)*2':h=-2:eval=frame:flags=bilinear,"
            f"crop={WIDTH}:{HEIGHT}"
        )
    else:
        picture = (
            f"[0:v]scale={WIDTH}:{HEIGHT}:force_original_aspect_ratio=increase,"
            f"crop={WIDTH}:{HEIGHT},{still}"
        )
    return (
        f"{picture}[bg];color=c={colour}:s=150x150:r={fps}[obj];"
        "[bg][obj]overlay=x='mod(t*120,W+200)-200':y='H*0.5+100*sin(t*1.3)':shortest=1,"
        "noise=alls=3:allf=t,format=yuv420p"
    )


def make_long_video(cache: Path, index: int, minutes: float, pics: Sequence[Path]) -> LongVideo:
    fps = 60 if index == 2 else 30
    seconds = minutes * 60
    recipe = (index, minutes, [p.name for p in pics], 4)
    key = hashlib.sha256(repr(recipe).encode()).hexdigest()[:12]
    path = cache / f"long-{index}-{key}.mp4"
    if path.exists():
        return LongVideo(path, fps, seconds)
    print(f"  (making long video {index + 1}: {minutes:g} min at {fps} fps, once)", flush=True)
    rng = random.Random(index)
    # Half of the time a still camera (a moving subject), half pans and zooms.
    kinds = ("pan", "static", "zoom", "static", "panback", "static", "zoomin", "static")
    parts: list[Path] = []
    total = 0.0
    while total < seconds - 0.5:
        length = min(rng.uniform(8, 35), seconds - total)
        part = cache / f"part-{key}-{len(parts)}.mp4"
        kind = kinds[len(parts) % len(kinds)]
        picture = pics[len(parts) % len(pics)]
        colour = f"0x{rng.randrange(0x202020, 0xE0E0E0):06x}"
        ffmpeg(
            "-i", str(picture),
            "-filter_complex", _segment_filter(kind, length, fps, colour),
            "-frames:v", str(round(length * fps)), "-r", str(fps),
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18", str(part),
        )  # fmt: skip
        parts.append(part)
        total += round(length * fps) / fps
    listing = cache / f"long-{key}.txt"
    listing.write_text("".join(f"file '{p.name}'\n" for p in parts), "utf-8")
    ffmpeg("-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy", str(path))
    for part in parts:
        part.unlink()
    listing.unlink()
    return LongVideo(path, fps, seconds)


# --- clips, hashed as a platform would ---------------------------------------------------


@dataclass(frozen=True)
class Clip:
    video: int
    transform: str
    start: float
    seconds: float
    frames: tuple[VpdqFrame, ...]


def _transform_args(transform: str, source_fps: int) -> list[str]:
    crop_w = HEIGHT * 9 // 16 // 2 * 2
    if transform == "720p":
        return ["-vf", f"scale={WIDTH}:{HEIGHT}", "-crf", "23"]
    if transform == "480p":
        return ["-vf", "scale=-2:480", "-crf", "26"]
    if transform == "fps":
        target = {60: 30}.get(source_fps, 25)
        return ["-vf", f"fps={target}", "-crf", "23"]
    if transform == "bitrate":
        return ["-b:v", "350k", "-maxrate", "350k", "-bufsize", "700k"]
    if transform == "crop9x16":
        return ["-vf", f"crop={crop_w}:{HEIGHT}", "-crf", "23"]
    if transform == "fill9x16":
        graph = (
            f"split[a][b];[a]crop={crop_w}:{HEIGHT},boxblur=20:2[bg];"
            f"[b]scale={crop_w}:-2[fg];[bg][fg]overlay=0:(H-h)/2"
        )
        return ["-filter_complex", graph, "-crf", "23"]
    if transform == "caption":
        bar = "pad=iw:ih+130:0:130:white"
        if FONT.is_file():
            bar += (
                f",drawtext=fontfile={FONT}:text='wait for it':fontsize=64:fontcolor=black"
                ":x=(w-tw)/2:y=(130-th)/2"
            )
        return ["-vf", bar, "-crf", "23"]
    raise ValueError(transform)


def platform_hash(path: Path) -> tuple[VpdqFrame, ...]:
    try:
        import vpdq  # the bench extra; the reference implementation
    except ImportError:
        return fingerprint_video(path, 1.0).frames
    return tuple(
        VpdqFrame(f.frame_number, f.quality, f.hex, f.timestamp)
        for f in vpdq.computeHash(str(path), seconds_per_hash=1.0)
    )


def make_clip(
    cache: Path, video: LongVideo, index: int, transform: str, rng: random.Random
) -> Clip:
    seconds = round(rng.uniform(5, 30), 3)
    start = round(rng.uniform(0, video.seconds - seconds - 0.2), 3)
    key = f"{video.path.stem}-{transform}-{start}-{seconds}"
    saved = cache / f"clip-{key}.json"
    if saved.exists():
        data = json.loads(saved.read_text("utf-8"))
        frames = tuple(VpdqFrame.from_json(f) for f in data)
        return Clip(index, transform, start, seconds, frames)
    target = cache / f"clip-{key}.mp4"
    ffmpeg(
        "-ss", f"{start}", "-t", f"{seconds}", "-i", str(video.path), "-an",
        *_transform_args(transform, video.fps),
        "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", str(target),
    )  # fmt: skip
    frames = platform_hash(target)
    target.unlink()
    saved.write_text(json.dumps([f.to_json() for f in frames]), "utf-8")
    return Clip(index, transform, start, seconds, frames)


# --- what we submit ------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    lists: tuple[tuple[VpdqFrame, ...], ...]  # vpdq.frames first, then each variant

    @property
    def frame_count(self) -> int:
        return sum(len(frames) for frames in self.lists)


def submitted_lists(fingerprint: VideoFingerprint) -> Submission:
    """The frame lists of the payload item built for this fingerprint."""
    item = build_payload([fingerprint], "adult", "self").items[0]
    vpdq = item["vpdq"]
    lists = [vpdq["frames"], *(variant["frames"] for variant in item.get("vpdq_variants", []))]
    return Submission(
        tuple(
            tuple(VpdqFrame(n, f["quality"], f["pdq"], f["timestamp"]) for n, f in enumerate(each))
            for each in lists
        )
    )


def today(path: Path) -> VideoFingerprint:
    """The submission before issue 13: vPDQ at 1 s, nothing else."""
    return fingerprint_video(path, 1.0, dense=False)


def ours(path: Path) -> VideoFingerprint:
    return fingerprint_video(path)


STRATEGIES: dict[str, Callable[[Path], VideoFingerprint]] = {"today": today, "ours": ours}


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


Timings = dict[str, list[tuple[float, float]]]


def fingerprint_all(videos: Sequence[LongVideo]) -> tuple[dict[str, list[Submission]], Timings]:
    """Every strategy on every long video, interleaved; (submissions, timings)."""
    submissions: dict[str, list[Submission]] = {name: [] for name in STRATEGIES}
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in STRATEGIES}
    for video in videos:
        for name, strategy in STRATEGIES.items():
            started, started_cpu = time.perf_counter(), cpu_seconds()
            fingerprint = strategy(video.path)
            timings[name].append((time.perf_counter() - started, cpu_seconds() - started_cpu))
            submissions[name].append(submitted_lists(fingerprint))
    return submissions, timings


def matchable(clip: Clip) -> bool:
    return any(frame.quality >= MIN_QUALITY for frame in clip.frames)


def clip_matches(clip: Clip, submission: Submission) -> bool:
    return any(match_videos(clip.frames, frames).matched for frames in submission.lists)


# --- the report ------------------------------------------------------------------------


def report(
    videos: Sequence[LongVideo],
    clips: Sequence[Clip],
    submissions: dict[str, list[Submission]],
    timings: dict[str, list[tuple[float, float]]],
) -> None:
    names = list(STRATEGIES)
    print("\n1. clips matched, per transform")
    print(f"   {'transform':10} {'clips':>5} " + " ".join(f"{n:>8}" for n in names))
    groups = [(t, [c for c in clips if c.transform == t]) for t in TRANSFORMS]
    groups += [("plain", [c for c in clips if c.transform in PLAIN])]
    groups += [("9:16", [c for c in clips if c.transform in REFRAMED])]
    for label, all_members in groups:
        # A clip with no frame of quality >= 50 matches nothing, whatever was submitted.
        members = [c for c in all_members if matchable(c)]
        if not members:
            continue
        shares = []
        for name in names:
            found = sum(clip_matches(c, submissions[name][c.video]) for c in members)
            shares.append(f"{100 * found / len(members):7.1f}%")
        print(f"   {label:10} {len(members):5d} " + " ".join(shares))
    unmatchable = sum(not matchable(c) for c in clips)
    print(f"   (left out: {unmatchable} clips with no frame of quality >= 50, which match nothing)")
    minutes = sum(v.seconds for v in videos) / 60
    print("\n2. frames submitted per minute of video (main list + variants)")
    for name in names:
        main = sum(len(s.lists[0]) for s in submissions[name])
        total = sum(s.frame_count for s in submissions[name])
        print(f"   {name:8} {main / minutes:6.1f} main {total / minutes:6.1f} in all")
    print("\n3. false matches (clips against the other videos' submissions)")
    for name in names:
        tried = false = 0
        for clip in clips:
            for index, submission in enumerate(submissions[name]):
                if index != clip.video:
                    tried += 1
                    false += clip_matches(clip, submission)
        print(f"   {name:8} {false} of {tried}")
    print(f"\n4. fingerprinting the long videos ({minutes:.1f} min in all), same run, interleaved")
    base_wall = sum(w for w, _ in timings[names[0]])
    base_cpu = sum(c for _, c in timings[names[0]])
    for name in names:
        wall = sum(w for w, _ in timings[name])
        cpu = sum(c for _, c in timings[name])
        print(
            f"   {name:8} wall {wall:6.1f}s ({wall / base_wall:4.2f}x)"
            f"   CPU {cpu:6.1f}s ({cpu / base_cpu:4.2f}x)"
        )
    print(f"   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="2 videos of 1 min, 2 clips each")
    parser.add_argument("--videos", type=int, default=3, help="long videos (the third is 60 fps)")
    parser.add_argument("--minutes", type=float, default=2.0, help="length of each long video")
    parser.add_argument("--clips", type=int, default=2, help="clips per video and transform")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--fresh", action="store_true", help="make everything in a new temp dir")
    args = parser.parse_args()
    if args.quick:
        args.videos, args.minutes, args.clips = 2, 1.0, 2
    return args


@contextmanager
def benchmark_set(description: str) -> Iterator[tuple[list[LongVideo], list[Clip]]]:
    """The long videos and their clips, as the command line asks."""
    args = arguments(description)
    with tempfile.TemporaryDirectory(prefix="takeitdown-bench-") as scratch:
        cache = Path(scratch) if args.fresh else Path(tempfile.gettempdir()) / "takeitdown-bench"
        cache.mkdir(parents=True, exist_ok=True)
        yield videos_and_clips(cache, args)


def main() -> None:
    with benchmark_set(__doc__.split("\n", 1)[0]) as (videos, clips):
        submissions, timings = fingerprint_all(videos)
        report(videos, clips, submissions, timings)


def videos_and_clips(cache: Path, args: argparse.Namespace) -> tuple[list[LongVideo], list[Clip]]:
    pics = pictures()
    per_video = max(1, len(pics) // args.videos)
    print(f"{args.videos} long videos of {args.minutes:g} min, {args.clips} clips per transform")
    videos = [
        make_long_video(cache, i, args.minutes, pics[i * per_video : (i + 1) * per_video])
        for i in range(args.videos)
    ]
    rng = random.Random(args.seed)
    clips: list[Clip] = []
    started = time.perf_counter()
    for index, video in enumerate(videos):
        for transform in TRANSFORMS:
            for _ in range(args.clips):
                clips.append(make_clip(cache, video, index, transform, rng))
    print(f"  {len(clips)} clips made and hashed in {time.perf_counter() - started:.0f} s")
    return videos, clips


if __name__ == "__main__":
    main()
