"""The Review page's words for what is sent: per item, per family, for the whole payload.

The counting is in ``core.payload_summary``; here it becomes plain language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.payload_summary import (
    DIHEDRAL,
    FILE,
    FRAMES,
    PICTURE,
    SCREEN,
    ItemSummary,
    PayloadSummary,
)
from .text import fmt


def family_word(family: str) -> str:
    words = {
        PICTURE: QCoreApplication.translate("ReviewWords", "the picture"),
        DIHEDRAL: QCoreApplication.translate("ReviewWords", "turned and mirrored"),
        "crop": QCoreApplication.translate("ReviewWords", "cropped"),
        "pad": QCoreApplication.translate("ReviewWords", "with bars"),
        "fill": QCoreApplication.translate("ReviewWords", "on a blurred background"),
        "caption": QCoreApplication.translate("ReviewWords", "with a caption"),
        "trim": QCoreApplication.translate("ReviewWords", "trimmed"),
        "inner": QCoreApplication.translate("ReviewWords", "the picture inside a screenshot"),
        SCREEN: QCoreApplication.translate("ReviewWords", "the picture on a photographed screen"),
        FILE: QCoreApplication.translate("ReviewWords", "the video file"),
        FRAMES: QCoreApplication.translate("ReviewWords", "frames of the video"),
    }
    return words.get(family, QCoreApplication.translate("ReviewWords", "another version"))


# A plain list ("the picture, turned and mirrored, cropped"): the locale's "and" would
# read as "the picture and turned and mirrored".
_LIST_SEPARATORS = {"ar": "، ", "fa": "، ", "ur": "، ", "ja": "、", "zh": "、"}


def word_list(words: list[str]) -> str:
    language = QLocale().name().split("_")[0]
    return _LIST_SEPARATORS.get(language, ", ").join(words)


def item_text(summary: ItemSummary) -> str:
    """Like "11 fingerprints: the picture, turned and mirrored", or for a video
    "24 frame fingerprints: frames of the video, cropped"."""
    if summary.media == "video":
        frame_words = [family_word(family) for family in summary.families if family != FILE]
        return fmt(
            QCoreApplication.translate("ReviewWords", "%1 frame fingerprints: %2"),
            summary.frame_count(),
            word_list(frame_words),
        )
    words = [family_word(family) for family in summary.families]
    return fmt(
        QCoreApplication.translate("ReviewWords", "%1 fingerprints: %2"),
        summary.count,
        word_list(words),
    )


def details_text(summary: ItemSummary) -> str:
    """Every group with its count, then the exact lines that will be sent for it."""
    parts: list[str] = []
    for group in summary.groups:
        parts.append(
            fmt(
                QCoreApplication.translate("ReviewWords", "%1: %2"),
                family_word(group.family),
                group.count,
            )
        )
        parts.extend("    " + line for line in group.lines)
    return "\n".join(parts)


def payload_text(summary: PayloadSummary) -> str:
    """The whole payload in one sentence, before any list or byte."""
    return fmt(
        QCoreApplication.translate(
            "ReviewWords",
            "Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.",
        ),
        summary.fingerprints,
        summary.pictures,
        summary.videos,
    )
