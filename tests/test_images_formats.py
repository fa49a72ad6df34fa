"""Every supported container decodes to the same pixels and therefore the same PDQ."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from takeitdown_client.core.fingerprints import ImageFingerprint
from takeitdown_client.core.hashing import hash_file
from takeitdown_client.core.sniff import MediaKind, sniff_file

from .conftest import DATA_DIR


def _synthetic(width: int = 96, height: int = 72) -> Image.Image:
    """A smooth synthetic picture with structure (not a photo of anyone)."""
    y, x = np.mgrid[0:height, 0:width]
    red = (x * 255 // width).astype(np.uint8)
    green = (y * 255 // height).astype(np.uint8)
    blue = (((x // 12 + y // 12) % 2) * 200).astype(np.uint8)
    return Image.fromarray(np.dstack([red, green, blue]), "RGB")


def _image(path: Path) -> ImageFingerprint:
    fingerprint = hash_file(path)
    assert isinstance(fingerprint, ImageFingerprint)
    return fingerprint


@pytest.mark.parametrize(
    ("fmt", "options"),
    [("BMP", {}), ("TIFF", {}), ("WEBP", {"lossless": True}), ("PNG", {})],
)
def test_lossless_formats_give_the_png_hash(tmp_path: Path, fmt: str, options: dict) -> None:
    picture = _synthetic()
    reference = tmp_path / "reference.png"
    picture.save(reference)
    copy = tmp_path / "copy.bin"  # no telling extension: detection is by content
    picture.save(copy, format=fmt, **options)
    assert sniff_file(copy).kind is MediaKind.IMAGE
    assert _image(copy).pdq_dihedral == _image(reference).pdq_dihedral


def test_animated_gif_uses_the_first_frame(tmp_path: Path) -> None:
    first = _synthetic().quantize(64)
    second = _synthetic().transpose(Image.Transpose.ROTATE_180).quantize(64)
    animated = tmp_path / "anim.gif"
    first.save(animated, save_all=True, append_images=[second], duration=100, loop=0)
    still = tmp_path / "still.png"
    Image.open(animated).convert("RGB").save(still)
    assert _image(animated).pdq == _image(still).pdq


def test_heic_from_a_phone() -> None:
    # Made from _synthetic(128, 96) by pillow-heif at quality 90 (tests/data/README.md):
    # the app itself only decodes HEIC.
    photo = DATA_DIR / "heic" / "synthetic-128x96.heic"
    assert sniff_file(photo).format == "HEIF"
    fingerprint = _image(photo)
    decoded = np.asarray(Image.open(photo).convert("RGB"), dtype=np.int16)
    original = np.asarray(_synthetic(128, 96), dtype=np.int16)
    assert decoded.shape == original.shape
    # Lossy, so close to the source rather than equal to it.
    assert np.abs(decoded - original).mean() < 4
    assert len(fingerprint.pdq) == 64


def test_avif(tmp_path: Path) -> None:
    from PIL import features

    if not features.check("avif"):
        pytest.skip("this Pillow has no AVIF support")
    photo = tmp_path / "photo.avif"
    _synthetic(128, 96).save(photo, format="AVIF", quality=90)
    assert sniff_file(photo).format == "AVIF"
    assert len(_image(photo).pdq) == 64


def test_exif_orientation_gives_the_oriented_variant(tmp_path: Path) -> None:
    photo = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    _synthetic(120, 80).save(photo, exif=exif, quality=95)
    fingerprint = _image(photo)
    assert fingerprint.pdq_exif_oriented == fingerprint.pdq_dihedral["rotate270"]
    plain = tmp_path / "plain.jpg"
    exif[0x0112] = 1
    _synthetic(120, 80).save(plain, exif=exif, quality=95)
    assert _image(plain).pdq_exif_oriented is None
