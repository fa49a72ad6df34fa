"""Just enough of the MP4/MOV/3GP, Matroska/WebM and AVI layouts to explain a failure.

When the decoder cannot open a file or runs out of frames early, a person
deserves to know why: is it sound only, or did the download stop half-way?
This module reads container headers (never frame data) to answer two
questions: does the file declare a video track, and do its declared sizes run
past the end of the file? Reads are bounded, so a huge file costs a few
small reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

# Header structures (moov, Tracks, hdrl) bigger than this are not read.
MAX_HEADER_BYTES = 32 << 20
# Top-level elements visited at most: a damaged file of tiny boxes must not keep us busy.
MAX_TOP_LEVEL_ELEMENTS = 100_000

_ISO_TOP_LEVEL = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot", b"uuid"}
_EBML_HEADER = 0x1A45DFA3
_EBML_SEGMENT = 0x18538067
_EBML_TRACKS = 0x1654AE6B
_EBML_TRACK_ENTRY = 0xAE
_EBML_TRACK_TYPE = 0x83
_EBML_CLUSTER = 0x1F43B675
_EBML_TRACK_TYPE_VIDEO = 1


@dataclass(frozen=True)
class ContainerFacts:
    # True/False when the container lists its tracks; None when we cannot tell.
    has_video: bool | None = None
    # The container declares more bytes than the file holds.
    truncated: bool = False


def probe_container(path: Path) -> ContainerFacts:
    """What the container headers say; ContainerFacts() when unknown or unreadable."""
    try:
        with path.open("rb") as handle:
            size = path.stat().st_size
            head = handle.read(16)
            if head[4:8] in _ISO_TOP_LEVEL:
                return _probe_iso(handle, size)
            if head.startswith(b"\x1a\x45\xdf\xa3"):
                return _probe_matroska(handle, size)
            if head[:4] == b"RIFF" and head[8:12] in (b"AVI ", b"AVIX"):
                return _probe_avi(handle, size)
    except (OSError, ValueError):
        pass
    return ContainerFacts()


# --- ISO base media (MP4, MOV, 3GP, M4A) -------------------------------------


def _iso_boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, box end) for each box in data[start:end]."""
    pos = start
    while pos + 8 <= end:
        size, header = int.from_bytes(data[pos : pos + 4], "big"), 8
        if size == 1:
            if pos + 16 > end:
                return
            size, header = int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
        elif size == 0:
            size = end - pos
        if size < header:
            return
        yield data[pos + 4 : pos + 8], pos + header, pos + size
        pos += size


def _probe_iso(handle: BinaryIO, file_size: int) -> ContainerFacts:
    truncated = False
    handlers: set[bytes] | None = None
    pos = 0
    for _ in range(MAX_TOP_LEVEL_ELEMENTS):
        if pos + 8 > file_size:
            break
        handle.seek(pos)
        head = handle.read(16)
        size, header = int.from_bytes(head[:4], "big"), 8
        if size == 1:
            size, header = int.from_bytes(head[8:16], "big"), 16
        elif size == 0:
            size = file_size - pos
        if size < header:
            break
        if pos + size > file_size:
            truncated = True
        if head[4:8] == b"moov" and handlers is None and size <= MAX_HEADER_BYTES:
            handle.seek(pos)
            handlers = _iso_handlers(handle.read(size), header)
        pos += size
    has_video = None if handlers is None else b"vide" in handlers
    return ContainerFacts(has_video, truncated)


def _iso_handlers(moov: bytes, payload: int) -> set[bytes]:
    """Handler types of the tracks in a moov box ('vide', 'soun', ...)."""
    handlers: set[bytes] = set()
    end = len(moov)
    for kind, trak_start, trak_end in _iso_boxes(moov, payload, end):
        if kind != b"trak":
            continue
        for kind2, mdia_start, mdia_end in _iso_boxes(moov, trak_start, min(trak_end, end)):
            if kind2 != b"mdia":
                continue
            for kind3, hdlr_start, _ in _iso_boxes(moov, mdia_start, min(mdia_end, end)):
                if kind3 == b"hdlr":
                    # version and flags (4 bytes), pre_defined (4), handler_type (4)
                    handlers.add(moov[hdlr_start + 8 : hdlr_start + 12])
    return handlers


# --- Matroska and WebM --------------------------------------------------------


