"""Privacy: counselor mode keeps nothing, registry text stays plain, dialogs leave no trace."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

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


def test_file_dialogs_leave_no_history(qtbot: Any, wizard: Any, tmp_path: Path) -> None:
    config_home = Path(os.environ["XDG_CONFIG_HOME"])
    dialog = filedialogs._dialog(wizard, "test")
    dialog.setFileMode(dialog.FileMode.ExistingFiles)
    dialog.show()
    dialog.setDirectory(str(tmp_path))
    (tmp_path / "x.png").write_bytes(b"not needed")
    dialog.selectFile(str(tmp_path / "x.png"))
    dialog.accept()
    dialog.setHistory([])
    del dialog
    import gc

    gc.collect()
    qtbot.wait(10)
    written = [p for p in Path(os.environ["HOME"]).rglob("*") if "QtProject" in p.name]
    assert written == []
    assert not (config_home / "QtProject.conf").exists()
    assert filedialogs.unwritable_settings_path().endswith("no-qt-settings")


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
