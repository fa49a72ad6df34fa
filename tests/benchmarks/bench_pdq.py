"""PDQ benchmark: our numpy PDQ against Pillow + the ``pdqhash`` package, in one run.

    python tests/benchmarks/bench_pdq.py [--photos 200] [--repeat 5]

Measures
1. decode + PDQ of one 12-megapixel JPEG: ours vs Pillow + pdqhash (same file,
   same decoder, interleaved runs, best of N), and the ratio;
2. the full fingerprint (MD5, SHA-256, PDQ + 8 dihedral variants, pHash) of that photo;
3. batch throughput on a folder of photos, 1 worker against all cores;
4. peak memory (max RSS of a fresh process) hashing a 50-megapixel photo.

Needs the bench extra (``pip install -e .[bench]``) for the pdqhash comparison.
The pictures are synthetic and generated on first use into a temp folder.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

from takeitdown_client.core import pdq
from takeitdown_client.core.batch import hash_paths
from takeitdown_client.core.hashing import hash_file

CACHE = Path(tempfile.gettempdir()) / "takeitdown-bench"


def synthetic_photo(path: Path, width: int, height: int, seed: int) -> Path:
    """A photo-like JPEG: smooth shapes plus sensor-like noise, so decoding costs what it does."""
    if path.exists():
        return path
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (height // 64 + 1, width // 64 + 1, 3), dtype=np.uint8)
    base = Image.fromarray(small).resize((width, height), Image.Resampling.BICUBIC)
    pixels = np.asarray(base, dtype=np.int16)
    pixels = pixels + rng.integers(-12, 13, pixels.shape, dtype=np.int16)
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=90)
    return path


def ours_decode_pdq(path: Path) -> str:
    with Image.open(path) as image:
        rgb = image if image.mode == "RGB" else image.convert("RGB")
        luma = pdq.luma_from_rgb(np.asarray(rgb))
    return pdq.pdq_from_luma(luma).hex


def reference_decode_pdq(path: Path) -> str:
    import pdqhash

    with Image.open(path) as image:
        bits, _quality = pdqhash.compute(np.asarray(image.convert("RGB")))
    return f"{int(''.join(str(int(b)) for b in bits), 2):064x}"


def best_of(function, path: Path, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function(path)
        timings.append(time.perf_counter() - started)
    return min(timings)


def single_photo(repeat: int) -> None:
    photo = synthetic_photo(CACHE / "photo-12mp.jpg", 4000, 3000, seed=12)
    print(f"1. decode + PDQ, 12 MP JPEG ({photo.stat().st_size // 1024} KB), best of {repeat}")
    ours = best_of(ours_decode_pdq, photo, repeat)
    print(f"   ours (numpy PDQ)          {ours * 1000:7.1f} ms")
    try:
        reference = best_of(reference_decode_pdq, photo, repeat)
    except ImportError:
        print("   pdqhash not installed: pip install -e .[bench]")
        return
    same = ours_decode_pdq(photo) == reference_decode_pdq(photo)
    print(f"   Pillow + pdqhash          {reference * 1000:7.1f} ms")
    print(f"   ratio reference/ours      {reference / ours:7.2f}x   (same hash: {same})")
    full = best_of(hash_file, photo, max(1, repeat // 2))
    print(f"2. full fingerprint, same photo (digests, PDQ x8, pHash): {full * 1000:.0f} ms")


def batch(photos: int) -> None:
    folder = CACHE / f"batch-{photos}"
    folder.mkdir(parents=True, exist_ok=True)
    files = [synthetic_photo(folder / f"p{i:03d}.jpg", 1600, 1200, seed=i) for i in range(photos)]
    cores = os.cpu_count() or 1
    print(f"3. batch of {photos} photos (2 MP), full fingerprints")
    started = time.perf_counter()
    hash_paths(files, jobs=1)
    one = time.perf_counter() - started
    started = time.perf_counter()
    hash_paths(files, jobs=cores)
    many = time.perf_counter() - started
    ceiling = _independent_processes(files, cores)
    print(f"   1 worker   {one:6.1f} s  {photos / one:6.1f} photos/s")
    print(f"   {cores} workers  {many:6.1f} s  {photos / many:6.1f} photos/s")
    print(f"   speed-up   {one / many:6.2f}x")
    # What this machine allows at best: the same work split over independent
    # processes that share nothing (no pool, no queues, no result passing).
    print(f"   machine ceiling ({cores} independent processes): {one / ceiling:.2f}x")


def _independent_processes(files: list[Path], cores: int) -> float:
    code = (
        "import sys\n"
        "from takeitdown_client.core.batch import hash_paths\n"
        "hash_paths(sys.argv[1:], jobs=1)\n"
    )
    started = time.perf_counter()
    workers = [
        subprocess.Popen([sys.executable, "-c", code, *map(str, files[index::cores])])
        for index in range(cores)
    ]
    for worker in workers:
        worker.wait()
    return time.perf_counter() - started


def peak_memory() -> None:
    photo = synthetic_photo(CACHE / "photo-50mp.jpg", 8160, 6120, seed=50)
    # VmHWM belongs to the new address space; ru_maxrss would carry over the
    # parent's high-water mark across fork and exec.
    high_water = (
        "print(next(int(line.split()[1]) for line in open('/proc/self/status')"
        " if line.startswith('VmHWM')))\n"
    )
    code = (
        "from takeitdown_client.core.hashing import hash_file\n"
        f"hash_file({str(photo)!r})\n" + high_water
    )
    baseline = (
        "import takeitdown_client.core.images, takeitdown_client.core.batch\n"
        "import imagehash, scipy.fftpack\n" + high_water
    )
    run = [sys.executable, "-c"]
    peak_kb = int(subprocess.run([*run, code], capture_output=True, text=True, check=True).stdout)
    base_kb = int(
        subprocess.run([*run, baseline], capture_output=True, text=True, check=True).stdout
    )
    print("4. 50 MP photo (8160 x 6120), full fingerprint in a fresh process")
    print(f"   peak RSS {peak_kb / 1024:6.0f} MB")
    print(f"   (interpreter + libraries alone: {base_kb / 1024:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-batch", action="store_true")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    single_photo(args.repeat)
    if not args.skip_batch:
        batch(args.photos)
    peak_memory()
    own_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"(benchmark process max RSS {own_peak_mb} MB)")


if __name__ == "__main__":
    main()
