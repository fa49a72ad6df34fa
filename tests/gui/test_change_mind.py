"""Changing one's mind before the receipt, and the Settings fixes of issue 14."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from takeitdown_client.core.registry import HttpOptions
from takeitdown_client.core.settings import RegistryProfile
from takeitdown_client.gui.app import build_main_window
from takeitdown_client.gui.settings_dialog import SettingsDialog
from takeitdown_client.gui.wizard import MainWizard, PageId
from takeitdown_client.registry_server import RunningServer, start_in_thread

from ..submissions.flaky_server import FORWARD, FlakyServer, Step
from .conftest import SIGNAL_TIMEOUT, Driver, answer_start_over

QUICK = HttpOptions(connect_timeout=2.0, read_timeout=2.0, backoff_factor=0.01, backoff_max=0.05)


def dead_url() -> tuple[str, int]:
    server = start_in_thread()
    url, port = server.url, server.port
    server.stop()  # nothing listens there now
    return url, port


@pytest.fixture
def down_wizard(qtbot: Any) -> Any:
    url, port = dead_url()
    wizard = build_main_window(demo_url=url)
    wizard.context.hash_jobs = 1
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard, port
    wizard.close()


def add_profile(wizard: MainWizard, name: str, url: str) -> RegistryProfile:
    profile = RegistryProfile(name=name, kind="takeitdown", base_url=url)
    context = wizard.context
    context.update_settings(context.settings.with_profile(profile))
    return profile


def test_a_failed_send_can_go_to_another_registry_without_hashing_again(
    qtbot: Any, down_wizard: Any, pictures: list[Path], registry: RunningServer
) -> None:
    wizard, _ = down_wizard
    add_profile(wizard, "Working", registry.url)
    driver = Driver(qtbot, wizard)
    review = driver.to_review(pictures)
    results = list(wizard.context.session.results)
    review.consent.setChecked(True)
    assert driver.send() == "failed"
    send = driver.page(PageId.SEND)
    back = wizard.button(wizard.WizardButton.BackButton)
    assert back.isEnabled()  # Review is no longer a closed door
    assert send.other_registry_button.isVisible() and send.outbox_button.isVisible()

    runs: list[str] = []
    driver.page(PageId.FINGERPRINTING).run_finished.connect(runs.append)
    send.other_registry_button.click()
    assert wizard.currentId() == PageId.ABOUT
    about = driver.page(PageId.ABOUT)
    assert about.kept_note.isVisible()
    about.registry.setCurrentIndex(about.registry.findData("Working"))
    started = time.monotonic()
    for _ in range(3):  # Choose files, Fingerprinting (already done), Review
        driver.next()
    assert wizard.currentId() == PageId.REVIEW
    assert runs == [] and wizard.context.session.results == results  # nothing hashed again
    assert time.monotonic() - started < 2
    assert registry.url in review.destination.text()
    assert not review.consent.isChecked()  # agreement was for the other registry
    review.consent.setChecked(True)
    assert driver.send() == "sent"
    assert list(registry.store.raw_bodies().values()) == [wizard.context.session.payload_bytes]
    assert review.isCommitPage()  # closed again once sent


def test_back_after_a_failure_then_send_again(
    qtbot: Any, down_wizard: Any, pictures: list[Path]
) -> None:
    wizard, _ = down_wizard
    driver = Driver(qtbot, wizard)
    driver.to_review(pictures).consent.setChecked(True)
    assert driver.send() == "failed"
    wizard.back()
    assert wizard.currentId() == PageId.REVIEW
    review = driver.page(PageId.REVIEW)
    assert review.isCommitPage()  # the Send button is the commit button again
    assert wizard.button(wizard.WizardButton.CommitButton).isVisible()
    assert driver.send() == "failed"


def test_start_over_is_offered_after_choose_files_and_asks_first(
    qtbot: Any, driver: Driver, pictures: list[Path]
) -> None:
    wizard = driver.wizard
    start_over = wizard.button(wizard.WizardButton.CustomButton2)
    driver.answer_about()
    assert not start_over.isVisible()
    driver.add_files(pictures)
    assert driver.fingerprint() == "done"
    assert start_over.isVisible()
    answer_start_over(wizard, start_over=False)
    assert wizard.currentId() == PageId.FINGERPRINTING
    assert len(wizard.context.session.results) == 3
    driver.next()
    assert wizard.currentId() == PageId.REVIEW and start_over.isVisible()
    answer_start_over(wizard)
    assert wizard.currentId() == PageId.WELCOME
    assert wizard.context.session.results == [] and not start_over.isVisible()


def test_the_question_on_the_receipt_page_mentions_the_codes(
    qtbot: Any, driver: Driver, pictures: list[Path]
) -> None:
    driver.to_review(pictures).consent.setChecked(True)
    assert driver.send() == "sent"
    seen: list[str] = []
    from PySide6.QtCore import QTimer

    def look() -> None:
        box = driver.wizard.start_over_box
        if box is None:
            QTimer.singleShot(10, look)
            return
        seen.append(box.text())

    QTimer.singleShot(0, look)
    answer_start_over(driver.wizard, start_over=False)
    assert "case number and secret code" in seen[0]
    assert driver.wizard.currentId() == PageId.RECEIPT


def test_outbox_send_now_uses_the_address_edited_in_the_same_dialog_and_the_send_page_follows(
    qtbot: Any, down_wizard: Any, pictures: list[Path], registry: RunningServer
) -> None:
    wizard, _ = down_wizard
    old = add_profile(wizard, "Help centre", dead_url()[0])
    driver = Driver(qtbot, wizard)
    driver.answer_about()
    about = driver.page(PageId.ABOUT)
    wizard.back()
    about.registry.setCurrentIndex(about.registry.findData("Help centre"))
    driver.next()
    driver.add_files(pictures)
    assert driver.fingerprint() == "done"
    driver.next()
    driver.page(PageId.REVIEW).consent.setChecked(True)
    assert driver.send() == "failed"
    send = driver.page(PageId.SEND)
    send.outbox_button.click()

    dialog = SettingsDialog(wizard.context, wizard)
    qtbot.addWidget(dialog)
    dialog.apply_profile(replace(old, base_url=registry.url), old=old)  # not saved yet
    with qtbot.waitSignal(dialog.outbox.send_finished, timeout=SIGNAL_TIMEOUT):
        dialog.outbox.send_selected()
    assert "Sent." in dialog.outbox.status.text()
    assert list(registry.store.raw_bodies().values()) == [wizard.context.session.payload_bytes]
    # The Send page no longer says "not sent": it went on to the receipt.
    assert wizard.currentId() == PageId.RECEIPT
    assert wizard.context.session.receipt.case_id in driver.page(PageId.RECEIPT).view.case_id.text()
    dialog.outbox.receipt_dialog.close()
    dialog.reject()


def test_a_test_result_is_cleared_when_another_registry_is_selected(
    qtbot: Any, wizard: MainWizard, registry: RunningServer
) -> None:
    add_profile(wizard, "Second", registry.url)
    dialog = SettingsDialog(wizard.context, wizard)
    qtbot.addWidget(dialog)
    dialog.profile_list.setCurrentRow(0)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog._tester is None, timeout=SIGNAL_TIMEOUT)
    assert dialog.test_result.text().startswith("Connected.")
    dialog.profile_list.setCurrentRow(1)
    assert dialog.test_result.text() == ""
    # A result that arrives after the selection moved is not shown for the new one.
    dialog.test_connection()
    dialog.profile_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: dialog._tester is None, timeout=SIGNAL_TIMEOUT)
    assert dialog.test_result.text() == ""
    dialog.reject()


def test_a_closed_loopback_port_fails_fast_in_settings(qtbot: Any, down_wizard: Any) -> None:
    wizard, _ = down_wizard
    assert wizard.context.http_options is None  # the defaults: 4 retries with backoff
    dialog = SettingsDialog(wizard.context, wizard)
    qtbot.addWidget(dialog)
    started = time.monotonic()
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog._tester is None, timeout=SIGNAL_TIMEOUT)
    assert time.monotonic() - started < 2  # it took 7 s before
    assert "couldn't be reached" in dialog.test_result.text()
    dialog.reject()


def test_retries_are_shown_as_they_happen(
    qtbot: Any, wizard: MainWizard, registry: RunningServer, pictures: list[Path]
) -> None:
    flaky = FlakyServer(upstream=registry.url)
    try:
        busy = Step(status=503, body=b"{}")
        flaky.plan([busy, busy, FORWARD])
        add_profile(wizard, "Busy", flaky.url)
        wizard.context.http_options = QUICK
        dialog = SettingsDialog(wizard.context, wizard)
        qtbot.addWidget(dialog)
        dialog.profile_list.setCurrentRow(1)
        shown: list[str] = []
        dialog.retry_notice.retrying.connect(lambda *_: shown.append(dialog.test_result.text()))
        dialog.test_connection()
        qtbot.waitUntil(lambda: dialog._tester is None, timeout=SIGNAL_TIMEOUT)
        assert shown == [
            "No answer yet. Trying again (1 of 4)…",
            "No answer yet. Trying again (2 of 4)…",
        ]
        assert dialog.test_result.text().startswith("Connected.")
        dialog.reject()
    finally:
        flaky.stop()
