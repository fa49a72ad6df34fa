"""What every page shares: the app context, and retranslation on language change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

if TYPE_CHECKING:
    from ..context import AppContext
    from ..session import Session


class Page(QWizardPage):
    """A wizard page that builds its widgets once and sets every text in ``retranslate_ui``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.main_layout = QVBoxLayout(self)
        self.main_layout.setSpacing(12)
        self.build_ui()
        self.retranslate_ui()

    @property
    def session(self) -> Session:
        return self.context.session

    def build_ui(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget everything this page shows about the case (Start over)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
