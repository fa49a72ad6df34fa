"""Start-up: the QApplication, languages, theme, the optional demo registry, the window.

Only Qt and the light core modules load here. numpy, OpenCV and the hashing
engine load in the worker the first time something is fingerprinted, so the
window opens quickly.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .. import APP_DISPLAY_NAME, APP_NAME, __version__
from .filedialogs import isolate_qt_settings

if TYPE_CHECKING:
    from .wizard import MainWizard


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv) if argv else [APP_NAME])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    QApplication.setDesktopFileName(APP_NAME)
    isolate_qt_settings()
    return app


def build_main_window(demo_url: str | None = None) -> MainWizard:
    """The wizard, with settings loaded and the saved language and theme applied."""
    from ..core.settings import load_settings
    from .context import AppContext
    from .i18n import LanguageManager
    from .theme import apply_theme
    from .wizard import MainWizard

    loaded = load_settings()
    languages = LanguageManager()
    languages.apply(loaded.settings.language or "")
    apply_theme(loaded.settings.theme)
    context = AppContext(
        loaded.settings, languages, settings_warning=loaded.warning, demo_url=demo_url
    )
    return MainWizard(context)


def run_app(demo: bool = False, argv: list[str] | None = None) -> int:
    """``takeitdown-client`` (and ``--demo``): open the wizard and run until it closes."""
    app = create_application(argv or sys.argv[:1])
    server = None
    if demo:
        from ..registry_server import start_demo_registry

        server = start_demo_registry()
    try:
        window = build_main_window(server.url if server is not None else None)
        window.show()
        return int(app.exec())
    finally:
        if server is not None:
            server.stop()
