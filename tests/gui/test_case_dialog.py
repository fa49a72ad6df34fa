"""Checking on and withdrawing a case from the app, against the reference registry."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from takeitdown_client.core.payload import build_payload
from takeitdown_client.core.receipts import Receipt, save_receipt
from takeitdown_client.core.registry import TakeItDownClient, new_idempotency_key
from takeitdown_client.gui.case_dialog import CaseDialog
from takeitdown_client.gui.pages.welcome import WelcomePage
from takeitdown_client.gui.wizard import MainWizard, PageId
from takeitdown_client.registry_server import RunningServer

from ..submissions.conftest import sample_fingerprints
from .conftest import SIGNAL_TIMEOUT, tree_snapshot


@pytest.fixture
def receipt(registry: RunningServer) -> Receipt:
    payload = build_payload(sample_fingerprints(), category="minor", submitter="self")
    with TakeItDownClient(registry.url) as client:
        return client.submit(payload.to_bytes(), new_idempotency_key())


@pytest.fixture
def dialog(wizard: MainWizard) -> CaseDialog:
    welcome = wizard.pages[PageId.WELCOME]
    assert isinstance(welcome, WelcomePage)
    welcome.case_button.click()
    assert welcome.case_dialog is not None and welcome.case_dialog.isVisible()
    return welcome.case_dialog


def _finish(qtbot: Any, dialog: CaseDialog, start: Any) -> str:
    """Start a request and wait until its thread is done; the text it left."""
    start()
    worker = dialog._worker
    assert worker is not None
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=SIGNAL_TIMEOUT)
    assert worker.isFinished()
    return dialog.outcome.text()


def _type(dialog: CaseDialog, case_id: str, token: str) -> None:
    dialog.case_id.setText(case_id)
    dialog.token.setText(token)
    dialog._typed()


def test_a_saved_receipt_is_checked_then_withdrawn(
    qtbot: Any, dialog: CaseDialog, receipt: Receipt, tmp_path: Path, registry: RunningServer
) -> None:
    saved = tmp_path / "receipt.json"
    save_receipt(receipt, saved)
    assert dialog.load_receipt_file(str(saved))
    assert dialog.case_id.text() == receipt.case_id
    assert dialog.registry.currentText() == "Demo registry (this computer)"
    assert "Received." in _finish(qtbot, dialog, dialog.check_status)
    assert receipt.case_id in dialog.outcome.text()

    dialog.withdraw_button.click()
    assert dialog.confirm_box.isVisible()
    dialog.confirm_no.click()
    assert not dialog.confirm_box.isVisible()
    dialog.withdraw_button.click()
    text = _finish(qtbot, dialog, dialog.confirm_yes.click)
    assert "Withdrawn." in text

    with TakeItDownClient(registry.url) as client:
        assert client.status(receipt).status == "withdrawn"


def test_a_case_typed_from_paper_is_checked_and_nothing_is_written(
    qtbot: Any, dialog: CaseDialog, receipt: Receipt, isolated_home: Path
) -> None:
    before = tree_snapshot(isolated_home)
    assert not dialog.check_button.isEnabled()
    _type(dialog, receipt.case_id, receipt.token)
    assert dialog.check_button.isEnabled()
    assert "Received." in _finish(qtbot, dialog, dialog.check_status)
    dialog.reject()
    assert tree_snapshot(isolated_home) == before


def test_a_wrong_code_says_so_calmly_and_keeps_what_was_typed(
    qtbot: Any, dialog: CaseDialog, receipt: Receipt
) -> None:
    _type(dialog, receipt.case_id, "not-the-code")
    text = _finish(qtbot, dialog, dialog.check_status)
    # Plainly, without the registry's own words repeating it.
    assert text == "We couldn't find that case. Check the case number and secret code."
    assert dialog.case_id.text() == receipt.case_id
    assert dialog.check_button.isEnabled()


def test_a_registry_that_is_down_is_explained(
    qtbot: Any, dialog: CaseDialog, receipt: Receipt, tmp_path: Path
) -> None:
    with socket.socket() as probe:  # a loopback port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = receipt.to_json() | {"registry_url": f"http://127.0.0.1:{port}", "registry_name": "Gone"}
    saved = tmp_path / "elsewhere.json"
    saved.write_text(json.dumps(data), encoding="utf-8")
    assert dialog.load_receipt_file(str(saved))
    assert "Gone" in dialog.registry.currentText()
    assert "couldn't be reached" in _finish(qtbot, dialog, dialog.check_status)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "not a receipt file, or it is damaged"),
        (b'{"schema": "something-else"}', "not a receipt file, or it is damaged"),
    ],
)
def test_a_bad_receipt_file_is_refused(
    dialog: CaseDialog, tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert not dialog.load_receipt_file(str(bad))
    assert expected in dialog.outcome.text()
    assert not dialog.check_button.isEnabled()


def test_an_hma_receipt_is_explained(dialog: CaseDialog, receipt: Receipt, tmp_path: Path) -> None:
    saved = tmp_path / "hma.json"
    saved.write_text(json.dumps(receipt.to_json() | {"kind": "hma"}), encoding="utf-8")
    assert not dialog.load_receipt_file(str(saved))
    assert "no cases to check" in dialog.outcome.text()


def test_registry_words_are_plain_text(dialog: CaseDialog) -> None:
    from takeitdown_client.core.registry import CaseStatus

    dialog._show_status(
        CaseStatus("<b>case</b>", "<img src=x>\x07", 1, 0, "2026-11-21T10:00:00Z", "")
    )
    text = dialog.outcome.text()
    assert "<img src=x>" in text and "\x07" not in text
    assert dialog.outcome.textFormat().name == "PlainText"


def test_closing_forgets_the_code(dialog: CaseDialog, receipt: Receipt, wizard: MainWizard) -> None:
    _type(dialog, receipt.case_id, receipt.token)
    dialog.reject()
    assert dialog.token.text() == ""


def test_closing_during_a_request_neither_waits_nor_crashes(
    qtbot: Any, wizard: MainWizard, dialog: CaseDialog, receipt: Receipt, tmp_path: Path
) -> None:
    from shiboken6 import isValid

    from takeitdown_client.core.registry.http import HttpOptions

    silent = socket.socket()  # accepts connections (the kernel does) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        port = silent.getsockname()[1]
        data = receipt.to_json() | {"registry_url": f"http://127.0.0.1:{port}"}
        saved = tmp_path / "silent.json"
        saved.write_text(json.dumps(data), encoding="utf-8")
        wizard.context.http_options = HttpOptions(read_timeout=1.0, retries=0)
        assert dialog.load_receipt_file(str(saved))
        before = set(threading.enumerate())
        dialog.check_status()
        (request,) = set(threading.enumerate()) - before
        answered: list[str] = []
        dialog.outcome.setText("")
        dialog.request_finished.connect(lambda: answered.append("late"))
        started = time.monotonic()
        dialog.reject()  # closed while the registry is silent
        assert time.monotonic() - started < 0.1  # nothing waits for the request
        assert dialog.token.text() == ""
        qtbot.waitUntil(lambda: not isValid(dialog), timeout=SIGNAL_TIMEOUT)  # gone at once
        qtbot.waitUntil(lambda: not request.is_alive(), timeout=SIGNAL_TIMEOUT)
        qtbot.wait(50)  # the request's last report reaches the relay, and nobody
        assert answered == []
    finally:
        silent.close()


def test_start_over_closes_the_case_dialog(wizard: MainWizard, dialog: CaseDialog) -> None:
    welcome = wizard.pages[PageId.WELCOME]
    assert isinstance(welcome, WelcomePage)
    dialog.case_id.setText("TID-TEST")
    wizard.start_over()
    assert welcome.case_dialog is None
    assert not dialog.isVisible()
