"""The screenshots command renders every page without an exception."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from takeitdown_client.gui.screenshots import render_all

EXPECTED = {
    "01-welcome",
    "02-about",
    "03-choose-files",
    "04-fingerprinting-done",
    "05-review",
    "06-send-error",
    "07-receipt",
    "08-settings-registries",
    "10-settings-outbox",
    "11-check-case",
}


def test_screenshots_render_every_page(qapp: object, tmp_path: Path) -> None:
    shots = render_all(tmp_path / "en", "en")
    names = {shot.stem for shot in shots}
    assert names >= EXPECTED
    for shot in shots:
        image = QImage(str(shot))
        assert not image.isNull() and image.width() > 300, shot


def test_screenshots_in_arabic(qapp: object, tmp_path: Path) -> None:
    shots = render_all(tmp_path / "ar", "ar")
    assert {shot.stem for shot in shots} >= EXPECTED
