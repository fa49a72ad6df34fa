"""Long work off the GUI thread, reported through signals.

``HashThread`` wraps ``core.batch.hash_paths`` (which itself hashes in worker
processes on all cores); ``CallThread`` runs one blocking call such as a
registry request. Both turn core progress callbacks and errors into Qt
signals, which Qt delivers on the GUI thread (the Dangerzone / OnionShare
pattern). A finished thread drops what it was given (paths, payload bytes)
at once; the small QThread object itself stays with its parent widget, since
deleting it from a queued slot proved crash-prone under PySide6. Heavy
modules are imported inside ``run()`` so that the window opens without them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ..core.errors import Cancelled, ErrorCode, TakeItDownError

log = logging.getLogger(__name__)


def _internal_error() -> TakeItDownError:
    return TakeItDownError("Something went wrong.", ErrorCode.INTERNAL)


class HashThread(QThread):
    progressed = Signal(object)  # core.batch.BatchProgress
    succeeded = Signal(object)  # list[HashedItem], in input order
    failed = Signal(object)  # TakeItDownError
    cancelled = Signal()

    def __init__(
        self, paths: Sequence[str], jobs: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._paths = list(paths)
        self._jobs = jobs
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from ..core.batch import hash_paths  # numpy/OpenCV load lazily

        try:
            items = hash_paths(
                self._paths, jobs=self._jobs, progress=self.progressed.emit, cancel_event=self._stop
            )
        except Cancelled:
            self.cancelled.emit()
            return
        except TakeItDownError as error:
            self.failed.emit(error)
            return
        except Exception:  # noqa: BLE001 - the window must survive any engine bug
            # No details: they could hold a path.
            log.error("hashing stopped unexpectedly")
            self.failed.emit(_internal_error())
            return
        finally:
            self._paths = []
        if self._stop.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(items)


def _nothing() -> None:
    return None


class CallThread(QThread):
    """Runs ``function()`` once; emits ``succeeded(result)`` or ``failed(error)``."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function

    def run(self) -> None:
        function, self._function = self._function, _nothing
        try:
            result = function()
        except TakeItDownError as error:
            self.failed.emit(error)
        except Exception as error:  # noqa: BLE001 - the window must survive any bug
            log.error("background task failed: %s", type(error).__name__)
            self.failed.emit(_internal_error())
        else:
            self.succeeded.emit(result)


def stop_thread(thread: QThread | None, timeout_ms: int = 5000) -> None:
    """Ask a worker to stop and wait for it (used when a page or the app closes)."""
    if thread is None:
        return
    cancel = getattr(thread, "cancel", None)
    if callable(cancel):
        cancel()
    if thread.isRunning():
        thread.wait(timeout_ms)
