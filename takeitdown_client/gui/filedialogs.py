"""File dialogs that leave no trace.

Qt's own dialogs (DontUseNativeDialog) never touch the operating system's
recent-files lists. When Qt's widget dialog is destroyed it saves its folder
history and last folder under ``QSettings(UserScope, "QtProject")``, which is
``~/.config/QtProject.conf`` on Linux, the registry on Windows and a plist on
macOS. Two things stop that:

- ``isolate_qt_settings()`` points every QSettings file path (native and INI
  format) at a place that cannot be written. On Linux and the BSDs the native
  format is a file, so nothing is ever written.
- Each dialog is destroyed as soon as it closes, and what Qt keeps under
  "FileDialog" is then put back exactly as it was (on Windows and macOS,
  where the native store has no path to redirect).

Paths read left to right even in right-to-left languages, and the columns
of the file list fit their contents.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QLineEdit, QTreeView, QWidget

from .text import fmt

MEDIA_PATTERNS = (
    "*.jpg *.jpeg *.jpe *.jfif *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.heif *.avif "
    "*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.3gp *.mpg *.mpeg *.ts *.wmv *.flv"
)
QT_ORGANIZATION = "QtProject"  # where QFileDialog keeps its state
QT_DIALOG_GROUP = "FileDialog"
DIALOG_SIZE = (820, 500)  # wide enough for the Size, Type and Date columns
# Child widgets of Qt's file dialog that show a path or a file name.
_PATH_WIDGETS = ((QComboBox, "lookInCombo"), (QLineEdit, "fileNameEdit"))


def unwritable_settings_path() -> str:
    # A folder "inside" an existing file can never be created, on any system.
    return str(Path(sys.executable).resolve() / "no-qt-settings")


def isolate_qt_settings() -> None:
    """Stop Qt (the file dialog in particular) from writing QSettings files."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, unwritable_settings_path())


def qt_dialog_state() -> dict[str, Any]:
    """What Qt has stored for its file dialog (usually nothing)."""
    settings = QSettings(QSettings.Scope.UserScope, QT_ORGANIZATION)
    settings.beginGroup(QT_DIALOG_GROUP)
    return {key: settings.value(key) for key in settings.allKeys()}


def _restore_qt_dialog_state(before: dict[str, Any]) -> None:
    settings = QSettings(QSettings.Scope.UserScope, QT_ORGANIZATION)
    settings.beginGroup(QT_DIALOG_GROUP)
    if {key: settings.value(key) for key in settings.allKeys()} == before:
        return  # nothing was written (always so on Linux)
    settings.remove("")
    for key, value in before.items():
        settings.setValue(key, value)
    settings.endGroup()
    if not settings.allKeys():
        settings.clear()
    settings.sync()


def _dialog(parent: QWidget | None, title: str, read_only: bool = True) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    options = (
        QFileDialog.Option.DontUseNativeDialog
        | QFileDialog.Option.DontUseCustomDirectoryIcons
        | QFileDialog.Option.DontResolveSymlinks
    )
    if read_only:
        options |= QFileDialog.Option.ReadOnly  # no rename, delete or new folder
    dialog.setOptions(options)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setDirectory(QDir.homePath())  # never "where you were last time"
    dialog.setHistory([])
    dialog.resize(*DIALOG_SIZE)
    for widget_type, name in _PATH_WIDGETS:
        widget = dialog.findChild(widget_type, name)
        if widget is not None:
            widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    files = dialog.findChild(QTreeView, "treeView")
    if files is not None:
        header = files.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    before = qt_dialog_state()
    try:
        return list(dialog.selectedFiles()) if dialog.exec() else []
    finally:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        shiboken6.delete(dialog)  # Qt saves its state now, not at some later time
        _restore_qt_dialog_state(before)


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
    dialog = _dialog(parent, title, read_only=False)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([name_filter, QCoreApplication.translate("FileDialogs", "All files (*)")])
    dialog.selectFile(suggested_name)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
