"""Screen-reader support: announcements and accessible names in one place."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def name(widget: QWidget, accessible_name: str, description: str = "") -> None:
    """Set the accessible name (and description) a screen reader reads out."""
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)


def announce(widget: QWidget, message: str) -> None:
    """Tell a screen reader about a change (progress, a result, an error).

    The description is updated as well, so that the text is there when the
    person moves to the widget later.
    """
    widget.setAccessibleDescription(message)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