def _ebml_vint(data: bytes, pos: int, keep_marker: bool) -> tuple[int | None, int]:
    """(value, length) of an EBML variable-length integer; value None means unknown size."""
    if pos >= len(data):
        raise ValueError("EBML integer past the end")
    first = data[pos]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8 or pos + length > len(data):
        raise ValueError("bad EBML integer")
    value = int.from_bytes(data[pos : pos + length], "big")
    if keep_marker:
        return value, length
    value &= (1 << (7 * length)) - 1
    if value == (1 << (7 * length)) - 1:
        return None, length
    return value, length


def _ebml_element(data: bytes, pos: int) -> tuple[int, int | None, int]:
    """(id, size or None, payload start) of the element at ``pos``."""
    element_id, id_length = _ebml_vint(data, pos, keep_marker=True)
    size, size_length = _ebml_vint(data, pos + id_length, keep_marker=False)
    return element_id or 0, size, pos + id_length + size_length


def _probe_matroska(handle: BinaryIO, file_size: int) -> ContainerFacts:
    def header_at(pos: int) -> tuple[int, int | None, int]:
        """(id, size, absolute payload start) of the element at ``pos``."""
        handle.seek(pos)
        element_id, size, payload = _ebml_element(handle.read(16), 0)
        return element_id, size, pos + payload

    element_id, size, payload = header_at(0)
    if element_id != _EBML_HEADER or size is None:
        return ContainerFacts()
    element_id, segment_size, pos = header_at(payload + size)
    if element_id != _EBML_SEGMENT:
        return ContainerFacts()
    truncated = segment_size is not None and pos + segment_size > file_size
    end = file_size if segment_size is None else min(file_size, pos + segment_size)
    try:
        for _ in range(MAX_TOP_LEVEL_ELEMENTS):
            if pos >= end:
                break
            element_id, size, payload = header_at(pos)
            if element_id == _EBML_CLUSTER or size is None:
                break
            if element_id == _EBML_TRACKS and size <= MAX_HEADER_BYTES:
                handle.seek(payload)
                return ContainerFacts(_matroska_has_video(handle.read(size)), truncated)
            pos = payload + size
    except ValueError:
        pass
    return ContainerFacts(None, truncated)


def _matroska_has_video(tracks: bytes) -> bool:
    pos = 0
    while pos < len(tracks):
        element_id, size, payload = _ebml_element(tracks, pos)
        if size is None:
            return False
        if element_id == _EBML_TRACK_ENTRY:
            inner = payload
            while inner < payload + size:
                child_id, child_size, child_payload = _ebml_element(tracks, inner)
                if child_size is None:
                    break
                if child_id == _EBML_TRACK_TYPE:
                    value = int.from_bytes(
                        tracks[child_payload : child_payload + child_size], "big"
                    )
                    if value == _EBML_TRACK_TYPE_VIDEO:
                        return True
                inner = child_payload + child_size
        pos = payload + size
    return False


# --- AVI ------------------------------------------------------------------------


def _riff_chunks(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(fourcc, payload start, payload end) of RIFF chunks; sizes are padded to even."""
    pos = start
    while pos + 8 <= end:
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        yield data[pos : pos + 4], pos + 8, min(end, pos + 8 + size)
        pos += 8 + size + (size & 1)


def _probe_avi(handle: BinaryIO, file_size: int) -> ContainerFacts:
    handle.seek(0)
    head = handle.read(12)
    truncated = 8 + int.from_bytes(head[4:8], "little") > file_size
    pos = 12
    for _ in range(MAX_TOP_LEVEL_ELEMENTS):
        if pos + 12 > file_size:
            break
        handle.seek(pos)
        chunk = handle.read(12)
        size = int.from_bytes(chunk[4:8], "little")
        if chunk[:4] == b"LIST" and chunk[8:12] == b"hdrl" and size <= MAX_HEADER_BYTES:
            handle.seek(pos + 12)
            header_list = handle.read(size - 4)
            return ContainerFacts(_avi_has_video(header_list), truncated)
        pos += 8 + size + (size & 1)
    return ContainerFacts(None, truncated)


def _avi_has_video(hdrl: bytes) -> bool:
    for fourcc, start, end in _riff_chunks(hdrl, 0, len(hdrl)):
        if fourcc == b"LIST" and hdrl[start : start + 4] == b"strl":
            for inner, inner_start, _ in _riff_chunks(hdrl, start + 4, end):
                if inner == b"strh" and hdrl[inner_start : inner_start + 4] == b"vids":
                    return True
    return False
