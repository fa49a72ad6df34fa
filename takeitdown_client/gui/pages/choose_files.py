"""Page 3: add files or folders (buttons or drag and drop), see and trim the list.

Previews stay hidden. One button shows a blurred preview of the selected
picture, only while it is pressed in, and only when previews are allowed in
Settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from .. import a11y, filedialogs
from ..preview import blurred_image
from ..scan import PROBLEM, scan
from ..session import ChosenFile
from ..text import PlainLabel, fmt, plain, plain_tooltip
from ..workers import CallThread, retire
from .base import Page

PATH_ROLE = Qt.ItemDataRole.UserRole


class ChooseFilesPage(Page):
    scan_finished = Signal()  # the list is up to date after adding files
    preview_finished = Signal()  # a blurred preview was made (or could not be)

    def build_ui(self) -> None:
        self.setAcceptDrops(True)
        self._scanner: CallThread | None = None
        self._previewer: CallThread | None = None
        self._waiting: list[str] = []  # dropped while a scan runs; scanned right after it

        buttons = QHBoxLayout()
        self.add_files_button = QPushButton()
        self.add_folder_button = QPushButton()
        self.add_files_button.clicked.connect(self._pick_files)
        self.add_folder_button.clicked.connect(self._pick_folder)
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.add_folder_button)
        buttons.addStretch(1)
        self.main_layout.addLayout(buttons)
        self.drop_hint = PlainLabel()
        self.main_layout.addWidget(self.drop_hint)

        row = QHBoxLayout()
        self.file_list = QTreeWidget()
        self.file_list.setColumnCount(2)
        self.file_list.setRootIsDecorated(False)
        self.file_list.setUniformRowHeights(True)
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.file_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.file_list.itemSelectionChanged.connect(self._selection_changed)
        row.addWidget(self.file_list, 1)

        row.addLayout(self._build_side())
        self.main_layout.addLayout(row, 1)

        self.count = PlainLabel()
        self.main_layout.addWidget(self.count)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.file_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.context.settings_changed.connect(self._update_buttons)
        self._update_buttons()

    def _build_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.preview_button = QPushButton()
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._preview_toggled)
        self.preview = QLabel()
        self.preview.setFixedSize(200, 200)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.hide()
        side.addWidget(self.remove_button)
        side.addWidget(self.preview_button)
        side.addWidget(self.preview)
        side.addStretch(1)
        return side

    # ------------------------------------------------------------------ adding

    def _pick_files(self) -> None:
        self.add_paths(filedialogs.open_files(self))

    def _pick_folder(self) -> None:
        self.add_paths(filedialogs.open_folder(self))

    def add_paths(self, paths: list[str]) -> None:
        """Add files and folders; folders are walked in a worker thread, one scan at a time."""
        if not paths:
            return
        if self.is_scanning():
            self._waiting.extend(paths)
            return
        self._scanner = CallThread(lambda: scan(paths), self)
        self._scanner.succeeded.connect(self._scanned)
        self._scanner.failed.connect(self._scan_failed)
        self._scanner.finished.connect(self._scan_done)
        self.count.setText(self.tr("Looking through what you added…"))
        self._update_buttons()
        self._scanner.start()

    def is_scanning(self) -> bool:
        return self._scanner is not None

    def _scanned(self, found: list[ChosenFile]) -> None:
        known = {chosen.path for chosen in self.session.files}
        added = [chosen for chosen in found if chosen.path not in known]
        if added:
            self.session.files.extend(added)
            self.session.clear_results()
        self._refresh_list()
        a11y.announce(self.file_list, self._count_text())

    def _scan_failed(self, _error: object) -> None:
        self._refresh_list()

    def _scan_done(self) -> None:
        self._scanner = None
        if self._waiting:
            waiting, self._waiting = self._waiting, []
            self.add_paths(waiting)
            return  # scan_finished once the list holds everything added so far
        self._update_buttons()
        self.completeChanged.emit()
        self.scan_finished.emit()

    def remove_selected(self) -> None:
        chosen = {item.data(0, PATH_ROLE) for item in self.file_list.selectedItems()}
        if not chosen:
            return
        row = self.file_list.indexOfTopLevelItem(self.file_list.selectedItems()[0])
        self.session.files = [f for f in self.session.files if f.path not in chosen]
        self.session.clear_results()
        self._refresh_list()
        count = self.file_list.topLevelItemCount()
        next_item = self.file_list.topLevelItem(min(row, count - 1)) if count else None
        if next_item is not None:
            self.file_list.setCurrentItem(next_item)
        a11y.announce(self.file_list, self._count_text())
        self.completeChanged.emit()

    # ---------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.add_paths(paths)

    # ---------------------------------------------------------------- display

    def kind_text(self, kind: str) -> str:
        return {
            "image": self.tr("Picture"),
            "video": self.tr("Video"),
            "unsupported": self.tr("Not supported"),
            "unknown": self.tr("Not a picture or video"),
            PROBLEM: self.tr("Can't be opened"),
        }.get(kind, self.tr("Not a picture or video"))

    def _refresh_list(self) -> None:
        self.file_list.clear()
        for chosen in self.session.files:
            item = QTreeWidgetItem([plain(chosen.name, 200), self.kind_text(chosen.kind)])
            item.setData(0, PATH_ROLE, chosen.path)
            item.setToolTip(0, plain_tooltip(chosen.name, 200))
            self.file_list.addTopLevelItem(item)
        self.count.setText(self._count_text())
        self._update_buttons()

    def _count_text(self) -> str:
        files = self.session.files
        pictures = sum(1 for f in files if f.kind == "image")
        videos = sum(1 for f in files if f.kind == "video")
        return fmt(
            self.tr("Files chosen: %n (pictures: %1, videos: %2)", "", len(files)), pictures, videos
        )

    def _update_buttons(self) -> None:
        scanning = self.is_scanning()
        self.add_files_button.setEnabled(not scanning)
        self.add_folder_button.setEnabled(not scanning)
        self.remove_button.setEnabled(bool(self.file_list.selectedItems()) and not scanning)
        allowed = self.context.previews_allowed()
        self.preview_button.setVisible(allowed)
        if not allowed and self.preview_button.isChecked():
            self.preview_button.setChecked(False)
        self.preview_button.setEnabled(bool(self.file_list.currentItem()))

    # ---------------------------------------------------------------- preview

    def _selection_changed(self) -> None:
        self._update_buttons()
        if self.preview_button.isChecked():
            self._load_preview()

    def _preview_toggled(self, on: bool) -> None:
        self.preview.setVisible(on)
        if on:
            self._load_preview()
        else:
            self._clear_preview()

    def _clear_preview(self) -> None:
        self.preview.clear()
        self.preview.setAccessibleName(self.tr("Preview hidden"))

    def _load_preview(self) -> None:
        item = self.file_list.currentItem()
        self._clear_preview()
        if item is None or self._previewer is not None:
            return
        path = str(item.data(0, PATH_ROLE))
        chosen = next((f for f in self.session.files if f.path == path), None)
        if chosen is None or chosen.kind != "image":
            self.preview.setText(self.tr("No preview for this file."))
            return
        self.preview.setText(self.tr("Making a blurred preview…"))
        self._previewer = CallThread(lambda: blurred_image(path), self)
        self._previewer.succeeded.connect(self._show_preview)
        self._previewer.finished.connect(self._preview_done)
        self._previewer.start()

    def _show_preview(self, image: QImage | None) -> None:
        if not self.preview_button.isChecked():
            return
        if image is None:
            self.preview.setText(self.tr("No preview for this file."))
            return
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setAccessibleName(self.tr("Blurred preview of the selected file"))

    def _preview_done(self) -> None:
        self._previewer = None
        self.preview_finished.emit()

    # ------------------------------------------------------------------ wizard

    def initializePage(self) -> None:
        self._refresh_list()

    def isComplete(self) -> bool:
        return bool(self.session.files) and not self.is_scanning()

    def reset(self) -> None:
        retire(self._scanner)
        retire(self._previewer)
        self._scanner = self._previewer = None
        self._waiting = []
        self.preview_button.setChecked(False)
        self._clear_preview()
        self.file_list.clear()
        self.count.setText(self._count_text())
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose the pictures and videos"))
        self.setSubTitle(
            self.tr("They stay on this computer. Only fingerprints are made from them.")
        )
        self.add_files_button.setText(self.tr("Add &files…"))
        self.add_folder_button.setText(self.tr("Add a f&older…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.preview_button.setText(self.tr("Show &blurred preview"))
        self.drop_hint.setText(self.tr("You can also drag files or folders here."))
        self.file_list.setHeaderLabels([self.tr("File"), self.tr("Kind")])
        a11y.name(self.add_files_button, self.tr("Add files"), self.tr("Opens a file chooser."))
        a11y.name(
            self.add_folder_button,
            self.tr("Add a folder"),
            self.tr("Adds every picture and video in a folder."),
        )
        a11y.name(self.remove_button, self.tr("Remove the selected files from the list"))
        a11y.name(
            self.preview_button,
            self.tr("Show blurred preview"),
            self.tr("Shows a blurred version of the selected picture. Nothing is saved."),
        )
        a11y.name(
            self.file_list, self.tr("Chosen files"), self.tr("Press Delete to remove a file.")
        )
        self.preview.setAccessibleName(self.tr("Preview hidden"))
        self._refresh_list()
