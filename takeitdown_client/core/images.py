"""Decode a picture and compute its fingerprint.

The convention is the reference one (python-threatexchange, HMA): Pillow opens
the file, first frame only, ``convert("RGB")`` (alpha dropped, not composited),
full resolution, no EXIF transpose, no pre-resize.
"""

from __future__ import annotations

import warnings
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, UnidentifiedImageError

from . import pdq
from .digest import file_digests
from .errors import ErrorCode, MediaError, media_error
from .fingerprints import ImageFingerprint
from .pdq_ragged import reused_work_arrays
from .phash import phash as perceptual_hash
from .reframe_select import reframe_variants
from .reframes import MIN_VARIANT_QUALITY, PdqVariant, reframe_sources
from .sniff import MediaKind, Sniffed

# Decoders we accept. Restricting Image.open keeps rarely used, rarely
# audited decoders away from untrusted files.
SUPPORTED_FORMATS = ("JPEG", "MPO", "PNG", "GIF", "WEBP", "BMP", "DIB", "TIFF", "HEIF", "AVIF")

EXIF_ORIENTATION_TAG = 0x0112

ProgressCallback = Callable[[float], None]

_registered = False


def _register_extra_formats() -> None:
    """Teach Pillow HEIC/HEIF, the format of iPhone photos."""
    global _registered  # noqa: PLW0603 - one-time plugin registration
    if _registered:
        return
    # pi-heif is pillow-heif's decode-only build, from the same project: it
    # leaves out the x265 encoder (GPL, 22 MiB of the bundle), which we never use.
    try:
        import pi_heif
    except ImportError:  # pragma: no cover - pi-heif is a runtime dependency
        pass
    else:
        pi_heif.register_heif_opener()
    Image.init()
    _registered = True


def _available_formats() -> tuple[str, ...]:
    return tuple(name for name in SUPPORTED_FORMATS if name in Image.OPEN)


def _open_first_frame(path: Path, sniffed: Sniffed, max_pixels: int) -> Image.Image:
    """Open and fully decode frame 0, mapping every failure to a MediaError."""
    _register_extra_formats()
    # Our own pixel limit replaces Pillow's global one, so it is configurable.
    Image.MAX_IMAGE_PIXELS = None
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        image = Image.open(path, formats=_available_formats())
    except UnidentifiedImageError as error:
        if sniffed.kind is MediaKind.IMAGE:
            raise media_error(ErrorCode.CORRUPT) from error
        raise media_error(ErrorCode.NOT_MEDIA) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise _decode_error(error) from error
    width, height = image.size
    if width * height > max_pixels:
        image.close()
        raise media_error(ErrorCode.TOO_LARGE)
    try:
        image.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image.load()
    except (OSError, SyntaxError, ValueError, EOFError, zlib.error) as error:
        image.close()
        raise _decode_error(error) from error
    except MemoryError as error:
        image.close()
        raise media_error(ErrorCode.TOO_LARGE) from error
    return image


def _decode_error(error: BaseException) -> MediaError:
    text = str(error).lower()
    if isinstance(error, EOFError) or "truncated" in text or "premature end" in text:
        return media_error(ErrorCode.TRUNCATED)
    if isinstance(error, PermissionError):
        return media_error(ErrorCode.UNREADABLE)
    return media_error(ErrorCode.CORRUPT)


def exif_orientation(image: Image.Image) -> int | None:
    """The EXIF orientation (2-8) when it asks for a transform, else None."""
    try:
        value = image.getexif().get(EXIF_ORIENTATION_TAG)
    except Exception:  # noqa: BLE001 - broken EXIF must not fail the picture
        return None
    return value if isinstance(value, int) and value in pdq.EXIF_ORIENTATION_TO_DIHEDRAL else None


def fingerprint_image(
    path: Path,
    sniffed: Sniffed,
    max_pixels: int,
    progress: ProgressCallback | None = None,
    cancel: Callable[[], None] | None = None,
    reframes: bool = True,
) -> ImageFingerprint:
    """MD5, SHA-256, PDQ with quality, dihedral and reframe variants, and pHash of one picture."""
    report = progress or (lambda _fraction: None)
    md5, sha256 = file_digests(path, cancel)
    report(0.1)
    image = _open_first_frame(path, sniffed, max_pixels)
    try:
        orientation = exif_orientation(image)
        exif_name = pdq.EXIF_ORIENTATION_TO_DIHEDRAL.get(orientation) if orientation else None
        rgb = image if image.mode == "RGB" else image.convert("RGB")
        phash = perceptual_hash(rgb)
        # Re-posted copies are reframed as people see the picture: EXIF orientation applied.
        sources = reframe_sources(rgb, exif_name or "original") if reframes else None
        pixels = np.asarray(rgb, dtype=np.uint8)
        del rgb
    except MemoryError as error:
        raise media_error(ErrorCode.TOO_LARGE) from error
    finally:
        image.close()
    report(0.3)
    if cancel:
        cancel()
    luma = pdq.luma_from_rgb(pixels)
    del pixels
    report(0.4)
    try:
        variants = pdq.pdq_dihedral_from_luma(luma, cancel)
    except MemoryError as error:
        raise media_error(ErrorCode.TOO_LARGE) from error
    original = variants["original"]
    extra: tuple[PdqVariant, ...] = ()
    if sources is not None and original.quality >= MIN_VARIANT_QUALITY:
        report(0.9)
        submitted = [value.hex for value in variants.values()]
        with reused_work_arrays():  # the rounds of one picture's variants share them
            extra = tuple(reframe_variants(sources, submitted, cancel))
    report(1.0)
    return ImageFingerprint(
        md5=md5,
        sha256=sha256,
        pdq=original.hex,
        pdq_quality=original.quality,
        pdq_dihedral={name: value.hex for name, value in variants.items()},
        phash=phash,
        pdq_exif_oriented=variants[exif_name].hex if exif_name else None,
        pdq_variants=extra,
    )
