"""Render the app icon from resources/icons/takeitdown-client.svg.

Writes PNGs at every size desktops ask for, a Windows .ico and a macOS .icns
next to the SVG. Run it after changing the SVG and commit the results; the
build never renders icons itself, so builds do not depend on an SVG renderer.

    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "takeitdown-client.svg"
NAME = "takeitdown-client"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    images: dict[int, Image.Image] = {}
    for size in PNG_SIZES:
        image = Image.open(io.BytesIO(render_png(size))).convert("RGBA")
        image.load()
        images[size] = image
        # No metadata chunks: the same SVG always gives the same bytes.
        image.save(ICONS / f"{NAME}-{size}.png", optimize=True)
    largest = images[max(PNG_SIZES)]
    largest.save(
        ICONS / f"{NAME}.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES],
    )
    largest.save(ICONS / f"{NAME}.icns", append_images=[images[s] for s in ICNS_SIZES])
    print(f"wrote {len(PNG_SIZES)} PNGs, {NAME}.ico and {NAME}.icns in {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
