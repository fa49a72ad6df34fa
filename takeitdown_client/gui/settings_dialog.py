"""Settings: registries, language and look, and the outbox.

Changes to registries and appearance apply when OK is pressed; outbox
actions happen at once. Settings are saved as JSON by ``core.settings``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.settings import RegistryProfile, Settings
from ..core.tokens import delete_token, get_token, set_token
from . import a11y
from .i18n import LANGUAGES, SYSTEM
from .messages import error_message, server_words
from .outbox_panel import OutboxPanel
from .profile_dialog import ProfileDialog
from .retries import RetryNotice, retry_text
from .text import PlainLabel, fmt, plain
from .workers import CallThread, Worker, retire

if TYPE_CHECKING:
    from ..core.outbox import OutboxEntry
    from ..core.registry import RegistryInfo
    from .context import AppContext

NAME_ROLE = Qt.ItemDataRole.UserRole


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.draft = context.settings
        self.pending_tokens: dict[str, str] = {}
        self.removed_tokens: set[str] = set()
        self._tester: CallThread | None = None
        self._tested_name: str | None = None  # the registry the running test is for
        self.retry_notice = RetryNotice(self)
        self.retry_notice.retrying.connect(self._test_retrying)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._registries_tab(), self.tr("&Registries"))
        self.tabs.addTab(self._appearance_tab(), self.tr("&Language and look"))
        self.outbox = OutboxPanel(context, profile_for=self.draft_profile)
        self.tabs.addTab(self.outbox, self.tr("&Outbox"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_profiles()

    # -------------------------------------------------------------- registries

    def _registries_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(PlainLabel(self.tr("Where fingerprints can be sent.")))
        self.profile_list = QListWidget()
        a11y.name(self.profile_list, self.tr("Registries"))
        layout.addWidget(self.profile_list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        a11y.name(self.add_button, self.tr("Add a registry"))
        a11y.name(self.edit_button, self.tr("Edit the selected registry"))
        a11y.name(self.remove_button, self.tr("Remove the selected registry"))
        a11y.name(self.test_button, self.tr("Test the connection to the selected registry"))
        for button in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.test_result = PlainLabel(selectable=True)
        layout.addWidget(self.test_result)
        self.add_button.clicked.connect(self.add_profile)
        self.edit_button.clicked.connect(self.edit_profile)
        self.remove_button.clicked.connect(self.remove_profile)
        self.test_button.clicked.connect(self.test_connection)
        self.profile_list.currentRowChanged.connect(self._selection_changed)
        return tab

    def _all_profiles(self) -> list[RegistryProfile]:
        demo = self.context.demo
        return [*([demo] if demo is not None else []), *self.draft.profiles]

    def _fill_profiles(self, select: str | None = None) -> None:
        self.profile_list.clear()
        for profile in self._all_profiles():
            label = (
                self.context.profile_label(profile)
                if profile is self.context.demo
                else plain(profile.name, 200)
            )
            item = QListWidgetItem(fmt(self.tr("%1 (%2)"), label, plain(profile.base_url)))
            item.setData(NAME_ROLE, profile.name)
            self.profile_list.addItem(item)
            if profile.name == select:
                self.profile_list.setCurrentItem(item)
        if self.profile_list.currentRow() < 0 and self.profile_list.count():
            self.profile_list.setCurrentRow(0)
        self._update_buttons()

    def draft_profile(self, entry: OutboxEntry) -> tuple[RegistryProfile, str | None] | None:
        """Where an outbox entry goes as the registries are edited in this dialog (before
        OK), with the new token if one was typed: what the outbox's "Send now" uses."""
        profile = entry.target(self._all_profiles())
        return (profile, self.pending_tokens.get(profile.name)) if profile is not None else None

    def _selection_changed(self) -> None:
        # A result is about one registry: it must not seem to be about the next one.
        self.test_result.clear()
        self._update_buttons()

    def _selected(self) -> RegistryProfile | None:
        item = self.profile_list.currentItem()
        name = item.data(NAME_ROLE) if item is not None else None
        return next((p for p in self._all_profiles() if p.name == name), None)

    def _update_buttons(self) -> None:
        profile = self._selected()
        editable = profile is not None and profile is not self.context.demo
        self.edit_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.test_button.setEnabled(profile is not None and self._tester is None)

    def add_profile(self) -> None:
        self._edit(None)

    def edit_profile(self) -> None:
        profile = self._selected()
        if profile is not None and profile is not self.context.demo:
            self._edit(profile)

    def _edit(self, profile: RegistryProfile | None) -> None:
        taken = {p.name for p in self._all_profiles()} - ({profile.name} if profile else set())
        dialog = ProfileDialog(profile, taken, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_profile(dialog.result_profile(), dialog.token_text, old=profile)
        dialog.deleteLater()

    def apply_profile(
        self, profile: RegistryProfile, token: str = "", old: RegistryProfile | None = None
    ) -> None:
        draft = self.draft
        if old is not None and old.name != profile.name:
            draft = draft.without_profile(old.name)
            self.removed_tokens.add(old.name)
            if old.has_token and not token:
                token = self.context_token(old.name)
        self.draft = draft.with_profile(profile)
        if token:
            self.pending_tokens[profile.name] = token
        self._fill_profiles(select=profile.name)

    def context_token(self, name: str) -> str:
        return self.pending_tokens.get(name) or get_token(name) or ""

    def remove_profile(self) -> None:
        profile = self._selected()
        if profile is None or profile is self.context.demo:
            return
        self.draft = self.draft.without_profile(profile.name)
        self.removed_tokens.add(profile.name)
        self.pending_tokens.pop(profile.name, None)
        self._fill_profiles()

    def test_connection(self) -> None:
        profile = self._selected()
        if profile is None or self._tester is not None:
            return
        token = self.pending_tokens.get(profile.name)
        context, notice = self.context, self.retry_notice.report

        def check() -> RegistryInfo:
            # A token typed in this dialog (not saved yet) goes first.
            with context.client(profile, notice, token) as client:
                return client.test_connection()

        self._tester = CallThread(check, self)
        self._tester.succeeded.connect(self._tested)
        self._tester.failed.connect(self._test_failed)
        self._tester.finished.connect(self._test_done)
        self._tested_name = profile.name
        self._say(self.tr("Testing the connection…"))
        self._update_buttons()
        self._tester.start()

    def _still_selected(self) -> bool:
        profile = self._selected()
        return profile is not None and profile.name == self._tested_name

    def _test_retrying(self, retry: int, allowed: int) -> None:
        if self._tester is not None and self._still_selected():
            self._say(retry_text(retry, allowed))

    def _tested(self, info: RegistryInfo) -> None:
        if not self._still_selected():
            return
        if info.bank:  # HMA: the list was found with this token; say what it takes
            kinds = ", ".join(plain(kind, 32) for kind in info.signal_types)
            self._say(
                fmt(self.tr("Connected. The list %1 is there. It takes: %2"), info.bank, kinds)
            )
            return
        self._say(fmt(self.tr("Connected. The registry's name: %1"), plain(info.name, 200)))

    def _test_failed(self, error: Exception) -> None:
        if not self._still_selected():
            return
        words = server_words(error)
        message = error_message(error)
        self._say(fmt(self.tr("%1 The registry said: %2"), message, words) if words else message)

    def _test_done(self) -> None:
        self._tester = None
        self._update_buttons()

    def _say(self, message: str) -> None:
        self.test_result.setText(message)
        a11y.announce(self.test_result, message)

    # -------------------------------------------------------------- appearance

    def _appearance_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        settings = self.context.settings
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as this computer"), SYSTEM)
        for code, native_name in LANGUAGES:
            self.language.addItem(native_name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language or SYSTEM)))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Same as this computer"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.previews = QCheckBox(self.tr("Allow &blurred previews when asked for"))
        self.previews.setChecked(settings.blurred_previews)
        self.counselor = QCheckBox(self.tr("&Counselor mode: clear everything after each receipt"))
        self.counselor.setChecked(settings.counselor_mode)
        self.dihedral = QCheckBox(self.tr("Also send fingerprints of &rotated and flipped copies"))
        self.dihedral.setChecked(settings.send_dihedral)
        self.reframes = QCheckBox(
            self.tr("Also block common &edited copies (cropped, with bars, screenshots)")
        )
        self.reframes.setChecked(settings.send_reframes)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.previews)
        form.addRow(self.counselor)
        form.addRow(self.dihedral)
        form.addRow(self.reframes)
        a11y.name(self.language, self.tr("Language"))
        a11y.name(self.theme, self.tr("Theme"))
        a11y.name(self.previews, self.tr("Allow blurred previews when asked for"))
        a11y.name(
            self.counselor,
            self.tr("Counselor mode"),
            self.tr("After each receipt, everything about the case is cleared."),
        )
        a11y.name(self.dihedral, self.tr("Also send fingerprints of rotated and flipped copies"))
        a11y.name(
            self.reframes,
            self.tr("Also block common edited copies (cropped, with bars, screenshots)"),
        )
        return tab

    # ------------------------------------------------------------------ saving

    def result_settings(self) -> Settings:
        from dataclasses import replace

        language = str(self.language.currentData() or "")
        return replace(
            self.draft,
            language=language or None,
            theme=str(self.theme.currentData()),
            blurred_previews=self.previews.isChecked(),
            counselor_mode=self.counselor.isChecked(),
            send_dihedral=self.dihedral.isChecked(),
            send_reframes=self.reframes.isChecked(),
        )

    def accept(self) -> None:
        settings = self.result_settings()
        names = {p.name for p in settings.profiles}
        for name in self.removed_tokens - names:
            delete_token(name)
        for name, token in self.pending_tokens.items():
            if name in names:
                set_token(name, token)
        self.context.update_settings(settings)
        super().accept()

    def done(self, result: int) -> None:
        # Never wait here: a registry may keep a request open for a long time.
        retire(self._tester)  # a test's answer is of no use once the dialog is closed
        self._tester = None
        super().done(result)

    def busy_workers(self) -> list[Worker]:
        """Work whose result still matters after closing: an outbox entry being sent."""
        return [worker for worker in (self.outbox.send_worker(),) if worker is not None]
