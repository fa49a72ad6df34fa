"""Showing text safely: plain text only, control characters stripped.

Text that comes from a registry or a file (names, server messages) can hold
markup or bidi tricks. It is always shown through ``PlainLabel`` or with
``plain()`` applied, never as Qt rich text.
"""

from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..core.netutil import sanitize_text

_PLACEHOLDER = re.compile(r"%([1-9])")


def plain(text: object, limit: int = 300) -> str:
    """One line of untrusted text, safe to show: no control or bidi characters."""
    if text is None:
        return ""
    return sanitize_text(text, limit)


def plain_tooltip(text: object, limit: int = 300) -> str:
    """Untrusted text for a tooltip. Qt guesses whether tooltip text is HTML, so a
    file named "<img src=...>.jpg" would render; escaped inside <qt> it shows as typed."""
    return "<qt>" + html.escape(plain(text, limit), quote=False) + "</qt>"


def plain_lines(text: object, limit: int = 4000) -> str:
    """Like ``plain`` but keeps line breaks (for configured help lines)."""
    if text is None:
        return ""
    raw = text if isinstance(text, str) else str(text)
    lines = [sanitize_text(line, limit) for line in raw[:limit].splitlines()]
    return "\n".join(lines).strip()


def fmt(template: str, *args: object) -> str:
    """Fill Qt-style ``%1``..``%9`` placeholders in one pass (like QString.arg).

    Translators can reorder placeholders; a value that itself contains "%2" is
    never substituted again.
    """

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(replace, template)


def local_datetime(iso_text: object) -> str:
    """An ISO 8601 time from a registry or a file, in the person's locale and time zone."""
    text = plain(iso_text, 64)
    moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return text
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class PlainLabel(QLabel):
    """A QLabel that can never render rich text. Wraps words by default."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, selectable: bool = False
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        if selectable:
            self.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        if text:
            self.setText(text)


def dated_file_name(kind: str, day: date | None = None) -> str:
    """A file name that says nothing about the app or the case: ``receipt-2026-12-02.json``."""
    return f"{kind}-{(day or date.today()).isoformat()}.json"
