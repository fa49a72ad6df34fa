"""Settings → Outbox: submissions saved to send later. View, send, delete, clear."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import a11y
from .messages import error_message, server_words
from .receipt_view import ReceiptDialog
from .retries import RetryNotice, retry_text
from .text import PlainLabel, fmt, local_datetime
from .workers import CallThread

if TYPE_CHECKING:
    from ..core.outbox import OutboxEntry
    from ..core.receipts import Receipt
    from ..core.settings import RegistryProfile
    from .context import AppContext

# Where an entry goes, with an access token not yet saved (None: the saved one).
ProfileLookup = Callable[["OutboxEntry"], "tuple[RegistryProfile, str | None] | None"]

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def _item_count(payload_bytes: bytes) -> int:
    from ..core.payload import PayloadError
    from ..core.payload_parse import parse_payload

    try:
        return len(parse_payload(payload_bytes).items)
    except PayloadError:  # a damaged entry still shows, with no count
        return 0


class OutboxPanel(QWidget):
    send_finished = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        profile_for: ProfileLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # Settings passes the registries as edited in the open dialog, before OK.
        self.profile_for = profile_for or self._saved_profile
        self.retry_notice = RetryNotice(self)
        self.retry_notice.retrying.connect(
            lambda retry, allowed: self._say(retry_text(retry, allowed))
        )
        self._thread: CallThread | None = None
        self.entries: list[OutboxEntry] = []
        layout = QVBoxLayout(self)
        self.intro = PlainLabel(
            self.tr("Fingerprints saved to send later. They are deleted once they are sent.")
        )
        self.list = QListWidget()
        a11y.name(self.list, self.tr("Saved submissions"))
        row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("&Send now"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.clear_button = QPushButton(self.tr("Delete &all"))
        a11y.name(self.send_button, self.tr("Send the selected submission now"))
        a11y.name(self.delete_button, self.tr("Delete the selected submission"))
        a11y.name(self.clear_button, self.tr("Delete all saved submissions"))
        for button in (self.send_button, self.delete_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        self.status = PlainLabel(selectable=True)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.send_button.clicked.connect(self.send_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button.clicked.connect(self.clear_all)
        self.list.currentRowChanged.connect(self._update_buttons)
        context.outbox_changed.connect(self.refresh)
        self.refresh()

    def _saved_profile(self, entry: OutboxEntry) -> tuple[RegistryProfile, str | None] | None:
        profile = entry.target(self.context.profiles())
        return (profile, None) if profile is not None else None

    def refresh(self) -> None:
        outbox = self.context.outbox()
        self.entries = outbox.list()
        self.list.clear()
        for entry in self.entries:
            text = fmt(
                self.tr("%1, to %2, items: %3"),
                local_datetime(entry.created_at),
                self.context.registry_label(entry.profile_name),
                _item_count(entry.payload_bytes),
            )
            item = QListWidgetItem(text)
            item.setData(ENTRY_ROLE, entry.entry_id)
            self.list.addItem(item)
        if not self.entries:
            self.list.addItem(QListWidgetItem(self.tr("Nothing is waiting to be sent.")))
        elif self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        if outbox.damaged:
            self.status.setText(
                self.tr(
                    "Saved submissions that are damaged and can't be sent: %n", "", outbox.damaged
                )
            )
        self._update_buttons()

    def _selected(self) -> OutboxEntry | None:
        item = self.list.currentItem()
        entry_id = item.data(ENTRY_ROLE) if item is not None else None
        return next((e for e in self.entries if e.entry_id == entry_id), None)

    def _update_buttons(self) -> None:
        busy = self._thread is not None
        has = self._selected() is not None
        self.send_button.setEnabled(has and not busy)
        self.delete_button.setEnabled(has and not busy)
        self.clear_button.setEnabled(bool(self.entries) and not busy)

    def send_selected(self) -> None:
        entry = self._selected()
        if entry is None or self._thread is not None:
            return
        found = self.profile_for(entry)
        if found is None:
            self._say(self.tr("The registry for this submission is no longer set up."))
            return
        profile, token = found
        outbox, context, notice = self.context.outbox(), self.context, self.retry_notice.report

        def send() -> Receipt:
            with context.client(profile, notice, token) as client:
                return outbox.send(entry, client)

        self._thread = CallThread(send, self)
        self._thread.succeeded.connect(lambda receipt: self._sent(receipt, entry.idempotency_key))
        self._thread.failed.connect(self._failed)
        self._thread.finished.connect(self._done)
        self._say(self.tr("Sending…"))
        self._update_buttons()
        self._thread.start()

    def send_worker(self) -> CallThread | None:
        """The send in progress, if any."""
        return self._thread

    def _sent(self, receipt: Receipt, key: str = "") -> None:
        self._say(self.tr("Sent."))
        self.refresh()
        self.show_receipt(receipt)
        self.context.outbox_sent.emit(key, receipt)  # the Send page may be waiting for it

    def show_receipt(self, receipt: Receipt) -> None:
        # Settings may have been closed while the registry answered: the receipt still shows.
        owner = self.window() if self.isVisible() else self.context.wizard
        dialog = ReceiptDialog(
            self.context,
            receipt,
            self.tr("Your receipt"),
            self.tr("Sent. Keep the case number and the code safe."),
            owner,
        )
        self.receipt_dialog = dialog
        dialog.setModal(True)
        dialog.show()

    def _failed(self, error: Exception) -> None:
        words = server_words(error)
        message = error_message(error)
        self._say(fmt(self.tr("%1 The registry said: %2"), message, words) if words else message)

    def _done(self) -> None:
        self._thread = None  # owned by this panel; goes with it
        self._update_buttons()
        self.send_finished.emit()

    def delete_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.context.outbox().remove(entry.entry_id)
            self.refresh()
            self._say(self.tr("Deleted."))

    def clear_all(self, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete all"),
                self.tr("Delete every saved submission? They will not be sent."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.context.outbox().clear()
        self.refresh()
        self._say(self.tr("Everything saved to send later was deleted."))

    def _say(self, message: str) -> None:
        self.status.setText(message)
        a11y.announce(self.status, message)
