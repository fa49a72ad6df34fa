"""What the Review page and the receipt must say about an HMA list (bank).

HMA takes a picture only by its PDQ, so a picture too plain for one sends
nothing there; a video may be listed by its exact fingerprint only when that
HMA has no vpdq; and new entries are matchable after HMA's next index refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..core.payload import SubmissionPayload
from ..core.receipts import Receipt
from ..core.settings import RegistryProfile

HMA_KIND = "hma"


class HmaNotes(QObject):
    """The texts (a QObject for ``tr``: lupdate sees plural counts only through it)."""

    def review_note(self, plain_pictures: int) -> str:
        return self.tr(
            "This registry takes pictures only by their visual fingerprint. "
            "Nothing will be sent for %n picture(s) too plain to have one.",
            "",
            plain_pictures,
        )

    def receipt_notes(self, receipt: Receipt) -> list[str]:
        notes = []
        if receipt.not_sent:
            notes.append(
                self.tr(
                    "Nothing was sent for %n picture(s): too plain for a visual fingerprint.",
                    "",
                    receipt.not_sent,
                )
            )
        if receipt.exact_only:
            notes.append(
                self.tr(
                    "%n video(s) listed by exact fingerprint only: "
                    "re-encoded copies will not match.",
                    "",
                    receipt.exact_only,
                )
            )
        notes.append(self.tr("Platforms using this list can match it within a few minutes."))
        notes.append(
            self.tr(
                "Save the receipt file: checking or withdrawing needs it, "
                "because its list entries can't be typed in."
            )
        )
        return notes


def review_note(profile: RegistryProfile | None, payload: SubmissionPayload | None) -> str:
    """Before sending: the pictures an HMA list gets nothing for ("" when there are none)."""
    if profile is None or profile.kind != HMA_KIND or payload is None:
        return ""
    if not payload.low_quality_count:
        return ""
    return HmaNotes().review_note(payload.low_quality_count)


def receipt_notes(receipt: Receipt | None) -> list[str]:
    """After sending to an HMA list: what was left out, what matches exactly only, and when."""
    if receipt is None or receipt.kind != HMA_KIND:
        return []
    return HmaNotes().receipt_notes(receipt)
