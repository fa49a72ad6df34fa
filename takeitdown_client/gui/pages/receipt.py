"""Page 7: the receipt, what happens next, and Start over."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout

from ..receipt_view import ReceiptView
from ..text import PlainLabel
from .base import Page


class ReceiptPage(Page):
    def build_ui(self) -> None:
        self.done = PlainLabel()
        self.view = ReceiptView(self.context)
        self.view.copied.connect(self._remember_copied)
        self.view.kept.connect(self._kept)
        self.next_steps_title = PlainLabel()
        font = self.next_steps_title.font()
        font.setBold(True)
        self.next_steps_title.setFont(font)
        self.next_steps = PlainLabel()
        self.warning_box = QFrame()
        self.warning_box.setFrameShape(QFrame.Shape.StyledPanel)
        warning_row = QHBoxLayout(self.warning_box)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.warning = PlainLabel()
        warning_row.addWidget(icon)
        warning_row.addWidget(self.warning, 1)
        self.counselor_note = PlainLabel()
        column = QVBoxLayout()
        for widget in (
            self.done,
            self.view,
            self.next_steps_title,
            self.next_steps,
            self.warning_box,
            self.counselor_note,
        ):
            column.addWidget(widget)
        self.main_layout.addLayout(column)
        self.main_layout.addStretch(1)

    def _remember_copied(self, text: str) -> None:
        self.session.copied_text = text

    def _kept(self) -> None:
        self.session.receipt_kept = True

    def initializePage(self) -> None:
        self.view.show_receipt(self.session.receipt)
        self.counselor_note.setVisible(self.context.counselor_mode())
        self.context.set_start_over_visible(True)

    def reset(self) -> None:
        self.view.show_receipt(None)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Sent. Your receipt"))
        self.setSubTitle(self.tr("Keep the case number and the code somewhere safe and private."))
        self.done.setText(
            self.tr("The fingerprints were sent. Your pictures stayed on this computer.")
        )
        self.next_steps_title.setText(self.tr("What happens next"))
        self.next_steps.setText(
            self.tr(
                "Websites that take part will check new uploads against your fingerprints and can "
                "block matching copies. This can take some time, and not every website takes "
                "part. With your case number and code you can check on your case or withdraw it."
            )
        )
        self.warning.setText(
            self.tr(
                "Important: please don't post these pictures or videos yourself, anywhere. "
                "The post may be blocked and your account could be flagged."
            )
        )
        self.warning_box.setAccessibleName(self.warning.text())
        self.counselor_note.setText(
            self.tr(
                "Counselor mode: when you start over or close the app, everything about this "
                "case is cleared. Nothing is kept on this computer."
            )
        )
