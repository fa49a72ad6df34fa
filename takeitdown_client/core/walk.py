"""Turn the files and folders a person picked into the list of files to hash.

Folders are walked recursively in name order. Inside folders only files that
look like pictures or videos (by extension or by content) are taken, so that
a folder of holiday photos does not report its ``desktop.ini`` as an error.
Files named explicitly are always taken. Problems (unreadable folders, link
loops, missing paths) become error items in place, and the walk goes on.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import ErrorCode, media_error
from .fingerprints import HashedItem
from .sniff import HEADER_BYTES, MediaKind, sniff_bytes

MEDIA_EXTENSIONS = frozenset(
    {
        ".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".gif", ".webp", ".bmp", ".dib",
        ".tif", ".tiff", ".heic", ".heif", ".hif", ".avif",
        ".mp4", ".m4v", ".mov", ".qt", ".mkv", ".webm", ".avi", ".3gp", ".3g2",
        ".mpg", ".mpeg", ".ts", ".mts", ".m2ts", ".wmv", ".flv",
    }
)  # fmt: skip

CancelCheck = Callable[[], None]


def _problem(path: Path, code: ErrorCode) -> HashedItem:
    return HashedItem(path=str(path), error=media_error(code))


def _looks_like_media(path: Path) -> bool:
    if path.suffix.lower() in MEDIA_EXTENSIONS:
        return True
    try:
        with path.open("rb") as handle:
            kind = sniff_bytes(handle.read(HEADER_BYTES * 4)).kind
    except OSError:
        return False
    return kind in (MediaKind.IMAGE, MediaKind.VIDEO)


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk_folder(
    folder: Path, ancestors: frozenset[tuple[int, int]], cancel: CancelCheck | None
) -> Iterator[Path | HashedItem]:
    try:
        status = folder.stat()
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield _problem(folder, _folder_error(error))
        return
    identity = (status.st_dev, status.st_ino)
    if identity in ancestors:
        yield _problem(folder, ErrorCode.SYMLINK_LOOP)
        return
    inside = ancestors | {identity}
    for entry in entries:
        if cancel:
            cancel()
        if _is_hidden(entry.name):
            continue
        yield from _walk_entry(Path(entry.path), inside, cancel)


def _walk_entry(
    path: Path, ancestors: frozenset[tuple[int, int]], cancel: CancelCheck | None
) -> Iterator[Path | HashedItem]:
    try:
        is_dir = path.is_dir()
        is_file = path.is_file()
    except OSError as error:
        yield _problem(path, _folder_error(error))
        return
    if is_dir:
        yield from _walk_folder(path, ancestors, cancel)
    elif is_file and _looks_like_media(path):
        yield path
    elif not is_file and path.is_symlink():
        # A dangling or self-referencing link inside a folder.
        yield _problem(path, _link_error(path))


def _folder_error(error: OSError) -> ErrorCode:
    if error.errno == errno.ELOOP:
        return ErrorCode.SYMLINK_LOOP
    return ErrorCode.FOLDER_UNREADABLE


def _link_error(path: Path) -> ErrorCode:
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return ErrorCode.SYMLINK_LOOP
    return ErrorCode.NOT_FOUND


def expand_paths(
    paths: Iterable[str | Path], cancel: CancelCheck | None = None
) -> list[Path | HashedItem]:
    """Files to hash (as Paths) and problems (as error items), in input order."""
    results: list[Path | HashedItem] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        found: Iterable[Path | HashedItem]
        if path.is_dir():
            found = _walk_folder(path, frozenset(), cancel)
        elif path.is_file():
            found = [path]
        else:
            code = _link_error(path) if path.is_symlink() else ErrorCode.NOT_FOUND
            found = [_problem(path, code)]
        for item in found:
            key = str(item) if isinstance(item, Path) else f"problem:{item.path}"
            if key not in seen:
                seen.add(key)
                results.append(item)
    return results
