"""Privacy: counselor mode keeps nothing, registry text stays plain, dialogs leave no trace."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTreeView, QWidget

from takeitdown_client.core.settings import config_dir, data_dir
from takeitdown_client.gui import filedialogs
from takeitdown_client.gui.app import build_main_window
from takeitdown_client.gui.settings_dialog import SettingsDialog
from takeitdown_client.gui.wizard import PageId

from .conftest import SIGNAL_TIMEOUT, Driver, tree_snapshot

EVIL = "<h1>Evil</h1><img src='x'><a href='https://example.invalid'>click</a>\x07\u202e"


def test_counselor_mode_leaves_no_files_behind(
    driver: Driver, pictures: list[Path], isolated_home: Path
) -> None:
    context = driver.wizard.context
    context.settings = replace(context.settings, counselor_mode=True)
    before_data, before_config = tree_snapshot(data_dir()), tree_snapshot(config_dir())
    before_home = tree_snapshot(isolated_home)
    review = driver.to_review(pictures, submitter="counselor")
    review.consent.setChecked(True)
    assert driver.send() == "sent"
    receipt_page: Any = driver.page(PageId.RECEIPT)
    assert receipt_page.counselor_note.isVisible()
    receipt_page.view.copy()
    send = driver.page(PageId.SEND)
    assert not send.outbox_button.isVisible()  # nothing about the case is kept here
    driver.wizard.accept()  # "Finish" in counselor mode: ready for the next person
    assert driver.wizard.isVisible()
    assert driver.wizard.currentId() == PageId.WELCOME
    session = context.session
    assert session.files == [] and session.results == [] and session.receipt is None
    assert session.payload_bytes is None
    assert QGuiApplication.clipboard().text() == ""
    assert tree_snapshot(data_dir()) == before_data
    assert tree_snapshot(config_dir()) == before_config
    assert tree_snapshot(isolated_home) == before_home


class _EvilRegistry(BaseHTTPRequestHandler):
    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        info = {
            "name": EVIL,
            "api_version": "1",
            "categories": ["minor", "adult"],
            "signal_types": ["pdq", "md5"],
            "limits": {"max_items": 100, "max_body_bytes": 1000000, "max_vpdq_frames": 10},
        }
        self._answer(200, info)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._answer(400, {"error": {"code": "invalid_payload", "message": EVIL}})

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def evil_registry() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EvilRegistry)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _assert_plain(label: Any) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText
    text = label.text()
    assert "<h1>Evil</h1>" in text  # shown literally, not rendered
    assert "\x07" not in text and "\u202e" not in text


def test_registry_text_is_shown_as_plain_text(
    qtbot: Any, pictures: list[Path], evil_registry: str
) -> None:
    wizard = build_main_window(demo_url=evil_registry)
    wizard.context.hash_jobs = 1
    qtbot.addWidget(wizard)
    wizard.show()
    driver = Driver(qtbot, wizard)
    review = driver.to_review(pictures)
    review.consent.setChecked(True)
    assert driver.send() == "failed"
    _assert_plain(driver.page(PageId.SEND).server_said)

    dialog = SettingsDialog(wizard.context, wizard)
    qtbot.addWidget(dialog)
    dialog.profile_list.setCurrentRow(0)
    dialog.test_connection()
    with qtbot.waitSignal(dialog._tester.finished, timeout=SIGNAL_TIMEOUT):
        pass
    qtbot.waitUntil(lambda: "Connected" in dialog.test_result.text(), timeout=SIGNAL_TIMEOUT)
    _assert_plain(dialog.test_result)
    dialog.reject()
    wizard.close()


def _answer_dialog(folder: Path, picture: Path, accept: bool) -> None:
    """Choose ``picture`` (or press Cancel) in the file dialog that is open now."""
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    open_now = [dialog for dialog in dialogs if dialog.isVisible()]
    if not open_now:
        QTimer.singleShot(10, lambda: _answer_dialog(folder, picture, accept))
        return
    dialog = open_now[0]
    dialog.setDirectory(str(folder))
    if not accept:
        dialog.reject()
        return
    if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
        dialog.selectFile(str(folder / "new-receipt.json"))
    elif dialog.fileMode() != QFileDialog.FileMode.Directory:
        dialog.selectFile(str(picture))
    dialog.accept()


def _everything_qt_could_write(home: Path) -> tuple[Any, ...]:
    qt_file = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    return (
        tree_snapshot(home),
        tree_snapshot(config_dir()),
        qt_file.read_bytes() if qt_file.is_file() else None,
        filedialogs.qt_dialog_state(),
    )


@pytest.mark.parametrize("accept", [True, False], ids=["open", "cancel"])
@pytest.mark.parametrize("which", ["files", "folder", "receipt", "save"])
def test_file_dialogs_leave_no_trace(
    qtbot: Any, wizard: Any, tmp_path: Path, isolated_home: Path, which: str, accept: bool
) -> None:
    from .conftest import make_picture

    folder = tmp_path / "media"
    folder.mkdir()
    picture = make_picture(folder / "x.png", seed=3)
    choosers = {
        "files": lambda: filedialogs.open_files(wizard),
        "folder": lambda: filedialogs.open_folder(wizard),
        "receipt": lambda: filedialogs.open_receipt(wizard),
        "save": lambda: filedialogs.save_file(wizard, "t", "receipt.json", "*.json"),
    }
    before = _everything_qt_could_write(isolated_home)
    QTimer.singleShot(0, lambda: _answer_dialog(folder, picture, accept))
    chosen = choosers[which]()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert bool(chosen) == accept
    assert _everything_qt_could_write(isolated_home) == before
    # Qt's own settings (QtProject.conf on Linux) point at a place that can't exist.
    qt_file = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
    assert qt_file.startswith(filedialogs.unwritable_settings_path())
    assert not QApplication.activeModalWidget()


def test_file_dialog_fits_its_columns_and_reads_paths_left_to_right(wizard: Any) -> None:
    wizard.context.set_language("ar")
    dialog = filedialogs._dialog(wizard, "t")
    try:
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for name in ("lookInCombo", "fileNameEdit"):
            widget = dialog.findChild(QWidget, name)
            assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight, name
        header = dialog.findChild(QTreeView, "treeView").header()
        for column in range(1, header.count()):
            assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
        assert dialog.width() >= 800
    finally:
        dialog.deleteLater()
        wizard.context.set_language("en")


def test_file_names_are_shown_as_typed_never_as_markup(
    qtbot: Any, wizard: Any, tmp_path: Path
) -> None:
    from PySide6.QtGui import QTextDocument

    from .conftest import make_picture

    name = '<img src="x"><b>bold &amp; big.png'
    picture = make_picture(tmp_path / name, seed=5)
    choose = wizard.pages[PageId.FILES]
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(choose.scan_finished, timeout=60_000):
        choose.add_paths([str(picture)])
    item = choose.file_list.topLevelItem(0)
    assert item.text(0) == name
    tooltip = QTextDocument()
    tooltip.setHtml(item.toolTip(0))
    assert tooltip.toPlainText() == name
