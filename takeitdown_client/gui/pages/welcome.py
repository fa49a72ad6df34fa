"""Page 1: what happens, in four sentences; the language; where to get help now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from .. import a11y
from ..case_dialog import CaseDialog
from ..i18n import LANGUAGES, SYSTEM, is_right_to_left
from ..messages import AppMessage, other_messages
from ..text import PlainLabel, plain_lines
from .base import Page

RIGHT_TO_LEFT_MARK = "\u200f"


class WelcomePage(Page):
    def build_ui(self) -> None:
        self.intro = PlainLabel()
        self.main_layout.addWidget(self.intro)
        self.settings_notice = PlainLabel()
        self.settings_notice.setVisible(bool(self.context.settings_warning))
        self.main_layout.addWidget(self.settings_notice)

        form = QFormLayout()
        self.language_label = PlainLabel()
        self.language = QComboBox()
        self.language.addItem("", SYSTEM)  # text set in retranslate_ui
        for code, native_name in LANGUAGES:
            self.language.addItem(native_name, code)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.main_layout.addLayout(form)
        self._select_current_language()
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.help_box = QGroupBox()
        help_layout = QVBoxLayout(self.help_box)
        self.help_intro = PlainLabel()
        self.help_lines = PlainLabel(selectable=True)
        help_layout.addWidget(self.help_intro)
        help_layout.addWidget(self.help_lines)
        self.main_layout.addWidget(self.help_box)
        self.main_layout.addStretch(1)

        # For people who come back with a receipt.
        earlier = QHBoxLayout()
        self.earlier_label = PlainLabel()
        self.case_button = QPushButton()
        self.case_button.clicked.connect(self.open_case_dialog)
        earlier.addWidget(self.earlier_label, 1)
        earlier.addWidget(self.case_button)
        self.main_layout.addLayout(earlier)
        self.case_dialog: CaseDialog | None = None
        self.context.settings_changed.connect(self._show_help_lines)

    def open_case_dialog(self) -> None:
        if self.case_dialog is None:
            self.case_dialog = CaseDialog(self.context, self)
            self.case_dialog.finished.connect(self._case_dialog_closed)
        self.case_dialog.open()

    def _case_dialog_closed(self) -> None:
        dialog, self.case_dialog = self.case_dialog, None
        if dialog is not None:
            dialog.deleteLater()  # nothing of the case stays in memory

    def reset(self) -> None:
        """Start over (or the window closes): the case dialog goes too."""
        dialog, self.case_dialog = self.case_dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._case_dialog_closed)
            dialog.reject()
            dialog.deleteLater()

    def _select_current_language(self) -> None:
        index = self.language.findData(self.context.language_setting())
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, index))
        self.language.blockSignals(False)

    def _language_chosen(self) -> None:
        self.context.set_language(str(self.language.currentData()))

    def _show_help_lines(self) -> None:
        text = plain_lines(self.context.help_lines())
        if is_right_to_left(self.context.languages.current):
            # Each line reads right to left, even one that starts with a Latin name.
            text = "\n".join(RIGHT_TO_LEFT_MARK + line for line in text.splitlines())
        self.help_lines.setText(text)
        self.help_lines.setAccessibleName(text or self.tr("No help lines are set up."))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Stop your pictures from spreading"))
        self.setSubTitle(self.tr("You are not alone, and this is not your fault."))
        self.intro.setText(
            self.tr(
                "This app helps stop intimate pictures and videos from being shared online.\n\n"
                "It makes a fingerprint (a hash) of each file, here on this computer.\n\n"
                "Your pictures never leave this computer. Only the fingerprints are sent.\n\n"
                "Websites that take part use the fingerprints to find and block copies."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("Same as this computer"))
        a11y.name(self.language, self.tr("Language"), self.tr("Changes the language at once."))
        self.settings_notice.setText(other_messages()[AppMessage.SETTINGS_CORRUPT])
        self.help_box.setTitle(self.tr("Get help now"))
        self.help_intro.setText(
            self.tr("If you feel unsafe or need someone to talk to, you can reach out here:")
        )
        self._show_help_lines()
        self.earlier_label.setText(self.tr("Sent fingerprints before?"))
        self.case_button.setText(self.tr("Check or &withdraw a case…"))
