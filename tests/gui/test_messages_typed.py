"""Messages are keyed by error-code enums; saving and printing say honestly when they fail."""

from __future__ import annotations

import errno
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from takeitdown_client.core.errors import ErrorCode, MediaError
from takeitdown_client.core.payload import PayloadErrorCode, build_payload
from takeitdown_client.core.receipts import ReceiptErrorCode
from takeitdown_client.core.registry import RegistryErrorCode
from takeitdown_client.gui import filedialogs, messages
from takeitdown_client.gui.messages import AppMessage
from takeitdown_client.gui.pages.send import SendPage
from takeitdown_client.gui.receipt_view import ReceiptView
from takeitdown_client.gui.wizard import MainWizard, PageId

from ..submissions.conftest import sample_fingerprints
from ..submissions.test_exports_receipts import RECEIPT

SAVE_FAILED = "The file couldn't be saved there. Try another place."


@pytest.mark.parametrize(
    ("table", "codes"),
    [
        (messages.media_messages, ErrorCode),
        (messages.registry_messages, RegistryErrorCode),
        (messages.payload_messages, PayloadErrorCode),
        (messages.receipt_messages, ReceiptErrorCode),
        (messages.other_messages, AppMessage),
    ],
)
def test_each_table_is_keyed_by_exactly_its_enum(table: Any, codes: type[StrEnum]) -> None:
    texts = table()
    assert all(type(key) is codes for key in texts)
    assert set(texts) == set(codes)
    assert all(texts.values())


def test_an_unknown_code_gets_the_calm_fallback() -> None:
    assert messages.error_message(MediaError("x", "no_such_code")) == messages.fallback_message()
    assert messages.error_message(ValueError("x")) == messages.fallback_message()


def test_an_os_error_while_saving_says_save_failed() -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    assert messages.error_message(full) == SAVE_FAILED
    assert messages.error_message(PermissionError("no")) == SAVE_FAILED


@pytest.fixture
def send_page(wizard: MainWizard) -> SendPage:
    page = wizard.pages[PageId.SEND]
    assert isinstance(page, SendPage)
    payload = build_payload(sample_fingerprints(), category="minor", submitter="self")
    session = wizard.context.session
    session.payload, session.payload_bytes = payload, payload.to_bytes()
    session.profile_name = wizard.context.profiles()[0].name
    return page


def test_a_full_disk_when_saving_for_later_is_explained(
    send_page: SendPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"")  # the outbox cannot be made inside a file
    monkeypatch.setenv("TAKEITDOWN_DATA_DIR", str(blocked))
    send_page.save_for_later()
    assert send_page.after.text() == SAVE_FAILED
    assert not send_page.after.isHidden()


def test_an_export_that_cannot_be_written_is_explained(
    send_page: SendPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing-folder" / "fingerprints.json"
    monkeypatch.setattr(filedialogs, "save_file", lambda *_: str(target))
    send_page.export()
    assert send_page.after.text() == SAVE_FAILED
    assert not target.exists()
    target.parent.mkdir()
    send_page.export()
    assert target.read_bytes() == send_page.session.payload_bytes
    assert send_page.after.text().startswith("Saved.")


@pytest.fixture
def view(qtbot: Any, wizard: MainWizard) -> ReceiptView:
    receipt_view = ReceiptView(wizard.context)
    qtbot.addWidget(receipt_view)
    receipt_view.show_receipt(RECEIPT)
    return receipt_view


def test_a_receipt_that_cannot_be_saved_is_explained(
    view: ReceiptView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filedialogs, "save_file", lambda *_: str(tmp_path / "gone" / "r.json"))
    view.save()
    assert view.feedback.text() == SAVE_FAILED


def test_printing_reports_whether_it_worked(view: ReceiptView, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "receipt.pdf"))
    assert view.print_to(printer)
    assert (tmp_path / "receipt.pdf").read_bytes().startswith(b"%PDF")

    nowhere = QPrinter(QPrinter.PrinterMode.HighResolution)
    nowhere.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    nowhere.setOutputFileName(str(tmp_path / "missing-folder" / "receipt.pdf"))
    assert not view.print_to(nowhere)
