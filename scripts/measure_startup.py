"""Time from launching the frozen app to its window being visible (Linux, X11).

    .venv/bin/python scripts/measure_startup.py [--runs 5] [--exe PATH_TO_EXECUTABLE]

Starts ``Xvfb :97`` unless DISPLAY is set, launches the app with empty
temporary settings, and polls ``xdotool search --onlyvisible`` for the app's
window (needs the xvfb and xdotool packages). Prints each run and the median.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLL_S = 0.01
TIMEOUT_S = 30.0


def window_visible(pid: int, env: dict[str, str]) -> bool:
    """A mapped window with a title that belongs to ``pid``."""
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "."],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    for window in done.stdout.split():
        owner = subprocess.run(
            ["xdotool", "getwindowpid", window],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if owner.stdout.strip() == str(pid):
            return True
    return False


def one_run(exe: Path, env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        run_env = dict(env, TAKEITDOWN_CONFIG_DIR=f"{tmp}/c", TAKEITDOWN_DATA_DIR=f"{tmp}/d")
        started = time.monotonic()
        process = subprocess.Popen([str(exe)], env=run_env)
        try:
            while time.monotonic() - started < TIMEOUT_S:
                if window_visible(process.pid, run_env):
                    return time.monotonic() - started
                if process.poll() is not None:
                    raise SystemExit(f"the app exited with {process.returncode}")
                time.sleep(POLL_S)
            raise SystemExit("no visible window within 30 s")
        finally:
            process.terminate()
            process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--exe", type=Path, default=ROOT / "dist" / "takeitdown-client" / "takeitdown-client"
    )
    args = parser.parse_args()
    if shutil.which("xdotool") is None:
        raise SystemExit("xdotool is needed (apt-get install xdotool)")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    xvfb = None
    if not env.get("DISPLAY"):
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        env["DISPLAY"] = ":97"
        time.sleep(1.0)
    try:
        times = [one_run(args.exe, env) for _ in range(args.runs)]
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
    for index, seconds in enumerate(times, 1):
        print(f"run {index}: {seconds:.2f} s")
    print(f"median {statistics.median(times):.2f} s, first (cold) {times[0]:.2f} s")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
