"""The whole wizard against the reference registry on loopback."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from takeitdown_client.core.payload_parse import parse_payload
from takeitdown_client.gui.app import build_main_window
from takeitdown_client.gui.wizard import PageId
from takeitdown_client.registry_server import RunningServer, start_in_thread

from .conftest import SIGNAL_TIMEOUT, Driver, answer_start_over, make_corrupt_file, make_picture


def test_welcome_to_receipt_sends_exactly_the_bytes_shown(
    driver: Driver, pictures: list[Path], registry: RunningServer
) -> None:
    review = driver.to_review(pictures)
    shown = review.payload_view.toPlainText().encode("ascii")
    assert shown == driver.wizard.context.session.payload_bytes
    assert QLocale().toString(len(shown)) in review.byte_count.text()
    assert "127.0.0.1" in review.destination.text()
    review.consent.setChecked(True)
    assert driver.send() == "sent"
    assert driver.wizard.currentId() == PageId.RECEIPT
    receipt = driver.wizard.context.session.receipt
    assert registry.store.raw_body(receipt.case_id) == shown
    receipt_page: Any = driver.page(PageId.RECEIPT)
    assert receipt_page.view.case_id.text() == receipt.case_id
    assert receipt_page.view.token.text() == receipt.token
    assert driver.wizard.button(driver.wizard.WizardButton.CustomButton2).isVisible()


def test_consent_gates_send(driver: Driver, pictures: list[Path]) -> None:
    review = driver.to_review(pictures)
    commit = driver.wizard.button(driver.wizard.WizardButton.CommitButton)
    assert not review.isComplete()
    assert not commit.isEnabled()
    review.consent.setChecked(True)
    assert review.isComplete()
    assert commit.isEnabled()
    # Changing the list withdraws the agreement: it was for the old bytes.
    review.set_included(0, False)
    assert not review.consent.isChecked()
    assert not commit.isEnabled()


def test_excluded_rows_are_not_sent(
    driver: Driver, pictures: list[Path], registry: RunningServer
) -> None:
    review = driver.to_review(pictures)
    before = driver.wizard.context.session.payload_bytes
    review.set_included(1, False)
    after = driver.wizard.context.session.payload_bytes
    assert len(parse_payload(before).items) == 3
    assert len(parse_payload(after).items) == 2
    assert review.payload_view.toPlainText().encode("ascii") == after
    review.consent.setChecked(True)
    assert driver.send() == "sent"
    receipt = driver.wizard.context.session.receipt
    assert registry.store.raw_body(receipt.case_id) == after


def test_corrupt_file_among_good_ones(driver: Driver, pictures: list[Path], tmp_path: Path) -> None:
    broken = make_corrupt_file(tmp_path / "broken.jpg")
    driver.answer_about()
    driver.add_files([pictures[0], broken, pictures[1]])
    assert driver.fingerprint() == "done"
    page = driver.page(PageId.FINGERPRINTING)
    assert page.failed_list.count() == 1
    assert page.failed_list.item(0).text().startswith("broken.jpg: ")
    assert page.isComplete()
    driver.next()
    review = driver.page(PageId.REVIEW)
    assert review.table.rowCount() == 2
    assert len(parse_payload(driver.wizard.context.session.payload_bytes).items) == 2


def test_cancel_during_hashing_then_start_again(qtbot: Any, driver: Driver, tmp_path: Path) -> None:
    first = make_picture(tmp_path / "p0.png", seed=7, size=(320, 240))
    many = [first] + [Path(shutil.copy(first, tmp_path / f"p{i}.png")) for i in range(1, 40)]
    driver.answer_about()
    driver.add_files(many)
    page = driver.page(PageId.FINGERPRINTING)

    def stop_at_first_report(_progress: object) -> None:
        page.cancel()

    with qtbot.waitSignal(page.run_finished, timeout=SIGNAL_TIMEOUT) as blocker:
        driver.next()
        page._thread.progressed.connect(stop_at_first_report)
    assert blocker.args == ["cancelled"]
    assert driver.wizard.context.session.results == []
    assert not page.isComplete()
    assert page.again_button.isVisible()
    assert "Nothing was sent" in page.summary.text()
    with qtbot.waitSignal(page.run_finished, timeout=SIGNAL_TIMEOUT) as blocker:
        page.again_button.click()
    assert blocker.args == ["done"]
    assert page.isComplete()


def test_start_over_clears_everything(driver: Driver, pictures: list[Path]) -> None:
    review = driver.to_review(pictures)
    review.consent.setChecked(True)
    assert driver.send() == "sent"
    receipt_page: Any = driver.page(PageId.RECEIPT)
    receipt_page.view.copy()
    session = driver.wizard.context.session
    assert session.copied_text
    answer_start_over(driver.wizard)
    assert driver.wizard.currentId() == PageId.WELCOME
    assert session.files == [] and session.results == []
    assert session.payload_bytes is None and session.receipt is None
    assert session.category is None and session.copied_text is None
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == ""
    assert driver.page(PageId.FILES).file_list.topLevelItemCount() == 0
    assert review.payload_view.toPlainText() == ""
    assert receipt_page.view.case_id.text() == ""
    about = driver.page(PageId.ABOUT)
    assert about.category() is None and about.submitter() is None


def test_registry_down_then_outbox_then_send_later(qtbot: Any, pictures: list[Path]) -> None:
    down = start_in_thread()
    url, port = down.url, down.port
    down.stop()  # nothing listens there now
    wizard = build_main_window(demo_url=url)
    wizard.context.hash_jobs = 1
    qtbot.addWidget(wizard)
    wizard.show()
    driver = Driver(qtbot, wizard)
    review = driver.to_review(pictures)
    review.consent.setChecked(True)
    assert driver.send() == "failed"
    send = driver.page(PageId.SEND)
    assert send.explanation.text().startswith("The fingerprints were not sent.")
    for button in (send.retry_button, send.outbox_button, send.export_button):
        assert button.isVisible() and button.isEnabled()
    shown = wizard.context.session.payload_bytes
    send.outbox_button.click()
    entries = wizard.context.outbox().list()
    assert [entry.payload_bytes for entry in entries] == [shown]

    up = start_in_thread(port=port)
    try:
        from takeitdown_client.gui.outbox_panel import OutboxPanel

        panel = OutboxPanel(wizard.context)
        qtbot.addWidget(panel)
        assert panel.send_button.isEnabled()
        with qtbot.waitSignal(panel.send_finished, timeout=SIGNAL_TIMEOUT):
            panel.send_selected()
        assert wizard.context.outbox().list() == []
        case_ids = list(up.store.raw_bodies())
        assert len(case_ids) == 1
        assert up.store.raw_body(case_ids[0]) == shown
        panel.receipt_dialog.receipt_kept = True  # asked about in test_wizard_safety
        panel.receipt_dialog.close()
    finally:
        up.stop()
        wizard.context.session.receipt_kept = True  # the receipt it went on to show
        wizard.close()
