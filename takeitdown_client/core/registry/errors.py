"""Registry failures as one typed error with stable codes.

The GUI maps ``RegistryError.code`` to a translated message; ``message`` is
plain English for the CLI and logs. Text that came from the server is
sanitized before it becomes part of a message.
"""

from __future__ import annotations

from enum import StrEnum

from ..errors import TakeItDownError
from ..netutil import sanitize_text


class RegistryErrorCode(StrEnum):
    OFFLINE = "offline"
    CONNECTION_FAILED = "connection_failed"
    TIMEOUT = "timeout"
    TLS_ERROR = "tls_error"
    INSECURE_URL = "insecure_url"
    INVALID_URL = "invalid_url"
    HTTP_ERROR = "http_error"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    MALFORMED_RESPONSE = "malformed_response"
    RESPONSE_TOO_LARGE = "response_too_large"
    UNAUTHORIZED = "unauthorized"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    NOT_SUPPORTED = "not_supported"
    INVALID_PAYLOAD = "invalid_payload"
    # HMA banks ("lists"): their own words, never "unknown case" or "wrong token".
    BANK_NOT_FOUND = "bank_not_found"
    INVALID_BANK_NAME = "invalid_bank_name"
    BANK_EXISTS = "bank_exists"
    NOTHING_TO_SEND = "nothing_to_send"
    WRONG_SERVICE = "wrong_service"


STANDARD_MESSAGES: dict[RegistryErrorCode, str] = {
    RegistryErrorCode.OFFLINE: "This computer seems to be offline. Check the internet connection.",
    RegistryErrorCode.CONNECTION_FAILED: "The registry could not be reached.",
    RegistryErrorCode.TIMEOUT: "The registry took too long to answer.",
    RegistryErrorCode.TLS_ERROR: (
        "The registry's security certificate could not be verified, so nothing was sent."
    ),
    RegistryErrorCode.INSECURE_URL: (
        "This registry address is not secure (it must start with https://), so nothing was sent."
    ),
    RegistryErrorCode.INVALID_URL: "The registry address is not valid.",
    RegistryErrorCode.HTTP_ERROR: "The registry gave an unexpected answer.",
    RegistryErrorCode.RATE_LIMITED: "The registry is busy. Please try again later.",
    RegistryErrorCode.SERVER_ERROR: "The registry had a problem. Please try again later.",
    RegistryErrorCode.MALFORMED_RESPONSE: "The registry's answer could not be understood.",
    RegistryErrorCode.RESPONSE_TOO_LARGE: "The registry's answer was too large to accept.",
    RegistryErrorCode.UNAUTHORIZED: "The registry did not accept the access token.",
    RegistryErrorCode.NOT_FOUND: (
        "We couldn't find that case. Check the case number and secret code."
    ),
    RegistryErrorCode.CONFLICT: "The registry already has a different submission with this key.",
    RegistryErrorCode.REJECTED: "The registry did not accept the request.",
    RegistryErrorCode.NOT_SUPPORTED: "This registry does not support that.",
    RegistryErrorCode.INVALID_PAYLOAD: "The submission file is not valid.",
    RegistryErrorCode.BANK_NOT_FOUND: "This registry has no list called {bank}.",
    RegistryErrorCode.INVALID_BANK_NAME: (
        "{bank!r} is not a valid HMA list name: use capital letters, digits and underscores "
        "(UPPER_WITH_UNDERSCORE), not starting with a digit."
    ),
    RegistryErrorCode.BANK_EXISTS: "This registry already has a list called {bank}.",
    RegistryErrorCode.NOTHING_TO_SEND: (
        "Nothing was sent: this registry (HMA) takes pictures only by their visual "
        "fingerprint (PDQ), and these pictures are too plain to have one."
    ),
    RegistryErrorCode.WRONG_SERVICE: (
        "Something answers at this address, but not a registry of the kind set up. "
        "Check the address and the kind."
    ),
}


class RegistryError(TakeItDownError):
    """A registry request that failed. ``status`` is the HTTP status when there was one."""

    default_code = RegistryErrorCode.CONNECTION_FAILED

    def __init__(
        self,
        message: str,
        code: str | None = None,
        status: int | None = None,
        server_code: str | None = None,
        server_message: str | None = None,
        bank: str | None = None,
    ) -> None:
        super().__init__(message, code)
        self.status = status
        self.server_code = sanitize_text(server_code, 64) if server_code else None
        self.server_message = sanitize_text(server_message) if server_message else None
        self.bank = sanitize_text(bank, 255) if bank else None  # the HMA list it is about

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (
            type(self),
            (
                self.message,
                self.code,
                self.status,
                self.server_code,
                self.server_message,
                self.bank,
            ),
        )

    def to_json(self) -> dict[str, str]:
        data = super().to_json()
        if self.status is not None:
            data["status"] = str(self.status)
        if self.server_code:
            data["server_code"] = self.server_code
        if self.server_message:
            data["server_message"] = self.server_message
        return data


def registry_error(
    code: RegistryErrorCode,
    status: int | None = None,
    server_code: str | None = None,
    server_message: str | None = None,
    detail: str | None = None,
    bank: str | None = None,
) -> RegistryError:
    """A RegistryError with the standard message, plus server text when there is some."""
    message = STANDARD_MESSAGES[code].format(bank=sanitize_text(bank or "", 255))
    if status is not None:
        message = f"{message} (HTTP {status})"
    extra = detail or server_message
    if extra:
        message = f"{message} {sanitize_text(extra)}"
    return RegistryError(message, code, status, server_code, server_message, bank)
