"""The wizard, the receipt, the case dialog and Test connection on an HMA list (bank)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from takeitdown_client.core.payload import image_pdq_hashes
from takeitdown_client.core.receipts import Receipt, save_receipt
from takeitdown_client.core.settings import RegistryProfile
from takeitdown_client.gui.case_dialog import CaseDialog
from takeitdown_client.gui.receipt_view import ReceiptView
from takeitdown_client.gui.settings_dialog import SettingsDialog
from takeitdown_client.gui.wizard import MainWizard, PageId
from takeitdown_client.registry_server import RunningServer, start_in_thread

from .conftest import SIGNAL_TIMEOUT, Driver, make_picture, make_plain_picture

BANK = "NCII_TEST"
PROFILE = "Partner HMA"


@pytest.fixture
def hma() -> Iterator[RunningServer]:
    with start_in_thread(hma_banks=(BANK,)) as server:
        yield server


def use_hma(wizard: MainWizard, url: str, bank: str = BANK) -> RegistryProfile:
    profile = RegistryProfile(PROFILE, "hma", url, bank=bank)
    context = wizard.context
    context.update_settings(context.settings.with_profile(profile))
    context.session.profile_name = PROFILE
    return profile


def test_send_to_hma_then_check_and_withdraw(
    qtbot: Any, driver: Driver, hma: RunningServer, tmp_path: Path
) -> None:
    use_hma(driver.wizard, hma.url)
    pictures = [make_picture(tmp_path / "a.png", 1), make_plain_picture(tmp_path / "b.png")]
    review = driver.to_review(pictures)
    assert driver.wizard.context.session.profile_name == PROFILE
    # Said before sending: HMA gets nothing for the plain picture.
    assert "Nothing will be sent for 1 picture(s) too plain" in review.notes.text()
    review.consent.setChecked(True)
    assert driver.send() == "sent"
    assert driver.wizard.currentId() == PageId.RECEIPT
    receipt = driver.wizard.context.session.receipt
    # One content per PDQ: the picture's, its 7 turns and its reframe variants.
    sent = len(image_pdq_hashes(driver.wizard.context.session.payload.items[0]))
    assert sent > 8
    assert receipt.kind == "hma" and receipt.not_sent == 1 and len(receipt.content_ids) == sent
    view = driver.page(PageId.RECEIPT).view
    notes = view.notes.text()
    assert "Nothing was sent for 1 picture(s)" in notes
    assert "Platforms using this list can match it within a few minutes." in notes
    assert "within a few minutes" in view.receipt_text()

    saved = tmp_path / "hma-receipt.json"
    save_receipt(receipt, saved)
    dialog = CaseDialog(driver.wizard.context)
    qtbot.addWidget(dialog)
    assert dialog.load_receipt_file(str(saved))
    assert dialog.check_button.isEnabled()  # no code to type: the file has the entries
    dialog.check_status()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=SIGNAL_TIMEOUT)
    assert "Received." in dialog.outcome.text()
    assert f"Entries still on the list: {sent} of {sent}" in dialog.outcome.text()
    dialog.withdraw()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=SIGNAL_TIMEOUT)
    assert "Withdrawn." in dialog.outcome.text()
    assert f"Entries still on the list: 0 of {sent}" in dialog.outcome.text()
    assert hma.store.counts()["hma_content"] == 0


def test_a_video_listed_by_exact_fingerprint_only_says_so(wizard: MainWizard) -> None:
    view = ReceiptView(wizard.context)
    receipt = Receipt("local-1", "", "H", "http://127.0.0.1:1", "hma", "", 1, 0, ("1",), BANK)
    view.show_receipt(receipt)
    assert "exact fingerprint only" not in view.notes.text()
    view.show_receipt(Receipt(**{**receipt.__dict__, "exact_only": 1}))
    assert "1 video(s) listed by exact fingerprint only" in view.notes.text()
    assert "re-encoded copies will not match" in view.notes.text()
    view.show_receipt(None)
    assert view.notes.text() == ""


@pytest.mark.parametrize(
    ("bank", "expected"),
    [
        (BANK, f"Connected. The list {BANK} is there. It takes: pdq, video_md5, vpdq"),
        ("OTHER_LIST", "This registry has no list called OTHER_LIST."),
    ],
)
def test_test_connection_names_the_list(
    qtbot: Any, wizard: MainWizard, hma: RunningServer, bank: str, expected: str
) -> None:
    use_hma(wizard, hma.url, bank)
    dialog = SettingsDialog(wizard.context)
    qtbot.addWidget(dialog)
    row = next(
        i
        for i in range(dialog.profile_list.count())
        if PROFILE in dialog.profile_list.item(i).text()
    )
    dialog.profile_list.setCurrentRow(row)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog._tester is None, timeout=SIGNAL_TIMEOUT)
    assert expected in dialog.test_result.text()


def test_the_profile_dialog_checks_the_list_name(qtbot: Any, wizard: MainWizard) -> None:
    from takeitdown_client.gui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(RegistryProfile("H", "hma", "https://hma.example", bank="x"), set())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "capital letters, digits and underscores" in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.bank.setText("NCII_REPORTS")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_an_outbox_entry_goes_to_the_list_it_was_kept_for(
    qtbot: Any, wizard: MainWizard, hma: RunningServer
) -> None:
    from takeitdown_client.core.payload import build_payload
    from takeitdown_client.gui.outbox_panel import OutboxPanel

    from ..submissions.conftest import sample_fingerprints

    payload = build_payload(sample_fingerprints(), "minor", "self").to_bytes()
    kept_for = RegistryProfile(hma.url, "hma", hma.url, bank=BANK)  # a bare URL, not set up
    wizard.context.outbox().add(payload, hma.url, "k" * 24, registry=kept_for)
    panel = OutboxPanel(wizard.context)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.send_finished, timeout=SIGNAL_TIMEOUT):
        panel.send_selected()
    assert wizard.context.outbox().list() == []
    assert hma.store.counts()["hma_content"] == 9
    panel.receipt_dialog.receipt_kept = True  # the question: test_wizard_safety
    panel.receipt_dialog.close()


def test_only_plain_pictures_to_hma_offer_neither_retry_nor_send_later(
    driver: Driver, hma: RunningServer, tmp_path: Path
) -> None:
    use_hma(driver.wizard, hma.url)
    review = driver.to_review([make_plain_picture(tmp_path / "plain.png")])
    review.consent.setChecked(True)
    assert driver.send() == "failed"
    send = driver.page(PageId.SEND)
    # Nothing of this payload can ever reach this list: keeping it would only store it.
    assert not send.outbox_button.isVisible()
    assert not send.retry_button.isEnabled()
    assert send.other_registry_button.isVisible()
    assert hma.store.counts()["hma_content"] == 0
