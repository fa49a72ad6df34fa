"""Fingerprint one file, whatever it is: the single entry point for hashing."""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import ErrorCode, MediaError, media_error
from .fingerprints import Fingerprint
from .sniff import MediaKind, sniff_file

DEFAULT_MAX_PIXELS = 150_000_000
DEFAULT_SECONDS_PER_HASH = 1.0

ProgressCallback = Callable[[float], None]
CancelCheck = Callable[[], None]


@dataclass(frozen=True)
class HashOptions:
    # Pictures with more pixels are refused: decoding them could exhaust memory.
    max_pixels: int = DEFAULT_MAX_PIXELS
    seconds_per_hash: float = DEFAULT_SECONDS_PER_HASH
    # Videos: also the dense frames a submission sends (core/video_dense.py).
    dense: bool = True
    # Also hash common reframed copies of pictures (crops, bars, screenshots) and of
    # videos (9:16 crop and blurred fill, with ``dense``).
    reframes: bool = True


def hash_file(
    path: Path,
    options: HashOptions | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> Fingerprint:
    """Fingerprint a picture or video, recognised by content. Raises MediaError."""
    options = options or HashOptions()
    path = Path(path)
    try:
        if path.is_dir():
            raise media_error(ErrorCode.NOT_MEDIA)
        if path.stat().st_size == 0:
            raise media_error(ErrorCode.EMPTY_FILE)
        sniffed = sniff_file(path)
    except OSError as error:
        raise _os_error(error) from error
    try:
        if sniffed.kind is MediaKind.VIDEO:
            from .video import fingerprint_video  # OpenCV loads only for videos

            return fingerprint_video(
                path,
                options.seconds_per_hash,
                progress,
                cancel,
                dense=options.dense,
                reframes=options.reframes,
            )
        if sniffed.kind is MediaKind.UNSUPPORTED:
            raise media_error(ErrorCode.UNSUPPORTED_FORMAT)
        from .images import fingerprint_image  # keep start-up light

        return fingerprint_image(
            path, sniffed, options.max_pixels, progress, cancel, reframes=options.reframes
        )
    except OSError as error:
        raise _os_error(error) from error


def _os_error(error: OSError) -> MediaError:
    if isinstance(error, FileNotFoundError):
        return media_error(ErrorCode.NOT_FOUND)
    if error.errno == errno.ELOOP:
        return media_error(ErrorCode.SYMLINK_LOOP)
    return media_error(ErrorCode.UNREADABLE)
