"""Page 5: check what will be sent, byte for byte, and agree before sending.

The payload view shows ``SubmissionPayload.to_bytes()``, and the session keeps
that very bytes object: the Send page sends it unchanged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ...core.fingerprints import HashedItem, ImageFingerprint
from ...core.payload import LOW_QUALITY_THRESHOLD, PayloadError, build_payload
from .. import a11y
from ..hma_notes import review_note
from ..messages import error_message
from ..text import PlainLabel, fmt, plain
from .base import Page

INDEX_ROLE = Qt.ItemDataRole.UserRole


def short_hash(item: HashedItem) -> str:
    fingerprint = item.fingerprint
    if fingerprint is None:
        return ""
    if (
        isinstance(fingerprint, ImageFingerprint)
        and fingerprint.pdq_quality >= LOW_QUALITY_THRESHOLD
    ):
        return f"PDQ {fingerprint.pdq[:12]}"
    return f"SHA-256 {fingerprint.sha256[:12]}"


class ReviewPage(Page):
    def build_ui(self) -> None:
        self.setCommitPage(True)
        self.destination = PlainLabel(selectable=True)
        self.main_layout.addWidget(self.destination)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.table_label = PlainLabel()
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._row_toggled)
        self.table_label.setBuddy(self.table)
        self.notes = PlainLabel()
        top_layout.addWidget(self.table_label)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.notes)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.payload_label = PlainLabel()
        self.payload_view = QPlainTextEdit()
        self.payload_view.setReadOnly(True)
        self.payload_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.payload_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.payload_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.payload_view.setTabChangesFocus(True)
        self.payload_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # JSON reads LTR
        self.payload_label.setBuddy(self.payload_view)
        self.byte_count = PlainLabel()
        bottom_layout.addWidget(self.payload_label)
        bottom_layout.addWidget(self.payload_view)
        bottom_layout.addWidget(self.byte_count)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        self.main_layout.addWidget(splitter, 1)

        self.consent = QCheckBox()
        self.consent.toggled.connect(self.completeChanged)
        self.main_layout.addWidget(self.consent)

    # ---------------------------------------------------------------- filling

    def initializePage(self) -> None:
        self.consent.setChecked(False)
        self._fill_table()
        self.rebuild_payload()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for index in self.session.ok_indices():
            item = self.session.results[index]
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(plain(Path(item.path).name, 200))
            name.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            name.setCheckState(
                Qt.CheckState.Unchecked if index in self.session.excluded else Qt.CheckState.Checked
            )
            name.setData(INDEX_ROLE, index)
            kind = (
                self.tr("Video")
                if item.fingerprint and item.fingerprint.media == "video"
                else self.tr("Picture")
            )
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(kind))
            mono = QTableWidgetItem(short_hash(item))
            mono.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.table.setItem(row, 2, mono)
        self.table.blockSignals(False)
        if self.table.rowCount():
            self.table.setCurrentCell(0, 0)

    def _row_toggled(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 0:
            return
        index = int(cell.data(INDEX_ROLE))
        if cell.checkState() == Qt.CheckState.Checked:
            self.session.excluded.discard(index)
        else:
            self.session.excluded.add(index)
        self.consent.setChecked(False)  # agreement was for the old list
        self.rebuild_payload()

    def set_included(self, row: int, included: bool) -> None:
        cell = self.table.item(row, 0)
        if cell is not None:
            cell.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)

    def rebuild_payload(self) -> None:
        """Build the payload once; show and keep exactly its bytes."""
        self.session.clear_payload()
        fingerprints = self.session.included_fingerprints()
        if fingerprints and self.session.category and self.session.submitter:
            try:
                payload = build_payload(
                    fingerprints,
                    self.session.category,
                    self.session.submitter,
                    include_dihedral=self.context.include_dihedral(),
                    include_reframes=self.context.include_reframes(),
                )
            except PayloadError as error:  # a bad choice or hash: shown, never fatal
                self.notes.setText(error_message(error))
            else:
                self.session.payload = payload
                self.session.payload_bytes = payload.to_bytes()
        self._show_payload()
        self.completeChanged.emit()

    def _show_payload(self) -> None:
        data = self.session.payload_bytes
        payload = self.session.payload
        # Canonical payloads are ASCII (ensure_ascii), so this shows every byte as is.
        self.payload_view.setPlainText(data.decode("ascii") if data else "")
        self.byte_count.setText(self.tr("Size: %Ln bytes", "", len(data)) if data else "")
        notes = []
        if payload is not None:
            notes.append(self.tr("Items to send: %n", "", len(payload.items)))
            if payload.duplicates_dropped:
                notes.append(
                    self.tr("Exact duplicates left out: %n", "", payload.duplicates_dropped)
                )
            if payload.low_quality_count:
                notes.append(
                    self.tr(
                        "Too plain to match visually (exact copies only): %n",
                        "",
                        payload.low_quality_count,
                    )
                )
            hma_note = review_note(self.context.profile(self.session.profile_name), payload)
            notes.extend([hma_note] if hma_note else [])
        else:
            notes.append(self.tr("Nothing is selected to send."))
        self.notes.setText("\n".join(notes))
        profile = self.context.profile(self.session.profile_name)
        if profile is not None:
            self.destination.setText(
                fmt(
                    self.tr("Sending to: %1\nAddress: %2"),
                    self.context.profile_label(profile),
                    plain(profile.base_url),
                )
            )

    def isComplete(self) -> bool:
        return self.consent.isChecked() and self.session.payload_bytes is not None

    def cleanupPage(self) -> None:
        self.consent.setChecked(False)
        self.session.clear_payload()

    def reset(self) -> None:
        self.consent.setChecked(False)
        self.table.setRowCount(0)
        self.payload_view.clear()
        self.byte_count.clear()
        self.notes.clear()
        self.destination.clear()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check before sending"))
        self.setSubTitle(
            self.tr("Untick anything you don't want to send. File names are never sent.")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Send"))
        self.table_label.setText(self.tr("&Fingerprints to send:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File (not sent)"), self.tr("Kind"), self.tr("Fingerprint")]
        )
        self.payload_label.setText(self.tr("E&xactly what will be sent:"))
        self.consent.setText(
            self.tr(
                "I have checked this. &I agree to send these fingerprints to the registry above."
            )
        )
        a11y.name(
            self.table,
            self.tr("Fingerprints to send"),
            self.tr("Press Space to leave an item out or put it back."),
        )
        a11y.name(
            self.payload_view,
            self.tr("Exactly what will be sent"),
            self.tr("Read-only. You can select and copy it."),
        )
        a11y.name(self.consent, self.tr("I agree to send these fingerprints"))
        if self.table.rowCount():
            self._fill_table()
            self._show_payload()
