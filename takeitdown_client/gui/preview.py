"""Blurred previews, made in memory only and only when someone asks.

The picture is decoded at a tiny size and scaled back up, which blurs it
beyond recognition of detail while still letting a person tell two pictures
apart. Nothing is cached: no QPixmapCache, no thumbnail files.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

TINY_EDGE = 12
PREVIEW_EDGE = 200


def blurred_image(path: str, edge: int = PREVIEW_EDGE) -> QImage | None:
    """A heavily blurred QImage (safe to build off the GUI thread), or None."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        # Decode small straight away (JPEG can skip most of the work).
        reader.setScaledSize(size.scaled(QSize(64, 64), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    tiny = image.scaled(
        TINY_EDGE,
        TINY_EDGE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    middle = tiny.scaled(
        edge // 4,
        edge // 4,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return middle.scaled(
        edge, edge, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
