"""Nothing is lost by a stray key: Escape, closing, Finish and the outbox receipt pop-up."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from takeitdown_client.gui.outbox_panel import OutboxPanel
from takeitdown_client.gui.wizard import PageId

from .conftest import SIGNAL_TIMEOUT, Driver, make_picture


class Answerer:
    """Clicks the button whose text holds ``choice`` in the next question, and keeps its text."""

    def __init__(self, choice: str) -> None:
        self.choice = choice
        self.questions: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next((b for b in boxes if b.isVisible()), None)
        if box is None:
            return
        self.timer.stop()
        self.questions.append(box.text())
        for button in box.buttons():
            if self.choice in button.text().replace("&", ""):
                button.click()
                return
        raise AssertionError(f"no button {self.choice!r} in {box.text()!r}")


def _to_receipt(driver: Driver, pictures: list[Path], **about: str) -> Any:
    review = driver.to_review(pictures, **about)
    review.consent.setChecked(True)
    assert driver.send() == "sent"
    assert driver.wizard.currentId() == PageId.RECEIPT
    return driver.page(PageId.RECEIPT)


def test_escape_never_closes_the_wizard(qtbot: Any, driver: Driver, pictures: list[Path]) -> None:
    wizard = driver.wizard
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.currentId() == PageId.WELCOME
    receipt_page = _to_receipt(driver, pictures)
    answer = Answerer("Go back")
    qtbot.keyClick(receipt_page, Qt.Key.Key_Escape)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.currentId() == PageId.RECEIPT
    assert answer.questions == []  # not even a question: Escape does nothing here
    assert wizard.context.session.receipt is not None


def test_closing_with_an_unsaved_receipt_asks_first(driver: Driver, pictures: list[Path]) -> None:
    wizard = driver.wizard
    receipt_page = _to_receipt(driver, pictures)
    answer = Answerer("Go back")
    wizard.close()
    assert wizard.isVisible()
    assert "case number and secret code" in answer.questions[0]
    assert wizard.context.session.receipt is not None
    answer = Answerer("Go back")
    wizard.accept()  # Finish
    assert wizard.isVisible() and len(answer.questions) == 1
    receipt_page.view.copy()  # now the person has it
    answer = Answerer("Go back")
    wizard.close()
    assert not wizard.isVisible()
    assert answer.questions == []


def test_closing_anyway_drops_the_receipt(driver: Driver, pictures: list[Path]) -> None:
    wizard = driver.wizard
    _to_receipt(driver, pictures)
    answer = Answerer("Close without saving")
    wizard.close()
    assert len(answer.questions) == 1
    assert not wizard.isVisible()
    assert wizard.context.session.receipt is None


def test_counselor_finish_asks_in_counselor_words(driver: Driver, pictures: list[Path]) -> None:
    wizard = driver.wizard
    context = wizard.context
    context.settings = replace(context.settings, counselor_mode=True)
    _to_receipt(driver, pictures, submitter="counselor")
    answer = Answerer("Go back")
    wizard.accept()
    assert "Make sure the person has them" in answer.questions[0]
    assert wizard.currentId() == PageId.RECEIPT and context.session.receipt is not None
    answer = Answerer("Clear everything")
    wizard.accept()
    assert len(answer.questions) == 1
    assert wizard.isVisible() and wizard.currentId() == PageId.WELCOME
    assert context.session.receipt is None


def test_outbox_receipt_pop_up_asks_before_closing(
    qtbot: Any, driver: Driver, pictures: list[Path]
) -> None:
    receipt = _to_receipt(driver, pictures).view.receipt
    panel = OutboxPanel(driver.wizard.context)
    qtbot.addWidget(panel)
    panel.show_receipt(receipt)
    dialog = panel.receipt_dialog
    assert dialog.isVisible()
    answer = Answerer("Go back")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(answer.questions) == 1
    answer = Answerer("Go back")
    dialog.close()  # the window's own close button
    assert dialog.isVisible() and len(answer.questions) == 1
    dialog.view.copy()
    answer = Answerer("Go back")
    dialog.reject()
    assert not dialog.isVisible() and answer.questions == []


def test_stop_works_while_fingerprinting(qtbot: Any, driver: Driver, tmp_path: Path) -> None:
    first = make_picture(tmp_path / "p0.png", seed=7, size=(320, 240))
    many = [first] + [Path(shutil.copy(first, tmp_path / f"p{i}.png")) for i in range(1, 40)]
    driver.answer_about()
    driver.add_files(many)
    page = driver.page(PageId.FINGERPRINTING)
    enabled: list[bool] = []

    def click_stop(_progress: object) -> None:
        if not enabled:
            enabled.append(page.stop_button.isVisible() and page.stop_button.isEnabled())
            qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(page.run_finished, timeout=SIGNAL_TIMEOUT) as blocker:
        driver.next()
        assert page.stop_button.isEnabled()  # from the very start of the run
        page._thread.progressed.connect(click_stop)
    assert enabled == [True]
    assert blocker.args == ["cancelled"]


def test_changing_the_language_on_welcome_retranslates_the_wizard_buttons(
    driver: Driver,
) -> None:
    wizard = driver.wizard
    welcome = driver.page(PageId.WELCOME)
    welcome.language.setCurrentIndex(welcome.language.findData("de"))
    QCoreApplication.processEvents()
    try:
        next_text = wizard.button(QWizard.WizardButton.NextButton).text()
        assert next_text == QCoreApplication.translate("QWizard", "&Next >")
        assert next_text != "&Next >"
    finally:
        welcome.language.setCurrentIndex(welcome.language.findData("en"))
        QCoreApplication.processEvents()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
