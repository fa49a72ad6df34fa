"""The main window: a QWizard with seven pages, Settings, and Start over."""

from __future__ import annotations

import gc
import sys
from enum import IntEnum

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from .. import APP_DISPLAY_NAME
from . import a11y
from .context import AppContext
from .pages.about import AboutPage
from .pages.choose_files import ChooseFilesPage
from .pages.fingerprinting import FingerprintingPage
from .pages.receipt import ReceiptPage
from .pages.review import ReviewPage
from .pages.send import SendPage
from .pages.welcome import WelcomePage
from .workers import delete_when_idle


class PageId(IntEnum):
    WELCOME = 0
    ABOUT = 1
    FILES = 2
    FINGERPRINTING = 3
    REVIEW = 4
    SEND = 5
    RECEIPT = 6


SETTINGS_BUTTON = QWizard.WizardButton.CustomButton1
START_OVER_BUTTON = QWizard.WizardButton.CustomButton2


class MainWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.wizard = self
        if sys.platform != "darwin":
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setButtonLayout(
            [
                SETTINGS_BUTTON,
                QWizard.WizardButton.Stretch,
                START_OVER_BUTTON,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton,
            ]
        )
        self.pages = {
            PageId.WELCOME: WelcomePage(context),
            PageId.ABOUT: AboutPage(context),
            PageId.FILES: ChooseFilesPage(context),
            PageId.FINGERPRINTING: FingerprintingPage(context),
            PageId.REVIEW: ReviewPage(context),
            PageId.SEND: SendPage(context),
            PageId.RECEIPT: ReceiptPage(context),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(PageId.WELCOME)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self.setMinimumSize(720, 600)
        self.start_over_box: QMessageBox | None = None  # while the question is open
        self.retranslate_ui()
        self.set_start_over_visible(False)

    # ------------------------------------------------------------------ actions

    def _custom_button(self, which: int) -> None:
        if which == SETTINGS_BUTTON.value:
            self.open_settings()
        elif which == START_OVER_BUTTON.value:
            self.ask_start_over()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog  # only when asked

        dialog = SettingsDialog(self.context, self)
        dialog.exec()
        delete_when_idle(dialog, *dialog.busy_workers())

    def set_start_over_visible(self, visible: bool) -> None:
        button = self.button(START_OVER_BUTTON)
        if button is not None:
            button.setVisible(visible)

    def ask_start_over(self) -> None:
        """Start over, once the person said so: it cannot be undone."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Start over?"), "", parent=self)
        text = self.tr(
            "Everything about this case is cleared from the app: the list of files and the "
            "fingerprints. Your files stay where they are."
        )
        if self.context.session.receipt is not None:
            text += "\n\n" + self.tr(
                "The case number and secret code will no longer be shown. "
                "Make sure you saved, printed or copied them."
            )
        box.setText(text)
        clear = box.addButton(self.tr("Start &over"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.start_over_box = box
        box.exec()
        self.start_over_box = None
        chosen = box.clickedButton() is clear
        box.deleteLater()
        if chosen:
            self.start_over()

    def start_over(self) -> None:
        """Forget everything about this case and go back to the first page."""
        self.context.forget_clipboard()
        self.restart()
        for page in self.pages.values():
            page.reset()
        self.context.session.clear()
        gc.collect()
        self.set_start_over_visible(False)
        first = self.currentPage()
        if first is not None:
            a11y.announce(first, self.tr("Everything was cleared. You can start again."))

    def accept(self) -> None:
        # Counselor mode: "Finish" gets the app ready for the next person, with nothing kept.
        if self.context.counselor_mode():
            self.start_over()
            return
        self.context.forget_clipboard()
        self.context.session.clear()
        super().accept()

    def _page_changed(self, page_id: int) -> None:
        # From Fingerprinting on there is something to clear (Send hides it while sending).
        send = self.pages[PageId.SEND]
        sending = page_id == PageId.SEND and isinstance(send, SendPage) and send.is_sending()
        self.set_start_over_visible(page_id >= PageId.FINGERPRINTING and not sending)
        page = self.currentPage()
        if page is not None:
            a11y.announce(page, page.title())

    def closeEvent(self, event: QCloseEvent) -> None:
        fingerprinting = self.pages[PageId.FINGERPRINTING]
        send = self.pages[PageId.SEND]
        fingerprinting.reset()
        send.reset()
        self.pages[PageId.WELCOME].reset()  # an open case dialog, and its request
        self.context.forget_clipboard()
        self.context.session.clear()
        super().closeEvent(event)

    # -------------------------------------------------------------- languages

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setButtonText(SETTINGS_BUTTON, self.tr("Settin&gs"))
        self.setButtonText(START_OVER_BUTTON, self.tr("Start &over"))
        # Back, Next and Finish keep Qt's own texts, translated by qtbase_<lang>.qm.
        for button_id, name in (
            (SETTINGS_BUTTON, self.tr("Settings")),
            (START_OVER_BUTTON, self.tr("Start over and clear everything")),
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Send")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
        ):
            button = self.button(button_id)
            if button is not None:
                a11y.name(button, name)
