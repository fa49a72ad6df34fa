"""Errors that become HTTP answers.

Our API answers ``{"error": {"code", "message"}}``; the HMA subset answers
``{"message": ...}`` as HMA's Flask error handler does. Messages never echo
what the client sent (no hashes, no tokens): they name the field at most.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    BAD_REQUEST = "bad_request"
    INVALID_JSON = "invalid_json"
    INVALID_PAYLOAD = "invalid_payload"
    UNSUPPORTED_CATEGORY = "unsupported_category"
    TOO_MANY_ITEMS = "too_many_items"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    UNAUTHORIZED = "unauthorized"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    MISSING_IDEMPOTENCY_KEY = "missing_idempotency_key"
    RATE_LIMITED = "rate_limited"
    INTERNAL = "internal"


# The HTTP status of every code; codes not listed in the contract with their own
# status are plain 400s.
STATUS_OF: dict[ErrorCode, int] = {
    ErrorCode.BAD_REQUEST: 400,
    ErrorCode.INVALID_JSON: 400,
    ErrorCode.INVALID_PAYLOAD: 400,
    ErrorCode.UNSUPPORTED_CATEGORY: 400,
    ErrorCode.TOO_MANY_ITEMS: 400,
    ErrorCode.MISSING_IDEMPOTENCY_KEY: 400,
    ErrorCode.UNAUTHORIZED: 401,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.METHOD_NOT_ALLOWED: 405,
    ErrorCode.IDEMPOTENCY_CONFLICT: 409,
    ErrorCode.PAYLOAD_TOO_LARGE: 413,
    ErrorCode.UNSUPPORTED_MEDIA_TYPE: 415,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.INTERNAL: 500,
}


class ApiError(Exception):
    """An error answer of our API (``{"error": {"code", "message"}}``)."""

    def __init__(
        self, code: ErrorCode, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = STATUS_OF[code]
        self.headers = headers or {}


class HmaError(Exception):
    """An error answer of the HMA subset (``{"message": ...}``)."""

    def __init__(self, status: int, message: str, body: object | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        # HMA answers request-model validation failures (422) with a list, not a message.
        self.body = body if body is not None else {"message": message}
