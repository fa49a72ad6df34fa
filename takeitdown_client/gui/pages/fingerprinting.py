"""Page 4: fingerprint every file in a worker, with progress, a time estimate and Stop.

A file that fails is listed with the reason and the others go on. Pictures
too plain for a visual fingerprint are explained: exact copies are still found.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QProgressBar, QPushButton

from ...core.errors import TakeItDownError
from ...core.fingerprints import HashedItem, ImageFingerprint
from ...core.payload import LOW_QUALITY_THRESHOLD
from .. import a11y
from ..messages import error_message
from ..text import PlainLabel, fmt, plain
from ..workers import HashThread, retire
from .base import Page

if TYPE_CHECKING:
    from ...core.batch import BatchProgress


def is_low_quality(item: HashedItem) -> bool:
    fingerprint = item.fingerprint
    return (
        isinstance(fingerprint, ImageFingerprint)
        and fingerprint.pdq_quality < LOW_QUALITY_THRESHOLD
    )


class FingerprintingPage(Page):
    run_finished = Signal(str)  # "done", "cancelled" or "failed"

    def build_ui(self) -> None:
        self._thread: HashThread | None = None
        self._reframes = True  # whether the running hash makes reframe variants
        self._state = "idle"  # idle, running, done, cancelled, failed
        self._started = 0.0
        self._announced_quarter = -1

        self.overall_label = PlainLabel()
        self.overall = QProgressBar()
        self.current_label = PlainLabel()
        self.current = QProgressBar()
        self.estimate = PlainLabel()
        for widget in (
            self.overall_label,
            self.overall,
            self.current_label,
            self.current,
            self.estimate,
        ):
            self.main_layout.addWidget(widget)
        row = QHBoxLayout()
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.cancel)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start)
        row.addWidget(self.stop_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        self.main_layout.addLayout(row)
        self.summary = PlainLabel()
        self.low_quality = PlainLabel()
        self.failed_label = PlainLabel()
        self.failed_list = QListWidget()
        for result_widget in (self.summary, self.low_quality, self.failed_label, self.failed_list):
            self.main_layout.addWidget(result_widget)
        self.main_layout.addStretch(1)
        self._show_state()

    # --------------------------------------------------------------- running

    def initializePage(self) -> None:
        # Switched on after hashing without variants: hash again, so that they are sent.
        missing_reframes = (
            self.context.include_reframes() and not self.session.results_have_reframes
        )
        if not self.session.results or missing_reframes:
            self.start()
        else:
            self._state = "done"
            self._show_results()

    def start(self) -> None:
        if self._thread is not None:
            return
        self.session.clear_results()
        self._state = "running"
        self._started = time.monotonic()
        self._announced_quarter = -1
        self.overall.setRange(0, max(1, len(self.session.files)))
        self.overall.setValue(0)
        self.current.setRange(0, 100)
        self.current.setValue(0)
        self.failed_list.clear()
        self._reframes = self.context.include_reframes()
        thread = HashThread(
            [f.path for f in self.session.files],
            jobs=self.context.hash_jobs,
            parent=self,
            reframes=self._reframes,
        )
        thread.progressed.connect(self.show_progress)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.cancelled.connect(self._cancelled)
        thread.finished.connect(self._thread_finished)
        self._thread = thread
        self._show_state()  # after _thread is set: Stop is enabled for the whole run
        a11y.announce(self.overall, self.tr("Making fingerprints. This can take a while."))
        thread.start()

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.cancel()
            self.stop_button.setEnabled(False)
            self.estimate.setText(self.tr("Stopping…"))

    def show_progress(self, progress: BatchProgress) -> None:
        total = max(1, int(progress.files_total))
        done = int(progress.files_done)
        self.overall.setRange(0, total)
        self.overall.setValue(done)
        self.overall_label.setText(fmt(self.tr("Done: %1 of %2 files"), done, total))
        self.current.setValue(round(float(progress.current_fraction) * 100))
        name = Path(progress.current_path).name if progress.current_path else ""
        self.current_label.setText(
            fmt(self.tr("Working on: %1"), plain(name, 120)) if name else self.tr("Working…")
        )
        self.estimate.setText(self._estimate_text(progress))
        description = fmt(self.tr("%1 of %2 files done. %3"), done, total, self.estimate.text())
        self.overall.setAccessibleDescription(description)
        quarter = int(4 * done / total)
        if quarter != self._announced_quarter:
            self._announced_quarter = quarter
            a11y.announce(self.overall, description)

    def show_example_progress(self, progress: BatchProgress, seconds_in: float) -> None:
        """Show the running state with a made-up report (the screenshots), then
        ``show_results`` goes back to the real one."""
        self._state = "running"
        self._started = time.monotonic() - seconds_in
        self.show_progress(progress)
        self._show_state()

    def show_results(self) -> None:
        self._state = "done"
        self.retranslate_ui()

    def _estimate_text(self, progress: BatchProgress) -> str:
        elapsed = time.monotonic() - self._started
        bytes_total = int(progress.bytes_total)
        bytes_done = int(progress.bytes_done)
        if elapsed < 2 or bytes_done <= 0 or bytes_total <= 0:
            return self.tr("Estimating the time left…")
        left = elapsed * (bytes_total - bytes_done) / bytes_done
        if left < 60:
            return self.tr("Less than a minute left")
        return self.tr("About %n min left", "", round(left / 60))

    def _succeeded(self, items: list[HashedItem]) -> None:
        self.session.results = list(items)
        self.session.results_have_reframes = self._reframes
        self._state = "done"
        self._show_results()

    def _failed(self, error: TakeItDownError) -> None:
        self._state = "failed"
        self.summary.setText(error_message(error))
        self._show_state()
        a11y.announce(self.summary, self.summary.text())

    def _cancelled(self) -> None:
        self._state = "cancelled"
        self.session.clear_results()
        self._show_state()
        a11y.announce(self.summary, self.summary.text())

    def _thread_finished(self) -> None:
        self._thread = None
        self._show_state()
        self.completeChanged.emit()
        self.run_finished.emit(self._state)

    # ---------------------------------------------------------------- results

    def _show_results(self) -> None:
        results = self.session.results
        ok = [item for item in results if item.ok]
        failed = [item for item in results if not item.ok]
        self.overall.setRange(0, max(1, len(results)))
        self.overall.setValue(len(results))
        self.current.setValue(100)
        self.failed_list.clear()
        for item in failed:
            self.failed_list.addItem(
                fmt(self.tr("%1: %2"), plain(Path(item.path).name, 120), error_message(item.error))
            )
        self.summary.setText(self._summary_text(len(ok), len(failed)))
        low = sum(1 for item in ok if is_low_quality(item))
        self.low_quality.setText(
            self.tr(
                "Pictures too plain to match visually: %n. Exact copies of them will still be "
                "found.",
                "",
                low,
            )
            if low
            else ""
        )
        self._show_state()
        a11y.announce(self.summary, self.summary.text())

    def _summary_text(self, ok: int, failed: int) -> str:
        if ok == 0:
            return self.tr("No fingerprints could be made. Go back to choose other files.")
        if failed:
            return fmt(
                self.tr("Fingerprints made: %1. Files that could not be used: %2 (listed below)."),
                ok,
                failed,
            )
        return self.tr("All done. Fingerprints made: %n.", "", ok)

    def _show_state(self) -> None:
        state = self._state
        running = state == "running"
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running and self._thread is not None)
        self.again_button.setVisible(state in ("cancelled", "failed"))
        self.current.setVisible(running)
        self.current_label.setVisible(running)
        self.estimate.setVisible(running)
        has_failures = self.failed_list.count() > 0 and state == "done"
        self.failed_label.setVisible(has_failures)
        self.failed_list.setVisible(has_failures)
        self.low_quality.setVisible(state == "done" and bool(self.low_quality.text()))
        if state == "cancelled":
            self.summary.setText(self.tr("Stopped. Nothing was sent. You can start again."))
        self.summary.setVisible(state in ("done", "cancelled", "failed"))

    def isComplete(self) -> bool:
        return self._state == "done" and any(item.ok for item in self.session.results)

    def cleanupPage(self) -> None:
        """Going back stops a run under way, and forgets it. Finished fingerprints are kept:
        choosing another registry must not mean hashing everything again. Changing the
        files clears them (on Choose files), and so does Start over."""
        if self._thread is not None or self._state != "done":
            self.reset()

    def reset(self) -> None:
        if self._thread is not None:
            retire(self._thread)  # late signals from a stopped run must not touch the next one
            self._thread = None
        self._state = "idle"
        self.session.clear_results()
        self.failed_list.clear()
        self.summary.clear()
        self.low_quality.clear()
        self._show_state()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Making fingerprints"))
        self.setSubTitle(self.tr("This happens on this computer. Nothing is sent yet."))
        self.overall_label.setText(self.tr("Getting ready…"))
        self.current_label.setText(self.tr("Working…"))
        self.stop_button.setText(self.tr("S&top"))
        self.again_button.setText(self.tr("Start &again"))
        self.failed_label.setText(self.tr("These files could not be used:"))
        a11y.name(self.overall, self.tr("Overall progress"))
        a11y.name(self.current, self.tr("Progress on the current file"))
        a11y.name(self.stop_button, self.tr("Stop making fingerprints"))
        a11y.name(self.again_button, self.tr("Start making fingerprints again"))
        a11y.name(self.failed_list, self.tr("Files that could not be used, with the reason"))
        if self._state == "done":
            self._show_results()
        else:
            self._show_state()
