"""The receipt: case id and token with Copy, Save and Print.

Used on the Receipt page and when an outbox entry is sent from Settings.
The receipt is written to disk only through Save, which the person chooses.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPainter, QTextDocument
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from . import a11y, filedialogs
from .hma_notes import receipt_notes
from .messages import AppMessage, error_message, other_messages
from .text import PlainLabel, dated_file_name, fmt, local_datetime, plain

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..core.receipts import Receipt
    from .context import AppContext


LEFT_TO_RIGHT_EMBEDDING = "\u202a"
POP_DIRECTION = "\u202c"


class ReceiptView(QWidget):
    copied = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.receipt: Receipt | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.case_label = PlainLabel()
        self.case_id = PlainLabel(selectable=True)
        self.token_label = PlainLabel()
        self.token = PlainLabel(selectable=True)
        self.registry_label = PlainLabel()
        self.registry = PlainLabel(selectable=True)
        for value in (self.case_id, self.token):
            value.setFont(mono)
        for value in (self.case_id, self.token):
            # Codes read left to right in every language (a trailing "-" must not
            # jump to the front in Arabic); see _align_codes for where they sit.
            value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._align_codes()
        form.addRow(self.case_label, self.case_id)
        form.addRow(self.token_label, self.token)
        form.addRow(self.registry_label, self.registry)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.copy_button = QPushButton()
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_receipt)
        for button in (self.copy_button, self.save_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.notes = PlainLabel(selectable=True)  # HMA: what was not sent, and when it matches
        layout.addWidget(self.notes)
        self.feedback = PlainLabel()
        layout.addWidget(self.feedback)
        self.retranslate_ui()

    def show_receipt(self, receipt: Receipt | None) -> None:
        self.receipt = receipt
        self.feedback.clear()
        self.notes.setText("\n".join(receipt_notes(receipt)))
        self.notes.setVisible(bool(self.notes.text()))
        if receipt is None:
            for label in (self.case_id, self.token, self.registry):
                label.clear()
            return
        self.case_id.setText(plain(receipt.case_id, 200))
        self.token.setText(plain(receipt.token, 500) or self.tr("(none)"))
        self.registry.setText(
            fmt(
                self.tr("%1 (%2)"),
                self.context.registry_label(receipt.registry_name),
                # An address is left to right even inside Arabic text.
                LEFT_TO_RIGHT_EMBEDDING + plain(receipt.registry_url) + POP_DIRECTION,
            )
        )
        self.case_id.setAccessibleName(fmt(self.tr("Case number: %1"), self.case_id.text()))
        self.token.setAccessibleName(fmt(self.tr("Secret code: %1"), self.token.text()))

    def receipt_text(self) -> str:
        receipt = self.receipt
        if receipt is None:
            return ""
        return fmt(
            self.tr(
                "Take It Down receipt\n\nCase number: %1\nSecret code: %2\nRegistry: %3 (%4)\n"
                "Sent: %5\n\nKeep this safe and private. With the case number and the code you "
                "can check on your case or withdraw it later."
            ),
            plain(receipt.case_id, 200),
            plain(receipt.token, 500),
            self.context.registry_label(receipt.registry_name),
            plain(receipt.registry_url),
            local_datetime(receipt.created_at),
        ) + "".join("\n" + note for note in receipt_notes(receipt))

    def copy(self) -> None:
        if self.receipt is None:
            return
        text = self.receipt_text()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
        self._say(self.tr("Copied. Paste it somewhere safe."))

    def save(self) -> None:
        if self.receipt is None:
            return
        path = filedialogs.save_file(
            self,
            self.tr("Save the receipt"),
            dated_file_name("receipt"),
            self.tr("Receipt files (*.json)"),
        )
        if not path:
            return
        from ..core.receipts import save_receipt

        try:
            save_receipt(self.receipt, Path(path))
        except OSError as error:  # a full disk, a folder without access: shown, never fatal
            self._say(error_message(error))
            return
        self._say(self.tr("Saved."))

    def print_receipt(self) -> None:
        if self.receipt is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the receipt"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        if self.print_to(printer):
            self._say(self.tr("Sent to the printer."))
        else:
            self._say(other_messages()[AppMessage.PRINT_FAILED])

    def print_to(self, printer: QPrinter) -> bool:
        """Print the receipt; False if the printer (or the PDF file) refused it."""
        from PySide6.QtPrintSupport import QPrinter

        document = QTextDocument()
        document.setPlainText(self.receipt_text())
        painter = QPainter()
        if not printer.isValid() or not painter.begin(printer):
            return False
        layout = document.documentLayout()
        layout.setPaintDevice(printer)  # fonts at the printer's resolution
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        document.setPageSize(QSizeF(page.width(), page.height()))
        printed = True
        for number in range(document.pageCount()):
            if number and not printer.newPage():
                printed = False
                break
            top = number * page.height()
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
        ended = painter.end()
        return printed and ended and printer.printerState() != QPrinter.PrinterState.Error

    def _say(self, message: str) -> None:
        self.feedback.setText(message)
        a11y.announce(self.feedback, message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_codes()
        super().changeEvent(event)

    def _align_codes(self) -> None:
        """Left-to-right codes still sit next to their labels in a mirrored form."""
        edge = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        for value in (self.case_id, self.token):
            value.setAlignment(
                Qt.AlignmentFlag.AlignAbsolute | edge | Qt.AlignmentFlag.AlignVCenter
            )

    def retranslate_ui(self) -> None:
        self.case_label.setText(self.tr("Case number:"))
        self.token_label.setText(self.tr("Secret code:"))
        self.registry_label.setText(self.tr("Sent to:"))
        self.copy_button.setText(self.tr("&Copy"))
        self.save_button.setText(self.tr("Sa&ve…"))
        self.print_button.setText(self.tr("&Print…"))
        a11y.name(self.copy_button, self.tr("Copy the case number and code"))
        a11y.name(self.save_button, self.tr("Save the receipt to a file"))
        a11y.name(self.print_button, self.tr("Print the receipt"))
        self.show_receipt(self.receipt)
