"""Render every page, in the states that matter, to PNG files named by page.

Runs offscreen with demo data only: synthetic pictures drawn into a temporary
folder and a reference registry on loopback. The person's own settings,
outbox and files are never touched (config and data dirs point at a
temporary folder while it runs).
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, QRect, QSignalBlocker, QTimer, SignalInstance
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget, QWizardPage

from ..sandbox import temporary_settings

if TYPE_CHECKING:
    from .wizard import MainWizard, PageId

PageType = TypeVar("PageType", bound=QWizardPage)

WINDOW_SIZE = (860, 700)
WAIT_MS = 120_000


def draw_picture(path: Path, seed: int, width: int = 320, height: int = 240) -> Path:
    """A synthetic picture of coloured shapes (never real imagery)."""
    rng = random.Random(seed)  # noqa: S311 - shapes for a demo picture, not security
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    painter = QPainter(image)
    for _ in range(60):
        painter.fillRect(
            QRect(
                rng.randrange(width),
                rng.randrange(height),
                rng.randrange(8, 90),
                rng.randrange(8, 90),
            ),
            QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    painter.end()
    image.save(str(path))
    return path


def demo_files(folder: Path) -> list[Path]:
    files = [draw_picture(folder / f"holiday-{i + 1}.jpg", seed=i) for i in range(4)]
    plain = QImage(96, 96, QImage.Format.Format_RGB32)
    plain.fill(QColor(200, 200, 200))
    plain.save(str(folder / "plain-wall.png"))
    files.append(folder / "plain-wall.png")
    broken = folder / "damaged.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    files.append(broken)
    return files


def wait_for(signal: SignalInstance, start: Callable[[], object] | None = None) -> None:
    """Run the event loop until ``signal`` fires (or a generous timeout)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(WAIT_MS)
    if start is not None:
        start()
    loop.exec()
    with contextlib.suppress(RuntimeError):  # the sender may be gone already
        signal.disconnect(loop.quit)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> Path:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _page(window: MainWizard, page_id: PageId, kind: type[PageType]) -> PageType:
    page = window.pages[page_id]
    if not isinstance(page, kind):
        raise TypeError(f"page {page_id!r} is not a {kind.__name__}")
    return page


def render_all(out: Path, language: str = "en") -> list[Path]:
    """Render every page and dialog; returns the PNG files written."""
    from ..registry_server import start_in_thread
    from .app import build_main_window, create_application

    out.mkdir(parents=True, exist_ok=True)
    create_application(["takeitdown-client"])
    with temporary_settings("takeitdown-screenshots-", ignore_system_settings=True) as root:
        pictures = root / "pictures"
        pictures.mkdir()
        files = demo_files(pictures)
        server = start_in_thread()
        try:
            window = build_main_window(demo_url=server.url)
            # A few small demo pictures: hashing in this process beats starting workers.
            window.context.hash_jobs = 1
            try:
                return _render_pages(window, out, language, files)
            finally:
                window.close()
                window.deleteLater()
                settle()
        finally:
            server.stop()


def _render_pages(window: MainWizard, out: Path, language: str, files: list[Path]) -> list[Path]:
    shots: list[Path] = []
    window.context.set_language(language)
    window.resize(*WINDOW_SIZE)
    window.show()
    _render_start(window, out, files, shots)
    _render_hashing(window, out, files, shots)
    _render_sending(window, out, shots)
    _render_settings(window, out, shots)
    _render_case_check(window, out, shots)
    return shots


