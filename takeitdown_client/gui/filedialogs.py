"""File dialogs that leave no trace.

Qt's own dialogs (DontUseNativeDialog) never touch the operating system's
recent-files lists. Qt's widget dialog would still save its folder history
and last folder to ``QtProject.conf`` when it closes; ``isolate_qt_settings()``
points all of Qt's QSettings at a location that cannot be written, and the
history is emptied before each dialog goes away.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from .text import fmt

MEDIA_PATTERNS = (
    "*.jpg *.jpeg *.jpe *.jfif *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.heif *.avif "
    "*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.3gp *.mpg *.mpeg *.ts *.wmv *.flv"
)


def unwritable_settings_path() -> str:
    # A folder "inside" an existing file can never be created, on any system.
    return str(Path(sys.executable).resolve() / "no-qt-settings")


def isolate_qt_settings() -> None:
    """Stop Qt (the file dialog in particular) from writing QSettings files."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, unwritable_settings_path())


def _dialog(parent: QWidget | None, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setOptions(
        QFileDialog.Option.DontUseNativeDialog
        | QFileDialog.Option.DontUseCustomDirectoryIcons
        | QFileDialog.Option.DontResolveSymlinks
    )
    dialog.setDirectory(QDir.homePath())  # never "where you were last time"
    dialog.setHistory([])
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return list(dialog.selectedFiles()) if dialog.exec() else []
    finally:
        dialog.setHistory([])
        dialog.deleteLater()


def open_files(parent: QWidget | None) -> list[str]:
    dialog = _dialog(parent, QCoreApplication.translate("FileDialogs", "Choose pictures or videos"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters(
        [
            fmt(
                QCoreApplication.translate("FileDialogs", "Pictures and videos (%1)"),
                MEDIA_PATTERNS,
            ),
            QCoreApplication.translate("FileDialogs", "All files (*)"),
        ]
    )
    return _run(dialog)


def open_folder(parent: QWidget | None) -> list[str]:
    dialog = _dialog(parent, QCoreApplication.translate("FileDialogs", "Choose a folder"))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


def open_receipt(parent: QWidget | None) -> str:
    """One saved receipt file; "" when cancelled."""
    dialog = _dialog(parent, QCoreApplication.translate("FileDialogs", "Open a saved receipt"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("FileDialogs", "Receipt files (*.json)"),
            QCoreApplication.translate("FileDialogs", "All files (*)"),
        ]
    )
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def save_file(parent: QWidget | None, title: str, suggested_name: str, name_filter: str) -> str:
    """A save dialog; returns the chosen path or "" when cancelled."""
    dialog = _dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([name_filter, QCoreApplication.translate("FileDialogs", "All files (*)")])
    dialog.selectFile(suggested_name)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
