"""Page 6: send the reviewed bytes; if that fails, explain and offer four ways on.

The choices: try again (same bytes, same Idempotency-Key, so never sent
twice), choose another registry (back to page 2, keeping the fingerprints),
save to send later (the outbox), or export the fingerprints file. While a send
is under way there is no way back; once it failed, Back works again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWizard, QWizardPage

from ...core.registry.errors import RegistryError, RegistryErrorCode
from .. import a11y
from ..messages import error_message, server_words
from ..retries import RetryNotice, retry_text
from ..text import PlainLabel, fmt
from ..workers import CallThread, retire
from .about import AboutPage
from .base import Page

if TYPE_CHECKING:
    from ...core.receipts import Receipt


class SendPage(Page):
    send_finished = Signal(str)  # "sent" or "failed"

    def build_ui(self) -> None:
        # A commit page: once sending has started there is no way back to change it,
        # and the receipt page cannot lead back here.
        self.setCommitPage(True)
        self._thread: CallThread | None = None
        self._reopened: QWizardPage | None = None  # the commit page Back leads to, reopened
        self._state = "idle"  # idle, sending, failed, saved, exported
        # False when this registry can take nothing of the payload (HMA and only plain
        # pictures): trying again or keeping it for later could never send it there.
        self._sendable_here = True
        self.status = PlainLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.explanation = PlainLabel(selectable=True)
        self.server_said = PlainLabel(selectable=True)
        self.choices_label = PlainLabel()
        row = QHBoxLayout()
        self.retry_button = QPushButton()
        self.other_registry_button = QPushButton()
        self.outbox_button = QPushButton()
        self.export_button = QPushButton()
        for button in (
            self.retry_button,
            self.other_registry_button,
            self.outbox_button,
            self.export_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        self.retry_button.clicked.connect(self.send)
        self.other_registry_button.clicked.connect(self.choose_another_registry)
        self.retry_notice = RetryNotice(self)
        self.retry_notice.retrying.connect(self._retrying)
        self.context.outbox_sent.connect(self._sent_from_outbox)
        self.outbox_button.clicked.connect(self.save_for_later)
        self.export_button.clicked.connect(self.export)
        self.after = PlainLabel(selectable=True)
        for widget in (
            self.status,
            self.progress,
            self.explanation,
            self.server_said,
            self.choices_label,
        ):
            self.main_layout.addWidget(widget)
        self.main_layout.addLayout(row)
        self.main_layout.addWidget(self.after)
        self.main_layout.addStretch(1)
        self._show_state()

    def initializePage(self) -> None:
        self.send()

    def send(self) -> None:
        if self._thread is not None or self.session.payload_bytes is None:
            return
        profile = self.context.profile(self.session.profile_name)
        if profile is None:
            self._state = "failed"
            self.explanation.setText(self.tr("The registry you chose is no longer set up."))
            self._show_state()
            return
        body = self.session.payload_bytes  # the very bytes the review page showed
        key = self.session.key_for_payload()
        self._state = "sending"
        self._sendable_here = True
        self._show_state()
        context, notice = self.context, self.retry_notice.report

        def submit() -> Receipt:
            with context.client(profile, notice) as client:
                return client.submit(body, key)

        self._thread = CallThread(submit, self)
        self._thread.succeeded.connect(self._sent)
        self._thread.failed.connect(self._failed)
        self._thread.finished.connect(self._thread_finished)
        a11y.announce(self.progress, self.tr("Sending the fingerprints…"))
        self._thread.start()

    def is_sending(self) -> bool:
        return self._state == "sending"

    def _retrying(self, retry: int, allowed: int) -> None:
        if self._state == "sending":
            self.status.setText(retry_text(retry, allowed))
            a11y.announce(self.status, self.status.text())

    def _sent_from_outbox(self, key: str, receipt: Receipt) -> None:
        """Sent from Settings → Outbox: if it was this page's fingerprints, they are sent now."""
        if self._state == "saved" and key == self.session.idempotency_key:
            self._sent(receipt)
            self._show_state()

    def choose_another_registry(self) -> None:
        """Back to page 2 to pick another registry; the fingerprints made are kept."""
        wizard = self.wizard()
        if wizard is None or self._thread is not None:
            return
        while not isinstance(wizard.currentPage(), AboutPage) and wizard.visitedIds()[:-1]:
            wizard.back()
        about = wizard.currentPage()
        if isinstance(about, AboutPage):
            about.registry.setFocus()
            a11y.announce(about.registry, about.registry_label.text())

    def _allow_back(self, allowed: bool) -> None:
        """Back is closed while sending (the page before is a commit page) and open after a
        failure, so that changing something never means doing everything again."""
        wizard = self.wizard()
        if allowed and self._reopened is None and wizard is not None:
            visited = wizard.visitedIds()
            previous = wizard.page(visited[-2]) if len(visited) > 1 else None
            if wizard.currentPage() is not self or previous is None:
                return
            if not previous.isCommitPage():
                return
            previous.setCommitPage(False)
            self._reopened = previous
        elif not allowed and self._reopened is not None:
            self._reopened.setCommitPage(True)
            self._reopened = None
        else:
            return
        self.completeChanged.emit()  # the wizard updates its buttons

    def cleanupPage(self) -> None:
        self.reset()  # and the Review page is a commit page again

    def _sent(self, receipt: Receipt) -> None:
        self.session.receipt = receipt
        self._state = "sent"
        self._allow_back(False)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, error: Exception) -> None:
        self._state = "failed"
        self._sendable_here = not (
            isinstance(error, RegistryError) and error.code is RegistryErrorCode.NOTHING_TO_SEND
        )
        self.explanation.setText(
            fmt(self.tr("The fingerprints were not sent. %1"), error_message(error))
        )
        words = server_words(error)
        self.server_said.setText(fmt(self.tr("The registry said: %1"), words) if words else "")
        self._show_state()
        a11y.announce(self.explanation, self.explanation.text())

    def _thread_finished(self) -> None:
        self._thread = None
        self._show_state()
        self.send_finished.emit(self._state)

    def save_for_later(self) -> None:
        body, profile_name = self.session.payload_bytes, self.session.profile_name
        if body is None or profile_name is None:
            return
        profile = self.context.profile(profile_name)  # kept with it, without its token
        try:
            self.context.outbox().add(
                body, profile_name, self.session.key_for_payload(), registry=profile
            )
        except OSError as error:  # a full disk, say: shown, never fatal
            self._show_problem(error)
            return
        self._state = "saved"
        self.after.setText(
            self.tr(
                "Saved on this computer. To send it later, open Settings, then Outbox. "
                "You can close the app or start over now."
            )
        )
        self._show_state()
        a11y.announce(self.after, self.after.text())
        self.context.outbox_changed.emit()

    def export(self) -> None:
        try:
            exported = self.context.export_payload(self, self.session.payload_bytes)
        except OSError as error:
            self._show_problem(error)
            return
        if exported:
            self._state = "exported"
            self.after.setText(
                self.tr("Saved. The file holds only the fingerprints shown on the previous page.")
            )
            self._show_state()
            a11y.announce(self.after, self.after.text())

    def _show_problem(self, error: OSError) -> None:
        self.after.setText(error_message(error))
        self.after.setVisible(True)
        a11y.announce(self.after, self.after.text())

    def _show_state(self) -> None:
        sending = self._state == "sending"
        problem = self._state in ("failed", "saved", "exported")
        self.status.setText(
            self.tr("Sending the fingerprints…") if sending else self.tr("Not sent yet.")
        )
        self.status.setVisible(sending)
        self.progress.setVisible(sending)
        for widget in (
            self.explanation,
            self.choices_label,
            self.retry_button,
            self.other_registry_button,
            self.export_button,
        ):
            widget.setVisible(problem)
        self.server_said.setVisible(problem and bool(self.server_said.text()))
        self.outbox_button.setVisible(
            problem and self._sendable_here and not self.context.counselor_mode()
        )
        self.outbox_button.setEnabled(self._state != "saved")
        self.retry_button.setEnabled(not sending and self._sendable_here)
        self.after.setVisible(self._state in ("saved", "exported"))
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.context.set_start_over_visible(not sending)
        self._allow_back(problem)

    def wizard_next_text(self) -> str:
        # The same words as Qt's own Next button (translated by qtbase).
        return QCoreApplication.translate("QWizard", "&Next >")

    def isComplete(self) -> bool:
        return self._state == "sent"

    def reset(self) -> None:
        retire(self._thread)
        self._thread = None
        self._state = "idle"
        for label in (self.explanation, self.server_said, self.after):
            label.clear()
        self._show_state()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Sending"))
        self.setSubTitle(self.tr("Only the fingerprints are sent."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.wizard_next_text())
        self.choices_label.setText(self.tr("What would you like to do?"))
        self.retry_button.setText(self.tr("&Try again"))
        self.other_registry_button.setText(self.tr("Choose &another registry"))
        self.outbox_button.setText(self.tr("Save to send &later"))
        self.export_button.setText(self.tr("&Export the fingerprints file…"))
        a11y.name(self.progress, self.tr("Sending progress"))
        a11y.name(self.retry_button, self.tr("Try sending again"))
        a11y.name(
            self.other_registry_button,
            self.tr("Choose another registry"),
            self.tr("Goes back to where you chose it. The fingerprints are kept."),
        )
        a11y.name(
            self.outbox_button,
            self.tr("Save to send later"),
            self.tr("Keeps the fingerprints on this computer until you send them from Settings."),
        )
        a11y.name(
            self.export_button,
            self.tr("Export the fingerprints file"),
            self.tr("Saves the exact bytes to a file you choose, to send another way."),
        )
        self._show_state()
