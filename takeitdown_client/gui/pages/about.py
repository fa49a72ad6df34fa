"""Page 2: under 18 or not (the category), who is using the app, and where to send.

Take It Down (NCMEC) is for pictures taken before the person turned 18;
StopNCII.org is for pictures of adults. The two are kept apart, so the answer
picks the category and the registries that accept it.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from .. import a11y
from ..text import PlainLabel
from .base import Page

CATEGORY_IDS = {"minor": 0, "adult": 1}
SUBMITTER_IDS = {"self": 0, "trusted_adult": 1, "counselor": 2}


class AboutPage(Page):
    def build_ui(self) -> None:
        self.age_box = QGroupBox()
        age_layout = QVBoxLayout(self.age_box)
        self.minor = QRadioButton()
        self.adult = QRadioButton()
        self.age_group = QButtonGroup(self)
        self.age_group.addButton(self.minor, CATEGORY_IDS["minor"])
        self.age_group.addButton(self.adult, CATEGORY_IDS["adult"])
        self.eligibility = PlainLabel()
        for widget in (self.minor, self.adult, self.eligibility):
            age_layout.addWidget(widget)
        self.main_layout.addWidget(self.age_box)

        self.who_box = QGroupBox()
        who_layout = QVBoxLayout(self.who_box)
        self.myself = QRadioButton()
        self.trusted_adult = QRadioButton()
        self.counselor = QRadioButton()
        self.who_group = QButtonGroup(self)
        for button, key in (
            (self.myself, "self"),
            (self.trusted_adult, "trusted_adult"),
            (self.counselor, "counselor"),
        ):
            self.who_group.addButton(button, SUBMITTER_IDS[key])
            who_layout.addWidget(button)
        self.main_layout.addWidget(self.who_box)

        form = QFormLayout()
        self.registry_label = PlainLabel()
        self.registry = QComboBox()
        self.registry_label.setBuddy(self.registry)
        form.addRow(self.registry_label, self.registry)
        self.main_layout.addLayout(form)
        self.kept_note = PlainLabel()
        self.main_layout.addWidget(self.kept_note)
        self.no_registry = PlainLabel()
        self.open_settings = QPushButton()
        self.open_settings.clicked.connect(self.context.open_settings)
        self.main_layout.addWidget(self.no_registry)
        self.main_layout.addWidget(self.open_settings)
        # Re-posted copies are often edited: a screenshot of one lets us block that copy too.
        self.edited_copies = PlainLabel()
        self.main_layout.addWidget(self.edited_copies)
        self.main_layout.addStretch(1)

        self.age_group.idToggled.connect(self._category_changed)
        self.who_group.idToggled.connect(self._changed)
        self.registry.currentIndexChanged.connect(self._changed)
        self.context.settings_changed.connect(self._fill_registries)

    def initializePage(self) -> None:
        if self.context.counselor_mode() and self.who_group.checkedId() < 0:
            self.counselor.setChecked(True)
        self._fill_registries()

    def category(self) -> str | None:
        return {v: k for k, v in CATEGORY_IDS.items()}.get(self.age_group.checkedId())

    def submitter(self) -> str | None:
        return {v: k for k, v in SUBMITTER_IDS.items()}.get(self.who_group.checkedId())

    def _category_changed(self, _id: int, checked: bool) -> None:
        if checked:
            self._fill_registries()

    def _fill_registries(self) -> None:
        wanted = self.session.profile_name or str(self.registry.currentData() or "")
        self.registry.blockSignals(True)
        self.registry.clear()
        for profile in self.context.profiles(self.category()):
            self.registry.addItem(self.context.profile_label(profile), profile.name)
        index = self.registry.findData(wanted)
        self.registry.setCurrentIndex(index if index >= 0 else 0)
        self.registry.blockSignals(False)
        has_any = self.registry.count() > 0
        self.no_registry.setVisible(not has_any)
        self.open_settings.setVisible(not has_any)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.session.category = self.category()
        self.session.submitter = self.submitter()
        name = self.registry.currentData()
        self.session.profile_name = str(name) if name else None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.category() and self.submitter() and self.session.profile_name)

    def cleanupPage(self) -> None:
        """Going back keeps the answers; Start over clears them through ``reset``."""

    def showEvent(self, event: QShowEvent) -> None:
        # Back here from a later page (say, to choose another registry): nothing is lost.
        self.kept_note.setVisible(bool(self.session.results))
        super().showEvent(event)

    def reset(self) -> None:
        for group in (self.age_group, self.who_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("About the pictures"))
        self.setSubTitle(self.tr("A few questions decide where the fingerprints go."))
        self.age_box.setTitle(
            self.tr("How old was the person in the pictures when they were taken?")
        )
        self.minor.setText(self.tr("&Under 18"))
        self.adult.setText(self.tr("&18 or older"))
        self.eligibility.setText(
            self.tr(
                "This is for pictures or videos that show nudity, partial nudity or sexual "
                "content. Pictures taken before the person turned 18 go to a service for "
                "young people, like Take It Down. Pictures of adults go to a service like "
                "StopNCII.org. The two are kept separate. Not sure? Choose \u201cUnder 18\u201d."
            )
        )
        self.who_box.setTitle(self.tr("Who is using this app?"))
        self.myself.setText(self.tr("&Me, the pictures are of me"))
        self.trusted_adult.setText(self.tr("A &trusted adult helping someone"))
        self.counselor.setText(self.tr("A &counselor at a help centre"))
        self.registry_label.setText(self.tr("&Send the fingerprints to:"))
        a11y.name(self.registry, self.tr("Registry"), self.tr("Where the fingerprints are sent."))
        a11y.name(self.minor, self.tr("Under 18"))
        a11y.name(self.adult, self.tr("18 or older"))
        a11y.name(self.myself, self.tr("Me, the pictures are of me"))
        a11y.name(self.trusted_adult, self.tr("A trusted adult helping someone"))
        a11y.name(self.counselor, self.tr("A counselor at a help centre"))
        self.no_registry.setText(
            self.tr("No registry accepts this kind of picture yet. Open Settings to add one.")
        )
        self.open_settings.setText(self.tr("Open &Settings"))
        self.kept_note.setText(
            self.tr(
                "The fingerprints already made are kept. Change what you need, "
                "then go on with Next."
            )
        )
        a11y.name(self.open_settings, self.tr("Open Settings"))
        self.edited_copies.setText(
            self.tr(
                "If you found an edited copy online (cropped, with text or stickers), "
                "add a screenshot of it too."
            )
        )
