"""Check on or withdraw a case sent earlier, with its case number and secret code.

The receipt page promises this. The person opens the receipt file they saved,
or types the number and code from paper. Nothing is written: the dialog keeps
the code in memory while it is open, and only for the request. Requests run
in a ``CallThread``; the registry's answer is shown as plain text, its status
word translated where we know it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.codes import (
    canonical_case_number,
    canonical_secret_code,
    normalize_case_number,
    normalize_secret_code,
)
from ..core.receipts import (
    Receipt,
    ReceiptError,
    load_receipt,
    profile_for_receipt,
    typed_receipt,
)
from ..core.registry.errors import RegistryErrorCode
from ..core.settings import RegistryProfile
from . import a11y, filedialogs
from .messages import error_message, server_words
from .text import PlainLabel, fmt, local_datetime, plain
from .workers import CallThread, retire

if TYPE_CHECKING:
    from ..core.registry import CaseStatus
    from .context import AppContext

TAKEITDOWN_KIND = "takeitdown"  # typed cases; an HMA list is checked by its receipt file


class CaseDialog(QDialog):
    request_finished = Signal()  # the registry answered, or could not be reached

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._worker: CallThread | None = None
        self._loaded: Receipt | None = None  # a receipt file, until a field is edited
        self._receipt_profile: RegistryProfile | None = None  # its registry, if not set up
        self._build_ui()
        self.retranslate_ui()
        self._update_buttons()

    # ---------------------------------------------------------------- building

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = PlainLabel()
        layout.addWidget(self.intro)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_receipt_file)
        opener = QHBoxLayout()
        opener.addWidget(self.open_button)
        opener.addStretch(1)
        layout.addLayout(opener)

        form = QFormLayout()
        self.registry_label, self.registry = PlainLabel(), QComboBox()
        self.case_label, self.case_id = PlainLabel(), QLineEdit()
        self.token_label, self.token = PlainLabel(), QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_token = QCheckBox()
        self.show_token.toggled.connect(self._show_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token, 1)
        token_row.addWidget(self.show_token)
        for label, field in (
            (self.registry_label, self.registry),
            (self.case_label, self.case_id),
            (self.token_label, self.token),
        ):
            label.setBuddy(field)
            form.addRow(label, token_row if field is self.token else field)
        layout.addLayout(form)
        self._fill_registries()
        self.case_id.textEdited.connect(self._typed)
        self.token.textEdited.connect(self._typed)
        self.case_id.editingFinished.connect(self._tidy_codes)
        self.token.editingFinished.connect(self._tidy_codes)
        self.registry.activated.connect(self._typed)

        layout.addLayout(self._build_actions())
        layout.addWidget(self._build_confirmation())
        self.outcome = PlainLabel(selectable=True)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.check_button, self.withdraw_button = QPushButton(), QPushButton()
        self.check_button.clicked.connect(self.check_status)
        self.withdraw_button.clicked.connect(self._ask_to_withdraw)
        actions.addWidget(self.check_button)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        return actions

    def _build_confirmation(self) -> QWidget:
        self.confirm_box = QWidget()
        confirm = QVBoxLayout(self.confirm_box)
        confirm.setContentsMargins(0, 0, 0, 0)
        self.confirm_text = PlainLabel()
        self.confirm_yes, self.confirm_no = QPushButton(), QPushButton()
        self.confirm_yes.clicked.connect(self.withdraw)
        self.confirm_no.clicked.connect(self._keep_case)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addWidget(self.confirm_yes)
        confirm_buttons.addWidget(self.confirm_no)
        confirm_buttons.addStretch(1)
        confirm.addWidget(self.confirm_text)
        confirm.addLayout(confirm_buttons)
        self.confirm_box.setVisible(False)
        return self.confirm_box

    def _fill_registries(self) -> None:
        self.registry.clear()
        for profile in self.context.profiles():
            if profile.kind == TAKEITDOWN_KIND:
                self.registry.addItem(self.context.profile_label(profile), profile.name)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check or withdraw a case"))
        self.intro.setText(
            self.tr(
                "Use the receipt you got after sending: open the receipt file you saved, "
                "or type the case number and the secret code."
            )
        )
        self.open_button.setText(self.tr("&Open a saved receipt…"))
        self.registry_label.setText(self.tr("&Sent to:"))
        self.case_label.setText(self.tr("Case &number:"))
        self.token_label.setText(self.tr("Secret &code:"))
        self.show_token.setText(self.tr("Show co&de"))
        a11y.name(self.show_token, self.tr("Show the secret code"))
        self.check_button.setText(self.tr("C&heck"))
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.confirm_text.setText(
            self.tr(
                "Withdraw this case? Websites will stop looking for these fingerprints. "
                "If you change your mind, you can send them again."
            )
        )
        self.confirm_yes.setText(self.tr("&Yes, withdraw it"))
        self.confirm_no.setText(self.tr("&Keep it"))
        a11y.name(self.token, self.tr("Secret code"), self.tr("From your receipt."))
        a11y.name(self.case_id, self.tr("Case number"), self.tr("From your receipt."))

    # ----------------------------------------------------------------- receipt

    def choose_receipt_file(self) -> None:
        chosen = filedialogs.open_receipt(self)
        if chosen:
            self.load_receipt_file(chosen)

    def load_receipt_file(self, path: str) -> bool:
        try:
            receipt = load_receipt(Path(path))
        except ReceiptError as error:  # unreadable, damaged, or not a receipt
            self._say(error_message(error))
            return False
        if not receipt.supports_status:
            self._say(self.tr("This receipt is from a registry that has no cases to check."))
            return False
        self._loaded = receipt
        self.case_id.setText(receipt.case_id)
        self.token.setText(receipt.token)
        for index in reversed(range(self.registry.count())):
            if self.registry.itemData(index) == "":  # an earlier receipt's registry
                self.registry.removeItem(index)
        candidates = [p for p in self.context.profiles() if p.kind == receipt.kind]
        profile = profile_for_receipt(receipt, candidates)
        if profile in candidates and receipt.kind == TAKEITDOWN_KIND:
            self.registry.setCurrentIndex(max(0, self.registry.findData(profile.name)))
            self._receipt_profile = None
        else:
            label = fmt(self.tr("%1 (from the receipt)"), plain(receipt.registry_name, 200))
            self.registry.insertItem(0, label, "")
            self.registry.setCurrentIndex(0)
            self._receipt_profile = profile
        self._say(self.tr("Receipt opened. Choose Check or Withdraw."))
        self._update_buttons()
        return True

    def fill_in(self, case_id: str, token: str) -> None:
        """Type a case number and secret code in, as from a paper receipt."""
        self.case_id.setText(case_id)
        self.token.setText(token)
        self._typed()

    def _typed(self, *_: object) -> None:
        if self._loaded is not None and (
            normalize_case_number(self.case_id.text())
            != normalize_case_number(self._loaded.case_id)
            or normalize_secret_code(self.token.text()) != normalize_secret_code(self._loaded.token)
            or self.registry.currentData() != ""
        ):
            self._loaded = None
        self.confirm_box.setVisible(False)
        self._update_buttons()

    def _show_token(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token.setEchoMode(mode)

    def _tidy_codes(self) -> None:
        """Show codes typed from paper as issued: capitals, dashes, 0 for O, 1 for I or L."""
        for field, canonical in (
            (self.case_id, canonical_case_number),
            (self.token, canonical_secret_code),
        ):
            tidy = canonical(field.text())
            if tidy and tidy != field.text():
                field.setText(tidy)

    def _target(self) -> tuple[RegistryProfile, Receipt] | None:
        case_id = normalize_case_number(self.case_id.text())
        token = normalize_secret_code(self.token.text())
        # An HMA receipt has no code: its list entries come from the opened file.
        from_file = self._loaded if self._loaded and self._loaded.kind != TAKEITDOWN_KIND else None
        if not case_id or not (token or from_file):
            return None
        if self.registry.currentData() == "":  # the registry of an opened receipt
            if self._loaded is None or self._receipt_profile is None:
                return None
            profile = self._receipt_profile
        else:
            found = self.context.profile(self.registry.currentData())
            if found is None:
                return None
            profile = found
        if from_file is not None:
            return profile, from_file
        return profile, typed_receipt(case_id, token, profile)

    # ---------------------------------------------------------------- requests

    def check_status(self) -> None:
        self._request("status", self.tr("Checking…"))

    def _ask_to_withdraw(self) -> None:
        self.confirm_box.setVisible(True)
        self.confirm_no.setFocus()  # the safe choice is the default
        a11y.announce(self.confirm_text, self.confirm_text.text())

    def _keep_case(self) -> None:
        self.confirm_box.setVisible(False)
        self.withdraw_button.setFocus()

    def withdraw(self) -> None:
        self.confirm_box.setVisible(False)
        self._request("withdraw", self.tr("Withdrawing…"))

    def _request(self, action: Literal["status", "withdraw"], waiting: str) -> None:
        target = self._target()
        if target is None or self._worker is not None:
            return
        profile, receipt = target
        context = self.context

        def call() -> CaseStatus:
            with context.client(profile) as client:
                if action == "withdraw":
                    return client.withdraw(receipt)
                return client.status(receipt)

        self._worker = CallThread(call, self)
        self._worker.succeeded.connect(self._show_status)
        self._worker.failed.connect(self._show_error)
        self._worker.finished.connect(self._request_done)
        self._say(waiting)
        self._worker.start()
        self._update_buttons()

    def _show_status(self, status: CaseStatus) -> None:
        lines = [
            fmt(self.tr("Case number: %1"), plain(status.case_id, 200)),
            self._status_sentence(status),
            fmt(self.tr("Fingerprints accepted: %1"), status.accepted)
            if status.entries is None
            else fmt(
                self.tr("Entries still on the list: %1 of %2"),
                status.entries_listed,
                status.entries,
            ),
        ]
        if status.created_at:
            lines.append(fmt(self.tr("Sent: %1"), local_datetime(status.created_at)))
        if status.updated_at and status.updated_at != status.created_at:
            lines.append(fmt(self.tr("Last change: %1"), local_datetime(status.updated_at)))
        self._say("\n".join(lines))

    def _status_sentence(self, status: CaseStatus) -> str:
        known = {
            "received": self.tr("Received. Websites that take part look for these fingerprints."),
            "withdrawn": self.tr("Withdrawn. Websites no longer look for these fingerprints."),
            "partly_withdrawn": self.tr(
                "Partly withdrawn. Websites still look for some of these fingerprints."
            ),
        }
        words = known.get(str(status.status))
        return words or fmt(self.tr("The registry says: %1"), plain(status.status, 100))

    def _show_error(self, error: Exception) -> None:
        # "Not found" is said plainly; the registry's own words would only repeat it.
        not_found = getattr(error, "code", None) == RegistryErrorCode.NOT_FOUND
        words = "" if not_found else server_words(error)
        message = error_message(error)
        self._say(fmt(self.tr("%1 The registry said: %2"), message, words) if words else message)

    def _request_done(self) -> None:
        self._worker = None
        self._update_buttons()
        self.request_finished.emit()

    # ----------------------------------------------------------------- helpers

    def _update_buttons(self) -> None:
        ready = self._target() is not None and self._worker is None
        self.check_button.setEnabled(ready)
        self.withdraw_button.setEnabled(ready)
        self.confirm_yes.setEnabled(ready)

    def _say(self, message: str) -> None:
        self.outcome.setText(message)
        a11y.announce(self.outcome, message)

    def done(self, result: int) -> None:
        self.token.clear()  # the code stays on paper or in the file, not in memory
        self.show_token.setChecked(False)
        self.case_id.clear()
        self._loaded = None
        retire(self._worker)  # a request in flight ends on its own; its answer is not shown
        self._worker = None
        super().done(result)
