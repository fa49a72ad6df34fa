"""Every core error code, mapped to a calm, translated message. In one place.

Core errors carry a stable ``code`` from their own enum (``ErrorCode`` for
files, ``RegistryErrorCode``, ``PayloadErrorCode``, ``ReceiptErrorCode``); each
table below is keyed by one enum, and ``error_message`` picks the table by the
error's class. Their English ``message`` is for logs and the CLI. The GUI shows
only these texts, plus a registry's own words as plain text where that helps.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from ..core.errors import ErrorCode, TakeItDownError
from ..core.payload import PayloadError, PayloadErrorCode
from ..core.receipts import ReceiptError, ReceiptErrorCode
from ..core.registry.errors import RegistryError, RegistryErrorCode
from .text import plain

Code = TypeVar("Code", bound=StrEnum)


class AppMessage(StrEnum):
    """What the app itself has to say, with no core error behind it."""

    SETTINGS_CORRUPT = "settings_corrupt"
    SAVE_FAILED = "save_failed"  # any OSError while writing a file the person chose
    PRINT_FAILED = "print_failed"


def media_messages() -> dict[ErrorCode, str]:
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


def registry_messages() -> dict[RegistryErrorCode, str]:
    """Why sending, checking or testing a registry failed (``RegistryErrorCode``)."""
    return {
        RegistryErrorCode.OFFLINE: QCoreApplication.translate(
            "Messages", "This computer seems to be offline. Check the internet connection."
        ),
        RegistryErrorCode.CONNECTION_FAILED: QCoreApplication.translate(
            "Messages", "The registry couldn't be reached. It may be down, or the address is wrong."
        ),
        RegistryErrorCode.TIMEOUT: QCoreApplication.translate(
            "Messages", "The registry took too long to answer."
        ),
        RegistryErrorCode.TLS_ERROR: QCoreApplication.translate(
            "Messages",
            "The registry's security certificate couldn't be checked, so nothing was sent.",
        ),
        RegistryErrorCode.INSECURE_URL: QCoreApplication.translate(
            "Messages",
            "This address is not secure (it must start with https://), so nothing was sent.",
        ),
        RegistryErrorCode.INVALID_URL: QCoreApplication.translate(
            "Messages", "The registry address is not valid."
        ),
        RegistryErrorCode.HTTP_ERROR: QCoreApplication.translate(
            "Messages", "The registry gave an unexpected answer."
        ),
        RegistryErrorCode.RATE_LIMITED: QCoreApplication.translate(
            "Messages", "The registry is busy right now. Please try again in a little while."
        ),
        RegistryErrorCode.SERVER_ERROR: QCoreApplication.translate(
            "Messages", "The registry had a problem on its side. Please try again later."
        ),
        RegistryErrorCode.MALFORMED_RESPONSE: QCoreApplication.translate(
            "Messages", "The registry's answer couldn't be understood."
        ),
        RegistryErrorCode.RESPONSE_TOO_LARGE: QCoreApplication.translate(
            "Messages", "The registry's answer was too large to accept."
        ),
        RegistryErrorCode.UNAUTHORIZED: QCoreApplication.translate(
            "Messages", "The registry did not accept the access code. Check it in Settings."
        ),
        RegistryErrorCode.NOT_FOUND: QCoreApplication.translate(
            "Messages", "We couldn't find that case. Check the case number and secret code."
        ),
        RegistryErrorCode.CONFLICT: QCoreApplication.translate(
            "Messages", "The registry already has a different submission with this key."
        ),
        RegistryErrorCode.REJECTED: QCoreApplication.translate(
            "Messages", "The registry did not accept the request."
        ),
        RegistryErrorCode.NOT_SUPPORTED: QCoreApplication.translate(
            "Messages", "This registry doesn't support that."
        ),
        RegistryErrorCode.INVALID_PAYLOAD: QCoreApplication.translate(
            "Messages", "The fingerprints file is not valid."
        ),
        # HMA lists (banks); %1 is the list's name.
        RegistryErrorCode.BANK_NOT_FOUND: QCoreApplication.translate(
            "Messages", "This registry has no list called %1. Check the list name in Settings."
        ),
        RegistryErrorCode.INVALID_BANK_NAME: QCoreApplication.translate(
            "Messages",
            "An HMA list name is written in capital letters, digits and underscores, "
            "like NCII_REPORTS.",
        ),
        RegistryErrorCode.BANK_EXISTS: QCoreApplication.translate(
            "Messages", "This registry already has a list called %1."
        ),
        RegistryErrorCode.NOTHING_TO_SEND: QCoreApplication.translate(
            "Messages",
            "Nothing was sent. These pictures are too plain for a visual fingerprint, "
            "and this registry takes pictures only that way.",
        ),
        RegistryErrorCode.WRONG_SERVICE: QCoreApplication.translate(
            "Messages",
            "Something answers at this address, but not a registry of the kind set up. "
            "Check the address and the kind.",
        ),
    }


def other_messages() -> dict[AppMessage, str]:
    """Settings, file-saving and printing problems (``AppMessage``)."""
    return {
        AppMessage.SETTINGS_CORRUPT: QCoreApplication.translate(
            "Messages", "Your settings couldn't be read, so the defaults are used."
        ),
        AppMessage.SAVE_FAILED: QCoreApplication.translate(
            "Messages", "The file couldn't be saved there. Try another place."
        ),
        AppMessage.PRINT_FAILED: QCoreApplication.translate("Messages", "Printing didn't work."),
    }


def payload_messages() -> dict[PayloadErrorCode, str]:
    """Why fingerprints could not become a submission (``PayloadErrorCode``)."""
    return {
        PayloadErrorCode.INVALID_CATEGORY: QCoreApplication.translate(
            "Messages", "Please say whether the person was under 18 or an adult."
        ),
        PayloadErrorCode.INVALID_SUBMITTER: QCoreApplication.translate(
            "Messages", "Please say who is using the app."
        ),
        PayloadErrorCode.NO_ITEMS: QCoreApplication.translate(
            "Messages", "There is nothing to send."
        ),
        PayloadErrorCode.INVALID_HASH: QCoreApplication.translate(
            "Messages", "A fingerprint is not valid. Please make the fingerprints again."
        ),
        PayloadErrorCode.INVALID_PAYLOAD: registry_messages()[RegistryErrorCode.INVALID_PAYLOAD],
        PayloadErrorCode.PAYLOAD_TOO_LARGE: QCoreApplication.translate(
            "Messages", "This is too much to send at once. Please send fewer files at a time."
        ),
    }


def receipt_messages() -> dict[ReceiptErrorCode, str]:
    """Why a receipt file could not be used (``ReceiptErrorCode``)."""
    return {
        ReceiptErrorCode.INVALID_RECEIPT: QCoreApplication.translate(
            "Messages", "This is not a receipt file, or it is damaged."
        ),
        ReceiptErrorCode.RECEIPT_UNREADABLE: QCoreApplication.translate(
            "Messages", "The receipt file couldn't be opened."
        ),
    }


def fallback_message() -> str:
    return QCoreApplication.translate(
        "Messages", "Something went wrong. Nothing you did was lost; please try again."
    )


def _from_table(table: Mapping[Code, str], codes: type[Code], code: str) -> str:
    try:
        return table.get(codes(code), fallback_message())
    except ValueError:  # a code this table does not know
        return fallback_message()


def error_message(error: BaseException | None) -> str:
    """The translated text for any core error, and for an OSError while saving a file."""
    if isinstance(error, OSError):
        return other_messages()[AppMessage.SAVE_FAILED]
    if isinstance(error, RegistryError):
        text = _from_table(registry_messages(), RegistryErrorCode, error.code)
        bank = error.bank  # the HMA list the error is about
        return text.replace("%1", plain(bank, 255)) if bank and "%1" in text else text
    if isinstance(error, PayloadError):
        return _from_table(payload_messages(), PayloadErrorCode, error.code)
    if isinstance(error, ReceiptError):
        return _from_table(receipt_messages(), ReceiptErrorCode, error.code)
    if isinstance(error, TakeItDownError):
        return _from_table(media_messages(), ErrorCode, error.code)
    return fallback_message()


def server_words(error: BaseException) -> str:
    """The registry's own message, made safe to show as plain text ("" if none)."""
    return plain(getattr(error, "server_message", None) or "")
