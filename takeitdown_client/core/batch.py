"""Hash many files on all CPU cores, with progress, cancellation and input order.

Worker processes (not threads) do the hashing: PDQ is a long series of small
numpy calls, which would serialise on the GIL. Workers are started with
"spawn" so that they never inherit the GUI's threads or locks, and run at a
lower priority so that the window stays responsive.

A bad file only ever costs its own item: decoder errors come back as error
items, and a worker that dies outright (a crashing decoder) is detected and
the files it may have been holding are retried one at a time to find the
culprit.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.synchronize import Event as ProcessEvent
from pathlib import Path
from typing import Any

from .errors import Cancelled, ErrorCode, TakeItDownError, media_error
from .fingerprints import Fingerprint, HashedItem
from .hashing import HashOptions, hash_file
from .pdq_ragged import keep_work_arrays, reused_work_arrays
from .walk import expand_paths

POLL_SECONDS = 0.1
PROGRESS_INTERVAL = 0.1
WORKER_NICENESS = 10


@dataclass(frozen=True)
class BatchProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current_path: str | None
    current_fraction: float
    failed: int = 0


ProgressCallback = Callable[[BatchProgress], None]


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _outcome(path: Path, size: int, result: Fingerprint | TakeItDownError) -> HashedItem:
    if isinstance(result, TakeItDownError):
        return HashedItem(path=str(path), error=result, size=size)
    return HashedItem(path=str(path), fingerprint=result, size=size)


def _guarded_hash(
    path: Path,
    options: HashOptions,
    progress: Callable[[float], None] | None,
    cancel: Callable[[], None],
) -> Fingerprint | TakeItDownError:
    """hash_file, with every non-cancel failure turned into an item error."""
    try:
        return hash_file(path, options, progress, cancel)
    except Cancelled:
        raise
    except TakeItDownError as error:
        return error
    except MemoryError:
        return media_error(ErrorCode.TOO_LARGE)
    except Exception:  # noqa: BLE001 - an unexpected decoder bug affects only this item
        return media_error(ErrorCode.INTERNAL)


class _Tracker:
    """Counts what is done and throttles progress reports."""

    def __init__(self, sizes: dict[int, int], problems: int, report: ProgressCallback | None):
        self.sizes = sizes
        self.bytes_total = sum(sizes.values())
        self.report = report
        self.files_done = 0
        self.bytes_done = 0
        self.failed = problems
        self.running: dict[int, float] = {}
        self.paths: dict[int, str] = {}
        self._last = 0.0

    def started(self, index: int, path: Path) -> None:
        self.running[index] = 0.0
        self.paths[index] = str(path)

    def moved(self, index: int, fraction: float) -> None:
        if index in self.running:
            self.running[index] = max(0.0, min(1.0, fraction))
            self.emit()

    def finished(self, index: int, item: HashedItem) -> None:
        self.running.pop(index, None)
        self.paths.pop(index, None)
        self.files_done += 1
        self.bytes_done += self.sizes.get(index, 0)
        self.failed += 0 if item.ok else 1
        self.emit(force=True)

    def emit(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.report is None or (not force and now - self._last < PROGRESS_INTERVAL):
            return
        self._last = now
        current = min(self.running) if self.running else None
        partial = sum(self.sizes.get(i, 0) * f for i, f in self.running.items())
        self.report(
            BatchProgress(
                files_done=self.files_done,
                files_total=len(self.sizes),
                bytes_done=self.bytes_done + int(partial),
                bytes_total=self.bytes_total,
                current_path=self.paths.get(current) if current is not None else None,
                current_fraction=self.running.get(current, 0.0) if current is not None else 0.0,
                failed=self.failed,
            )
        )


def hash_paths(
    paths: Iterable[str | Path],
    options: HashOptions | None = None,
    jobs: int | None = None,
    progress: ProgressCallback | None = None,
    cancel_event: threading.Event | None = None,
) -> list[HashedItem]:
    """Fingerprint files and folders. One item per file or problem, in input order.

    Raises Cancelled (within about a second) once ``cancel_event`` is set.
    """
    options = options or HashOptions()
    stop = cancel_event or threading.Event()

    def check() -> None:
        if stop.is_set():
            raise Cancelled()

    entries = expand_paths(paths, check)
    results: list[HashedItem | None] = [e if isinstance(e, HashedItem) else None for e in entries]
    todo = [(i, e) for i, e in enumerate(entries) if isinstance(e, Path)]
    sizes = {index: _file_size(path) for index, path in todo}
    tracker = _Tracker(sizes, len(entries) - len(todo), progress)
    workers = min(jobs or default_jobs(), len(todo))
    if workers <= 1:
        _run_here(todo, options, tracker, results, check)
    else:
        _run_pool(todo, options, workers, tracker, results, stop)
    tracker.emit(force=True)
    return [item for item in results if item is not None]


def _run_here(
    todo: Sequence[tuple[int, Path]],
    options: HashOptions,
    tracker: _Tracker,
    results: list[HashedItem | None],
    check: Callable[[], None],
) -> None:
    with reused_work_arrays():  # the batch's pictures reuse PDQ's work arrays, then free them
        for index, path in todo:
            check()
            tracker.started(index, path)
            outcome = _guarded_hash(path, options, functools.partial(tracker.moved, index), check)
            item = _outcome(path, tracker.sizes[index], outcome)
            results[index] = item
            tracker.finished(index, item)


# ---------------------------------------------------------------- worker side

_worker_queue: Any = None
_worker_cancel: ProcessEvent | None = None


def _init_worker(progress_queue: Any, cancel: ProcessEvent) -> None:
    global _worker_queue, _worker_cancel  # per-process worker state
    _worker_queue, _worker_cancel = progress_queue, cancel
    # A worker lives for one batch: its pictures reuse PDQ's work arrays until it exits.
    keep_work_arrays()
    with contextlib.suppress(OSError, AttributeError):
        os.nice(WORKER_NICENESS)


def _worker_hash(index: int, path: Path, options: HashOptions) -> Fingerprint | TakeItDownError:
    last = [0.0]

    def report(fraction: float) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_INTERVAL and _worker_queue is not None:
            last[0] = now
            with contextlib.suppress(Exception):
                _worker_queue.put_nowait((index, fraction))

    def check() -> None:
        if _worker_cancel is not None and _worker_cancel.is_set():
            raise Cancelled()

    return _guarded_hash(path, options, report, check)


# ---------------------------------------------------------------- pool side


class _Pool:
    """A process pool that can be torn down at once, for cancel and crashes."""

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.queue = context.Queue()
        self.cancel = context.Event()
        self.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.queue, self.cancel),
        )

    def drain(self, tracker: _Tracker) -> None:
        while True:
            try:
                index, fraction = self.queue.get_nowait()
            except (queue.Empty, OSError, ValueError):
                return
            tracker.moved(index, fraction)

    def kill(self) -> None:
        self.cancel.set()
        self.executor.shutdown(wait=False, cancel_futures=True)
        processes = getattr(self.executor, "_processes", None) or {}
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.terminate()
        self.close_queue()

    def close(self) -> None:
        self.executor.shutdown(wait=True)
        self.close_queue()

    def close_queue(self) -> None:
        with contextlib.suppress(Exception):
            self.queue.close()
            self.queue.cancel_join_thread()


def _run_pool(
    todo: Sequence[tuple[int, Path]],
    options: HashOptions,
    workers: int,
    tracker: _Tracker,
    results: list[HashedItem | None],
    stop: threading.Event,
) -> None:
    remaining = list(todo)
    while remaining:
        suspects, remaining = _run_pool_once(remaining, options, workers, tracker, results, stop)
        # A worker died. Retry what it may have held, one file per fresh
        # worker, so that only the file that really crashes is reported.
        for suspect in suspects:
            crashed, _ = _run_pool_once([suspect], options, 1, tracker, results, stop)
            for index, path in crashed:
                item = HashedItem(
                    path=str(path),
                    error=media_error(ErrorCode.WORKER_CRASHED),
                    size=tracker.sizes[index],
                )
                results[index] = item
                tracker.finished(index, item)


Work = list[tuple[int, Path]]
Running = dict["Future[Fingerprint | TakeItDownError]", tuple[int, Path]]


def _run_pool_once(
    todo: Work,
    options: HashOptions,
    workers: int,
    tracker: _Tracker,
    results: list[HashedItem | None],
    stop: threading.Event,
) -> tuple[Work, Work]:
    """Run ``todo``. After a worker crash, return (in flight, not started)."""
    pool = _Pool(workers)
    waiting = list(reversed(todo))
    running: Running = {}
    try:
        while waiting or running:
            _fill(pool, waiting, running, options, tracker, workers * 2)
            done, _ = wait(running, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            pool.drain(tracker)
            if stop.is_set():
                raise Cancelled()
            for future in done:
                index, path = running.pop(future)
                item = _outcome(path, tracker.sizes[index], future.result())
                results[index] = item
                tracker.finished(index, item)
    except BrokenProcessPool:
        pool.kill()
        return list(running.values()), list(reversed(waiting))
    except BaseException:
        pool.kill()
        raise
    pool.close()
    return [], []


def _fill(
    pool: _Pool,
    waiting: Work,
    running: Running,
    options: HashOptions,
    tracker: _Tracker,
    limit: int,
) -> None:
    while waiting and len(running) < limit:
        index, path = waiting[-1]
        future = pool.executor.submit(_worker_hash, index, path, options)
        waiting.pop()
        running[future] = (index, path)
        tracker.started(index, path)
