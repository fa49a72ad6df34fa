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
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ...core.fingerprints import HashedItem, ImageFingerprint
from ...core.payload import LOW_QUALITY_THRESHOLD, PayloadError, build_payload
from ...core.payload_summary import ItemSummary, summarize, summarize_item
from .. import a11y, review_words
from ..hma_notes import review_note
from ..messages import error_message
from ..text import PlainLabel, fmt, plain, plain_tooltip, western_digits
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
        self.summary = PlainLabel()  # the plain-language summary comes first
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.main_layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_list())
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.payload_label = PlainLabel()
        self.payload_view = self._read_only_text()
        self.payload_label.setBuddy(self.payload_view)
        self.byte_count = PlainLabel()
        bottom_layout.addWidget(self.payload_label)
        bottom_layout.addWidget(self.payload_view)
        bottom_layout.addWidget(self.byte_count)
        splitter.addWidget(bottom)
        self.main_layout.addWidget(splitter, 1)
        self.bytes_panel = bottom
        bottom.hide()  # one click away: the summary and the list come first
        self._build_consent()
        self.context.settings_changed.connect(self._settings_changed)

    def _build_list(self) -> QWidget:
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
        # The fingerprint words take the room left: long lists of reframes elide (the full
        # text is the tooltip, and every line is in the box below), names stay readable.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._row_toggled)
        self.table.currentCellChanged.connect(self._show_details)
        self.table_label.setBuddy(self.table)
        self.notes = PlainLabel()
        # Every line that will be sent for the selected file, grouped.
        self.details = self._read_only_text()
        top_layout.addWidget(self.table_label)
        top_layout.addWidget(self.table, 2)
        top_layout.addWidget(self.notes)
        top_layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        self.bytes_button = QPushButton()
        self.bytes_button.setCheckable(True)
        self.bytes_button.toggled.connect(self._show_bytes)
        row.addWidget(self.bytes_button)
        row.addStretch(1)
        top_layout.addLayout(row)

        return top

    def _build_consent(self) -> None:
        self.consent = QCheckBox()
        self.consent.toggled.connect(self.completeChanged)
        self.consent.toggled.connect(self._consent_toggled)
        self.main_layout.addWidget(self.consent)
        self.consent_note = PlainLabel()
        self.consent_note.hide()
        self.main_layout.addWidget(self.consent_note)

    @staticmethod
    def _read_only_text() -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        view.setTabChangesFocus(True)
        view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # JSON reads LTR
        return view

    def _show_bytes(self, shown: bool) -> None:
        self.bytes_panel.setVisible(shown)
        self.bytes_button.setText(
            self.tr("Hide the exact &bytes") if shown else self.tr("Show the exact &bytes")
        )

    def _consent_toggled(self, checked: bool) -> None:
        if checked:
            self.consent_note.hide()

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
            self.table.setItem(row, 2, QTableWidgetItem(""))
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
        self._untick_consent()
        self.rebuild_payload()

    def _untick_consent(self) -> None:
        if self.consent.isChecked():
            self.consent.setChecked(False)  # agreement was for the old list
            self.consent_note.setText(
                self.tr("The list changed, so the box “I agree” was unticked. Check it again.")
            )
            self.consent_note.show()
            a11y.announce(self.consent, self.consent_note.text())

    def _settings_changed(self) -> None:
        """Settings changed while this page shows: the payload follows them at once.

        When they now ask for reframe variants that the fingerprints were made without,
        go back to Fingerprinting, which makes them again with the variants (never send
        a payload silently missing what the settings ask for).
        """
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        if self.context.include_reframes() and not self.session.results_have_reframes:
            wizard.back()
            fingerprinting = wizard.currentPage()
            if fingerprinting is not None:
                fingerprinting.initializePage()  # it hashes again when variants are missing
            return
        before = self.session.payload_bytes
        self.rebuild_payload()
        if self.session.payload_bytes != before:
            self._untick_consent()

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

    def _sent_items(self) -> dict[str, dict[str, object]]:
        payload = self.session.payload
        return {str(item["sha256"]): item for item in payload.items} if payload else {}

    def _row_summary(
        self, row: int, sent: dict[str, dict[str, object]] | None = None
    ) -> ItemSummary | None:
        cell = self.table.item(row, 0)
        if cell is None:
            return None
        fingerprint = self.session.results[int(cell.data(INDEX_ROLE))].fingerprint
        sent = self._sent_items() if sent is None else sent
        item = sent.get(fingerprint.sha256) if fingerprint else None
        return summarize_item(dict(item)) if item is not None else None

    def _show_groups(self) -> None:
        self.table.blockSignals(True)
        sent = self._sent_items()  # once for all rows, not once per row
        for row in range(self.table.rowCount()):
            summary = self._row_summary(row, sent)
            text = review_words.item_text(summary) if summary is not None else ""
            cell = self.table.item(row, 2)
            if cell is not None:
                cell.setText(text)
                cell.setToolTip(plain_tooltip(text))
        self.table.blockSignals(False)
        self._show_details(self.table.currentRow())

    def _show_details(self, row: int, *_: int) -> None:
        summary = self._row_summary(row) if row >= 0 else None
        self.details.setPlainText(review_words.details_text(summary) if summary else "")

    def _show_payload(self) -> None:
        data = self.session.payload_bytes
        payload = self.session.payload
        self.summary.setText(review_words.payload_text(summarize(payload.items)) if payload else "")
        self._show_groups()
        # Canonical payloads are ASCII (ensure_ascii), so this shows every byte as is.
        self.payload_view.setPlainText(data.decode("ascii") if data else "")
        self.byte_count.setText(
            western_digits(self.tr("Size: %Ln bytes", "", len(data))) if data else ""
        )
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
        self.consent_note.hide()
        self.session.clear_payload()

    def reset(self) -> None:
        self.consent.setChecked(False)
        self.consent_note.hide()
        self.bytes_button.setChecked(False)
        self.table.setRowCount(0)
        self.payload_view.clear()
        self.details.clear()
        self.summary.clear()
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
        a11y.name(self.details, self.tr("Exactly what will be sent"))
        self._show_bytes(self.bytes_button.isChecked())
        if self.table.rowCount():
            self._fill_table()
            self._show_payload()
