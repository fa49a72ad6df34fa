"""Saving a receipt or the fingerprints suggests a neutral, dated name in the home folder,
never the folder used last time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog

from takeitdown_client.core.receipts import Receipt, load_receipt
from takeitdown_client.gui.receipt_view import ReceiptView
from takeitdown_client.gui.text import dated_file_name
from takeitdown_client.gui.wizard import MainWizard

RECEIPT = Receipt("TID-7K3M-Q9XW-2HRT-V5NP", "Q9XW-" * 12 + "Q9XW", "Demo", "http://127.0.0.1:1",
                  "takeitdown", "2026-12-02T10:00:00Z", 1)  # fmt: skip


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, list[str]]]:
    """Each file dialog's folder and suggested file; it answers with a file in a subfolder."""
    seen: list[tuple[str, list[str]]] = []
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def answer(dialog: QFileDialog) -> int:
        seen.append((dialog.directory().absolutePath(), list(dialog.selectedFiles())))
        dialog.selectFile(str(elsewhere / Path(dialog.selectedFiles()[0]).name))
        return int(QFileDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QFileDialog, "exec", answer)
    return seen


def test_receipts_and_fingerprint_files_get_neutral_names(
    wizard: MainWizard, dialogs: list[tuple[str, list[str]]], tmp_path: Path
) -> None:
    today = date.today().isoformat()
    view = ReceiptView(wizard.context)
    view.show_receipt(RECEIPT)
    for _ in range(2):  # the second time must not start where the first one saved
        view.save()
    assert wizard.context.export_payload(wizard, b"{}\n")
    home = QDir.homePath()
    names = [Path(files[0]).name for _, files in dialogs]
    assert names == [f"receipt-{today}.json"] * 2 + [f"submission-{today}.json"]
    assert [folder for folder, _ in dialogs] == [home] * 3
    assert all("takeitdown" not in name for name in names)
    assert load_receipt(tmp_path / "elsewhere" / f"receipt-{today}.json") == RECEIPT
    assert view.feedback.text() == "Saved."


def test_the_date_is_the_only_thing_in_the_name() -> None:
    assert dated_file_name("receipt", date(2026, 12, 2)) == "receipt-2026-12-02.json"
