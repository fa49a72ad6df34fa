"""vPDQ benchmark: our video fingerprinter against the ``vpdq`` package, in one run.

    python tests/benchmarks/bench_vpdq.py [--seconds 30] [--repeat 3] [--long-copies 8]

Measures
1. wall time to fingerprint a 1080p H.264 clip at seconds_per_hash=1.0: ours
   (OpenCV decode + numpy PDQ, plus MD5 and SHA-256 of the file) against
   ``vpdq.computeHash`` (libav + C++ PDQ), interleaved runs, best of N, and the ratio;
2. agreement: frame numbers, timestamps and per-frame Hamming distances;
3. peak memory (VmHWM of a fresh process) on that clip and on a clip
   ``--long-copies`` times longer, to show that memory does not grow with length.

Needs the ffmpeg command (to make the clips) and the bench extra
(``pip install -e .[bench]``) for the vpdq comparison. Clips are synthetic:
moving test patterns with film-grain noise, so decoding costs what real footage costs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from takeitdown_client.core.pdq import hamming_distance
from takeitdown_client.core.video import fingerprint_video

CACHE = Path(tempfile.gettempdir()) / "takeitdown-bench"


def ffmpeg(*args: str) -> None:
    executable = shutil.which("ffmpeg")
    if executable is None:
        sys.exit("the ffmpeg command is needed to make the benchmark clips")
    subprocess.run([executable, "-v", "error", "-y", *args], check=True)


def make_clip(seconds: int) -> Path:
    path = CACHE / f"clip-1080p-{seconds}s.mp4"
    if not path.exists():
        print(f"(making a {seconds} s 1080p H.264 clip with ffmpeg, once)")
        ffmpeg(
            "-f", "lavfi", "-i", f"testsrc2=size=1920x1080:rate=30:duration={seconds}",
            "-vf", "noise=alls=10:allf=t+u", "-c:v", "libx264", "-preset", "veryfast",
            "-crf", "23", "-pix_fmt", "yuv420p", "-movflags", "+faststart", str(path),
        )  # fmt: skip
    return path


def make_long_clip(clip: Path, copies: int) -> Path:
    """The clip repeated ``copies`` times without re-encoding."""
    path = CACHE / f"{clip.stem}-x{copies}.mp4"
    if not path.exists():
        listing = CACHE / f"{clip.stem}-x{copies}.txt"
        listing.write_text(f"file '{clip.name}'\n" * copies, encoding="utf-8")
        ffmpeg("-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy", str(path))
    return path


def ours(path: Path) -> list[tuple[int, float, str]]:
    # The plain vPDQ computation (what the vpdq package does); bench_clips.py measures the rest.
    frames = fingerprint_video(path, 1.0, dense=False).frames
    return [(f.frame, f.timestamp, f.pdq) for f in frames]


def reference(path: Path) -> list[tuple[int, float, str]]:
    import vpdq  # optional: the bench extra

    return [
        (f.frame_number, f.timestamp, f.hex)
        for f in vpdq.computeHash(str(path), seconds_per_hash=1.0)
    ]


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def speed(clip: Path, repeat: int) -> None:
    print(
        f"1. fingerprint a 1080p H.264 clip ({clip.stat().st_size // 2**20} MB), best of {repeat}"
    )
    wall: dict[str, list[float]] = {"ours": [], "vpdq": []}
    cpu: dict[str, list[float]] = {"ours": [], "vpdq": []}
    results = {}
    for _ in range(repeat):
        for name, function in (("ours", ours), ("vpdq", reference)):
            started, started_cpu = time.perf_counter(), cpu_seconds()
            results[name] = function(clip)
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(cpu_seconds() - started_cpu)
    best = {name: min(values) for name, values in wall.items()}
    best_cpu = {name: min(values) for name, values in cpu.items()}
    load = os.getloadavg()[0]
    print(
        f"   {'':40} {'wall':>7} {'CPU':>7}   (load average {load:.1f} on {os.cpu_count()} cores)"
    )
    labels = {
        "ours": "ours (OpenCV + numpy PDQ + MD5/SHA-256)",
        "vpdq": "vpdq package (libav + C++ PDQ)",
    }
    for name, label in labels.items():
        print(f"   {label:40} {best[name]:6.2f}s {best_cpu[name]:6.2f}s")
    wall_ratio, cpu_ratio = best["vpdq"] / best["ours"], best_cpu["vpdq"] / best_cpu["ours"]
    print(f"   {'speed ratio vpdq/ours':40} {wall_ratio:6.2f}x {cpu_ratio:6.2f}x")
    a, b = results["ours"], results["vpdq"]
    same_frames = [(f, t) for f, t, _ in a] == [(f, t) for f, t, _ in b]
    distances = [hamming_distance(x[2], y[2]) for x, y in zip(a, b, strict=False)]
    exact = sum(d == 0 for d in distances)
    print(f"2. agreement: {len(a)} frames, frame numbers and timestamps equal: {same_frames}")
    print(
        f"   hashes exact {exact}/{len(distances)}, max distance {max(distances, default=0)} bits"
    )


def peak_rss_mb(code: str) -> float:
    high_water = (
        "print(next(int(line.split()[1]) for line in open('/proc/self/status')"
        " if line.startswith('VmHWM')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code + "\n" + high_water], capture_output=True, text=True, check=True
    ).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def memory(clip: Path, long_clip: Path) -> None:
    print("3. peak memory (VmHWM of a fresh process)")
    baseline = peak_rss_mb("import cv2, numpy\nimport takeitdown_client.core.video")
    print(f"   interpreter + OpenCV + numpy alone      {baseline:6.0f} MB")
    for label, path in (("clip", clip), ("long clip", long_clip)):
        minutes = _duration_s(path) / 60
        code = (
            "from takeitdown_client.core.video import fingerprint_video\n"
            f"fingerprint_video(__import__('pathlib').Path({str(path)!r}), 1.0, dense=False)"
        )
        ours_mb = peak_rss_mb(code)
        vpdq_mb = peak_rss_mb(f"import vpdq\nvpdq.computeHash({str(path)!r}, seconds_per_hash=1.0)")
        print(f"   {label:9} ({minutes:4.1f} min): ours {ours_mb:5.0f} MB   vpdq {vpdq_mb:5.0f} MB")


def _duration_s(path: Path) -> float:
    probe = shutil.which("ffprobe")
    if probe is None:
        return float("nan")
    out = subprocess.run(
        [probe, "-v", "error", "-show_entries", "format=duration", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(json.loads(out)["format"]["duration"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=int, default=30, help="clip length (at least 20)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--long-copies", type=int, default=8)
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    clip = make_clip(max(20, args.seconds))
    speed(clip, args.repeat)
    memory(clip, make_long_clip(clip, args.long_copies))


if __name__ == "__main__":
    main()