def _render_start(window: MainWizard, out: Path, files: list[Path], shots: list[Path]) -> None:
    from .pages.about import AboutPage
    from .pages.choose_files import ChooseFilesPage
    from .wizard import PageId

    shots.append(save(window, out, "01-welcome"))

    window.next()
    about = _page(window, PageId.ABOUT, AboutPage)
    about.minor.setChecked(True)
    about.myself.setChecked(True)
    shots.append(save(window, out, "02-about"))

    window.next()
    choose = _page(window, PageId.FILES, ChooseFilesPage)
    shots.append(save(window, out, "03-choose-files-empty"))
    wait_for(choose.scan_finished, lambda: choose.add_paths([str(p) for p in files]))
    first = choose.file_list.topLevelItem(0)
    if first is not None:
        choose.file_list.setCurrentItem(first)
    shots.append(save(window, out, "03-choose-files"))
    if choose.preview_button.isVisible():
        wait_for(choose.preview_finished, lambda: choose.preview_button.setChecked(True))
        shots.append(save(window, out, "03-choose-files-blurred-preview"))
        choose.preview_button.setChecked(False)


def _render_hashing(window: MainWizard, out: Path, files: list[Path], shots: list[Path]) -> None:
    from ..core.batch import BatchProgress
    from .pages.fingerprinting import FingerprintingPage
    from .wizard import PageId

    hashing = _page(window, PageId.FINGERPRINTING, FingerprintingPage)
    wait_for(hashing.run_finished, window.next)
    shots.append(save(window, out, "04-fingerprinting-done"))
    # The running state, shown with a made-up progress report.
    with QSignalBlocker(hashing):
        progress = BatchProgress(3, len(files), 3_000_000, 9_000_000, str(files[3]), 0.4, 0)
        hashing.show_example_progress(progress, seconds_in=90)
        shots.append(save(window, out, "04-fingerprinting-progress"))
        hashing.show_results()


def _render_sending(window: MainWizard, out: Path, shots: list[Path]) -> None:
    from ..core.settings import demo_profile
    from .pages.review import ReviewPage
    from .pages.send import SendPage
    from .wizard import PageId

    context = window.context
    window.next()
    review = _page(window, PageId.REVIEW, ReviewPage)
    shots.append(save(window, out, "05-review"))
    review.consent.setChecked(True)
    review.payload_view.verticalScrollBar().setValue(0)
    shots.append(save(window, out, "05-review-agreed"))

    # A registry that is down: the three choices. No retries, to keep it quick.
    from ..core.registry.http import HttpOptions

    real = context.demo
    context.demo = demo_profile("http://127.0.0.1:9")
    context.http_options = HttpOptions(retries=0)
    send = _page(window, PageId.SEND, SendPage)
    wait_for(send.send_finished, window.next)
    shots.append(save(window, out, "06-send-error"))
    context.demo = real
    context.http_options = None
    wait_for(send.send_finished, send.send)
    shots.append(save(window, out, "07-receipt"))


def _render_settings(window: MainWizard, out: Path, shots: list[Path]) -> None:
    from ..core.settings import DEMO_PROFILE_NAME
    from .settings_dialog import SettingsDialog

    context = window.context
    context.outbox().add(
        context.session.payload_bytes or b"{}", DEMO_PROFILE_NAME, "screenshot-demo-key-0001"
    )
    dialog = SettingsDialog(context, window)
    dialog.resize(680, 520)
    dialog.show()
    for index, name in enumerate(
        ("08-settings-registries", "09-settings-language", "10-settings-outbox")
    ):
        dialog.tabs.setCurrentIndex(index)
        shots.append(save(dialog, out, name))
    dialog.reject()
    dialog.deleteLater()


def _render_case_check(window: MainWizard, out: Path, shots: list[Path]) -> None:
    """Checking on the case just sent, typed in as from a paper receipt."""
    from .case_dialog import CaseDialog

    receipt = window.context.session.receipt
    if receipt is None:
        raise RuntimeError("the demo registry gave no receipt")
    dialog = CaseDialog(window.context, window)
    dialog.resize(600, 460)
    dialog.show()
    dialog.fill_in(receipt.case_id, receipt.token)
    wait_for(dialog.request_finished, dialog.check_status)
    settle()
    dialog.withdraw_button.click()
    shots.append(save(dialog, out, "11-check-case"))
    dialog.reject()
    dialog.deleteLater()
