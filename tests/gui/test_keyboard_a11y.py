"""Keyboard-only use and accessible names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from takeitdown_client.gui.wizard import PageId

from .conftest import SIGNAL_TIMEOUT, Driver

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)


def _controls(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.objectName().startswith("qt_")
        and type(widget).__name__ != "QScrollBar"
    ]


def _tab_through(qtbot: Any, wizard: Any) -> set[QWidget]:
    """Press Tab until focus comes back round; return every widget that got focus."""
    wizard.activateWindow()
    wizard.currentPage().setFocus()
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Tab)
    seen: list[QWidget] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        if seen and focused is seen[0] and len(seen) > 1:
            break
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return set(seen)


def _check_page(qtbot: Any, wizard: Any) -> None:
    reached = _tab_through(qtbot, wizard)
    for control in _controls(wizard):
        # Radio buttons in a group share one tab stop; arrow keys move between them.
        if control.metaObject().className() == "QRadioButton":
            continue
        assert control in reached, f"Tab never reaches {control!r} {control.accessibleName()!r}"
        label = control.accessibleName() or getattr(control, "text", lambda: "")()
        assert label, f"{control!r} has no accessible name"


def test_every_control_is_reachable_by_tab_and_named(
    qtbot: Any, driver: Driver, pictures: list[Path]
) -> None:
    wizard = driver.wizard
    _check_page(qtbot, wizard)  # Welcome
    driver.answer_about()
    driver.add_files(pictures)
    _check_page(qtbot, wizard)  # Choose files
    assert driver.fingerprint() == "done"
    driver.next()
    _check_page(qtbot, wizard)  # Review


def test_the_whole_flow_by_keyboard(qtbot: Any, driver: Driver, pictures: list[Path]) -> None:
    """Tab to each control and press Space, as a keyboard-only person would."""
    wizard = driver.wizard
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    next_button = wizard.button(wizard.WizardButton.NextButton)

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget() or wizard, key)

    def tab_to(target: QWidget) -> None:
        if QApplication.focusWidget() is None:
            wizard.currentPage().setFocus()
        for _ in range(60):
            if QApplication.focusWidget() is target:
                return
            press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {target!r}")

    def activate(target: QWidget) -> None:
        tab_to(target)
        press(Qt.Key.Key_Space)

    activate(next_button)
    assert wizard.currentId() == PageId.ABOUT
    about = driver.page(PageId.ABOUT)
    activate(about.minor)
    activate(about.myself)
    assert about.category() == "minor" and about.submitter() == "self"
    activate(next_button)
    assert wizard.currentId() == PageId.FILES
    driver.add_files(pictures)  # the file dialog itself is Qt's own, keyboard-operable
    files = driver.page(PageId.FILES)
    tab_to(files.file_list)
    files.file_list.setCurrentItem(files.file_list.topLevelItem(0))
    press(Qt.Key.Key_Delete)
    assert files.file_list.topLevelItemCount() == len(pictures) - 1
    hashing = driver.page(PageId.FINGERPRINTING)
    with qtbot.waitSignal(hashing.run_finished, timeout=SIGNAL_TIMEOUT):
        activate(next_button)
    activate(next_button)
    assert wizard.currentId() == PageId.REVIEW
    review = driver.page(PageId.REVIEW)
    tab_to(review.table)
    press(Qt.Key.Key_Space)  # leave the first item out
    assert review.table.item(0, 0).checkState() == Qt.CheckState.Unchecked
    press(Qt.Key.Key_Space)  # and put it back
    assert review.table.item(0, 0).checkState() == Qt.CheckState.Checked
    activate(review.consent)
    assert review.consent.isChecked()
    send = driver.page(PageId.SEND)
    with qtbot.waitSignal(send.send_finished, timeout=SIGNAL_TIMEOUT) as blocker:
        activate(wizard.button(wizard.WizardButton.CommitButton))
    assert blocker.args == ["sent"]
    assert wizard.currentId() == PageId.RECEIPT

    def answer_by_keyboard() -> None:
        box = wizard.start_over_box
        if box is None or QApplication.focusWidget() is not box.defaultButton():
            QTimer.singleShot(10, answer_by_keyboard)  # not open and focused yet
            return
        for _ in range(5):  # the safe answer has the focus: Tab to the other one
            if QApplication.focusWidget().text() == "Start &over":
                break
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Space)

    QTimer.singleShot(0, answer_by_keyboard)
    activate(wizard.button(wizard.WizardButton.CustomButton2))  # Start over, asks first
    assert wizard.currentId() == PageId.WELCOME
