"""Light and dark: follow the system unless the person picked one.

"system" leaves Qt's own palette alone, which also keeps the platform's high
contrast themes and font sizes. An explicit choice asks the platform first
(Qt 6.8 ``setColorScheme``) and falls back to a Fusion palette of our own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

_original: dict[str, object] = {}


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#202124",
        roles.WindowText: "#e8eaed",
        roles.Base: "#17181a",
        roles.AlternateBase: "#2a2b2e",
        roles.ToolTipBase: "#2a2b2e",
        roles.ToolTipText: "#e8eaed",
        roles.PlaceholderText: "#9aa0a6",
        roles.Text: "#e8eaed",
        roles.Button: "#2d2e31",
        roles.ButtonText: "#e8eaed",
        roles.BrightText: "#ffffff",
        roles.Highlight: "#8ab4f8",
        roles.HighlightedText: "#202124",
        roles.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def apply_theme(theme: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    if "palette" not in _original:
        _original["palette"] = QPalette(app.palette())
        _original["style"] = app.style().name()
    if theme not in ("light", "dark"):
        hints.unsetColorScheme()
        app.setPalette(_original["palette"])  # type: ignore[arg-type]
        return
    wanted = Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted and theme == "light":
        return
    # The platform could not switch (or reports no scheme): use our own palette.
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())
