"""Typed errors with stable codes.

Every failure the user can meet is one of these. The ``code`` is stable (scripts
and the GUI rely on it); the ``message`` is plain English for logs and the CLI.
The GUI maps codes to translated text in one place (``gui/messages.py``).
Messages never contain a path or a hash: callers attach the item themselves.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    # Files and folders
    EMPTY_FILE = "empty_file"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    NOT_MEDIA = "not_media"
    UNSUPPORTED_FORMAT = "unsupported_format"
    UNREADABLE = "unreadable"
    NOT_FOUND = "not_found"
    TOO_LARGE = "too_large"
    FOLDER_UNREADABLE = "folder_unreadable"
    SYMLINK_LOOP = "symlink_loop"
    # Videos
    NO_VIDEO_STREAM = "no_video_stream"
    NO_FRAMES = "no_frames"
    FRAME_RATE_UNKNOWN = "frame_rate_unknown"  # a warning: 30 frames a second assumed
    # Any long task
    CANCELLED = "cancelled"
    WORKER_CRASHED = "worker_crashed"
    INTERNAL = "internal"


class TakeItDownError(Exception):
    """Base for every error the app reports to a person."""

    default_code: str = ErrorCode.INTERNAL

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code: str = code or self.default_code
        self.message = message

    def to_json(self) -> dict[str, str]:
        return {"code": str(self.code), "message": self.message}

    def __reduce__(self) -> tuple[type[TakeItDownError], tuple[str, str]]:
        # Keep code and message when errors cross process boundaries.
        return (type(self), (self.message, self.code))


class MediaError(TakeItDownError):
    """A file or folder that could not be fingerprinted. Affects only its item."""

    default_code = ErrorCode.CORRUPT


class Cancelled(TakeItDownError):
    """The person asked to stop."""

    default_code = ErrorCode.CANCELLED

    def __init__(self, message: str = "Stopped on request.", code: str | None = None) -> None:
        super().__init__(message, code)


def media_error(code: ErrorCode) -> MediaError:
    """A MediaError with the standard plain message for ``code``."""
    return MediaError(STANDARD_MESSAGES[code], code)


STANDARD_MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.EMPTY_FILE: "The file is empty.",
    ErrorCode.TRUNCATED: "The file is incomplete (it may not have finished downloading).",
    ErrorCode.CORRUPT: "The file is damaged and cannot be read as a picture or video.",
    ErrorCode.NOT_MEDIA: "This is not a picture or a video.",
    ErrorCode.UNSUPPORTED_FORMAT: "This kind of file is not supported.",
    ErrorCode.UNREADABLE: "The file cannot be opened. It may be locked or you may not have access.",
    ErrorCode.NOT_FOUND: "File or folder not found.",
    ErrorCode.TOO_LARGE: "The picture is too large to process safely.",
    ErrorCode.FOLDER_UNREADABLE: "A folder could not be opened, so its files were skipped.",
    ErrorCode.SYMLINK_LOOP: "A folder link points back into itself, so it was skipped.",
    ErrorCode.NO_VIDEO_STREAM: "The file has no video in it (it may be sound only).",
    ErrorCode.NO_FRAMES: "No pictures could be read from this video.",
    ErrorCode.FRAME_RATE_UNKNOWN: (
        "The video does not say how many pictures it shows per second; 30 was assumed."
    ),
    ErrorCode.CANCELLED: "Stopped on request.",
    ErrorCode.WORKER_CRASHED: "Reading this file made the decoder stop unexpectedly.",
    ErrorCode.INTERNAL: "Something went wrong while reading this file.",
}
