"""Long work off the GUI thread, reported through signals; nobody ever waits for it.

``HashThread`` wraps ``core.batch.hash_paths`` (which itself hashes in worker
processes on all cores); ``CallThread`` runs one blocking call such as a
registry request. Both turn core progress callbacks and errors into Qt
signals delivered on the GUI thread (the Dangerzone / OnionShare pattern).

The lifetime policy, one for every worker:

- The work runs on a daemon Python thread that never touches the worker
  object. It reports through one relay that lives on the GUI thread, which
  hands each report to the worker if the worker still exists and still
  listens. So a worker, its page or its dialog can be deleted at any time,
  and the app can quit while a request is still out: there is no QThread to
  be destroyed while running, and the GUI thread never calls ``wait()``.
- ``retire(worker)`` is how an owner lets go (Start over, a closed dialog,
  going back): it asks the work to stop and closes the gate, so no late
  signal reaches a page that has moved on. The thread ends on its own.
- ``delete_when_idle(owner, *workers)`` deletes a widget now, or once the
  workers whose results it still wants have finished.

The work drops what it was given (paths, payload bytes) when it ends. Heavy
modules are imported inside the work, so the window opens without them.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal, Slot
from shiboken6 import isValid

from ..core.errors import Cancelled, ErrorCode, TakeItDownError

log = logging.getLogger(__name__)

Report = Callable[..., None]  # report(kind, value=None), from the work's thread
Job = Callable[[Report, threading.Event], None]


def _internal_error() -> TakeItDownError:
    return TakeItDownError("Something went wrong.", ErrorCode.INTERNAL)


class _Relay(QObject):
    """Carries reports from work threads to their workers, on the GUI thread."""

    report = Signal(int, str, object)

    def __init__(self) -> None:
        super().__init__()
        self.workers: dict[int, Worker] = {}
        self.report.connect(self._deliver)

    @Slot(int, str, object)
    def _deliver(self, job_id: int, kind: str, value: object) -> None:
        worker = self.workers.get(job_id)
        if kind == "finished":
            self.workers.pop(job_id, None)
        if worker is not None and isValid(worker):
            worker.take_report(kind, value)


_relay: _Relay | None = None
_job_ids = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay  # noqa: PLW0603 - one relay per process, made on the GUI thread
    if _relay is None or not isValid(_relay):
        _relay = _Relay()
    return _relay


def _run(job: Job, job_id: int, cancel: threading.Event, relay: _Relay) -> None:
    def report(kind: str, value: object = None) -> None:
        # At quit the relay may already be gone; the report then has nowhere to go.
        with contextlib.suppress(RuntimeError):
            relay.report.emit(job_id, kind, value)

    try:
        job(report, cancel)
    finally:
        report("finished")


class Worker(QObject):
    """Base of the workers: ``start()`` once; ``finished`` after the outcome signals."""

    finished = Signal()
    ended = Signal()  # like ``finished``, but also after ``retire``: for ``delete_when_idle``

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = "new"  # new, running, finished
        self._listening = True
        self._cancel = threading.Event()

    def job(self) -> Job:
        """The work, built on the GUI thread. It must not refer to ``self``."""
        raise NotImplementedError

    def start(self) -> None:
        if self._state != "new":
            return
        relay = _the_relay()
        job_id = next(_job_ids)
        relay.workers[job_id] = self
        self._state = "running"
        thread = threading.Thread(
            target=_run,
            args=(self.job(), job_id, self._cancel, relay),
            name=f"takeitdown-{type(self).__name__}",
            daemon=True,  # the app may quit while a registry is still silent
        )
        thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def retire(self) -> None:
        """Ask the work to stop and deliver nothing more. Never waits."""
        self.cancel()
        self._listening = False

    def isRunning(self) -> bool:  # the QThread names the pages already use
        return self._state == "running"

    def isFinished(self) -> bool:
        return self._state == "finished"

    def take_report(self, kind: str, value: object) -> None:
        """One report from the work (called by the relay, on the GUI thread)."""
        if kind == "finished":
            self._state = "finished"
            self.ended.emit()
        if not self._listening:
            return
        signal = getattr(self, kind)
        if value is None and kind in ("finished", "cancelled"):
            signal.emit()
        else:
            signal.emit(value)


class HashThread(Worker):
    progressed = Signal(object)  # core.batch.BatchProgress
    succeeded = Signal(object)  # list[HashedItem], in input order
    failed = Signal(object)  # TakeItDownError
    cancelled = Signal()

    def __init__(
        self,
        paths: Sequence[str],
        jobs: int | None = None,
        parent: QObject | None = None,
        reframes: bool = True,
    ) -> None:
        super().__init__(parent)
        self._paths = list(paths)
        self._jobs = jobs
        # Reframe variants cost time: made only when they will be sent (the Settings switch).
        self._reframes = reframes

    def job(self) -> Job:
        paths, jobs, self._paths = self._paths, self._jobs, []
        reframes = self._reframes

        def work(report: Report, cancel: threading.Event) -> None:
            from ..core.batch import hash_paths  # numpy/OpenCV load lazily
            from ..core.hashing import HashOptions

            try:
                items = hash_paths(
                    paths,
                    HashOptions(reframes=reframes),
                    jobs=jobs,
                    progress=lambda p: report("progressed", p),
                    cancel_event=cancel,
                )
            except Cancelled:
                report("cancelled")
                return
            except TakeItDownError as error:
                report("failed", error)
                return
            except Exception:  # noqa: BLE001 - the window must survive any engine bug
                # No details: they could hold a path.
                log.error("hashing stopped unexpectedly")
                report("failed", _internal_error())
                return
            finally:
                paths.clear()
            if cancel.is_set():
                report("cancelled")
            else:
                report("succeeded", items)

        return work


class CallThread(Worker):
    """Runs ``function()`` once; emits ``succeeded(result)`` or ``failed(error)``."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function: Callable[[], object] | None = function

    def job(self) -> Job:
        function, self._function = self._function, None

        def work(report: Report, _cancel: threading.Event) -> None:
            try:
                result = function() if function is not None else None
            except TakeItDownError as error:
                report("failed", error)
            except Exception as error:  # noqa: BLE001 - the window must survive any bug
                log.error("background task failed: %s", type(error).__name__)
                report("failed", _internal_error())
            else:
                report("succeeded", result)

        return work


def retire(worker: Worker | None) -> None:
    """Let go of a worker (a page resets, a dialog closes): see the module docstring."""
    if worker is not None:
        worker.retire()


def delete_when_idle(owner: QObject, *workers: Worker | None) -> None:
    """Delete ``owner`` now, or once every running worker in ``workers`` has finished."""
    running = [w for w in workers if w is not None and w.isRunning()]
    if not running:
        owner.deleteLater()
        return
    waiting = len(running)

    def one_ended() -> None:
        nonlocal waiting
        waiting -= 1
        if waiting == 0 and isValid(owner):
            owner.deleteLater()

    for worker in running:
        worker.ended.connect(one_ended)
