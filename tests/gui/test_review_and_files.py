"""The Review page says what is sent in plain words first; Choose files stays steady."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt

from takeitdown_client.core.payload_parse import parse_payload
from takeitdown_client.gui.wizard import PageId

from ..conftest import DATA_DIR
from ..synthetic_screen_photos import make_screen_photo
from ..translation_files import lookup
from .conftest import Driver, make_corrupt_file

# A reference photo (tests/data), shown on a synthetic phone in a synthetic room.
BRIDGE = DATA_DIR / "pdq" / "images" / "bridge-mods" / "aaa-orig.jpg"


def _hash_count(item: dict[str, Any]) -> int:
    """Every hash an item sends, counted straight from the parsed payload."""
    count = sum(1 for key in ("md5", "sha256", "phash", "pdq") if key in item)
    count += len(item.get("pdq_dihedral", {}))
    count += len(item.get("vpdq", {}).get("frames", []))
    count += len(item.get("pdq_variants", []))  # reframes and inner pictures (issue 11)
    count += sum(len(v.get("frames", [])) for v in item.get("vpdq_variants", []))
    return count


def test_review_summary_comes_first_and_adds_up(driver: Driver, pictures: list[Path]) -> None:
    review = driver.to_review(pictures)
    payload = parse_payload(driver.wizard.context.session.payload_bytes)
    total = sum(_hash_count(item) for item in payload.items)
    assert review.summary.text() == (
        f"Fingerprints to send: {total} (pictures: 3, videos: 0). No names, no pictures."
    )
    first = review.table.item(0, 2).text()
    assert first.startswith(f"{_hash_count(payload.items[0])} fingerprints: the picture")
    assert "turned and mirrored" in first
    # The selected row's exact lines are lines of the payload itself.
    sent = {line.strip() for line in review.payload_view.toPlainText().splitlines()}
    details = [line.strip() for line in review.details.toPlainText().splitlines()]
    assert payload.items[0]["pdq"] in review.details.toPlainText()
    assert sum(1 for line in details if line in sent) >= _hash_count(payload.items[0])
    # The bytes are one click away, and the button says what it does.
    assert not review.payload_view.isVisible()
    assert "Show" in review.bytes_button.text().replace("&", "")
    review.bytes_button.click()
    assert review.payload_view.isVisible() and "Hide" in review.bytes_button.text().replace("&", "")


def test_a_video_row_shows_its_frame_fingerprints(
    driver: Driver, pictures: list[Path], shared_reference: Path
) -> None:
    video = shared_reference / "vpdq" / "videos" / "doorknob-hd-no-bar.mp4"
    review = driver.to_review([pictures[0], video])
    payload = parse_payload(driver.wizard.context.session.payload_bytes)
    item = next(i for i in payload.items if i["media"] == "video")
    # Every frame list the video sends: the main one and its reframed ones (issue 13).
    frames = len(item["vpdq"]["frames"]) + sum(
        len(variant["frames"]) for variant in item.get("vpdq_variants", [])
    )
    texts = [review.table.item(row, 2).text() for row in range(review.table.rowCount())]
    video_text = next(text for text in texts if "frame fingerprints" in text)
    assert video_text.startswith(f"{frames} frame fingerprints: frames of the video")
    if item.get("vpdq_variants"):
        assert "cropped" in video_text
    assert not any("SHA-256" in text for text in texts)
    assert "(pictures: 1, videos: 1)" in review.summary.text()


def test_a_photographed_screen_has_its_own_words(driver: Driver, tmp_path: Path) -> None:
    with Image.open(BRIDGE) as image:
        photo, _screen, _shown = make_screen_photo(image, "phone", False, seed=3)
    path = tmp_path / "phone.jpg"
    photo.save(path, quality=90)
    review = driver.to_review([path])
    sent = driver.wizard.context.session.payload_bytes
    assert sent is not None
    item = parse_payload(sent).items[0]
    labels = [variant["label"] for variant in item["pdq_variants"]]
    # Sent as the inner family's labels, as before: only the words on the page are new.
    screen = [label for label in labels if label.split(":")[:2] == ["inner", "screen"]]
    assert "inner:screen" in screen
    row = review.table.item(0, 2).text()
    assert row.startswith(f"{_hash_count(item)} fingerprints: the picture, turned and mirrored")
    assert "the picture on a photographed screen" in row
    details = review.details.toPlainText().splitlines()
    assert f"the picture on a photographed screen: {len(screen)}" in details
    # In Arabic (right to left) the same row says it in Arabic.
    driver.wizard.context.set_language("ar")
    QCoreApplication.processEvents()
    word = lookup("ar")[("ReviewWords", "the picture on a photographed screen")]
    assert word in review.table.item(0, 2).text()
    assert review.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_unticking_a_row_says_it_unticked_the_consent_box(
    driver: Driver, pictures: list[Path]
) -> None:
    review = driver.to_review(pictures)
    review.consent.setChecked(True)
    review.set_included(0, False)
    assert not review.consent.isChecked()
    assert review.consent_note.isVisible()
    assert "unticked" in review.consent_note.text()
    review.consent.setChecked(True)
    assert not review.consent_note.isVisible()


def test_choose_files_preview_button_and_list_width(
    qtbot: Any, driver: Driver, pictures: list[Path], tmp_path: Path
) -> None:
    context = driver.wizard.context
    from dataclasses import replace

    context.settings = replace(context.settings, blurred_previews=True)
    context.settings_changed.emit()
    driver.answer_about()
    unknown = tmp_path / "notes.txt"
    unknown.write_text("not a picture")
    driver.add_files([*pictures, unknown, make_corrupt_file(tmp_path / "bad.jpg")])
    files = driver.page(PageId.FILES)
    # 3 pictures, a corrupt JPEG (found out when fingerprinting) and a text file.
    assert files.count.text() == "Files chosen: 5 (pictures: 4, videos: 0, can't be used: 1)"
    width = files.file_list.width()
    assert "Show" in files.preview_button.text().replace("&", "")
    files.file_list.setCurrentItem(files.file_list.topLevelItem(0))
    files.preview_button.setChecked(True)
    qtbot.wait(50)
    assert "Hide" in files.preview_button.text().replace("&", "")
    files.file_list.setCurrentItem(files.file_list.topLevelItem(1))
    qtbot.wait(50)
    assert files.file_list.width() == width
    files.preview_button.setChecked(False)
    assert "Show" in files.preview_button.text().replace("&", "")
    assert files.file_list.width() == width
    files.file_list.clearSelection()
    qtbot.keyClick(files.file_list, Qt.Key.Key_Down)
    assert files.file_list.width() == width
