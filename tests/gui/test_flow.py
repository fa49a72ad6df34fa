"""The whole wizard against the reference registry on loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from takeitdown_client.gui.wizard import PageId
from takeitdown_client.registry_server import RunningServer

from .conftest import Driver


def test_welcome_to_receipt_sends_exactly_the_bytes_shown(
    driver: Driver, pictures: list[Path], registry: RunningServer
) -> None:
    review = driver.to_review(pictures)
    shown = review.payload_view.toPlainText().encode("ascii")
    assert review.byte_count.text() == f"Size: {len(shown):,} bytes".replace(",", ",")
    review.consent.setChecked(True)
    assert driver.send() == "sent"
    assert driver.wizard.currentId() == PageId.RECEIPT
    receipt = driver.wizard.context.session.receipt
    stored = registry.store.raw_body(receipt.case_id)
    assert stored == shown
    receipt_page: Any = driver.page(PageId.RECEIPT)
    assert receipt_page.view.case_id.text() == receipt.case_id
    assert receipt_page.view.token.text() == receipt.token
