"""Every core error code, mapped to a calm, translated message. In one place.

Core errors carry a stable ``code`` (``core.errors.ErrorCode`` for files,
``core.registry.errors.RegistryErrorCode`` for registries); their English
``message`` is for logs and the CLI. The GUI shows only these texts, plus a
registry's own words as plain text where that helps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import ErrorCode, TakeItDownError
from .text import plain


def media_messages() -> dict[str, str]:
    """Why a file could not be fingerprinted (``core.errors.ErrorCode``)."""
    return {
        ErrorCode.EMPTY_FILE: QCoreApplication.translate("Messages", "The file is empty."),
        ErrorCode.TRUNCATED: QCoreApplication.translate(
            "Messages", "The file is incomplete. It may not have finished downloading."
        ),
        ErrorCode.CORRUPT: QCoreApplication.translate(
            "Messages", "The file is damaged and can't be read as a picture or video."
        ),
        ErrorCode.NOT_MEDIA: QCoreApplication.translate(
            "Messages", "This is not a picture or a video."
        ),
        ErrorCode.UNSUPPORTED_FORMAT: QCoreApplication.translate(
            "Messages", "This kind of file is not supported yet."
        ),
        ErrorCode.UNREADABLE: QCoreApplication.translate(
            "Messages", "The file can't be opened. It may be in use, or you may not have access."
        ),
        ErrorCode.NOT_FOUND: QCoreApplication.translate(
            "Messages", "The file is no longer there. It may have been moved or deleted."
        ),
        ErrorCode.TOO_LARGE: QCoreApplication.translate(
            "Messages", "The picture is too large to work with safely."
        ),
        ErrorCode.FOLDER_UNREADABLE: QCoreApplication.translate(
            "Messages", "A folder couldn't be opened, so its files were skipped."
        ),
        ErrorCode.SYMLINK_LOOP: QCoreApplication.translate(
            "Messages", "A folder shortcut points back into itself, so it was skipped."
        ),
        ErrorCode.NO_VIDEO_STREAM: QCoreApplication.translate(
            "Messages", "The file has no video in it. It may be sound only."
        ),
        ErrorCode.NO_FRAMES: QCoreApplication.translate(
            "Messages", "No pictures could be read from this video."
        ),
        ErrorCode.FRAME_RATE_UNKNOWN: QCoreApplication.translate(
            "Messages",
            "The video doesn't say how fast it plays, so a usual speed was assumed. "
            "It was still fingerprinted.",
        ),
        ErrorCode.CANCELLED: QCoreApplication.translate("Messages", "Stopped, as you asked."),
        ErrorCode.WORKER_CRASHED: QCoreApplication.translate(
            "Messages", "Reading this file made the reader stop. The file may be damaged."
        ),
        ErrorCode.INTERNAL: QCoreApplication.translate(
            "Messages", "Something went wrong with this file."
        ),
    }


def registry_messages() -> dict[str, str]:
    """Why sending, checking or testing a registry failed (``RegistryErrorCode``)."""
    return {
        "offline": QCoreApplication.translate(
            "Messages", "This computer seems to be offline. Check the internet connection."
        ),
        "connection_failed": QCoreApplication.translate(
            "Messages", "The registry couldn't be reached. It may be down, or the address is wrong."
        ),
        "timeout": QCoreApplication.translate("Messages", "The registry took too long to answer."),
        "tls_error": QCoreApplication.translate(
            "Messages",
            "The registry's security certificate couldn't be checked, so nothing was sent.",
        ),
        "insecure_url": QCoreApplication.translate(
            "Messages",
            "This address is not secure (it must start with https://), so nothing was sent.",
        ),
        "invalid_url": QCoreApplication.translate("Messages", "The registry address is not valid."),
        "http_error": QCoreApplication.translate(
            "Messages", "The registry gave an unexpected answer."
        ),
        "rate_limited": QCoreApplication.translate(
            "Messages", "The registry is busy right now. Please try again in a little while."
        ),
        "server_error": QCoreApplication.translate(
            "Messages", "The registry had a problem on its side. Please try again later."
        ),
        "malformed_response": QCoreApplication.translate(
            "Messages", "The registry's answer couldn't be understood."
        ),
        "response_too_large": QCoreApplication.translate(
            "Messages", "The registry's answer was too large to accept."
        ),
        "unauthorized": QCoreApplication.translate(
            "Messages", "The registry did not accept the access code. Check it in Settings."
        ),
        "not_found": QCoreApplication.translate(
            "Messages", "We couldn't find that case. Check the case number and secret code."
        ),
        "conflict": QCoreApplication.translate(
            "Messages", "The registry already has a different submission with this key."
        ),
        "rejected": QCoreApplication.translate(
            "Messages", "The registry did not accept the request."
        ),
        "not_supported": QCoreApplication.translate(
            "Messages", "This registry doesn't support that."
        ),
        "invalid_payload": QCoreApplication.translate(
            "Messages", "The fingerprints file is not valid."
        ),
    }


def other_messages() -> dict[str, str]:
    """Settings, outbox and file-saving problems."""
    return {
        "settings_corrupt": QCoreApplication.translate(
            "Messages", "Your settings couldn't be read, so the defaults are used."
        ),
        "save_failed": QCoreApplication.translate(
            "Messages", "The file couldn't be saved there. Try another place."
        ),
        "print_failed": QCoreApplication.translate("Messages", "Printing didn't work."),
        "invalid_category": QCoreApplication.translate(
            "Messages", "Please say whether the person was under 18 or an adult."
        ),
        "invalid_submitter": QCoreApplication.translate(
            "Messages", "Please say who is using the app."
        ),
        "no_items": QCoreApplication.translate("Messages", "There is nothing to send."),
        "invalid_hash": QCoreApplication.translate(
            "Messages", "A fingerprint is not valid. Please make the fingerprints again."
        ),
        "payload_too_large": QCoreApplication.translate(
            "Messages", "This is too much to send at once. Please send fewer files at a time."
        ),
        "invalid_receipt": QCoreApplication.translate(
            "Messages", "This is not a receipt file, or it is damaged."
        ),
        "receipt_unreadable": QCoreApplication.translate(
            "Messages", "The receipt file couldn't be opened."
        ),
        "no_profile": QCoreApplication.translate(
            "Messages", "No registry is set up yet. Open Settings to add one."
        ),
    }


def fallback_message() -> str:
    return QCoreApplication.translate(
        "Messages", "Something went wrong. Nothing you did was lost; please try again."
    )


def _is_registry_error(error: BaseException) -> bool:
    try:
        from ..core.registry.errors import RegistryError
    except ImportError:
        return False
    return isinstance(error, RegistryError)


def error_message(error: BaseException | None) -> str:
    """The translated text for any core error."""
    if error is None:
        return fallback_message()
    code = str(getattr(error, "code", ""))
    if _is_registry_error(error):
        table = registry_messages()
    elif type(error).__name__ in ("PayloadError", "ReceiptError"):
        table = {**media_messages(), **other_messages()}
        table["invalid_payload"] = registry_messages()["invalid_payload"]
    elif isinstance(error, TakeItDownError) and code in media_messages():
        table = media_messages()
    else:
        table = {**registry_messages(), **other_messages(), **media_messages()}
    return table.get(code, fallback_message())


def media_message(code: str) -> str:
    return media_messages().get(code, fallback_message())


def registry_message(code: str) -> str:
    return registry_messages().get(code, fallback_message())


def server_words(error: BaseException) -> str:
    """The registry's own message, made safe to show as plain text ("" if none)."""
    return plain(getattr(error, "server_message", None) or "")
