"""The batch pipeline: input order, progress, cancellation, all cores."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from takeitdown_client.core import pdq_ragged
from takeitdown_client.core.batch import BatchProgress, hash_paths
from takeitdown_client.core.errors import Cancelled

from .conftest import DATA_DIR

IMAGES = DATA_DIR / "pdq" / "images"


def test_results_follow_input_order_with_any_number_of_workers(tmp_path: Path) -> None:
    files = sorted(IMAGES.rglob("*.jpg"))[:8]
    shuffled = [*files[::-1], tmp_path / "missing.jpg"]
    serial = hash_paths(shuffled, jobs=1)
    parallel = hash_paths(shuffled, jobs=2)
    assert [item.path for item in parallel] == [str(path) for path in shuffled]
    assert [item.to_json() for item in parallel] == [item.to_json() for item in serial]
    assert parallel[-1].error is not None


def test_a_batch_in_this_process_frees_the_pdq_work_arrays_after_it() -> None:
    # The arrays hold filtered luma of the pictures; nothing of them stays after the batch.
    small = IMAGES / "misc-images" / "small.jpg"  # 224 x 399: its variants take the ragged path
    hash_paths([small, small], jobs=1)
    assert getattr(pdq_ragged._held, "arrays", None) is None
    assert getattr(pdq_ragged._held, "depth", 0) == 0


def test_folders_expand_in_name_order_and_skip_non_media(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    (folder / "b").mkdir(parents=True)
    shutil.copy(IMAGES / "misc-images" / "wee.jpg", folder / "b" / "z.jpg")
    shutil.copy(IMAGES / "misc-images" / "small.jpg", folder / "a.jpg")
    shutil.copy(IMAGES / "misc-images" / "small.jpg", folder / "no-extension")
    (folder / "notes.txt").write_text("shopping list")
    (folder / ".hidden.jpg").write_text("hidden")
    names = [Path(item.path).relative_to(folder).as_posix() for item in hash_paths([folder])]
    assert names == ["a.jpg", "b/z.jpg", "no-extension"]


def test_progress_reports_files_and_bytes(tmp_path: Path) -> None:
    files = sorted(IMAGES.rglob("*.jpg"))[:5]
    seen: list[BatchProgress] = []
    hash_paths(files, jobs=2, progress=seen.append)
    total = sum(path.stat().st_size for path in files)
    assert seen[-1].files_done == seen[-1].files_total == 5
    assert seen[-1].bytes_done == seen[-1].bytes_total == total
    done = [report.files_done for report in seen]
    assert done == sorted(done)


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_stops_promptly(tmp_path: Path, jobs: int) -> None:
    big = IMAGES / "reg-test-input" / "exif-rotn" / "exif-rotn-6.jpg"
    files = []
    for index in range(12):
        copy = tmp_path / f"copy{index}.jpg"
        shutil.copy(big, copy)
        files.append(copy)
    stop = threading.Event()
    stopped_at: list[float] = []

    def request_stop() -> None:
        stopped_at.append(time.monotonic())
        stop.set()

    timer = threading.Timer(0.5, request_stop)
    timer.start()
    with pytest.raises(Cancelled):
        hash_paths(files, jobs=jobs, cancel_event=stop)
    reaction = time.monotonic() - stopped_at[0]
    timer.cancel()
    # The goal is one second; the bound leaves room for a loaded CI machine.
    assert reaction < 2.0
