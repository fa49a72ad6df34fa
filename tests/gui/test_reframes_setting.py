"""The Settings switch for reframe variants, and what the Review page then shows."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image

from takeitdown_client.gui.context import AppContext
from takeitdown_client.gui.settings_dialog import SettingsDialog
from takeitdown_client.gui.wizard import MainWizard, PageId

from .conftest import SIGNAL_TIMEOUT, Driver

PHOTO = (
    Path(__file__).resolve().parents[1] / "data" / "pdq" / "images" / "bridge-mods" / "aaa-orig.jpg"
)


def copy_of_photo(folder: Path) -> Path:
    """The photo under a neutral name in the test's own folder."""
    photo = folder / "photo.jpg"
    with Image.open(PHOTO) as image:
        image.save(photo)
    return photo


def review_without_variants(driver: Driver, wizard: MainWizard, folder: Path) -> AppContext:
    """On the Review page with the photo hashed while the switch was off."""
    context = wizard.context
    context.update_settings(replace(context.settings, send_reframes=False))
    driver.to_review([copy_of_photo(folder)])
    return context


def test_switch_is_on_by_default_and_saves(qtbot: Any, wizard: MainWizard) -> None:
    dialog = SettingsDialog(wizard.context)
    qtbot.addWidget(dialog)
    assert dialog.reframes.isChecked()
    assert "edited copies" in dialog.reframes.text().replace("&", "")
    dialog.reframes.setChecked(False)
    assert dialog.result_settings().send_reframes is False


def test_review_sends_variants_only_when_switched_on(
    driver: Driver, wizard: MainWizard, tmp_path: Path
) -> None:
    review = driver.to_review([copy_of_photo(tmp_path)])
    item = json.loads(wizard.context.session.payload_bytes)["items"][0]
    assert item["pdq_variants"] and all(v["quality"] >= 50 for v in item["pdq_variants"])
    context = wizard.context
    context.update_settings(replace(context.settings, send_reframes=False))
    review.rebuild_payload()
    assert "pdq_variants" not in json.loads(context.session.payload_bytes)["items"][0]


def test_switched_off_no_variants_are_made_and_on_again_they_are(
    driver: Driver, wizard: MainWizard, tmp_path: Path
) -> None:
    context = review_without_variants(driver, wizard, tmp_path)
    fingerprint = context.session.results[0].fingerprint
    assert fingerprint is not None and fingerprint.pdq_variants == ()  # not even computed
    assert "pdq_variants" not in json.loads(context.session.payload_bytes)["items"][0]

    wizard.back()  # to Fingerprinting, and back to Choose files
    wizard.back()
    context.update_settings(replace(context.settings, send_reframes=True))
    assert driver.fingerprint() == "done"  # hashed again, now with the variants
    driver.next()
    assert wizard.currentId() == PageId.REVIEW
    fingerprint = context.session.results[0].fingerprint
    assert fingerprint is not None and fingerprint.pdq_variants
    assert json.loads(context.session.payload_bytes)["items"][0]["pdq_variants"]


def test_switched_on_while_on_review_hashes_again_before_anything_is_sent(
    driver: Driver, wizard: MainWizard, tmp_path: Path
) -> None:
    context = review_without_variants(driver, wizard, tmp_path)
    fingerprinting = driver.page(PageId.FINGERPRINTING)
    with driver.qtbot.waitSignal(fingerprinting.run_finished, timeout=SIGNAL_TIMEOUT) as blocker:
        # Settings opened from the Review page, the switch turned on and saved.
        context.update_settings(replace(context.settings, send_reframes=True))
        # Never left on Review with a payload that lacks the variants asked for.
        assert wizard.currentId() == PageId.FINGERPRINTING
        assert context.session.payload_bytes is None
    assert blocker.args[0] == "done"
    driver.next()
    assert wizard.currentId() == PageId.REVIEW
    assert json.loads(context.session.payload_bytes)["items"][0]["pdq_variants"]


def test_switched_off_while_on_review_the_payload_drops_the_variants_at_once(
    driver: Driver, wizard: MainWizard, tmp_path: Path
) -> None:
    review = driver.to_review([copy_of_photo(tmp_path)])
    review.consent.setChecked(True)
    context = wizard.context
    context.update_settings(replace(context.settings, send_reframes=False))
    assert wizard.currentId() == PageId.REVIEW
    assert "pdq_variants" not in json.loads(context.session.payload_bytes)["items"][0]
    assert review.payload_view.toPlainText() == context.session.payload_bytes.decode()
    assert not review.consent.isChecked()  # the agreement was for the longer list
