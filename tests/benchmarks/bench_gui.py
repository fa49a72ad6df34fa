"""GUI responsiveness benchmark.

    python tests/benchmarks/bench_gui.py [--photos 200] [--starts 5]

Measures
1. time to the first shown window: a fresh (cold) Python process per run,
   from process launch to the first event-loop turn after ``show()``;
2. the longest event-loop stall while N photos (synthetic 2-12 MP JPEGs,
   generated once into a temp folder) are fingerprinted by the GUI's
   HashThread on all cores: a 10 ms timer records the largest gap between ticks.

Runs offscreen unless QT_QPA_PLATFORM says otherwise. Goals: window < 1 s,
no stall a person would notice (< 100 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

CACHE = Path(tempfile.gettempdir()) / "takeitdown-bench" / "gui-photos"
MEGAPIXELS = (2, 4, 6, 8, 10, 12)

CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from takeitdown_client.gui.app import build_main_window, create_application
app = create_application(["bench"])
window = build_main_window()
window.show()
def shown():
    print("modules", int("numpy" in sys.modules), int("cv2" in sys.modules), flush=True)
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def synthetic_photo(path: Path, megapixels: int, seed: int) -> Path:
    """A photo-like JPEG: smooth colour plus sensor-like noise (never real imagery)."""
    if path.exists():
        return path
    width = int((megapixels * 1_000_000 * 4 / 3) ** 0.5)
    height = megapixels * 1_000_000 // width
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (height // 64 + 1, width // 64 + 1, 3), dtype=np.uint8)
    base = Image.fromarray(small).resize((width, height), Image.Resampling.BICUBIC)
    pixels = np.asarray(base, dtype=np.int16) + rng.integers(
        -12, 13, (height, width, 3), dtype=np.int16
    )
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=90)
    return path


def photos(count: int) -> list[Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    paths = [
        synthetic_photo(CACHE / f"photo-{i:03d}.jpg", MEGAPIXELS[i % len(MEGAPIXELS)], seed=i)
        for i in range(count)
    ]
    print(f"   {count} photos ready in {time.perf_counter() - started:.1f} s ({CACHE})")
    return paths


def isolated_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TAKEITDOWN_CONFIG_DIR"] = str(root / "config")
    env["TAKEITDOWN_DATA_DIR"] = str(root / "data")
    return env


def first_window(starts: int) -> None:
    print(f"1. time to the first shown window (cold process, {starts} runs)")
    timings = []
    with tempfile.TemporaryDirectory() as temp:
        env = isolated_env(Path(temp))
        for _ in range(starts):
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, text=True
            )
            assert process.stdout is not None
            modules = ""
            for line in process.stdout:
                if line.startswith("modules"):
                    modules = line.split(maxsplit=1)[1].strip()
                if line.strip() == "shown":
                    timings.append(time.perf_counter() - started)
                    break
            process.wait()
    print(
        f"   median {statistics.median(timings) * 1000:.0f} ms, best {min(timings) * 1000:.0f} ms,"
        f" worst {max(timings) * 1000:.0f} ms"
    )
    print(f"   loaded at first show (numpy, cv2): {modules}")


def stall_while_hashing(count: int) -> None:
    print(f"2. longest event-loop stall while {count} photos are fingerprinted")
    paths = photos(count)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from takeitdown_client.gui.workers import HashThread

    app = QApplication.instance() or QApplication(["bench"])
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart() / 1000)

    ticker.timeout.connect(tick)
    thread = HashThread([str(p) for p in paths])
    loop = QEventLoop()
    results: list[object] = []
    thread.succeeded.connect(results.extend)
    thread.finished.connect(loop.quit)
    started = time.perf_counter()
    clock.start()
    ticker.start()
    thread.start()
    loop.exec()
    ticker.stop()
    elapsed = time.perf_counter() - started
    steady = sorted(gaps)
    print(f"   hashed {len(results)} files in {elapsed:.1f} s on {os.cpu_count()} cores")
    print(
        f"   longest stall {max(gaps) * 1000:.0f} ms (timer interval 10 ms); "
        f"99th percentile gap {steady[int(len(steady) * 0.99)] * 1000:.0f} ms; "
        f"median {statistics.median(steady) * 1000:.0f} ms"
    )
    del app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    first_window(args.starts)
    stall_while_hashing(args.photos)


if __name__ == "__main__":
    main()
