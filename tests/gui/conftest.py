"""GUI test harness: offscreen Qt, an isolated config/data dir (root conftest),
a reference registry on loopback, synthetic pictures, and a wizard driver."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from takeitdown_client.gui.app import build_main_window, create_application
from takeitdown_client.gui.wizard import MainWizard, PageId
from takeitdown_client.registry_server import RunningServer, start_in_thread

SIGNAL_TIMEOUT = 60_000


def make_picture(path: Path, seed: int, size: tuple[int, int] = (160, 120)) -> Path:
    """A synthetic, detailed picture (shapes and noise): never real imagery."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x0, y0 = rng.randrange(size[0]), rng.randrange(size[1])
        x1, y1 = x0 + rng.randrange(10, 80), y0 + rng.randrange(10, 80)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        if rng.random() < 0.5:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
        else:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
    image.save(path)
    return path


def make_plain_picture(path: Path) -> Path:
    Image.new("RGB", (64, 64), (120, 120, 120)).save(path)
    return path


def make_corrupt_file(path: Path) -> Path:
    # A JPEG signature followed by garbage: recognised as a picture, unreadable.
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    return path


@pytest.fixture
def pictures(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "pictures"
    folder.mkdir()
    return [make_picture(folder / f"picture-{i}.png", seed=i) for i in range(3)]


@pytest.fixture
def registry() -> Iterator[RunningServer]:
    server = start_in_thread()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def wizard(qtbot: Any, registry: RunningServer) -> Iterator[MainWizard]:
    create_application(["takeitdown-client-tests"])
    window = build_main_window(demo_url=registry.url)
    window.context.hash_jobs = 1  # keep the tests light on a shared 2-core machine
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


class Driver:
    """Walks the wizard the way a person would, waiting on signals, never sleeping."""

    def __init__(self, qtbot: Any, wizard: MainWizard) -> None:
        self.qtbot = qtbot
        self.wizard = wizard

    def page(self, page_id: PageId) -> Any:
        return self.wizard.pages[page_id]

    def next(self) -> None:
        self.wizard.next()

    def answer_about(self, category: str = "minor", submitter: str = "self") -> None:
        assert self.wizard.currentId() == PageId.WELCOME
        self.next()
        about = self.page(PageId.ABOUT)
        (about.minor if category == "minor" else about.adult).setChecked(True)
        {"self": about.myself, "trusted_adult": about.trusted_adult, "counselor": about.counselor}[
            submitter
        ].setChecked(True)
        assert about.isComplete()
        self.next()

    def add_files(self, paths: list[Path]) -> None:
        files = self.page(PageId.FILES)
        with self.qtbot.waitSignal(files.scan_finished, timeout=SIGNAL_TIMEOUT):
            files.add_paths([str(p) for p in paths])

    def fingerprint(self) -> str:
        page = self.page(PageId.FINGERPRINTING)
        with self.qtbot.waitSignal(page.run_finished, timeout=SIGNAL_TIMEOUT) as blocker:
            self.next()
        return str(blocker.args[0])

    def to_review(self, paths: list[Path], **about: str) -> Any:
        self.answer_about(**about)
        self.add_files(paths)
        assert self.fingerprint() == "done"
        self.next()
        assert self.wizard.currentId() == PageId.REVIEW
        return self.page(PageId.REVIEW)

    def send(self) -> str:
        page = self.page(PageId.SEND)
        with self.qtbot.waitSignal(page.send_finished, timeout=SIGNAL_TIMEOUT) as blocker:
            self.next()
        return str(blocker.args[0])


@pytest.fixture
def driver(qtbot: Any, wizard: MainWizard) -> Driver:
    return Driver(qtbot, wizard)


def tree_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its content (empty if the folder is missing)."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def answer_start_over(wizard: MainWizard, start_over: bool = True) -> None:
    """Click Start over and answer its question (a modal box) as soon as it is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def answer() -> None:
        box = wizard.start_over_box
        if box is None or not box.isVisible():
            QTimer.singleShot(10, answer)  # not open yet
            return
        wanted = (
            QMessageBox.ButtonRole.DestructiveRole
            if start_over
            else QMessageBox.ButtonRole.RejectRole
        )
        [button] = [b for b in box.buttons() if box.buttonRole(b) == wanted]
        button.click()

    QTimer.singleShot(0, answer)
    wizard.button(wizard.WizardButton.CustomButton2).click()
