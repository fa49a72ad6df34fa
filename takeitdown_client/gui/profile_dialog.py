"""Add or edit one registry profile. The access code goes to the keyring, never JSON."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.payload import CATEGORIES
from ..core.settings import RegistryProfile
from . import a11y
from .messages import error_message
from .text import PlainLabel


class ProfileDialog(QDialog):
    def __init__(
        self,
        profile: RegistryProfile | None,
        taken_names: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.taken_names = taken_names
        self.token_text = ""
        self.setWindowTitle(self.tr("Registry"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(profile.name if profile else "")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Take It Down registry API"), "takeitdown")
        self.kind.addItem(self.tr("Hasher-Matcher-Actioner (HMA) bank"), "hma")
        if profile is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        self.url = QLineEdit(profile.base_url if profile else "https://")
        self.bank = QLineEdit(profile.bank or "" if profile else "")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(
            self.tr("Leave empty to keep the current one")
            if profile and profile.has_token
            else self.tr("Only if the registry gave you one")
        )
        self.ca_bundle = QLineEdit(profile.ca_bundle or "" if profile else "")
        self.ca_bundle.setPlaceholderText(self.tr("Optional: a certificate file for this registry"))
        # The same words as the About page, where people choose the category.
        self.takes_minor = QCheckBox(QCoreApplication.translate("AboutPage", "Under 18"))
        self.takes_adult = QCheckBox(QCoreApplication.translate("AboutPage", "18 or older"))
        categories = profile.categories if profile else CATEGORIES
        self.takes_minor.setChecked("minor" in categories)
        self.takes_adult.setChecked("adult" in categories)
        takes = QWidget()
        takes_row = QHBoxLayout(takes)
        takes_row.setContentsMargins(0, 0, 0, 0)
        takes_row.addWidget(self.takes_minor)
        takes_row.addWidget(self.takes_adult)
        takes_row.addStretch(1)
        rows = (
            (self.tr("&Name:"), self.name),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Address:"), self.url),
            (self.tr("&Bank (HMA only):"), self.bank),
            (self.tr("Access &code:"), self.token),
            (self.tr("C&ertificate file:"), self.ca_bundle),
            (self.tr("Takes pictures:"), takes),
        )
        for label, widget in rows:
            form.addRow(label, widget)
            a11y.name(widget, label.replace("&", "").rstrip(":"))
        layout.addLayout(form)
        self.problem = PlainLabel()
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.had_token = bool(profile and profile.has_token)

    def _kind_changed(self) -> None:
        self.bank.setEnabled(self.kind.currentData() == "hma")

    def result_profile(self) -> RegistryProfile:
        kind = str(self.kind.currentData())
        return RegistryProfile(
            name=self.name.text().strip(),
            kind=kind,
            base_url=self.url.text().strip().rstrip("/"),
            bank=self.bank.text().strip() or None if kind == "hma" else None,
            ca_bundle=self.ca_bundle.text().strip() or None,
            has_token=self.had_token or bool(self.token.text()),
            categories=tuple(
                category
                for category, box in (("minor", self.takes_minor), ("adult", self.takes_adult))
                if box.isChecked()
            ),
        )

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            a11y.announce(self.problem, problem)
            return
        self.token_text = self.token.text()
        super().accept()

    def _problem(self) -> str:
        from ..core.registry.errors import RegistryError
        from ..core.registry.http import validate_base_url

        name = self.name.text().strip()
        if not name:
            return self.tr("Please give the registry a name.")
        if name in self.taken_names:
            return self.tr("Another registry already has this name.")
        if not (self.takes_minor.isChecked() or self.takes_adult.isChecked()):
            return self.tr("Tick at least one kind of picture this registry takes.")
        try:
            validate_base_url(self.url.text())
        except RegistryError as error:  # not https, not an address: shown as text
            return error_message(error)
        if self.kind.currentData() == "hma" and not self.bank.text().strip():
            return self.tr("Please enter the HMA bank name.")
        if self.kind.currentData() == "hma":
            from ..core.registry.hma import check_bank_name

            try:
                check_bank_name(self.bank.text())
            except RegistryError as error:  # not a list name HMA accepts: shown as text
                return error_message(error)
        return ""
