"""The one thread rule: the GUI thread never waits on a worker, and no worker outlives
the app badly. A registry that holds requests open is a real loopback server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from takeitdown_client.core.payload import build_payload
from takeitdown_client.core.settings import demo_profile
from takeitdown_client.gui.pages import choose_files
from takeitdown_client.gui.settings_dialog import SettingsDialog
from takeitdown_client.gui.wizard import MainWizard, PageId
from takeitdown_client.registry_server import RunningServer

from ..submissions.conftest import sample_fingerprints
from ..submissions.flaky_server import FlakyServer, Step
from .conftest import SIGNAL_TIMEOUT, make_picture

HOLD_SECONDS = 2.0  # how long the registry keeps each request open
MAX_STALL_MS = 100


@pytest.fixture
def slow_registry(registry: RunningServer) -> Iterator[FlakyServer]:
    """Forwards every request to the reference registry, then sits on the answer."""
    server = FlakyServer(upstream=registry.url, default=Step(forward=True, delay=HOLD_SECONDS))
    try:
        yield server
    finally:
        server.stop()


class StallMeter:
    """A timer ticking every few milliseconds; the longest gap is the worst freeze."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[int] = []

    def _tick(self) -> None:
        self.gaps.append(self.clock.restart())

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        self.gaps.append(self.clock.elapsed())
        return max(self.gaps)


def test_closing_settings_while_the_registry_holds_requests_never_freezes(
    qtbot: Any, wizard: MainWizard, slow_registry: FlakyServer
) -> None:
    from shiboken6 import isValid

    context = wizard.context
    context.demo = demo_profile(slow_registry.url)
    payload = build_payload(sample_fingerprints(), category="minor", submitter="self")
    context.outbox().add(payload.to_bytes(), context.demo.name, "held-request-key-0001")
    meter = StallMeter()
    seen: list[SettingsDialog] = []

    def in_the_dialog() -> None:
        dialog = wizard.findChild(SettingsDialog)
        assert dialog is not None
        seen.append(dialog)
        dialog.profile_list.setCurrentRow(0)
        dialog.test_connection()  # held open by the registry
        dialog.outbox.send_selected()  # held open too
        meter.start()
        QTimer.singleShot(100, dialog.reject)  # closed while both wait for an answer

    QTimer.singleShot(0, in_the_dialog)
    wizard.open_settings()  # returns once the dialog is closed
    (dialog,) = seen
    worker = dialog.outbox.send_worker()
    assert worker is not None and worker.isRunning()
    assert isValid(dialog)  # kept until the send it started has an answer
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=SIGNAL_TIMEOUT)
    longest = meter.stop()
    assert longest < MAX_STALL_MS, f"the event loop stalled for {longest} ms"
    # The registry answered after Settings closed: the entry is gone, the receipt is shown.
    assert context.outbox().list() == []
    receipts = [d for d in wizard.findChildren(QDialog) if d.isVisible()]
    assert [d.windowTitle() for d in receipts] == ["Your receipt"]
    receipts[0].close()


def test_start_over_while_sending_never_freezes(
    qtbot: Any, wizard: MainWizard, slow_registry: FlakyServer, tmp_path: Path
) -> None:
    from .conftest import Driver

    driver = Driver(qtbot, wizard)
    wizard.context.demo = demo_profile(slow_registry.url)
    review = driver.to_review([make_picture(tmp_path / "p.png", seed=3)])
    review.consent.setChecked(True)
    send = driver.page(PageId.SEND)
    finished: list[str] = []
    send.send_finished.connect(finished.append)
    driver.next()  # sending starts; the registry sits on it
    started = time.monotonic()
    wizard.start_over()  # its own work (clearing, collecting garbage) is not waiting
    assert time.monotonic() - started < HOLD_SECONDS / 2
    meter = StallMeter()
    meter.start()
    qtbot.wait(int(HOLD_SECONDS * 1000) + 500)  # the answer arrives, and goes nowhere
    longest = meter.stop()
    assert longest < MAX_STALL_MS, f"the event loop stalled for {longest} ms"
    assert finished == []
    assert len(slow_registry.requests_to("/v1/submissions")) == 1  # it really was out
    assert wizard.currentId() == PageId.WELCOME
    assert wizard.context.session.receipt is None


