"""Streamed MD5 and SHA-256 of a file's bytes: flat memory for any size."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

CHUNK_BYTES = 1 << 20


def file_digests(
    path: Path,
    cancel: Callable[[], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[str, str]:
    """(md5, sha256) as lowercase hex. ``progress`` receives bytes read so far."""
    md5 = hashlib.md5(usedforsecurity=False)
    sha256 = hashlib.sha256()
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            md5.update(chunk)
            sha256.update(chunk)
            done += len(chunk)
            if progress:
                progress(done)
            if cancel:
                cancel()
    return md5.hexdigest(), sha256.hexdigest()
