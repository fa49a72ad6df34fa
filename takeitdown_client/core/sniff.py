"""Recognise pictures and videos by their first bytes, never by the file name."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

HEADER_BYTES = 64


class MediaKind(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    UNSUPPORTED = "unsupported"  # recognised, but a format we do not decode
    UNKNOWN = "unknown"  # not a picture or video we recognise


@dataclass(frozen=True)
class Sniffed:
    kind: MediaKind
    format: str


# ISO base media brands that mean a still image (HEIF family and AVIF).
_IMAGE_BRANDS = {
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs",
    b"mif1", b"msf1", b"avif", b"avis", b"mif2", b"miaf",
}  # fmt: skip

_SIMPLE_SIGNATURES: tuple[tuple[bytes, MediaKind, str], ...] = (
    (b"\xff\xd8\xff", MediaKind.IMAGE, "JPEG"),
    (b"\x89PNG\r\n\x1a\n", MediaKind.IMAGE, "PNG"),
    (b"GIF87a", MediaKind.IMAGE, "GIF"),
    (b"GIF89a", MediaKind.IMAGE, "GIF"),
    (b"BM", MediaKind.IMAGE, "BMP"),
    (b"II*\x00", MediaKind.IMAGE, "TIFF"),
    (b"MM\x00*", MediaKind.IMAGE, "TIFF"),
    (b"II+\x00", MediaKind.IMAGE, "TIFF"),
    (b"MM\x00+", MediaKind.IMAGE, "TIFF"),
    (b"\x1aE\xdf\xa3", MediaKind.VIDEO, "Matroska"),
    (b"FLV\x01", MediaKind.VIDEO, "FLV"),
    (b"\x00\x00\x01\xba", MediaKind.VIDEO, "MPEG-PS"),
    (b"\x00\x00\x01\xb3", MediaKind.VIDEO, "MPEG"),
    (b"0&\xb2u\x8ef\xcf\x11", MediaKind.VIDEO, "ASF"),
    (b"\xff\x0a", MediaKind.UNSUPPORTED, "JPEG XL"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", MediaKind.UNSUPPORTED, "JPEG XL"),
    (b"8BPS", MediaKind.UNSUPPORTED, "Photoshop"),
    (b"%PDF", MediaKind.UNSUPPORTED, "PDF"),
    (b"\x00\x00\x01\x00", MediaKind.UNSUPPORTED, "ICO"),
    (b"FUJIFILMCCD-RAW", MediaKind.UNSUPPORTED, "RAW"),
)


def sniff_bytes(header: bytes) -> Sniffed:
    """Classify a file from its first bytes (HEADER_BYTES is enough)."""
    for signature, kind, name in _SIMPLE_SIGNATURES:
        if header.startswith(signature):
            return Sniffed(kind, name)
    if header[:4] == b"RIFF" and len(header) >= 12:
        form = header[8:12]
        if form == b"WEBP":
            return Sniffed(MediaKind.IMAGE, "WEBP")
        if form in (b"AVI ", b"AVIX"):
            return Sniffed(MediaKind.VIDEO, "AVI")
    if header[4:8] == b"ftyp":
        return _sniff_iso_media(header)
    if header[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"):
        return Sniffed(MediaKind.VIDEO, "QuickTime")
    if len(header) > 188 and header[0] == 0x47 and header[188] == 0x47:
        return Sniffed(MediaKind.VIDEO, "MPEG-TS")
    if header.lstrip().lower().startswith((b"<svg", b"<?xml")) and b"<svg" in header.lower():
        return Sniffed(MediaKind.UNSUPPORTED, "SVG")
    return Sniffed(MediaKind.UNKNOWN, "")


def _sniff_iso_media(header: bytes) -> Sniffed:
    major = header[8:12]
    box_size = int.from_bytes(header[:4], "big")
    compatible = [header[i : i + 4] for i in range(16, min(box_size, len(header)) - 3, 4)]
    if major in _IMAGE_BRANDS:
        return Sniffed(MediaKind.IMAGE, "AVIF" if major in (b"avif", b"avis") else "HEIF")
    if major == b"crx ":
        return Sniffed(MediaKind.UNSUPPORTED, "RAW")
    if major in (b"jxl ",):
        return Sniffed(MediaKind.UNSUPPORTED, "JPEG XL")
    # A video brand wins over image brands listed as compatible.
    if major.strip() and major not in (b"mif1", b"msf1") and not _only_image_brands(compatible):
        return Sniffed(MediaKind.VIDEO, "MP4")
    if any(brand in (b"avif", b"avis") for brand in compatible):
        return Sniffed(MediaKind.IMAGE, "AVIF")
    return Sniffed(MediaKind.IMAGE, "HEIF")


def _only_image_brands(compatible: list[bytes]) -> bool:
    return bool(compatible) and all(brand in _IMAGE_BRANDS for brand in compatible)


def sniff_file(path: Path) -> Sniffed:
    """Classify a file by content. Raises OSError if it cannot be read."""
    with path.open("rb") as handle:
        return sniff_bytes(handle.read(HEADER_BYTES * 4))
