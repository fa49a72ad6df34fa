"""The case dialog reads codes the way people copy them from paper, and hides the code
until asked."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from takeitdown_client.core.payload import build_payload
from takeitdown_client.core.receipts import Receipt
from takeitdown_client.core.registry import TakeItDownClient, new_idempotency_key
from takeitdown_client.gui.case_dialog import CaseDialog
from takeitdown_client.gui.pages.welcome import WelcomePage
from takeitdown_client.gui.wizard import MainWizard, PageId
from takeitdown_client.registry_server import RunningServer

from ..submissions.conftest import sample_fingerprints
from .conftest import SIGNAL_TIMEOUT


@pytest.fixture
def receipt(registry: RunningServer) -> Receipt:
    payload = build_payload(sample_fingerprints(), category="minor", submitter="self")
    client = TakeItDownClient(registry.url)
    try:
        return client.submit(payload.to_bytes(), new_idempotency_key())
    finally:
        client.close()


@pytest.fixture
def dialog(wizard: MainWizard) -> CaseDialog:
    welcome = wizard.pages[PageId.WELCOME]
    assert isinstance(welcome, WelcomePage)
    welcome.case_button.click()
    assert welcome.case_dialog is not None
    return welcome.case_dialog


def type_into(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field finishes the edit


def test_codes_copied_from_paper_any_way_are_tidied_and_found(
    qtbot: Any, dialog: CaseDialog, receipt: Receipt
) -> None:
    dialog.activateWindow()
    typed_case = receipt.case_id.lower()
    typed_code = receipt.token.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    type_into(qtbot, dialog.case_id, typed_case)
    type_into(qtbot, dialog.token, typed_code)
    dialog.token.editingFinished.emit()  # offscreen focus changes are not guaranteed
    dialog.case_id.editingFinished.emit()
    assert dialog.case_id.text() == receipt.case_id
    assert dialog.token.text() == receipt.token
    dialog.check_status()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=SIGNAL_TIMEOUT)
    assert "Received." in dialog.outcome.text()


def test_the_code_is_hidden_until_show_is_ticked(dialog: CaseDialog) -> None:
    assert dialog.token.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.show_token.text().replace("&", "") == "Show code"
    dialog.show_token.click()
    assert dialog.token.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_token.click()
    assert dialog.token.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_token.setChecked(True)
    dialog.reject()
    assert not dialog.show_token.isChecked()  # hidden again next time
