"""Crash-safe private files: the outbox, receipts, exports and settings.

A file is written to a temporary sibling, flushed to disk, then renamed over
the target, so a reader (or a restart after a crash) sees either the old
content or the new one, never half of it. Files are created readable by the
owner only: they can reveal what someone asked to block.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

TEMP_PREFIX = ".tmp-"
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_CHUNK = 64 * 1024


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    return path


def _fsync_dir(path: Path) -> None:
    # Makes the rename itself durable. Not possible on Windows; harmless to skip.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Write ``data`` to ``path`` atomically with permissions ``mode``."""
    path = Path(path)
    temp = path.with_name(f"{TEMP_PREFIX}{path.name}.{secrets.token_hex(6)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view[:_CHUNK])
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    os.close(fd)
    try:
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)