QUIT_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from takeitdown_client.core.registry.http import HttpOptions
    from takeitdown_client.gui.app import build_main_window, create_application
    from takeitdown_client.gui.settings_dialog import SettingsDialog

    app = create_application(["takeitdown-client"])
    window = build_main_window(demo_url=sys.argv[1])
    window.context.http_options = HttpOptions(read_timeout=60.0, retries=0)
    window.show()
    dialog = SettingsDialog(window.context, window)
    dialog.show()
    dialog.profile_list.setCurrentRow(0)
    dialog.test_connection()  # the registry never answers
    QTimer.singleShot(300, window.close)
    QTimer.singleShot(400, app.quit)
    app.exec()
    print("quit with the request still out", flush=True)
    """
)


def test_the_app_quits_cleanly_with_a_request_still_out() -> None:

    silent = socket.socket()  # accepts connections (the kernel does) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(4)
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", QUIT_SCRIPT, url],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        seconds = time.monotonic() - started
    finally:
        silent.close()
    assert done.returncode == 0, done.stderr[-2000:]
    assert "quit with the request still out" in done.stdout
    assert "Destroyed while thread" not in done.stderr
    assert seconds < 30  # it did not sit out the 60 s read timeout


def _drop(page: choose_files.ChooseFilesPage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    assert event.isAccepted()


def test_a_drop_during_a_folder_scan_is_added_after_it(
    qtbot: Any, wizard: MainWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    in_folder = [make_picture(folder / f"f{i}.png", seed=i) for i in range(2)]
    dropped = make_picture(tmp_path / "dropped.png", seed=9)
    release = threading.Event()
    real_scan = choose_files.scan

    def slow_scan(paths: list[str]) -> list[Any]:
        release.wait(SIGNAL_TIMEOUT / 1000)  # a big folder, still being walked
        return real_scan(paths)

    monkeypatch.setattr(choose_files, "scan", slow_scan)
    wizard.next()
    page = wizard.pages[PageId.ABOUT]
    page.minor.setChecked(True)
    page.myself.setChecked(True)
    wizard.next()
    files = wizard.pages[PageId.FILES]
    assert isinstance(files, choose_files.ChooseFilesPage)
    finished: list[bool] = []
    files.scan_finished.connect(lambda: finished.append(True))
    files.add_paths([str(folder)])
    assert files.is_scanning()
    _drop(files, [dropped])  # arrives while the folder is walked
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=SIGNAL_TIMEOUT)
    assert not files.is_scanning()
    names = sorted(Path(f.path).name for f in wizard.context.session.files)
    assert names == sorted(p.name for p in [*in_folder, dropped])
    assert files.file_list.topLevelItemCount() == 3
    assert finished == [True]  # once, when the list holds both
    assert files.isComplete()


def _new_thread(start: Any) -> threading.Thread:
    before = set(threading.enumerate())
    start()
    (thread,) = set(threading.enumerate()) - before
    return thread


def test_a_retired_worker_delivers_nothing_more(qtbot: Any) -> None:
    from takeitdown_client.gui.workers import CallThread

    release = threading.Event()
    worker = CallThread(lambda: release.wait(SIGNAL_TIMEOUT / 1000))
    heard: list[object] = []
    for signal in (worker.succeeded, worker.failed, worker.finished):
        signal.connect(lambda *args: heard.append(args))
    ended: list[bool] = []
    worker.ended.connect(lambda: ended.append(True))
    work = _new_thread(worker.start)
    worker.retire()
    release.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=SIGNAL_TIMEOUT)
    work.join(SIGNAL_TIMEOUT / 1000)
    assert not work.is_alive()
    assert worker.isFinished()
    assert heard == []


def test_a_worker_deleted_while_its_work_runs_is_harmless(qtbot: Any) -> None:
    from PySide6.QtCore import QObject
    from shiboken6 import delete, isValid

    from takeitdown_client.gui.workers import CallThread

    release = threading.Event()
    owner = QObject()
    worker = CallThread(lambda: release.wait(SIGNAL_TIMEOUT / 1000) and "an answer", owner)
    work = _new_thread(worker.start)
    delete(owner)  # the page or dialog is gone; so is its worker
    assert not isValid(worker)
    release.set()
    work.join(SIGNAL_TIMEOUT / 1000)
    qtbot.wait(50)  # the work's last reports reach the relay, which drops them
    assert not work.is_alive()
